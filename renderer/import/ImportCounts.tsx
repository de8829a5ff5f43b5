import { useTranslation } from 'react-i18next';
import type { ImportSummaryView } from '../../shared/domain/import.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';

const OUTCOMES = ['created', 'updated', 'unchanged', 'merged', 'skipped'] as const;

/** Created / updated / unchanged / merged / skipped, and organisations made from a company column. */
export function ImportCounts({ summary }: { readonly summary: ImportSummaryView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const orgs = summary.organizations;
  return (
    <dl className="import-counts" data-testid="import-counts">
      <div>
        <dt>{t('importWizard.rows')}</dt>
        <dd data-count="rows">{formatNumber(summary.rows, language)}</dd>
      </div>
      {OUTCOMES.map((outcome) => (
        <div key={outcome}>
          <dt>{t(`importWizard.outcomes.${outcome}`)}</dt>
          <dd data-count={outcome}>{formatNumber(summary[outcome], language)}</dd>
        </div>
      ))}
      {orgs.created + orgs.updated > 0 && (
        <div>
          <dt>{t('importWizard.organizations')}</dt>
          <dd data-count="organizations">
            {formatNumber(orgs.created, language)} / {formatNumber(orgs.updated, language)}
          </dd>
        </div>
      )}
    </dl>
  );
}
