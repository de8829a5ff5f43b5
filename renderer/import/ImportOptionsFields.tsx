import { useTranslation } from 'react-i18next';
import { IMPORT_DELIMITERS, IMPORT_ENCODINGS } from '../../shared/domain/import.schema.ts';
import { CollectionFields } from './CollectionFields.tsx';
import type { WizardOptions } from './wizard-state.ts';

interface Props {
  readonly options: WizardOptions;
  readonly disabled: boolean;
  readonly onOptions: (options: WizardOptions) => void;
}

/** Overrides for when detection guessed wrong, and whether invalid rows may be left out. */
export function ImportOptionsFields({ options, disabled, onOptions }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="form__group import-options" disabled={disabled}>
      <legend>{t('importWizard.options')}</legend>
      <div className="form import-options__row">
        <CollectionFields idPrefix="import-options" options={options} onOptions={onOptions} />
        <div className="form__field">
          <label htmlFor="import-encoding">{t('importWizard.encoding')}</label>
          <select
            id="import-encoding"
            value={options.encoding}
            onChange={(e) =>
              onOptions({ ...options, encoding: e.target.value as WizardOptions['encoding'] })
            }
          >
            {IMPORT_ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {encoding === 'auto' ? t('importWizard.detect') : encoding}
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor="import-delimiter">{t('importWizard.delimiter')}</label>
          <select
            id="import-delimiter"
            value={options.delimiter}
            onChange={(e) =>
              onOptions({ ...options, delimiter: e.target.value as WizardOptions['delimiter'] })
            }
          >
            {IMPORT_DELIMITERS.map((delimiter) => (
              <option key={delimiter} value={delimiter}>
                {delimiter === 'auto' ? t('importWizard.detect') : delimiterName(delimiter, t)}
              </option>
            ))}
          </select>
        </div>
        <label className="import-options__check">
          <input
            type="checkbox"
            checked={options.skipInvalid}
            onChange={(e) => onOptions({ ...options, skipInvalid: e.target.checked })}
          />
          {t('importWizard.skipInvalid')}
        </label>
      </div>
    </fieldset>
  );
}

export function delimiterName(delimiter: string, t: (key: string) => string): string {
  const names: Record<string, string> = {
    ',': t('importWizard.delimiters.comma'),
    ';': t('importWizard.delimiters.semicolon'),
    '\t': t('importWizard.delimiters.tab'),
    tab: t('importWizard.delimiters.tab'),
    '|': t('importWizard.delimiters.pipe'),
  };
  return names[delimiter] ?? delimiter;
}
