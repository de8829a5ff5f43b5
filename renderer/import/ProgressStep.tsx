import { useTranslation } from 'react-i18next';
import type { ImportProgressEvent } from '../../shared/domain/import.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { formatSecondsLeft, progressPercent } from './wizard-state.ts';

interface Props {
  readonly name: string;
  readonly progress: ImportProgressEvent | null;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

/** Step 3: the bar, rows, rows per second, time left; Cancel leaves the store as it was. */
export function ProgressStep({ name, progress, cancelling, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = progressPercent(progress);
  const left = formatSecondsLeft(progress?.secondsLeft ?? null);
  return (
    <div className="import-step" data-testid="import-progress">
      <p>{t('importWizard.importing', { name })}</p>
      <div
        className="import-bar"
        role="progressbar"
        aria-label={t('importWizard.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="import-bar__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted" role="status">
        {progress
          ? t(`importWizard.phase.${progress.phase}`, {
              rows: formatNumber(progress.rows, language),
              rate: formatNumber(progress.rowsPerSecond, language),
            })
          : t('importWizard.starting')}
        {left !== null && ` · ${t('importWizard.timeLeft', { left })}`}
      </p>
      <div className="form__actions">
        <button type="button" className="button" disabled={cancelling} onClick={onCancel}>
          {cancelling ? t('importWizard.cancelling') : t('editing.cancel')}
        </button>
      </div>
    </div>
  );
}
