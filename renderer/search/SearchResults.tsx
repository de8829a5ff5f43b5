import { useTranslation } from 'react-i18next';
import { KindBadge } from './KindBadge.tsx';
import type { SearchHit, SearchState } from './use-search.ts';

interface Props {
  readonly id: string;
  readonly state: SearchState;
  readonly activeIndex: number;
  readonly onPick: (hit: SearchHit) => void;
  readonly onHover: (index: number) => void;
}

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** The listbox half of the search combobox. */
export function SearchResults({ id, state, activeIndex, onPick, onHover }: Props) {
  const { t } = useTranslation();
  if (state.status === 'idle') return null;
  const results = state.status === 'done' ? state.results : [];
  return (
    <div className="search__popup">
      <ul id={id} role="listbox" aria-label={t('search.results')} className="search__list">
        {results.map((hit, index) => (
          <li
            key={hit.id}
            id={optionId(id, index)}
            role="option"
            aria-selected={index === activeIndex}
            className="search__option"
            data-testid="search-option"
            // mousedown, not click: the input must not lose focus before we pick.
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(hit);
            }}
            onMouseMove={() => onHover(index)}
          >
            <KindBadge kind={hit.kind} />
            <span className="search__name">{hit.name}</span>
            <span className="search__meta">
              {[hit.title, hit.organization].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {state.status === 'searching' && <p className="search__status">{t('search.searching')}</p>}
      {state.status === 'done' && results.length === 0 && (
        <p className="search__status" role="status">
          {t('search.noResults', { text: state.text })}
        </p>
      )}
    </div>
  );
}
