import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import type { LayoutProgress } from './layout-off-thread.ts';

interface Props {
  readonly progress: LayoutProgress;
  readonly onCancel: () => void;
}

/** Over the canvas while the worker lays a large scene out: which step, and a way out. */
export function LayoutProgressBar({ progress, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = t('canvas.layoutRunning', {
    nodes: formatNumber(progress.nodes, language),
    step: progress.step + 1,
    steps: progress.steps,
  });
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <progress
        className="layout-progress__bar"
        max={progress.steps}
        value={progress.step}
        aria-label={text}
      />
      <span>{text}</span>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('canvas.layoutCancel')}
      </button>
    </div>
  );
}
