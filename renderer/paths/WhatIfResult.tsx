import { useTranslation } from 'react-i18next';
import type { WhatIfRemovedOutput } from '../../shared/domain/analysis.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { PathList } from './PathList.tsx';

interface Props {
  readonly result: WhatIfRemovedOutput;
  readonly names: ReadonlyMap<string, string>;
  readonly onClose: () => void;
}

/** The paths that vanish when one person leaves, and the best score before and after. */
export function WhatIfResult({ result, names, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const score = (value: number) => formatNumber(value, language, 3);
  return (
    <section className="what-if" data-testid="what-if" aria-live="polite">
      <h3 className="details__section">{t('paths.whatIf', { name: result.removed.name })}</h3>
      <p>
        {t('paths.vanished', {
          name: result.removed.name,
          count: formatNumber(result.vanished.length, language),
          before: score(result.bestScoreBefore),
          after: score(result.bestScoreAfter),
        })}
      </p>
      <PathList
        paths={result.vanished}
        names={names}
        chosen={null}
        onChoose={() => undefined}
        label={t('paths.whatIf', { name: result.removed.name })}
        testId="vanished-list"
      />
      <button type="button" className="button button--quiet" onClick={onClose}>
        {t('paths.close')}
      </button>
    </section>
  );
}
