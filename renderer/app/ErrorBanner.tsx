import { useTranslation } from 'react-i18next';

/** The one place errors surface: the human message, dismissable, announced to screen readers. */
export function ErrorBanner({
  message,
  onDismiss,
}: {
  readonly message: string | null;
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (message === null) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <strong className="error-banner__title">{t('errors.title')}</strong>
      <p className="error-banner__message">{message}</p>
      <button
        type="button"
        className="icon-button"
        aria-label={t('errors.dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
