import { useTranslation } from 'react-i18next';
import { NODE_KINDS, STANCES, type NodeKind } from '../../graph-schema/index.ts';
import { valueLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { KindBadge } from '../search/KindBadge.tsx';

interface Props {
  readonly kinds: ReadonlySet<NodeKind>;
  /** Paths are lit up: explain the highlight colour too. */
  readonly lit: boolean;
}

/** What shapes, rings, badges and lines on the canvas mean — kinds only for what is shown. */
export function CanvasLegend({ kinds, lit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="legend" aria-label={t('canvas.legend')} data-testid="canvas-legend">
      <span className="legend__title" aria-hidden="true">
        {t('canvas.legend')}
      </span>
      <ul className="legend__kinds">
        {NODE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => (
          <li key={kind}>
            <KindBadge kind={kind} />
          </li>
        ))}
      </ul>
      <ul className="legend__stances" aria-label={t('legend.stance')}>
        {STANCES.map((stance) => (
          <li key={stance}>
            <span className={`legend__ring legend__ring--${stance}`} aria-hidden="true" />
            {valueLabel('stance', stance, language)}
          </li>
        ))}
      </ul>
      <ul className="legend__lines">
        <li>{t('legend.keyAccount')}</li>
        <li>{t('legend.denied')}</li>
        <li>
          <span className="legend__line legend__line--arrow" aria-hidden="true" />
          {t('legend.oneWay')}
        </li>
        <li>
          <span className="legend__line legend__line--vee" aria-hidden="true" />
          {t('legend.reading')}
        </li>
        <li>
          <span className="legend__line legend__line--thick" aria-hidden="true" />
          {t('legend.strength')}
        </li>
        {lit && (
          <li>
            <span className="legend__line legend__line--lit" aria-hidden="true" />
            {t('legend.lit')}
          </li>
        )}
      </ul>
    </section>
  );
}
