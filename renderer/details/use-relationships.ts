import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { useApi } from '../app/api-context.ts';

export type StoredRelationship = ChannelOutput<'graph:list-relationships'>['relationships'][number];

/** Every relationship of the node, not only those drawn on the canvas. */
export function useRelationships(
  id: string | null,
  version: number,
  onError: (error: unknown) => void,
): readonly StoredRelationship[] | null {
  const api = useApi();
  const [loaded, setLoaded] = useState<{ id: string; list: StoredRelationship[] } | null>(null);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    api['graph:list-relationships']({ id })
      .then(({ relationships }) => live && setLoaded({ id, list: relationships }))
      .catch((error: unknown) => live && onError(error));
    return () => {
      live = false;
    };
  }, [api, id, version, onError]);

  return id !== null && loaded?.id === id ? loaded.list : null;
}
