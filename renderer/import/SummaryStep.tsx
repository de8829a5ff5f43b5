import { useTranslation } from 'react-i18next';
import type { ImportSummaryView } from '../../shared/domain/import.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ImportCounts } from './ImportCounts.tsx';
import { IssueList } from './IssueList.tsx';

interface Props {
  readonly summary: ImportSummaryView;
  /** The next chosen file, if the person picked several. */
  readonly next: string | null;
  readonly onNext: () => void;
  readonly onAnother: () => void;
  readonly onClose: () => void;
}

/** Step 4: what was written (or why nothing was), with the rows left out. */
export function SummaryStep({ summary, next, onNext, onAnother, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="import-step" data-testid="import-summary">
      <p className="import-verdict" role="status">
        {!summary.written
          ? t('importWizard.nothingWritten', { name: summary.file })
          : summary.seconds < 1
            ? t('importWizard.doneInstantly', { name: summary.file })
            : t('importWizard.done', {
                name: summary.file,
                seconds: formatNumber(summary.seconds, language, 1),
              })}
      </p>
      <ImportCounts summary={summary} />
      <IssueList summary={summary} />
      <div className="form__actions">
        {next !== null && (
          <button type="button" className="button button--primary" onClick={onNext}>
            {t('importWizard.next', { name: next })}
          </button>
        )}
        <button type="button" className="button" onClick={onAnother}>
          {t('importWizard.another')}
        </button>
        <button
          type="button"
          className={next === null ? 'button button--primary' : 'button'}
          onClick={onClose}
        >
          {t('importWizard.close')}
        </button>
      </div>
    </div>
  );
}
