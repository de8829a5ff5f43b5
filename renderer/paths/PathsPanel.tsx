import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { InfluenceSection } from './InfluenceSection.tsx';
import { PathControls, type Candidate } from './PathControls.tsx';
import { PathList } from './PathList.tsx';
import { useAnswer, type PathQuery, type PathsState } from './use-paths.ts';
import { useWhatIf } from './use-what-if.ts';
import { WhatIfResult } from './WhatIfResult.tsx';

interface Props {
  readonly query: PathQuery | null;
  readonly targetName: string;
  readonly state: PathsState;
  readonly candidates: readonly Candidate[];
  readonly chosen: number | null;
  readonly onChoose: (index: number | null) => void;
  readonly onQuery: (query: PathQuery) => void;
  readonly onError: (error: unknown) => void;
  /** The stakeholder in focus, offered as the target while nothing was asked yet. */
  readonly focusName: string;
  readonly onFindFocus: () => void;
}

/** The strongest routes to an account or person, explained; brokers, risks and what-if. */
export function PathsPanel(props: Props) {
  const { query, state, chosen, onChoose, onError } = props;
  const { t } = useTranslation();
  const whatIf = useWhatIf(query, onError);
  const influence = useAnswer(state.status === 'ready' ? state.influence : null);
  const names = useMemo(() => {
    const found = state.status === 'ready' ? state.paths.stakeholders : [];
    return new Map(found.map((ref) => [ref.id, ref.name]));
  }, [state]);
  if (query === null) {
    return (
      <section className="paths" data-testid="paths-panel">
        <p className="muted">{t('paths.pick')}</p>
        <button type="button" className="button" onClick={props.onFindFocus}>
          {t('paths.findTo', { name: props.focusName })}
        </button>
      </section>
    );
  }
  const title = t('paths.title', { name: props.targetName });
  return (
    <section className="paths" aria-label={title} data-testid="paths-panel">
      <h2 className="paths__title">{title}</h2>
      <PathControls
        key={query.to}
        query={query}
        candidates={props.candidates}
        busy={state.status === 'loading'}
        onSubmit={props.onQuery}
      />
      <div role="status" className="paths__status">
        {state.status === 'loading' && <p className="muted">{t('paths.finding')}</p>}
        {state.status === 'ready' && state.paths.paths.length === 0 && (
          <p className="muted">{t('paths.none', { hops: query.maxHops })}</p>
        )}
      </div>
      {state.status === 'ready' && (
        <>
          <div className="paths__list-head">
            <h3 className="details__section">{t('paths.list')}</h3>
            {chosen !== null && (
              <button type="button" className="button button--quiet" onClick={() => onChoose(null)}>
                {t('paths.showAll')}
              </button>
            )}
          </div>
          <PathList
            paths={state.paths.paths}
            names={names}
            chosen={chosen}
            onChoose={onChoose}
            label={t('paths.list')}
          />
          {state.paths.excluded.length > 0 && (
            <p className="muted" data-testid="paths-excluded">
              {t('paths.excluded', {
                names: state.paths.excluded.map((entry) => entry.name).join(', '),
              })}
            </p>
          )}
          {state.paths.notes.map((note) => (
            <p key={note} className="muted">
              {note}
            </p>
          ))}
          {whatIf.result && (
            <WhatIfResult result={whatIf.result} names={names} onClose={whatIf.clear} />
          )}
          {influence && (
            <InfluenceSection influence={influence} onWhatIf={(id) => whatIf.run(id)} />
          )}
        </>
      )}
    </section>
  );
}
