import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { familyOf, type StakeholderNode } from '../../graph-schema/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { NodeEditing } from '../editing/NodeEditing.tsx';
import type { UndoEntry } from '../editing/undo-stack.ts';
import { KindBadge } from '../search/KindBadge.tsx';
import { LogInteractionForm } from './LogInteractionForm.tsx';
import { nodeFields } from './node-fields.ts';
import { RelationshipSection } from './RelationshipSection.tsx';
import { ExportReportButton } from '../settings/ExportReportButton.tsx';
import type { StoredRelationship } from './use-relationships.ts';

interface Props {
  readonly node: StakeholderNode;
  readonly neighbours: readonly StakeholderNode[];
  readonly relationships: readonly StoredRelationship[] | null;
  readonly onSelect: (id: string) => void;
  /** Offered when the explorer can light up the routes to this stakeholder. */
  readonly onFindPaths?: () => void;
  /** Given, the panel offers to log an interaction (the closed loop). */
  readonly onError?: (error: unknown) => void;
  /** Given (with onError), the panel offers edit and delete, each leaving an undo step. */
  readonly onEdited?: (entry: UndoEntry) => void;
  /** The context menu asked for a new relationship of this node; onOpenedNew confirms. */
  readonly openNewRelationship?: boolean;
  readonly onOpenedNewRelationship?: () => void;
}

/** Everything known about the selected stakeholder, labelled in the UI language. */
export function DetailsPanel({
  node,
  neighbours,
  relationships,
  onSelect,
  onFindPaths,
  onError,
  onEdited,
  openNewRelationship,
  onOpenedNewRelationship,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = nodeFields(node, language, { yes: t('details.yes'), no: t('details.no') });
  const known = useMemo(() => new Map(neighbours.map((n) => [n.id, n])), [neighbours]);
  return (
    <aside className="details" aria-label={t('details.label')} data-testid="details-panel">
      <header className="details__header">
        <KindBadge kind={node.kind} />
        <h2 className="details__name" data-testid="details-name">
          {node.name}
        </h2>
        {node.keyAccount && <span className="pill">{t('details.key')}</span>}
      </header>
      <dl className="fields">
        {rows.map((row) => (
          <div key={row.field} className="fields__row" data-field={row.field}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {onError && onEdited && (
        <NodeEditing
          key={node.id}
          node={node}
          relationships={relationships}
          onEdited={onEdited}
          onSelect={onSelect}
          onError={onError}
        />
      )}
      {onFindPaths && (
        <button
          type="button"
          className="button"
          data-testid="details-find-paths"
          onClick={onFindPaths}
        >
          {t('paths.findTo', { name: node.name })}
        </button>
      )}
      {node.kind === 'Customer' && <ExportReportButton account={node.id} />}
      {onError && (
        <details className="details__log">
          <summary>{t('interaction.title')}</summary>
          <LogInteractionForm
            key={node.id}
            node={node}
            people={neighbours.filter((n) => familyOf(n.kind) === 'person')}
            onError={onError}
          />
        </details>
      )}
      <RelationshipSection
        key={`relationships-${node.id}`}
        node={node}
        relationships={relationships}
        known={known}
        onSelect={onSelect}
        {...(onEdited ? { onEdited } : {})}
        {...(onError ? { onError } : {})}
        {...(openNewRelationship ? { openNew: true } : {})}
        {...(onOpenedNewRelationship ? { onOpenedNew: onOpenedNewRelationship } : {})}
      />
    </aside>
  );
}
