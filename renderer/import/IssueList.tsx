import { useTranslation } from 'react-i18next';
import type { ImportSummaryView } from '../../shared/domain/import.schema.ts';

/** Every problem with its line and column, as the person sees the file in Excel. */
export function IssueList({ summary }: { readonly summary: ImportSummaryView }) {
  const { t } = useTranslation();
  if (summary.errors.length === 0) return null;
  return (
    <section aria-labelledby="import-issues-title">
      <h4 id="import-issues-title" className="import-issues__title">
        {t('importWizard.errors', { count: summary.errorCount })}
      </h4>
      <ul className="import-issues" data-testid="import-errors">
        {summary.errors.map((issue, index) => (
          <li key={index} className="import-issue">
            <span className="import-issue__where">
              {issue.line > 0
                ? t('importWizard.line', { line: issue.line })
                : t('importWizard.wholeFile')}
              {issue.column !== '' && ` · ${issue.column}`}
            </span>{' '}
            <span>{issue.message}</span>
          </li>
        ))}
      </ul>
      {summary.errorCount > summary.errors.length && (
        <p className="muted">
          {t('importWizard.moreErrors', { count: summary.errorCount - summary.errors.length })}
        </p>
      )}
    </section>
  );
}
