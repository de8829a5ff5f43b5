import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathQuery } from './use-paths.ts';

export interface Candidate {
  readonly id: string;
  readonly name: string;
}

interface Props {
  readonly query: PathQuery;
  /** People or organisations the paths may start from instead of "all of us". */
  readonly candidates: readonly Candidate[];
  readonly busy: boolean;
  readonly onSubmit: (query: PathQuery) => void;
}

const FROM_US = '';

/** k, max hops, from whom, consent and as-of date for the path search. */
export function PathControls({ query, candidates, busy, onSubmit }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const set = (patch: Partial<PathQuery>) => setDraft({ ...draft, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...draft, to: query.to, account: query.account });
  };
  return (
    <form className="path-controls" onSubmit={submit} data-testid="path-controls">
      <label>
        <span>{t('paths.k')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={draft.k}
          onChange={(event) => set({ k: Math.max(1, Math.min(20, Number(event.target.value))) })}
        />
      </label>
      <label>
        <span>{t('paths.maxHops')}</span>
        <input
          type="number"
          min={1}
          max={6}
          value={draft.maxHops}
          onChange={(event) =>
            set({ maxHops: Math.max(1, Math.min(6, Number(event.target.value))) })
          }
        />
      </label>
      <label className="path-controls__wide">
        <span>{t('paths.from')}</span>
        <select
          value={draft.from ?? FROM_US}
          onChange={(event) =>
            set({ from: event.target.value === FROM_US ? null : event.target.value })
          }
        >
          <option value={FROM_US}>{t('paths.fromUs')}</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {t('paths.fromNode', { name: candidate.name })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('paths.asOf')}</span>
        <input
          type="date"
          required
          value={draft.asOf}
          onChange={(event) => set({ asOf: event.target.value })}
        />
      </label>
      <label className="path-controls__check path-controls__wide">
        <input
          type="checkbox"
          checked={draft.includeNoConsent}
          onChange={(event) => set({ includeNoConsent: event.target.checked })}
        />
        {t('paths.includeNoConsent')}
      </label>
      <button
        type="submit"
        className="button button--primary"
        disabled={busy}
        data-testid="find-paths"
      >
        {busy ? t('paths.finding') : t('paths.find')}
      </button>
    </form>
  );
}
