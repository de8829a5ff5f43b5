import { useCallback, useState } from 'react';
import type { WhatIfRemovedOutput } from '../../shared/domain/analysis.schema.ts';
import { useApi } from '../app/api-context.ts';
import { analysisOptions, type PathQuery } from './use-paths.ts';

/** "What if this person leaves": the best paths that would vanish. Cleared with a new query. */
export function useWhatIf(query: PathQuery | null, onError: (error: unknown) => void) {
  const api = useApi();
  const [answer, setAnswer] = useState<{
    query: PathQuery;
    result: WhatIfRemovedOutput;
  } | null>(null);
  const run = useCallback(
    (removed: string) => {
      if (query === null) return;
      api['analysis:what-if-removed']({ account: query.to, removed, ...analysisOptions(query) })
        .then((result) => setAnswer({ query, result }))
        .catch(onError);
    },
    [api, query, onError],
  );
  const result = answer?.query === query ? answer.result : null;
  return { result, run, clear: () => setAnswer(null) };
}
