import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CollectionFields } from './CollectionFields.tsx';
import type { WizardOptions } from './wizard-state.ts';

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
      <CollectionFields idPrefix="import" options={options} onOptions={onOptions} />
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
