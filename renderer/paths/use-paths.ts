import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountInfluenceOutput, PathsOutput } from '../../shared/domain/analysis.schema.ts';
import { useApi } from '../app/api-context.ts';

/** What the user asked for in the paths panel. */
export interface PathQuery {
  readonly to: string;
  /** null = every colleague and the own company. */
  readonly from: string | null;
  readonly k: number;
  readonly maxHops: number;
  readonly includeNoConsent: boolean;
  /** yyyy-mm-dd */
  readonly asOf: string;
  /** Organisations get brokers and key-person risk too. */
  readonly account: boolean;
}

export type PathsState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly paths: PathsOutput;
      /** Brokers and risks arrive later; only the panel waits for them (useAnswer). */
      readonly influence: Promise<AccountInfluenceOutput | null>;
    }
  | { readonly status: 'failed' };

export function analysisOptions(query: PathQuery) {
  return {
    k: query.k,
    maxHops: query.maxHops,
    includeNoConsent: query.includeNoConsent,
    asOf: query.asOf,
  };
}

type Api = ReturnType<typeof useApi>;

/** One query in flight: the paths and, for an account, its brokers and risks. */
interface Answer {
  readonly query: PathQuery;
  readonly paths: Promise<PathsOutput>;
  readonly influence: Promise<AccountInfluenceOutput | null>;
}

function ask(api: Api, query: PathQuery): Answer {
  const options = analysisOptions(query);
  const paths = api['analysis:find-paths']({
    to: query.to,
    ...(query.from === null ? {} : { from: [query.from] }),
    ...options,
  });
  const influence = query.account
    ? api['analysis:account-influence']({ account: query.to, ...options })
    : Promise.resolve(null);
  // Sent from a click, an answer may end up unused (a newer query); never an unhandled rejection.
  paths.catch(() => undefined);
  influence.catch(() => undefined);
  return { query, paths, influence };
}

/**
 * The k best paths for the query, and for an account its brokers and risks.
 * `send` starts the requests from the click handler itself, so they travel while
 * React renders the panel instead of after it. The paths are shown (and lit) as
 * soon as they arrive; brokers and risks take longer and are handed on as a
 * promise, so their arrival re-renders the panel alone, not the canvas.
 */
export function usePaths(
  query: PathQuery | null,
  version: number,
  onError: (error: unknown) => void,
): { state: PathsState; send: (query: PathQuery) => void } {
  const api = useApi();
  const [state, setState] = useState<{ query: PathQuery; state: PathsState } | null>(null);
  const sent = useRef<Answer | null>(null);
  const send = useCallback((next: PathQuery) => void (sent.current = ask(api, next)), [api]);

  useEffect(() => {
    if (query === null) return;
    let live = true;
    // An edit (version) asks again; only the answer sent for this very query is reused.
    const answer = sent.current?.query === query ? sent.current : ask(api, query);
    sent.current = null;
    answer.paths
      .then((found) => {
        if (live)
          setState({
            query,
            state: { status: 'ready', paths: found, influence: answer.influence },
          });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState({ query, state: { status: 'failed' } });
        onError(error);
      });
    answer.influence.catch((error: unknown) => {
      if (live) onError(error);
    });
    return () => {
      live = false;
    };
  }, [api, query, version, onError]);

  if (query === null) return { state: { status: 'idle' }, send };
  if (state?.query !== query) return { state: { status: 'loading' }, send };
  return { state: state.state, send };
}

/** The value of a promise once it has settled well; null before, and for another promise. */
export function useAnswer<T>(promise: Promise<T> | null): T | null {
  const [held, setHeld] = useState<{ promise: Promise<T>; value: T } | null>(null);
  useEffect(() => {
    if (promise === null) return;
    let live = true;
    // A failure is reported by whoever sent the request (usePaths).
    promise.then((value) => live && setHeld({ promise, value })).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [promise]);
  return held?.promise === promise ? held.value : null;
}

/** Today as yyyy-mm-dd in the user's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
