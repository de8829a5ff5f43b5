import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import { relationshipLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { hopFacts } from './hop-facts.ts';
import type { ScoredPath } from './path-scene.ts';

interface Props {
  readonly paths: readonly ScoredPath[];
  readonly names: ReadonlyMap<string, string>;
  /** Index of the path lit on its own; null = all lit. */
  readonly chosen: number | null;
  readonly onChoose: (index: number | null) => void;
  readonly label: string;
  readonly testId?: string;
}

/**
 * The ranked paths with every hop explained. Doubles as the accessible view of
 * the highlight: each path is a toggle button, the hops a nested list.
 */
export function PathList({ paths, names, chosen, onChoose, label, testId = 'path-list' }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="path-list" aria-label={label} data-testid={testId}>
      {paths.map((path, index) => {
        const start = path.nodes[0] ?? '';
        return (
          <li
            key={path.nodes.join('>')}
            className={`path${chosen === index ? ' path--chosen' : ''}`}
            data-testid="path-item"
            data-nodes={path.nodes.join(' ')}
          >
            <button
              type="button"
              className="path__head"
              aria-pressed={chosen === index}
              onClick={() => onChoose(chosen === index ? null : index)}
            >
              <span className="path__rank">{t('paths.rank', { rank: index + 1 })}</span>
              <span className="path__score">
                {t('paths.score', { score: formatNumber(path.score, language, 3) })}
              </span>
              <span className="muted">{t('paths.hops', { count: path.hops })}</span>
              {path.flagged && <span className="pill pill--warn">⊘ {t('paths.flagged')}</span>}
            </button>
            <ol className="path__hops">
              <li className="path__start">{names.get(start) ?? start}</li>
              {path.explanation.map((hop) => (
                <li key={hop.relationshipId} className="path__hop">
                  <span className="path__via">
                    {t('paths.via', {
                      type: relationshipLabel(hop.type, language),
                      name: hop.reached.name,
                    })}
                  </span>
                  <span className="path__facts muted">
                    {hopFacts(hop, language, t).join(' · ')}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
