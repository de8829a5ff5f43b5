import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { startDownload } from '../export/export-request.ts';
import { messageOf } from './message-of.ts';

/**
 * "Export report…" for a customer account: the desktop app asks where to save
 * and prints the brief; the browser host prints it and we start the download.
 * File ▸ Export report… in the desktop menu acts on the customer shown here.
 */
export function ExportReportButton({ account }: { readonly account: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const exportReport = useCallback(() => {
    setBusy(true);
    setMessage(null);
    api['report:save-pdf']({ account, lang: language, paper: 'a4' })
      .then((result) => {
        if ('download' in result) {
          startDownload(result.download);
          setMessage(t('reportExport.downloaded', { name: result.download.name }));
        } else setMessage('path' in result ? t('reportExport.saved', { path: result.path }) : null);
      })
      .catch((error: unknown) => setMessage(messageOf(error)))
      .finally(() => setBusy(false));
  }, [api, account, language, t]);

  useEffect(
    () =>
      api.on('app:menu-command', ({ command }) => {
        if (command === 'export-report') exportReport();
      }),
    [api, exportReport],
  );

  return (
    <div className="export-report">
      <button
        type="button"
        className="button"
        disabled={busy}
        data-testid="export-report"
        onClick={exportReport}
      >
        {t('reportExport.action')}
      </button>
      {message && (
        <p role="status" data-testid="export-report-message">
          {message}
        </p>
      )}
    </div>
  );
}
