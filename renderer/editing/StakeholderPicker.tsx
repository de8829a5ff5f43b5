import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { KindBadge } from '../search/KindBadge.tsx';

export interface PickedNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
}

interface Props {
  readonly id: string;
  readonly label: string;
  readonly picked: PickedNode | null;
  /** The node the relationship starts from: never offered as its own other end. */
  readonly excludeId: string;
  readonly error: string | undefined;
  readonly disabled?: boolean;
  readonly onPick: (node: PickedNode | null) => void;
  readonly onError: (error: unknown) => void;
}

const LIMIT = 8;

/** Choose the other end of a relationship by searching the whole store, not only the canvas. */
export function StakeholderPicker(props: Props) {
  const { id, label, picked, excludeId, error, onPick, onError } = props;
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<PickedNode[]>([]);

  useEffect(() => {
    if (picked || text.trim() === '') return;
    let live = true;
    api['graph:search-nodes']({ text, limit: LIMIT + 1 })
      .then(({ results }) => {
        if (live) setHits(results.filter((hit) => hit.id !== excludeId).slice(0, LIMIT));
      })
      .catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [api, text, picked, excludeId, onError]);

  const errorId = `${id}-error`;
  return (
    <div className="form__field" data-field="other">
      <label htmlFor={id}>{label}</label>
      {picked ? (
        <div className="picker__picked" data-testid="picked-other">
          <KindBadge kind={picked.kind} />
          <span id={id}>{picked.name}</span>
          {!props.disabled && (
            <button type="button" className="button button--quiet" onClick={() => onPick(null)}>
              {t('relationship.change')}
            </button>
          )}
        </div>
      ) : (
        <>
          <input
            id={id}
            type="search"
            value={text}
            placeholder={t('relationship.searchOther')}
            aria-invalid={error !== undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {text.trim() !== '' && hits.length > 0 && (
            <ul className="picker__hits" aria-label={t('relationship.matches')}>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      onPick(hit);
                      setText('');
                      setHits([]);
                    }}
                  >
                    <KindBadge kind={hit.kind} /> {hit.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {error && (
        <span className="form__error" role="alert" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
