import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { Counts } from './use-app-status.ts';

/** Size of the network in the status bar, numbers in the locale's format. */
export function CountsBar({ counts }: { readonly counts: Counts | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!counts) return null;
  const items = [
    ['nodes', counts.nodes],
    ['relationships', counts.relationships],
    ['interactions', counts.interactions],
  ] as const;
  return (
    <dl className="counts" aria-label={t('counts.label')} data-testid="counts">
      {items.map(([key, value]) => (
        <div key={key} className="counts__item">
          <dt>{t(`counts.${key}`)}</dt>
          <dd data-testid={`count-${key}`} data-value={value}>
            {formatNumber(value, language)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
