import type { Interaction, Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';

export interface NetworkSnapshot {
  readonly nodes: StakeholderNode[];
  readonly relationships: Relationship[];
  readonly interactions: Interaction[];
}

/**
 * Everything a store holds, sorted by id and without the store's own timestamps
 * (each store stamps the records it writes): what must survive a copy.
 */
export async function snapshot(store: GraphStore): Promise<NetworkSnapshot> {
  const all = async <T>(stream: AsyncIterable<T[]>): Promise<T[]> => {
    const items: T[] = [];
    for await (const batch of stream) items.push(...batch);
    return items;
  };
  const byId = <T extends { id: string }>(items: T[]) =>
    items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodes = (await all(store.streamNodes(50))).map((node) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { createdAt, updatedAt, ...data } = node;
    return data as StakeholderNode;
  });
  return {
    nodes: byId(nodes),
    relationships: byId(await all(store.streamRelationships(50))),
    interactions: byId(await all(store.streamInteractions(50))),
  };
}
