import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { SCENE_LIMIT } from '../network/bound-scene.ts';

interface Props {
  readonly shown: number;
  readonly total: number;
  readonly remaining: number;
  readonly leftOut: number;
  readonly wanted: number;
  readonly depth: number;
  readonly onShowMore: () => void;
  readonly onShowAll: () => void;
  readonly onDepth: (depth: number) => void;
}

/** How much of the network is on screen, and the ways to see more of it. */
export function ScopeNote(props: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <div className="scope">
      <span>{t('canvas.showing', { shown: n(props.shown), total: n(props.total) })}</span>
      {props.remaining > 0 && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={props.onShowMore}
        >
          {t('explore.showMore', { count: n(props.remaining) })}
        </button>
      )}
      <label className="scope__depth">
        <span>{t('explore.depth')}</span>
        <select
          value={props.depth}
          data-testid="depth-select"
          onChange={(event) => props.onDepth(Number(event.target.value))}
        >
          {[1, 2, 3].map((depth) => (
            <option key={depth} value={depth}>
              {depth}
            </option>
          ))}
        </select>
      </label>
      {props.leftOut > 0 && (
        <span className="scope__warn" role="alert" data-testid="scene-bounded">
          {t('explore.tooMany', { count: n(props.wanted), limit: n(SCENE_LIMIT) })}{' '}
          {t('explore.leftOut', { count: n(props.leftOut) })}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={props.onShowAll}
          >
            {t('explore.showAnyway')}
          </button>
        </span>
      )}
    </div>
  );
}
