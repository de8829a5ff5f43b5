import { useCallback, useMemo, useState } from 'react';
import type { StakeholderNode } from '../../graph-schema/index.ts';
import { highlightOf, pathScene, type Highlight } from './path-scene.ts';
import { today, usePaths, type PathQuery } from './use-paths.ts';
import type { Scene } from '../network/to-elements.ts';

const EMPTY: Scene = { nodes: [], relationships: [] };

/** The explorer's path state: what was asked, the answer, which path is lit. */
export function usePathFocus(version: number, onError: (error: unknown) => void) {
  const [query, setQuery] = useState<PathQuery | null>(null);
  const [target, setTarget] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const { state, send } = usePaths(query, version, onError);

  const ask = useCallback(
    (next: PathQuery) => {
      send(next);
      setChosen(null);
      setQuery(next);
    },
    [send],
  );

  const findPathsTo = useCallback(
    (node: Pick<StakeholderNode, 'id' | 'name' | 'kind'>) => {
      setTarget(node.name);
      ask({
        to: node.id,
        from: null,
        k: 5,
        maxHops: 4,
        includeNoConsent: false,
        asOf: today(),
        account: node.kind === 'Customer',
      });
    },
    [ask],
  );

  const found = state.status === 'ready' ? state.paths : null;
  const scene = useMemo(() => (found ? pathScene(found) : EMPTY), [found]);
  const highlight: Highlight | null = useMemo(
    () => (found && found.paths.length > 0 ? highlightOf(found.paths, chosen) : null),
    [found, chosen],
  );
  return { query, target, state, chosen, setChosen, findPathsTo, ask, scene, highlight };
}
