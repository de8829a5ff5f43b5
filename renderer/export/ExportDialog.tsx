import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CSV_DELIMITERS,
  EXPORT_FORMATS,
  type CsvDelimiterName,
  type ExportNetworkOutput,
} from '../../shared/domain/export.schema.ts';
import { useApi } from '../app/api-context.ts';
import { ModalDialog } from '../app/ModalDialog.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { messageOf } from '../settings/message-of.ts';
import '../settings/settings.css';
import { deliveryOf, exportRequest, startDownload, type ExportChoice } from './export-request.ts';

interface Props {
  readonly initial: ExportChoice;
  readonly onClose: () => void;
}

type Done = Extract<ExportNetworkOutput, { files: unknown }>;

/** "Export…": the whole network as a backup, CSV for Excel, or GraphML/GEXF for graph tools. */
export function ExportDialog({ initial, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [choice, setChoice] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = () => {
    setBusy(true);
    setDone(null);
    setError(null);
    api['export:save-network'](exportRequest(choice))
      .then((result) => {
        if (!('files' in result)) return;
        setDone(result);
        const { autoDownload } = deliveryOf(result.files);
        if (autoDownload) startDownload(autoDownload);
      })
      .catch((failure: unknown) => setError(messageOf(failure)))
      .finally(() => setBusy(false));
  };

  const delivery = done ? deliveryOf(done.files) : undefined;
  const count = (value: number) => formatNumber(value, language);
  return (
    <ModalDialog
      title={t('networkExport.title')}
      closeLabel={t('networkExport.close')}
      onClose={onClose}
      testId="export-dialog"
    >
      <fieldset className="export-formats">
        <legend>{t('networkExport.format')}</legend>
        {EXPORT_FORMATS.map((format) => (
          <label key={format} className="export-option">
            <input
              type="radio"
              name="export-format"
              value={format}
              checked={choice.format === format}
              onChange={() => setChoice({ ...choice, format })}
            />
            {t(`networkExport.formats.${format}`)}
          </label>
        ))}
      </fieldset>
      {choice.format === 'csv' && (
        <fieldset className="export-formats">
          <legend>{t('networkExport.delimiter')}</legend>
          <select
            aria-label={t('networkExport.delimiter')}
            value={choice.delimiter}
            onChange={(event) =>
              setChoice({ ...choice, delimiter: event.target.value as CsvDelimiterName })
            }
          >
            {(Object.keys(CSV_DELIMITERS) as CsvDelimiterName[]).map((name) => (
              <option key={name} value={name}>
                {t(`networkExport.delimiters.${name}`)}
              </option>
            ))}
          </select>
          <label className="export-option">
            <input
              type="checkbox"
              checked={choice.bom}
              onChange={(event) => setChoice({ ...choice, bom: event.target.checked })}
            />
            {t('networkExport.bom')}
          </label>
        </fieldset>
      )}
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={run}
        data-testid="export-run"
      >
        {busy ? t('networkExport.busy') : t('networkExport.run')}
      </button>
      <div role="status" aria-live="polite" data-testid="export-status">
        {error && <p className="export-error">{error}</p>}
        {done && delivery && (
          <>
            <p>
              {t('networkExport.done', {
                nodes: count(done.counts.nodes),
                relationships: count(done.counts.relationships),
                interactions: count(done.counts.interactions),
              })}
            </p>
            {delivery.saved.length > 0 && (
              <p>
                {t('networkExport.savedTo')}: {delivery.saved.join(', ')}
              </p>
            )}
            {delivery.links.length > 0 && (
              <>
                <p>{t('networkExport.downloads')}</p>
                <ul>
                  {delivery.links.map((file) => (
                    <li key={file.url}>
                      <a href={file.url} download={file.name}>
                        {file.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </ModalDialog>
  );
}
