import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { defaultChoice, type ExportChoice } from './export-request.ts';

/** The header's "Export…"; File ▸ Backup… in the desktop menu opens it with JSON chosen. */
export function ExportButton() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [open, setOpen] = useState<ExportChoice | null>(null);

  useEffect(
    () =>
      api.on('app:menu-command', ({ command }) => {
        if (command === 'backup') setOpen(defaultChoice(language, 'json'));
      }),
    [api, language],
  );

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        data-testid="export-open"
        onClick={() => setOpen(defaultChoice(language))}
      >
        {t('networkExport.open')}
      </button>
      {open && <ExportDialog initial={open} onClose={() => setOpen(null)} />}
    </>
  );
}
