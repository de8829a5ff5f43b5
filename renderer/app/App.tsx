import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { humanMessage } from '../api/to-xrm-error.ts';
import { AppHeader } from './AppHeader.tsx';
import { CountsBar } from './CountsBar.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { Explorer } from './Explorer.tsx';
import { Welcome } from './Welcome.tsx';
import { ImportWizard } from '../import/ImportWizard.tsx';
import { useApi } from './api-context.ts';
import { useAppStatus } from './use-app-status.ts';
import { useLanguageSetting } from './use-language-setting.ts';

/** The shell: header with search, store and language; the explorer or the welcome; status bar. */
export function App() {
  const api = useApi();
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [importing, setImporting] = useState(false);
  const fallback = t('errors.unexpected');
  const onError = useCallback((e: unknown) => setError(humanMessage(e, fallback)), [fallback]);
  const { info, counts, refresh } = useAppStatus(onError);
  const setLanguage = useLanguageSetting(onError);

  // Anything written elsewhere (CLI, another window) redraws what is on screen.
  useEffect(() => api.on('store:changed', () => setVersion((v) => v + 1)), [api]);
  // File > Import CSV… in the desktop menu.
  useEffect(
    () =>
      api.on('app:menu-command', ({ command }) => {
        if (command === 'import-csv') setImporting(true);
      }),
    [api],
  );

  const loadDemo = async () => {
    try {
      await api['demo:load-network']({});
      setError(null);
      await refresh();
    } catch (e) {
      onError(e);
    }
  };

  return (
    <div className="app" data-testid="app">
      <AppHeader
        info={info}
        onSelect={(hit) => setSelectedId(hit.id)}
        onLanguage={(language) => void setLanguage(language)}
        onError={onError}
        onImport={() => setImporting(true)}
      />
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <main className="app__main" aria-busy={counts === null}>
        {counts === null && error !== null ? (
          <div className="app__loading" data-testid="unavailable">
            <p className="muted">{t('app.unavailable')}</p>
            <button type="button" className="button" onClick={() => void refresh()}>
              {t('app.retry')}
            </button>
          </div>
        ) : counts === null ? (
          <p className="app__loading muted">{t('app.loading')}</p>
        ) : counts.nodes === 0 ? (
          <Welcome onLoadDemo={loadDemo} onImport={() => setImporting(true)} />
        ) : (
          <Explorer
            selectedId={selectedId}
            version={version}
            onSelect={setSelectedId}
            onError={onError}
          />
        )}
      </main>
      {importing && <ImportWizard host={info?.host ?? 'web'} onClose={() => setImporting(false)} />}
      <footer className="app__status">
        <CountsBar counts={counts} />
        {info && <span className="app__version">v{info.version}</span>}
      </footer>
    </div>
  );
}
