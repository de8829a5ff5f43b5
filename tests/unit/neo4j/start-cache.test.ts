import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { NodeInput, RelationshipInput } from '../../../graph-schema/index.ts';
import { createAnalysisService } from '../../../electron/backend/analysis/analysis-service.ts';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';
import { StartCache } from '../../../electron/backend/store/neo4j/neo4j-start-cache.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { comparableRoutes } from './comparable-routes.ts';
import { cypher, neo4jServer } from './neo4j-test-server.ts';
import { openStorePair, type StorePair } from './store-pair.ts';

const AS_OF = '2026-06-30';

/**
 * Two colleagues tied to a chain of contacts that leads to one of a customer's
 * four people. The account side starts larger than the colleagues' side, so the
 * walk grows the colleagues' side from the cache.
 */
function network(): { nodes: NodeInput[]; relationships: RelationshipInput[] } {
  const nodes: NodeInput[] = [
    { id: 'own', kind: 'OwnCompany', name: 'Own' },
    { id: 'col-1', kind: 'Colleague', name: 'Col One' },
    { id: 'col-2', kind: 'Colleague', name: 'Col Two' },
    { id: 'a', kind: 'Contact', name: 'A' },
    { id: 'b', kind: 'Contact', name: 'B' },
    ...[1, 2, 3, 4].map((i): NodeInput => ({ id: `p${i}`, kind: 'Contact', name: `P${i}` })),
    { id: 'acc', kind: 'Customer', name: 'Account' },
  ];
  const knows = (source: string, target: string, strength: number): RelationshipInput => ({
    type: 'KNOWS',
    source,
    target,
    strength,
  });
  const relationships: RelationshipInput[] = [
    { type: 'WORKS_FOR', source: 'col-1', target: 'own' },
    { type: 'WORKS_FOR', source: 'col-2', target: 'own' },
    ...[1, 2, 3, 4].map((i): RelationshipInput => ({
      type: 'WORKS_FOR',
      source: `p${i}`,
      target: 'acc',
    })),
    knows('col-1', 'a', 0.9),
    knows('col-2', 'a', 0.4),
    knows('a', 'b', 0.8),
    knows('b', 'p1', 0.7),
  ];
  return { nodes, relationships };
}

/**
 * The default starts' side is cached between path questions (neo4j-start-cache.ts).
 * A write through the store must show in the very next answer, exactly as the
 * embedded store gives it; a write by someone else shows once the TTL has passed.
 */
describe.skipIf(!neo4jServer)('the cached default starts on Neo4j', () => {
  let pair: StorePair | undefined;
  let embedded: EmbeddedStore;
  let store: Neo4jStore;

  beforeEach(async () => {
    await pair?.close();
    pair = await openStorePair(async (...both) => {
      for (const target of both) await target.upsertBatch(network());
    });
    ({ embedded, neo4j: store } = pair);
  });
  afterAll(() => pair?.close());

  const paths = async (on: EmbeddedStore | Neo4jStore) =>
    comparableRoutes(await createAnalysisService(on).findPaths({ to: 'acc', k: 5, asOf: AS_OF }));

  it('answers the next question with a relationship just written through the store', async () => {
    const before = await paths(store);
    expect(before).toEqual(await paths(embedded));
    const shortcut: RelationshipInput = {
      type: 'KNOWS',
      source: 'col-2',
      target: 'p1',
      strength: 0.95,
    };
    await Promise.all([embedded, store].map((s) => s.upsertRelationships([shortcut])));
    const after = await paths(store);
    expect(after).toEqual(await paths(embedded));
    expect(after.paths[0]!.nodes).toEqual(['col-2', 'p1']);
    expect(after).not.toEqual(before);
  });

  it('forgets a deleted colleague and shows a renamed one at once', async () => {
    const nameOf = async (id: string) =>
      (await store.pathSubgraph({ target: 'acc', maxHops: 4 })).nodes.find((n) => n.id === id)
        ?.name;
    expect(await nameOf('col-1')).toBe('Col One');
    await store.upsertNodes([{ id: 'col-1', kind: 'Colleague', name: 'Col Renamed' }]);
    expect(await nameOf('col-1')).toBe('Col Renamed');
    await Promise.all([embedded, store].map((s) => s.deleteNode('col-1')));
    const after = await paths(store);
    expect(after).toEqual(await paths(embedded));
    expect(after.paths.length).toBeGreaterThan(0);
    expect(after.paths.every((path) => !path.nodes.includes('col-1'))).toBe(true);
  });

  it('reads colleagues written by another client once the TTL has passed, not before', async () => {
    const server = neo4jServer!;
    let now = 1_000;
    const cache = new StartCache({ ttlMs: 30_000, now: () => now });
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    const starts = async () => {
      const session = driver.session({ database: 'neo4j' });
      try {
        const found = await session.executeRead((tx) => cache.defaultStarts(tx));
        return [...found.records.values()].map((node) => node.id).sort();
      } finally {
        await session.close();
      }
    };
    try {
      expect(await starts()).toEqual(['col-1', 'col-2', 'own']);
      await cypher(`CREATE (:Stakeholder:Colleague {id: 'col-3', name: 'Col Three'})`);
      now += 29_999;
      expect(await starts()).toEqual(['col-1', 'col-2', 'own']);
      now += 1;
      expect(await starts()).toEqual(['col-1', 'col-2', 'col-3', 'own']);
      await cypher(`MATCH (n:Stakeholder {id: 'col-3'}) DETACH DELETE n`);
      cache.invalidate();
      expect(await starts()).toEqual(['col-1', 'col-2', 'own']);
    } finally {
      await driver.close();
    }
  });

  it('reloads beside the questions after half the TTL, never serving older than the TTL', async () => {
    const server = neo4jServer!;
    let now = 1_000;
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    const read = async <T>(work: (tx: ManagedTransaction) => Promise<T>) => {
      const session = driver.session({ database: 'neo4j' });
      try {
        return await session.executeRead(work);
      } finally {
        await session.close();
      }
    };
    const cache = new StartCache({ ttlMs: 30_000, now: () => now, read });
    const starts = async () =>
      [...(await read((tx) => cache.defaultStarts(tx))).records.values()].map((n) => n.id).sort();
    try {
      expect(await starts()).toEqual(['col-1', 'col-2', 'own']);
      await cypher(`CREATE (:Stakeholder:Colleague {id: 'col-3', name: 'Col Three'})`);
      now += 14_999;
      expect(await starts()).toEqual(['col-1', 'col-2', 'own']);
      await cache.settled();
      now += 1;
      // Half the TTL: still the cached answer, while a fresh one is read beside it.
      expect(await starts()).toEqual(['col-1', 'col-2', 'own']);
      await cache.settled();
      expect(await starts()).toEqual(['col-1', 'col-2', 'col-3', 'own']);
      // The reload began at 16,000: at 45,999 it is still young enough to serve.
      now = 45_999;
      expect(await starts()).toEqual(['col-1', 'col-2', 'col-3', 'own']);
    } finally {
      await cache.settled();
      await driver.close();
    }
  });
});
