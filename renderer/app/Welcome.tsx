import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly onLoadDemo: () => Promise<void>;
}

/**
 * First launch on an empty store. Importing from the window arrives with the
 * import channel; until then the command line is the honest way in.
 */
export function Welcome({ onLoadDemo }: Props) {
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
        <p>{t('welcome.importHint')}</p>
        <pre className="code">
          <code>npm run xrm -- import stakeholders.csv --as nodes</code>
        </pre>
      </div>
    </section>
  );
}
