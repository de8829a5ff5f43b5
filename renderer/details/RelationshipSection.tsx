import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderNode } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { relationshipLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { RelationshipForm } from '../editing/RelationshipForm.tsx';
import type { PickedNode } from '../editing/StakeholderPicker.tsx';
import { undoRelationshipChange, type UndoEntry } from '../editing/undo-stack.ts';
import { RelationshipList } from './RelationshipList.tsx';
import '../editing/editing.css';
import type { StoredRelationship } from './use-relationships.ts';

type Mode =
  | { readonly kind: 'list' }
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly rel: StoredRelationship; readonly other: PickedNode }
  | { readonly kind: 'confirm-delete'; readonly rel: StoredRelationship; readonly name: string };

interface Props {
  readonly node: StakeholderNode;
  readonly relationships: readonly StoredRelationship[] | null;
  readonly known: ReadonlyMap<string, StakeholderNode>;
  readonly onSelect: (id: string) => void;
  /** Given (with onError), relationships can be created, edited and deleted. */
  readonly onEdited?: (entry: UndoEntry) => void;
  readonly onError?: (error: unknown) => void;
  /** The context menu asked for "New relationship…" on this node; onOpenedNew confirms. */
  readonly openNew?: boolean;
  readonly onOpenedNew?: () => void;
}

/** The relationship list of the details panel, with new / edit / delete. */
export function RelationshipSection(props: Props) {
  const { node, relationships, known, onSelect, onEdited, onError } = props;
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const editable = onEdited !== undefined && onError !== undefined;

  const { openNew, onOpenedNew } = props;
  // The context menu's request opens the form once (state derived while rendering).
  const [answered, setAnswered] = useState(false);
  if (openNew && editable && !answered) {
    setAnswered(true);
    setMode({ kind: 'new' });
  } else if (!openNew && answered) setAnswered(false);
  useEffect(() => {
    if (openNew) onOpenedNew?.();
  }, [openNew, onOpenedNew]);

  const otherOf = async (rel: StoredRelationship): Promise<PickedNode> => {
    const id = rel.source === node.id ? rel.target : rel.source;
    const found = known.get(id) ?? (await api['graph:get-node']({ id })).node;
    return { id, kind: found?.kind ?? 'Contact', name: found?.name ?? id };
  };

  const remove = async (rel: StoredRelationship, name: string) => {
    try {
      await api['graph:delete-relationship']({ id: rel.id });
      onEdited?.(undoRelationshipChange(t('relationship.deleted', { name }), rel));
    } catch (error) {
      onError?.(error);
    }
    setMode({ kind: 'list' });
  };

  const done = (entry: UndoEntry) => {
    onEdited?.(entry);
    setMode({ kind: 'list' });
  };

  return (
    <section aria-labelledby="relationships-title" data-testid="relationship-section">
      <h3 id="relationships-title" className="details__section">
        {t('details.relationships')}
      </h3>
      {editable && mode.kind === 'list' && (
        <button
          type="button"
          className="button"
          data-testid="new-relationship"
          onClick={() => setMode({ kind: 'new' })}
        >
          {t('relationship.new')}
        </button>
      )}
      {editable && (mode.kind === 'new' || mode.kind === 'edit') && (
        <RelationshipForm
          key={mode.kind === 'edit' ? mode.rel.id : 'new'}
          node={node}
          {...(mode.kind === 'edit'
            ? { editing: { relationship: mode.rel, other: mode.other } }
            : {})}
          onSaved={done}
          onCancel={() => setMode({ kind: 'list' })}
          onError={onError}
        />
      )}
      {mode.kind === 'confirm-delete' && (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-rel-delete">
          <p id="confirm-rel-delete">
            {t('relationship.confirmDelete', {
              type: relationshipLabel(mode.rel.type, language),
              name: mode.name,
            })}
          </p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void remove(mode.rel, mode.name)}
            >
              {t('relationship.remove')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setMode({ kind: 'list' })}
              autoFocus
            >
              {t('editing.cancel')}
            </button>
          </div>
        </div>
      )}
      {relationships === null ? (
        <p className="muted">{t('details.loading')}</p>
      ) : (
        <RelationshipList
          node={node}
          relationships={relationships}
          known={known}
          onSelect={onSelect}
          {...(editable
            ? {
                onEdit: (rel: StoredRelationship) =>
                  void otherOf(rel).then((other) => setMode({ kind: 'edit', rel, other }), onError),
                onDelete: (rel: StoredRelationship) =>
                  void otherOf(rel).then(
                    (other) => setMode({ kind: 'confirm-delete', rel, name: other.name }),
                    onError,
                  ),
              }
            : {})}
        />
      )}
    </section>
  );
}
