import { useEffect, useState } from 'react';
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
      readonly influence: AccountInfluenceOutput | null;
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

/** The k best paths for the query, and for an account its brokers and risks. */
export function usePaths(
  query: PathQuery | null,
  version: number,
  onError: (error: unknown) => void,
): PathsState {
  const api = useApi();
  const [state, setState] = useState<{ query: PathQuery; state: PathsState } | null>(null);

  useEffect(() => {
    if (query === null) return;
    let live = true;
    const options = analysisOptions(query);
    const paths = api['analysis:find-paths']({
      to: query.to,
      ...(query.from === null ? {} : { from: [query.from] }),
      ...options,
    });
    const influence = query.account
      ? api['analysis:account-influence']({ account: query.to, ...options })
      : Promise.resolve(null);
    Promise.all([paths, influence])
      .then(([found, brokers]) => {
        if (live) setState({ query, state: { status: 'ready', paths: found, influence: brokers } });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState({ query, state: { status: 'failed' } });
        onError(error);
      });
    return () => {
      live = false;
    };
  }, [api, query, version, onError]);

  if (query === null) return { status: 'idle' };
  if (state?.query !== query) return { status: 'loading' };
  return state.state;
}

/** Today as yyyy-mm-dd in the user's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
