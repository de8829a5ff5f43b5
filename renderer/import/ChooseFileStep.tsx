import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLLECTIONS, IMPORT_PRESETS } from '../../shared/domain/import.schema.ts';
import type { Collection, PresetChoice, WizardOptions } from './wizard-state.ts';

interface Props {
  readonly host: 'electron' | 'web';
  readonly options: WizardOptions;
  readonly busy: boolean;
  readonly onOptions: (options: WizardOptions) => void;
  /** Desktop: the native dialog in the main process. */
  readonly onPick: () => void;
  /** Browser: the chosen files are uploaded. */
  readonly onFiles: (files: readonly File[]) => void;
}

/** Step 1: what the file holds (or which export it is), then the file itself. */
export function ChooseFileStep({ host, options, busy, onOptions, onPick, onFiles }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="form import-step" data-testid="import-choose">
      <div className="form__field">
        <label htmlFor="import-as">{t('importWizard.as')}</label>
        <select
          id="import-as"
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
          <label htmlFor="import-preset">{t('importWizard.preset')}</label>
          <select
            id="import-preset"
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
      <p className="muted">{t(`importWizard.hints.${options.as}`)}</p>
      {host === 'electron' ? (
        <button type="button" className="button button--primary" disabled={busy} onClick={onPick}>
          {t('importWizard.chooseFile')}
        </button>
      ) : (
        <div className="form__field">
          <label htmlFor="import-file">{t('importWizard.chooseFile')}</label>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            multiple
            disabled={busy}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length > 0) onFiles(files);
              if (input.current) input.current.value = '';
            }}
          />
        </div>
      )}
      {busy && (
        <p className="muted" role="status">
          {t('importWizard.reading')}
        </p>
      )}
    </div>
  );
}
