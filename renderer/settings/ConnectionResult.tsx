import { useTranslation } from 'react-i18next';

export interface TestOutcome {
  readonly ok: boolean;
  readonly message: string;
  readonly serverVersion?: string | undefined;
}

/** The result of "Test connection": the server's version, or the backend's distinct message. */
export function ConnectionResult({ outcome }: { readonly outcome: TestOutcome }) {
  const { t } = useTranslation();
  return (
    <p
      className={outcome.ok ? 'settings-ok' : 'settings-notice'}
      role="status"
      data-testid="connection-result"
    >
      {outcome.ok
        ? t('settings.profile.connected', { version: outcome.serverVersion ?? '?' })
        : outcome.message}
    </p>
  );
}
