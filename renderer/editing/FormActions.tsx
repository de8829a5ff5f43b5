import { useTranslation } from 'react-i18next';

interface Props {
  readonly saving: boolean;
  /** The submit button's text, and its text while the request runs. */
  readonly label: string;
  readonly busyLabel: string;
  readonly onCancel: () => void;
}

/** Submit and Cancel at the foot of every editing form. */
export function FormActions({ saving, label, busyLabel, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? busyLabel : label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('editing.cancel')}
      </button>
    </div>
  );
}
