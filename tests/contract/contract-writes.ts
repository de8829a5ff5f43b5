import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationshipId, type NodeInput } from '../../graph-schema/index.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import {
  ACCOUNT_NODES,
  ACCOUNT_RELATIONSHIPS,
  loadAccount,
  rejection,
  type OpenStore,
} from './contract-fixtures.ts';

export function describeWrites(open: OpenStore): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ store, cleanup } = await open()));
  afterEach(async () => cleanup());

  describe('upsert and get', () => {
    it('stores nodes as given and stamps createdAt/updatedAt', async () => {
      const summary = await store.upsertNodes(ACCOUNT_NODES);
      expect(summary).toEqual({ created: ACCOUNT_NODES.length, updated: 0, unchanged: 0 });
      const anna = await store.getNode('anna');
      expect(anna).toMatchObject({ ...ACCOUNT_NODES[3], tags: ['buying-centre'] });
      expect(Date.parse(anna?.createdAt ?? '')).not.toBeNaN();
      expect(anna?.updatedAt).toBe(anna?.createdAt);
      expect(await store.getNode('nobody')).toBeUndefined();
      const some = await store.getNodes(['tom', 'nobody', 'anna']);
      expect(some.map((n) => n.id)).toEqual(['tom', 'anna']);
    });

    it('gives relationships their type id, default strength, and one identity per symmetric pair', async () => {
      await loadAccount(store);
      const worksFor = await store.getRelationship(relationshipId('WORKS_FOR', 'kurt', 'acme'));
      expect(worksFor).toMatchObject({ source: 'kurt', target: 'acme', strength: 0.8 });
      const reversed = await store.upsertRelationships([
        { type: 'KNOWS', source: 'anna', target: 'tom', strength: 0.7 },
      ]);
      expect(reversed).toEqual({ created: 0, updated: 0, unchanged: 1 });
      const knows = await store.getRelationship(relationshipId('KNOWS', 'anna', 'tom'));
      expect(knows?.strength).toBe(0.7);
      expect(await store.getRelationship('no|KNOWS|such')).toBeUndefined();
    });

    it('lets relationships in a batch point at nodes of the same batch', async () => {
      const summary = await store.upsertBatch({
        nodes: ACCOUNT_NODES,
        relationships: ACCOUNT_RELATIONSHIPS,
      });
      expect(summary.relationships.created).toBe(ACCOUNT_RELATIONSHIPS.length);
      expect((await store.counts()).relationships).toBe(ACCOUNT_RELATIONSHIPS.length);
    });
  });

  describe('idempotency', () => {
    it('changes nothing when the same batch comes twice, timestamps included', async () => {
      await loadAccount(store);
      const before = await store.getNodes(ACCOUNT_NODES.map((n) => n.id));
      const again = await store.upsertBatch({
        nodes: ACCOUNT_NODES,
        relationships: ACCOUNT_RELATIONSHIPS,
      });
      expect(again).toEqual({
        nodes: { created: 0, updated: 0, unchanged: ACCOUNT_NODES.length },
        relationships: { created: 0, updated: 0, unchanged: ACCOUNT_RELATIONSHIPS.length },
      });
      expect(await store.getNodes(ACCOUNT_NODES.map((n) => n.id))).toEqual(before);
    });

    it('counts a changed record as updated and drops fields left out', async () => {
      await loadAccount(store);
      const created = (await store.getNode('anna'))?.createdAt;
      const changed: NodeInput = { id: 'anna', kind: 'Contact', name: 'Anna Müller', title: 'CPO' };
      expect(await store.upsertNodes([changed])).toEqual({ created: 0, updated: 1, unchanged: 0 });
      const anna = await store.getNode('anna');
      expect(anna?.title).toBe('CPO');
      expect(anna?.email).toBeUndefined();
      expect(anna?.createdAt).toBe(created);
      expect(Date.parse(anna?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(created ?? ''));
    });

    it('counts duplicates within one batch once, and the last one wins', async () => {
      const summary = await store.upsertNodes([
        { id: 'x', kind: 'Contact', name: 'First' },
        { id: 'y', kind: 'Contact', name: 'Other' },
        { id: 'x', kind: 'Contact', name: 'Last' },
      ]);
      expect(summary).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect((await store.getNode('x'))?.name).toBe('Last');
      const rels = await store.upsertRelationships([
        { type: 'KNOWS', source: 'x', target: 'y', strength: 0.2 },
        { type: 'KNOWS', source: 'y', target: 'x', strength: 0.3 },
      ]);
      expect(rels).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect((await store.getRelationship(relationshipId('KNOWS', 'x', 'y')))?.strength).toBe(0.3);
    });

    it('keeps the lastContact the interaction log set when a re-import leaves it out', async () => {
      await loadAccount(store);
      await store.logInteraction({
        date: '2026-03-01',
        channel: 'call',
        participants: ['tom', 'anna'],
      });
      const summary = await store.upsertRelationships([
        { type: 'KNOWS', source: 'tom', target: 'anna', strength: 0.7 },
      ]);
      expect(summary.unchanged).toBe(1);
      const knows = await store.getRelationship(relationshipId('KNOWS', 'tom', 'anna'));
      expect(knows?.lastContact).toBe('2026-03-01');
    });
  });

  describe('schema rejections write nothing and name record and field', () => {
    const valid: NodeInput = { id: 'ok', kind: 'Contact', name: 'Valid Person' };
    const cases: [string, () => Promise<unknown>, string, string][] = [
      [
        'an unknown kind',
        () => store.upsertNodes([valid, { id: 'm1', kind: 'Martian' as 'Contact', name: 'Zork' }]),
        'node "m1"',
        'kind',
      ],
      [
        'a WORKS_FOR from an organisation to a person',
        () =>
          store.upsertBatch({
            nodes: [valid],
            relationships: [{ type: 'WORKS_FOR', source: 'acme', target: 'anna' }],
          }),
        'relationship WORKS_FOR "acme" -> "anna"',
        'source',
      ],
      [
        'a strength of 0',
        () =>
          store.upsertBatch({
            nodes: [valid],
            relationships: [{ type: 'KNOWS', source: 'anna', target: 'kurt', strength: 0 }],
          }),
        'relationship KNOWS "anna" -> "kurt"',
        'strength',
      ],
      [
        'a strength of 1.5',
        () =>
          store.upsertBatch({
            nodes: [valid],
            relationships: [{ type: 'KNOWS', source: 'anna', target: 'sven', strength: 1.5 }],
          }),
        'relationship KNOWS "anna" -> "sven"',
        'strength',
      ],
      [
        'a self-relationship',
        () =>
          store.upsertBatch({
            nodes: [valid],
            relationships: [{ type: 'KNOWS', source: 'anna', target: 'anna' }],
          }),
        'relationship KNOWS "anna" -> "anna"',
        'target',
      ],
      [
        'a dangling endpoint',
        () =>
          store.upsertBatch({
            nodes: [valid],
            relationships: [{ type: 'KNOWS', source: 'anna', target: 'ghost' }],
          }),
        'relationship KNOWS "anna" -> "ghost"',
        'target',
      ],
      // Relationships alone, between stored nodes: a valid one is written first,
      // then the refused one must take it back with it.
      [
        'a relationship between stored nodes of kinds its type does not allow',
        () =>
          store.upsertRelationships([
            { type: 'KNOWS', source: 'tom', target: 'kurt' },
            { type: 'SUPPLIES', source: 'anna', target: 'acme' },
          ]),
        'relationship SUPPLIES "anna" -> "acme"',
        'source',
      ],
      [
        'a relationship to a stored node and a missing one',
        () =>
          store.upsertRelationships([
            { type: 'KNOWS', source: 'tom', target: 'kurt' },
            { type: 'WORKS_FOR', source: 'kurt', target: 'nowhere' },
          ]),
        'relationship WORKS_FOR "kurt" -> "nowhere"',
        'target',
      ],
      [
        'a kind change its relationships do not allow',
        () => store.upsertNodes([valid, { id: 'anna', kind: 'Customer', name: 'Anna Müller' }]),
        'node "anna"',
        'kind',
      ],
    ];
    for (const [what, write, record, field] of cases) {
      it(`rejects ${what}`, async () => {
        await loadAccount(store);
        const before = await store.counts();
        const error = await rejection(write());
        expect(error.issues).toContainEqual(expect.objectContaining({ record, field }));
        expect(error.message).toContain(record);
        expect(await store.counts()).toEqual(before);
        expect(await store.getNode('ok')).toBeUndefined();
      });
    }
  });

  describe('deletes', () => {
    it('deletes a node with its relationships and its links to interactions', async () => {
      await loadAccount(store);
      await store.logInteraction({
        id: 'i2',
        date: '2026-02-01',
        channel: 'meeting',
        participants: ['anna', 'kurt'],
      });
      await store.logInteraction({
        id: 'i3',
        date: '2026-02-02',
        channel: 'meeting',
        participants: ['anna', 'kurt', 'tom'],
      });
      expect(await store.deleteNode('anna')).toBe(true);
      expect(await store.getNode('anna')).toBeUndefined();
      expect(await store.getRelationship(relationshipId('KNOWS', 'tom', 'anna'))).toBeUndefined();
      expect(
        await store.getRelationship(relationshipId('WORKS_FOR', 'anna', 'acme')),
      ).toBeUndefined();
      expect((await store.counts()).relationships).toBe(ACCOUNT_RELATIONSHIPS.length - 4);
      const kurts = await store.interactionsOf('kurt');
      // a meeting of two without one of them says nothing any more; one of three still does
      expect(kurts.map((i) => i.id)).toEqual(['i3']);
      expect(kurts[0]?.participants).toEqual(['kurt', 'tom']);
      expect(await store.search({ text: 'Anna Müller' })).toEqual([]);
      expect(await store.deleteNode('anna')).toBe(false);
    });

    it('deletes one relationship and the organisation it named from search', async () => {
      await loadAccount(store);
      const id = relationshipId('WORKS_FOR', 'kurt', 'acme');
      expect((await store.search({ text: 'Kurt' }))[0]?.organization).toBe(
        'Großmann Verpackung AG',
      );
      expect(await store.deleteRelationship(id)).toBe(true);
      expect(await store.getRelationship(id)).toBeUndefined();
      expect(await store.getNode('kurt')).toBeDefined();
      expect((await store.search({ text: 'Kurt' }))[0]?.organization).toBeUndefined();
      expect(await store.search({ text: 'Kurt Großmann' })).toEqual([]);
      expect(await store.deleteRelationship(id)).toBe(false);
    });
  });
}
