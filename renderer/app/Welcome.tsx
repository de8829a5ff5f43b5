import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly onLoadDemo: () => Promise<void>;
  /** Opens the import wizard. */
  readonly onImport?: () => void;
}

/** First launch on an empty store: the demo network, or the person's own CSV files. */
export function Welcome({ onLoadDemo, onImport }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      await onLoadDemo();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h1 id="welcome-title" className="welcome__title">
        {t('welcome.title')}
      </h1>
      <p className="welcome__lead">{t('welcome.lead')}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="load-demo"
        onClick={() => void load()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('welcome.loadingDemo') : t('welcome.loadDemo')}
      </button>
      <div className="welcome__import">
        <h2 className="welcome__subtitle">{t('welcome.importTitle')}</h2>
        {onImport ? (
          <>
            <p>{t('importWizard.welcomeHint')}</p>
            <button
              type="button"
              className="button"
              data-testid="welcome-import"
              onClick={onImport}
            >
              {t('importWizard.open')}
            </button>
          </>
        ) : (
          <p>{t('welcome.importHint')}</p>
        )}
        <pre className="code">
          <code>npm run xrm -- import stakeholders.csv --as nodes</code>
        </pre>
      </div>
    </section>
  );
}
