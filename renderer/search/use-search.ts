import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { useApi } from '../app/api-context.ts';

export type SearchHit = ChannelOutput<'graph:search-nodes'>['results'][number];
export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly text: string }
  | { readonly status: 'done'; readonly text: string; readonly results: readonly SearchHit[] };

/** Wait for a pause in typing before asking the store; keystrokes stay instant. */
export const SEARCH_DEBOUNCE_MS = 120;
const RESULT_LIMIT = 12;

interface Answer {
  readonly text: string;
  readonly results: readonly SearchHit[];
}

/** Search as you type; answers to outdated queries are dropped. */
export function useSearch(text: string, onError: (error: unknown) => void): SearchState {
  const api = useApi();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const query = text.trim();

  useEffect(() => {
    if (query === '') return;
    let live = true;
    const timer = setTimeout(() => {
      api['graph:search-nodes']({ text: query, limit: RESULT_LIMIT })
        .then(({ results }) => live && setAnswer({ text: query, results }))
        .catch((error: unknown) => {
          if (!live) return;
          setAnswer({ text: query, results: [] });
          onError(error);
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, onError]);

  if (query === '') return { status: 'idle' };
  if (answer?.text === query) return { status: 'done', ...answer };
  return { status: 'searching', text: query };
}
