import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipId,
  type NodeInput,
} from '../../../graph-schema/index.ts';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';
import { ACCOUNT_NODES, loadAccount } from '../../contract/contract-fixtures.ts';
import { cypher, neo4jServer, openFreshStore } from './neo4j-test-server.ts';

/** Text that would change the graph if it were ever spliced into Cypher or Lucene. */
const HOSTILE = [
  "x'}) DETACH DELETE n //",
  'x"}) MATCH (m) DETACH DELETE m //',
  '`) DETACH DELETE n WITH 1 AS x MATCH (`',
  'a`b``c',
  "\\' OR 1=1 //",
  '$password {id} ${x}',
  '*:* OR name:* AND NOT (x)',
  'Zoë Ωmega 🚀 ‮tfel-ot-thgir 東京 Straße',
] as const;

const hostileNode = (text: string, index: number): NodeInput => ({
  id: `${text} #${index}`,
  kind: 'Contact',
  name: text,
  title: text,
  notes: text,
  tags: [text, `${text}-tag`],
  properties: { [text]: text },
  consent: { status: 'granted', channels: { email: 'granted' } },
});

describe.skipIf(!neo4jServer)('Neo4j store: user text never becomes Cypher', () => {
  let store: Neo4jStore;
  let account: unknown;

  beforeAll(async () => {
    store = await openFreshStore();
    await loadAccount(store);
    account = await store.getNodes(ACCOUNT_NODES.map((n) => n.id));
  });
  afterAll(async () => store?.close());

  it('stores hostile ids, names and properties exactly, and nothing else changes', async () => {
    const nodes = HOSTILE.map(hostileNode);
    expect(await store.upsertNodes(nodes)).toEqual({
      created: nodes.length,
      updated: 0,
      unchanged: 0,
    });
    const relationships = nodes.map((node) => ({
      type: 'KNOWS' as const,
      source: node.id,
      target: 'anna',
      notes: node.name,
      origin: node.name,
      properties: { [node.name]: node.name },
    }));
    expect((await store.upsertRelationships(relationships)).created).toBe(nodes.length);
    for (const [index, node] of nodes.entries()) {
      expect(await store.getNode(node.id)).toMatchObject(node);
      const rel = await store.getRelationship(relationshipId('KNOWS', node.id, 'anna'));
      expect(rel).toMatchObject({ notes: node.name, properties: { [node.name]: node.name } });
      const logged = await store.logInteraction({
        id: `${node.id} meeting`,
        date: '2026-03-0' + ((index % 9) + 1),
        channel: 'meeting',
        participants: [node.id, 'anna'],
        summary: node.name,
        origin: node.name,
      });
      expect(logged.relationshipsTouched).toBe(1);
      expect((await store.interactionsOf(node.id))[0]).toMatchObject({ summary: node.name });
    }
    expect(await store.getNodes(ACCOUNT_NODES.map((n) => n.id))).toEqual(account);
    const counts = await store.counts();
    expect(counts.nodes).toBe(ACCOUNT_NODES.length + nodes.length);
    expect(counts.interactions).toBe(nodes.length);
  });

  it('searches for hostile text as plain text', async () => {
    for (const text of HOSTILE) {
      const hits = await store.search({ text, limit: 50 });
      for (const hit of hits) expect(hit.id.length).toBeGreaterThan(0);
    }
    const zoe = await store.search({ text: 'zoe strasse' });
    expect(zoe.map((h) => h.name)).toContain(HOSTILE[7]);
    const deleteWords = await store.search({ text: "x'}) DETACH DELETE n //" });
    expect(deleteWords.map((h) => h.name)).toContain(HOSTILE[0]);
    expect(await store.getNodes(ACCOUNT_NODES.map((n) => n.id))).toEqual(account);
  });

  it('reads, walks and deletes by hostile ids without touching anything else', async () => {
    const victim = `${HOSTILE[0]} #0`;
    expect((await store.neighbourhood(victim)).relationships).toHaveLength(1);
    expect((await store.subgraph({ seeds: [victim], maxHops: 1 })).nodes).toHaveLength(2);
    expect((await store.subjectExport(victim))?.interactions).toHaveLength(1);
    expect(await store.getNodes(["' OR 1=1 //", 'a`b'])).toEqual([]);
    expect(
      await store.deleteRelationship(relationshipId('KNOWS', `${HOSTILE[1]} #1`, 'anna')),
    ).toBe(true);
    expect(await store.deleteNode(`${HOSTILE[2]} #2`)).toBe(true);
    expect(await store.eraseSubject(victim)).toMatchObject({ relationships: 1, interactions: 1 });
    expect(await store.deleteNode("x'}) DETACH DELETE n //")).toBe(false);
    expect(await store.getNodes(ACCOUNT_NODES.map((n) => n.id))).toEqual(account);
    expect((await store.counts()).nodes).toBe(ACCOUNT_NODES.length + HOSTILE.length - 2);
  });

  it('creates only the labels and relationship types of the model', async () => {
    const labels = await cypher('CALL db.labels() YIELD label RETURN collect(label) AS all');
    const allowedLabels = ['Stakeholder', 'Interaction', ...NODE_KINDS];
    for (const label of labels[0]!.all as string[]) expect(allowedLabels).toContain(label);
    const types = await cypher(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS all',
    );
    const allowedTypes = ['WITH', ...RELATIONSHIP_TYPES];
    for (const type of types[0]!.all as string[]) expect(allowedTypes).toContain(type);
  });
});
