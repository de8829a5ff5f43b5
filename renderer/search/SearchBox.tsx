import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchResults, optionId } from './SearchResults.tsx';
import { shortcutModifier, useFocusShortcut } from './use-focus-shortcut.ts';
import { useSearch, type SearchHit } from './use-search.ts';

interface Props {
  readonly onSelect: (hit: SearchHit) => void;
  readonly onError: (error: unknown) => void;
}

/** Keyboard-first search: Ctrl/Cmd+K, type, arrows, Enter (WAI-ARIA combobox pattern). */
export function SearchBox({ onSelect, onError }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useSearch(text, onError);
  useFocusShortcut(input);

  const results = state.status === 'done' ? state.results : [];
  const expanded = open && state.status !== 'idle';

  const pick = (hit: SearchHit) => {
    onSelect(hit);
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
    } else if (event.key === 'Enter') {
      const hit = results[active] ?? results[0];
      if (hit) pick(hit);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const down = event.key === 'ArrowDown';
      setActive((i) => (down ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
      setOpen(true);
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        className="search__input"
        data-testid="search-input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(listId, active) : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__shortcut" aria-hidden="true">
        {t('search.shortcut', { key: shortcutModifier() })}
      </kbd>
      {expanded && (
        <SearchResults
          id={listId}
          state={state}
          activeIndex={active}
          onPick={pick}
          onHover={setActive}
        />
      )}
    </div>
  );
}
