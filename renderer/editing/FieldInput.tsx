import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/use-language.ts';
import { valueLabel } from '../i18n/labels.ts';
import type { FieldControl } from './node-form.ts';

interface Props {
  readonly id: string;
  readonly field: string;
  /** Whose value labels the options carry; the field itself unless said. */
  readonly labelsOf?: string;
  readonly label: string;
  readonly control: FieldControl;
  /** The form's text for the field; '' means not set, 'true' a ticked box. */
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  /** Option labels other than the model's value labels (e.g. kinds). */
  readonly labelOf?: (value: string) => string;
  /** A select that must have a value offers no empty option. */
  readonly required?: boolean;
  readonly placeholder?: string | undefined;
  readonly disabled?: boolean;
}

/** One labelled control with its error right under it, tied together for screen readers. */
export function FieldInput(props: Props) {
  const { id, field, label, control, value, error, onChange } = props;
  const language = useLanguage();
  const errorId = `${id}-error`;
  const aria = {
    id,
    disabled: props.disabled,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  let input: ReactNode;
  if (control.type === 'select') {
    input = (
      <select value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
        {!props.required && <option value="">–</option>}
        {control.values.map((option) => (
          <option key={option} value={option}>
            {props.labelOf?.(option) ?? valueLabel(props.labelsOf ?? field, option, language)}
          </option>
        ))}
      </select>
    );
  } else if (control.type === 'checkbox') {
    input = (
      <input
        type="checkbox"
        checked={value === 'true'}
        onChange={(e) => onChange(e.target.checked ? 'true' : '')}
        {...aria}
      />
    );
  } else if (control.type === 'textarea') {
    input = (
      <textarea rows={3} value={value} onChange={(e) => onChange(e.target.value)} {...aria} />
    );
  } else {
    const type = control.type === 'number' ? 'text' : control.type;
    const mode = control.type === 'number' ? 'decimal' : undefined;
    input = (
      <input
        type={type}
        inputMode={mode}
        value={value}
        placeholder={props.placeholder}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      />
    );
  }
  return (
    // The label names only the control: the error is linked by aria-describedby instead.
    <div className="form__field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {input}
      {error && (
        <span className="form__error" role="alert" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
