import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeInput, RelationshipInput } from '../../graph-schema/index.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import {
  ACCOUNT_NODES,
  ACCOUNT_RELATIONSHIPS,
  collect,
  ids,
  loadAccount,
  type OpenStore,
} from './contract-fixtures.ts';

/** A chain seed - a - hub - b, where the hub also knows ten others. */
function hubNetwork(): { nodes: NodeInput[]; relationships: RelationshipInput[] } {
  const person = (id: string): NodeInput => ({ id, kind: 'Contact', name: `Person ${id}` });
  const spokes = Array.from({ length: 10 }, (_, i) => `spoke${i}`);
  const nodes = ['seed', 'a', 'hub', 'b', 'c', ...spokes].map(person);
  const knows = (source: string, target: string): RelationshipInput => ({
    type: 'KNOWS',
    source,
    target,
  });
  const relationships = [
    knows('seed', 'a'),
    knows('a', 'hub'),
    knows('a', 'c'),
    knows('hub', 'b'),
    ...spokes.map((s) => knows('hub', s)),
  ];
  return { nodes, relationships };
}

export function describeGraph(open: OpenStore): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ store, cleanup } = await open()));
  afterEach(async () => cleanup());

  describe('neighbourhood', () => {
    it('pages through a node’s relationships strongest first, with the total', async () => {
      await loadAccount(store);
      const all = await store.neighbourhood('anna', { limit: 100 });
      expect(all.node.id).toBe('anna');
      expect(all.total).toBe(4);
      const strengths = all.relationships.map((r) => r.strength);
      expect(strengths).toEqual([...strengths].sort((x, y) => y - x));
      expect(strengths[0]).toBe(0.9);
      const first = await store.neighbourhood('anna', { limit: 3 });
      const second = await store.neighbourhood('anna', { limit: 3, offset: 3 });
      expect(first.total).toBe(4);
      expect(first.relationships).toHaveLength(3);
      expect(second.relationships).toHaveLength(1);
      expect(ids([...first.relationships, ...second.relationships])).toEqual(
        ids(all.relationships),
      );
      expect(ids(all.neighbours)).toEqual(['acme', 'kurt', 'sven', 'tom']);
    });

    it('filters by relationship type and rejects an unknown node', async () => {
      await loadAccount(store);
      const knows = await store.neighbourhood('anna', { types: ['KNOWS'] });
      expect(knows.total).toBe(3);
      expect(new Set(knows.relationships.map((r) => r.type))).toEqual(new Set(['KNOWS']));
      await expect(store.neighbourhood('nobody')).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  describe('subgraph', () => {
    it('walks maxHops in both directions and returns the relationships among what it found', async () => {
      await loadAccount(store);
      const zero = await store.subgraph({ seeds: ['acme'], maxHops: 0 });
      expect(ids(zero.nodes)).toEqual(['acme']);
      expect(zero.relationships).toEqual([]);
      const one = await store.subgraph({ seeds: ['acme'], maxHops: 1 });
      expect(ids(one.nodes)).toEqual(['acme', 'anna', 'ina', 'kurt', 'mueller-gmbh', 'tom']);
      // anna - kurt and tom - anna lie among the found nodes: they are included too
      expect(one.relationships).toHaveLength(7);
      expect(one.truncated).toBe(false);
      const two = await store.subgraph({ seeds: ['acme'], maxHops: 2 });
      expect(ids(two.nodes)).toEqual(
        ids(ACCOUNT_NODES.filter((n) => n.id !== 'lea') as { id: string }[]),
      );
      expect(two.relationships).toHaveLength(ACCOUNT_RELATIONSHIPS.length);
    });

    it('includes a hub above hubCap but does not expand it, and reports it', async () => {
      const { nodes, relationships } = hubNetwork();
      await store.upsertBatch({ nodes, relationships });
      const capped = await store.subgraph({ seeds: ['seed'], maxHops: 3, hubCap: 5 });
      expect(ids(capped.nodes)).toEqual(['a', 'c', 'hub', 'seed']);
      expect(capped.cappedHubs).toEqual([{ id: 'hub', degree: 12 }]);
      for (const rel of capped.relationships) {
        expect(ids(capped.nodes)).toEqual(expect.arrayContaining([rel.source, rel.target]));
      }
      const open = await store.subgraph({ seeds: ['seed'], maxHops: 3, hubCap: 20 });
      expect(open.nodes).toHaveLength(nodes.length);
      expect(open.cappedHubs).toEqual([]);
      const seededAtHub = await store.subgraph({ seeds: ['hub'], maxHops: 1, hubCap: 5 });
      expect(seededAtHub.nodes).toHaveLength(13);
    });

    it('stops at maxNodes and says it was truncated', async () => {
      const { nodes, relationships } = hubNetwork();
      await store.upsertBatch({ nodes, relationships });
      const bounded = await store.subgraph({ seeds: ['hub'], maxHops: 2, maxNodes: 5 });
      expect(bounded.nodes).toHaveLength(5);
      expect(bounded.nodes.map((n) => n.id)).toContain('hub');
      expect(bounded.truncated).toBe(true);
    });
  });

  describe('streams and counts', () => {
    it('streams every node, relationship and interaction once, in bounded batches', async () => {
      await loadAccount(store);
      await store.logInteraction({
        date: '2026-01-10',
        channel: 'event',
        participants: ['anna', 'tom'],
      });
      const nodes = await collect(store.streamNodes(4));
      expect(ids(nodes.items)).toEqual(ids(ACCOUNT_NODES as { id: string }[]));
      expect(Math.max(...nodes.batches)).toBeLessThanOrEqual(4);
      const rels = await collect(store.streamRelationships(3));
      expect(rels.items).toHaveLength(ACCOUNT_RELATIONSHIPS.length);
      expect(new Set(rels.items.map((r) => r.id)).size).toBe(ACCOUNT_RELATIONSHIPS.length);
      expect(Math.max(...rels.batches)).toBeLessThanOrEqual(3);
      const interactions = await collect(store.streamInteractions());
      expect(interactions.items).toHaveLength(1);
    });

    it('counts by kind and by type', async () => {
      await loadAccount(store);
      const counts = await store.counts();
      expect(counts).toMatchObject({ nodes: 9, relationships: 10, interactions: 0 });
      expect(counts.byKind).toEqual({
        OwnCompany: 1,
        Customer: 1,
        Distributor: 1,
        Contact: 4,
        Colleague: 1,
        Influencer: 1,
      });
      expect(counts.byType).toEqual({
        WORKS_FOR: 4,
        SUPPLIES: 1,
        MANAGES: 1,
        KNOWS: 3,
        ADVISES: 1,
      });
    });

    it('streams nothing from an empty store', async () => {
      expect((await collect(store.streamNodes())).items).toEqual([]);
      expect(await store.counts()).toEqual({
        nodes: 0,
        relationships: 0,
        interactions: 0,
        byKind: {},
        byType: {},
      });
    });
  });
}
