import { useEffect, useState } from 'react';
import { useApi } from '../app/api-context.ts';
import type { Neighbourhood } from './to-elements.ts';

/** Hubs can have hundreds of links; the scene starts with this many neighbours. */
export const NEIGHBOUR_LIMIT = 60;

export type NeighbourhoodState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly id: string }
  | { readonly status: 'ready'; readonly data: Neighbourhood }
  | { readonly status: 'failed'; readonly id: string };

type Outcome = { readonly id: string; readonly data: Neighbourhood | null };

/**
 * The selected node and its direct neighbours, reloaded when the store changes.
 * While the next neighbourhood loads the previous one stays on screen, so the
 * canvas does not flash empty between clicks.
 */
export function useNeighbourhood(
  id: string | null,
  version: number,
  onError: (error: unknown) => void,
): NeighbourhoodState {
  const api = useApi();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [shown, setShown] = useState<Neighbourhood | null>(null);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    api['graph:expand-node']({ id, limit: NEIGHBOUR_LIMIT })
      .then((data) => {
        if (!live) return;
        setOutcome({ id, data });
        setShown(data);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setOutcome({ id, data: null });
        onError(error);
      });
    return () => {
      live = false;
    };
  }, [api, id, version, onError]);

  if (id === null) return { status: 'idle' };
  if (outcome?.id === id && outcome.data === null) return { status: 'failed', id };
  if (shown) return { status: 'ready', data: shown };
  return { status: 'loading', id };
}
