import { useCallback, useState } from 'react';
import { useApi } from '../app/api-context.ts';
import { NEIGHBOUR_LIMIT } from './use-neighbourhood.ts';
import { neighbourhoodScene, type Neighbourhood, type Scene } from './to-elements.ts';

/** Neighbours fetched per "show more": hubs are paged in larger steps than the first view. */
const MORE_PAGE = 200;
/** Neighbours fetched per node when an ego network grows beyond depth 1. */
const EGO_LIMIT = 25;
/** Nodes expanded per ring, so depth 3 around a hub stays a bounded number of requests. */
const MAX_FRONTIER = 120;

interface Growth {
  readonly focus: string;
  readonly scenes: readonly Scene[];
  /** Further neighbours of the focus loaded through "show more". */
  readonly more: number;
  readonly depth: number;
}

/**
 * What the user added around the focus: further pages of a hub's neighbours,
 * expanded nodes, deeper ego rings. Starts empty whenever the focus changes.
 */
export function useSceneGrowth(hood: Neighbourhood | null, onError: (error: unknown) => void) {
  const api = useApi();
  const focus = hood?.node.id ?? '';
  const [growth, setGrowth] = useState<Growth>({ focus, scenes: [], more: 0, depth: 1 });
  const current = growth.focus === focus ? growth : { focus, scenes: [], more: 0, depth: 1 };

  const add = useCallback(
    (scenes: readonly Scene[], patch: Partial<Growth> = {}) =>
      setGrowth((previous) =>
        previous.focus === focus
          ? { ...previous, ...patch, scenes: [...previous.scenes, ...scenes] }
          : { focus, more: 0, depth: 1, ...patch, scenes },
      ),
    [focus],
  );

  const expand = useCallback(
    (ids: readonly string[], limit: number): Promise<Neighbourhood[]> =>
      Promise.all(ids.map((id) => api['graph:expand-node']({ id, limit }))),
    [api],
  );

  const shown = (hood?.neighbours.length ?? 0) + current.more;
  const remaining = Math.max(0, (hood?.total ?? 0) - shown);

  const showMore = () => {
    api['graph:expand-node']({ id: focus, limit: MORE_PAGE, offset: shown })
      .then((page) =>
        add([neighbourhoodScene(page)], { more: current.more + page.neighbours.length }),
      )
      .catch(onError);
  };
  const expandNode = (id: string) => {
    expand([id], NEIGHBOUR_LIMIT)
      .then((pages) => add(pages.map(neighbourhoodScene)))
      .catch(onError);
  };
  /** Rings 2..depth around the focus, each node contributing its strongest few. */
  const setDepth = async (depth: number) => {
    if (!hood) return;
    let frontier = hood.neighbours.map((node) => node.id);
    const seen = new Set([focus, ...frontier]);
    const scenes: Scene[] = [];
    try {
      for (let ring = 2; ring <= depth; ring += 1) {
        const pages = await expand(frontier, EGO_LIMIT);
        scenes.push(...pages.map(neighbourhoodScene));
        frontier = pages
          .flatMap((page) => page.neighbours.map((n) => n.id))
          .filter((id) => !seen.has(id))
          .slice(0, MAX_FRONTIER);
        for (const id of frontier) seen.add(id);
      }
      setGrowth({ focus, scenes, more: 0, depth });
    } catch (error) {
      onError(error);
    }
  };

  return {
    scenes: current.scenes,
    depth: current.depth,
    shown,
    remaining,
    showMore,
    expandNode,
    setDepth,
  };
}
