import { useTranslation } from 'react-i18next';
import type { StakeholderNode } from '../../graph-schema/index.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { relationshipLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { KindBadge } from '../search/KindBadge.tsx';
import type { StoredRelationship } from './use-relationships.ts';

interface Props {
  readonly node: StakeholderNode;
  readonly relationships: readonly StoredRelationship[];
  readonly known: ReadonlyMap<string, StakeholderNode>;
  readonly onSelect: (id: string) => void;
  /** Given, each row offers edit and delete. */
  readonly onEdit?: (rel: StoredRelationship) => void;
  readonly onDelete?: (rel: StoredRelationship) => void;
}

/**
 * Each relationship read as a sentence around the selected node: "works for ACME"
 * when it points away, "Anna Berg works for" when it points here.
 */
export function RelationshipList(props: Props) {
  const { node, relationships, known, onSelect, onEdit, onDelete } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  if (relationships.length === 0) return <p className="muted">{t('details.noRelationships')}</p>;
  return (
    <ul className="relationships" data-testid="relationship-list">
      {relationships.map((rel) => {
        const outgoing = rel.source === node.id;
        const otherId = outgoing ? rel.target : rel.source;
        const other = known.get(otherId);
        const type = (
          <span className="relationship__type">{relationshipLabel(rel.type, language)}</span>
        );
        const name = (
          <button type="button" className="link-button" onClick={() => onSelect(otherId)}>
            {other?.name ?? otherId}
          </button>
        );
        return (
          <li key={rel.id} className="relationship" data-direction={outgoing ? 'out' : 'in'}>
            <span className="relationship__sentence">
              {outgoing ? (
                <>
                  {type} {name}
                </>
              ) : (
                <>
                  {name} {type}
                </>
              )}
            </span>
            <span className="relationship__meta">
              {other && <KindBadge kind={other.kind} />}
              <span>
                {t('details.strength', { value: formatNumber(rel.strength, language, 1) })}
              </span>
              {rel.lastContact && <span>{formatDate(rel.lastContact, language)}</span>}
            </span>
            {onEdit && onDelete && (
              <span className="relationship__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('relationship.editAria', { name: other?.name ?? otherId })}
                  onClick={() => onEdit(rel)}
                >
                  {t('relationship.edit')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('relationship.deleteAria', { name: other?.name ?? otherId })}
                  onClick={() => onDelete(rel)}
                >
                  {t('relationship.remove')}
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
