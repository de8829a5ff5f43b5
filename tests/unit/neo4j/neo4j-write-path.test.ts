import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RELATIONSHIP_TYPES,
  relationshipId,
  type NodeInput,
  type RelationshipInput,
} from '../../../graph-schema/index.ts';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';
import { openNeo4jStore } from '../../../electron/backend/store/neo4j/open-neo4j-store.ts';
import { cypher, neo4jServer, openFreshStore } from './neo4j-test-server.ts';

const person = (id: string): NodeInput => ({ id, kind: 'Contact', name: `Person ${id}` });
const knows = (source: string, target: string): RelationshipInput => ({
  type: 'KNOWS',
  source,
  target,
});

describe.skipIf(!neo4jServer)('Neo4j store: the write path and the bounded subgraph', () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await openFreshStore();
  });
  afterAll(async () => store?.close());

  it('indexes the id of every relationship type', async () => {
    const indexes = await cypher(
      `SHOW INDEXES YIELD entityType, labelsOrTypes, properties, state
       WHERE entityType = 'RELATIONSHIP' AND properties = ['id'] RETURN labelsOrTypes, state`,
    );
    const types = indexes.flatMap((row) => row.labelsOrTypes as string[]);
    expect(new Set(types)).toEqual(new Set(RELATIONSHIP_TYPES));
    expect(new Set(indexes.map((row) => row.state))).toEqual(new Set(['ONLINE']));
  });

  it('writes the same relationships from concurrent connections exactly once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
    await store.upsertNodes(ids.map(person));
    const relationships = ids.slice(1).map((id, i) => knows(ids[i]!, id));
    const other = await openNeo4jStore({ ...neo4jServer!, database: 'neo4j' });
    try {
      const summaries = await Promise.all([
        store.upsertRelationships(relationships),
        other.upsertRelationships(relationships),
        store.upsertRelationships([...relationships].reverse()),
      ]);
      const created = summaries.reduce((sum, s) => sum + s.created, 0);
      expect(created).toBe(relationships.length);
      const [stored] = await cypher(
        `MATCH (:Stakeholder)-[r:KNOWS]-(:Stakeholder) WHERE startNode(r) <> endNode(r)
         RETURN count(DISTINCT r) AS n, count(DISTINCT r.id) AS ids`,
      );
      expect(stored).toEqual({ n: relationships.length, ids: relationships.length });
    } finally {
      await other.close();
    }
  });

  it('leaves no working property behind on what it created or matched', async () => {
    await store.upsertRelationships([knows('p0', 'p1'), knows('p0', 'p5')]);
    const [left] = await cypher(
      `MATCH ()-[r]->() WHERE any(key IN keys(r) WHERE key STARTS WITH 'xrm') RETURN count(r) AS n`,
    );
    expect(left).toEqual({ n: 0 });
    const found = await store.getRelationship(relationshipId('KNOWS', 'p5', 'p0'));
    expect(found).toMatchObject({ type: 'KNOWS', source: 'p0', target: 'p5' });
  });

  it('keeps the relationships among hubs it did not expand', async () => {
    const spokes = (hub: string) => Array.from({ length: 6 }, (_, i) => `${hub}-s${i}`);
    const nodes = ['seed', 'h1', 'h2', ...spokes('h1'), ...spokes('h2')].map(person);
    const relationships = [
      knows('seed', 'h1'),
      knows('seed', 'h2'),
      knows('h1', 'h2'),
      ...spokes('h1').map((s) => knows('h1', s)),
      ...spokes('h2').map((s) => knows('h2', s)),
    ];
    await store.upsertBatch({ nodes, relationships });
    const around = await store.subgraph({ seeds: ['seed'], maxHops: 2, hubCap: 5 });
    expect(around.nodes.map((n) => n.id).sort()).toEqual(['h1', 'h2', 'seed']);
    expect(around.cappedHubs.map((h) => h.id).sort()).toEqual(['h1', 'h2']);
    expect(around.relationships.map((r) => r.id).sort()).toEqual(
      [knows('h1', 'h2'), knows('seed', 'h1'), knows('seed', 'h2')]
        .map((r) => relationshipId(r.type, r.source, r.target))
        .sort(),
    );
  });
});
