interface Props<T extends string> {
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  /** Checked = shown; the set holds what is hidden. */
  readonly hidden: ReadonlySet<T>;
  readonly onToggle: (value: T) => void;
}

/** A fieldset of "show this" checkboxes. */
export function CheckGroup<T extends string>({ legend, options, hidden, onToggle }: Props<T>) {
  return (
    <fieldset className="filters__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="filters__check">
          <input
            type="checkbox"
            checked={!hidden.has(option.value)}
            onChange={() => onToggle(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
