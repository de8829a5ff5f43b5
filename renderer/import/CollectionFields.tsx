import { useTranslation } from 'react-i18next';
import { IMPORT_COLLECTIONS, IMPORT_PRESETS } from '../../shared/domain/import.schema.ts';
import type { Collection, PresetChoice, WizardOptions } from './wizard-state.ts';

interface Props {
  /** Prefix of the controls' ids: the wizard shows these fields in two steps. */
  readonly idPrefix: string;
  readonly options: WizardOptions;
  readonly onOptions: (options: WizardOptions) => void;
}

/** What the file holds and, for stakeholders, which export it is (LinkedIn, Outlook, Google). */
export function CollectionFields({ idPrefix, options, onOptions }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__field">
        <label htmlFor={`${idPrefix}-as`}>{t('importWizard.as')}</label>
        <select
          id={`${idPrefix}-as`}
          value={options.as}
          onChange={(e) => onOptions({ ...options, as: e.target.value as Collection })}
        >
          {IMPORT_COLLECTIONS.map((as) => (
            <option key={as} value={as}>
              {t(`importWizard.collections.${as}`)}
            </option>
          ))}
        </select>
      </div>
      {options.as === 'nodes' && (
        <div className="form__field">
          <label htmlFor={`${idPrefix}-preset`}>{t('importWizard.preset')}</label>
          <select
            id={`${idPrefix}-preset`}
            value={options.preset}
            onChange={(e) => onOptions({ ...options, preset: e.target.value as PresetChoice })}
          >
            <option value="auto">{t('importWizard.presetAuto')}</option>
            {IMPORT_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {t(`importWizard.presets.${preset}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
