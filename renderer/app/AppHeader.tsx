import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../graph-schema/index.ts';
import { ExportButton } from '../export/ExportButton.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { SettingsDialog } from '../settings/SettingsDialog.tsx';
import type { SearchHit } from '../search/use-search.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { StoreBadge } from './StoreBadge.tsx';
import type { AppInfo } from './use-app-status.ts';

interface Props {
  readonly info: AppInfo | null;
  readonly onSelect: (hit: SearchHit) => void;
  readonly onLanguage: (language: Language) => void;
  readonly onError: (error: unknown) => void;
  /** Opens the import wizard. */
  readonly onImport?: () => void;
}

export function AppHeader({ info, onSelect, onLanguage, onError, onImport }: Props) {
  const { t } = useTranslation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <header className="app-header" data-testid="app-header">
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true" />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      <SearchBox onSelect={onSelect} onError={onError} />
      <div className="app-header__end">
        <StoreBadge store={info?.store} />
        <LanguageSwitch onChange={onLanguage} />
        {onImport && (
          <button
            type="button"
            className="button button--quiet import-open-button"
            data-testid="open-import"
            onClick={onImport}
          >
            {t('importWizard.open')}
          </button>
        )}
        <ExportButton />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setSettingsOpen(true)}
        >
          {t('settings.open')}
        </button>
      </div>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
    </header>
  );
}
