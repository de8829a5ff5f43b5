import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipId } from '../../graph-schema/index.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import { collect, type OpenStore } from './contract-fixtures.ts';
import { generateNetwork, type GeneratedNetwork } from './generate-network.ts';

const BATCH = 10_000;

/** The reference walk the stores must agree with: plain BFS over an adjacency list. */
function referenceSubgraph(
  adjacency: ReadonlyMap<string, readonly string[]>,
  seed: string,
  maxHops: number,
  hubCap: number,
): { nodes: Set<string>; capped: Set<string> } {
  const nodes = new Set([seed]);
  const capped = new Set<string>();
  let frontier = [seed];
  for (let hop = 0; hop < maxHops; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      const neighbours = adjacency.get(id) ?? [];
      if (id !== seed && neighbours.length > hubCap) {
        capped.add(id);
        continue;
      }
      for (const other of neighbours) {
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { nodes, capped };
}

export function describeLargeNetwork(open: OpenStore): void {
  describe('a generated network of 10,000 nodes and 50,000 relationships', () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    let network: GeneratedNetwork;
    const adjacency = new Map<string, string[]>();
    const link = (a: string, b: string): void => {
      const list = adjacency.get(a);
      if (list) list.push(b);
      else adjacency.set(a, [b]);
    };

    beforeAll(async () => {
      ({ store, cleanup } = await open());
      network = generateNetwork();
      await store.upsertNodes(network.nodes);
      for (let i = 0; i < network.relationships.length; i += BATCH) {
        await store.upsertRelationships(network.relationships.slice(i, i + BATCH));
      }
      for (const rel of network.relationships) {
        link(rel.source, rel.target);
        link(rel.target, rel.source);
      }
      // A server store on a busy two-core machine needs minutes for 60,000 writes.
    }, 600_000);
    afterAll(async () => cleanup());

    it('holds exactly what was written', async () => {
      const counts = await store.counts();
      expect(counts.nodes).toBe(10_000);
      expect(counts.relationships).toBe(50_000);
      expect(counts.byType).toEqual({ WORKS_FOR: 9_500, KNOWS: 40_500 });
    });

    it('streams every record exactly once in pages of the requested size', async () => {
      const nodes = await collect(store.streamNodes(1_234));
      expect(nodes.items).toHaveLength(10_000);
      expect(new Set(nodes.items.map((n) => n.id)).size).toBe(10_000);
      expect(nodes.batches.every((size) => size <= 1_234)).toBe(true);
      const rels = await collect(store.streamRelationships(7_000));
      const expected = network.relationships.map((r) => relationshipId(r.type, r.source, r.target));
      expect(rels.items.map((r) => r.id).sort()).toEqual(expected.sort());
    });

    it('reports a repeated batch as unchanged', async () => {
      const again = await store.upsertRelationships(network.relationships.slice(0, BATCH));
      expect(again).toEqual({ created: 0, updated: 0, unchanged: BATCH });
    });

    it('pages through the busiest node without gaps or repeats', async () => {
      const [busiest, neighbours] = [...adjacency].reduce((a, b) =>
        b[1].length > a[1].length ? b : a,
      );
      const seen: string[] = [];
      const totals = new Set<number>();
      for (let offset = 0; ; offset += 25) {
        const page = await store.neighbourhood(busiest, { limit: 25, offset });
        totals.add(page.total);
        if (page.relationships.length === 0) break;
        seen.push(...page.relationships.map((r) => r.id));
      }
      expect([...totals]).toEqual([neighbours.length]);
      expect(new Set(seen).size).toBe(neighbours.length);
    });

    it('extracts the same bounded subgraph as a reference walk, capping hubs', async () => {
      const seed = 'person-9000';
      const expected = referenceSubgraph(adjacency, seed, 3, 15);
      const result = await store.subgraph({
        seeds: [seed],
        maxHops: 3,
        hubCap: 15,
        maxNodes: 100_000,
      });
      expect(result.truncated).toBe(false);
      expect(new Set(result.nodes.map((n) => n.id))).toEqual(expected.nodes);
      expect(new Set(result.cappedHubs.map((h) => h.id))).toEqual(expected.capped);
      for (const hub of result.cappedHubs) expect(hub.degree).toBe(adjacency.get(hub.id)?.length);
      const inside = expected.nodes;
      const induced = network.relationships.filter(
        (r) => inside.has(r.source) && inside.has(r.target),
      );
      expect(result.relationships).toHaveLength(induced.length);
    });

    it('never returns more than maxNodes', async () => {
      const result = await store.subgraph({ seeds: ['person-0'], maxHops: 4, maxNodes: 500 });
      expect(result.nodes.length).toBeLessThanOrEqual(500);
      expect(result.truncated).toBe(true);
    });

    it('answers a broad search within its limit', async () => {
      const hits = await store.search({ text: 'Müller', limit: 25 });
      expect(hits).toHaveLength(25);
      const journalists = await store.search({
        text: 'generated',
        kinds: ['Journalist'],
        limit: 200,
      });
      expect(journalists).toHaveLength(200);
      expect(new Set(journalists.map((hit) => hit.kind))).toEqual(new Set(['Journalist']));
    });
  });
}
