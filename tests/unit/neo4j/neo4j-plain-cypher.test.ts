import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipId } from '../../../graph-schema/index.ts';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';
import { collect } from '../../contract/contract-fixtures.ts';
import { cypher, neo4jServer, openFreshStore } from './neo4j-test-server.ts';

/**
 * A graph a Neo4j user loaded with plain Cypher, following the documented model
 * but without anything the store would add: no timestamps, no relationship ids,
 * no search properties, integers where the store writes floats, dates as strings.
 */
const PLAIN_GRAPH = `
  CREATE (acme:Stakeholder:Customer {id: 'acme', name: 'Großmann AG', tier: 'A', keyAccount: true, customerValue: 250000})
  CREATE (anna:Stakeholder:Contact {id: 'anna', name: 'Anna Müller', title: 'Einkauf', consentStatus: 'denied'})
  CREATE (tom:Stakeholder:Colleague {id: 'tom', name: 'Tom Weber'})
  CREATE (kai:Stakeholder:Contact {id: 'kai', name: 'Kai Berg'})
  CREATE (anna)-[:WORKS_FOR {strength: 1}]->(acme)
  CREATE (tom)-[:MANAGES]->(acme)
  CREATE (tom)-[:KNOWS {strength: 0.7, lastContact: '2025-05-01'}]->(anna)
  CREATE (kai)-[:KNOWS {strength: 0.4, since: date('2020-01-01')}]->(anna)
  CREATE (i:Interaction {id: 'i1', date: date('2025-06-01'), channel: 'call', summary: 'Budget'})
  CREATE (i)-[:WITH]->(tom), (i)-[:WITH]->(anna)`;

describe.skipIf(!neo4jServer)('Neo4j store: a graph loaded by plain Cypher', () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await openFreshStore();
    await cypher(PLAIN_GRAPH);
  });
  afterAll(async () => store?.close());

  it('reads nodes, relationships and interactions without conversion', async () => {
    expect(await store.getNode('acme')).toEqual({
      id: 'acme',
      kind: 'Customer',
      name: 'Großmann AG',
      tags: [],
      tier: 'A',
      keyAccount: true,
      customerValue: 250000,
    });
    expect(await store.getNode('anna')).toMatchObject({ consent: { status: 'denied' } });
    const knows = await store.getRelationship(relationshipId('KNOWS', 'tom', 'anna'));
    expect(knows).toMatchObject({ strength: 0.7, lastContact: '2025-05-01' });
    const manages = await store.getRelationship(relationshipId('MANAGES', 'tom', 'acme'));
    expect(manages?.strength).toBe(0.9);
    expect(await store.interactionsOf('anna')).toEqual([
      {
        id: 'i1',
        date: '2025-06-01',
        channel: 'call',
        summary: 'Budget',
        participants: ['anna', 'tom'],
      },
    ]);
    expect(await store.counts()).toMatchObject({ nodes: 4, relationships: 4, interactions: 1 });
  });

  it('walks and streams it', async () => {
    const around = await store.neighbourhood('anna');
    expect(around.total).toBe(3);
    expect(around.relationships.map((r) => r.strength)).toEqual([1, 0.7, 0.4]);
    const sub = await store.subgraph({ seeds: ['kai'], maxHops: 2 });
    expect(sub.nodes.map((n) => n.id).sort()).toEqual(['acme', 'anna', 'kai', 'tom']);
    const rels = await collect(store.streamRelationships(2));
    expect(rels.items).toHaveLength(4);
  });

  it('finds its people by name, folded', async () => {
    const hits = await store.search({ text: 'muller' });
    expect(hits.map((h) => h.id)).toEqual(['anna']);
    expect(hits[0]?.organization).toBe('Großmann AG');
  });

  it('updates it in place: a re-imported relationship is not duplicated', async () => {
    const summary = await store.upsertRelationships([
      { type: 'KNOWS', source: 'anna', target: 'tom', strength: 0.8 },
    ]);
    expect(summary).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const rows = await cypher(
      "MATCH (:Stakeholder {id: 'tom'})-[r:KNOWS]-(:Stakeholder {id: 'anna'}) RETURN r.strength AS s, r.lastContact AS lc",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.s).toBe(0.8);
    expect(String(rows[0]?.lc)).toBe('2025-05-01');
  });
});
