import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import { loadAccount, type OpenStore } from './contract-fixtures.ts';

export function describeSearch(open: OpenStore): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await open());
    await loadAccount(store);
  });
  afterEach(async () => cleanup());
  const found = async (text: string, limit?: number): Promise<string[]> =>
    (await store.search({ text, ...(limit !== undefined && { limit }) })).map((hit) => hit.id);

  describe('search', () => {
    it('puts an exact name above partial names and matches in other fields', async () => {
      const hits = await store.search({ text: 'Müller' });
      expect(hits[0]?.id).toBe('anna');
      // Müllerstein (prefix), Müller Industriebedarf's salesman (organisation), a tag
      expect(hits.map((h) => h.id)).toEqual(
        expect.arrayContaining(['kurt', 'sven', 'lea', 'mueller-gmbh']),
      );
      for (let i = 1; i < hits.length; i++) {
        expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
      }
      expect((await found('Anna Müller'))[0]).toBe('anna');
    });

    it('finds Müller as muller, mueller, müller and MÜLL', async () => {
      for (const text of ['muller', 'mueller', 'müller', 'MÜLL', 'mül', 'Mueller']) {
        expect(await found(text), text).toContain('anna');
      }
    });

    it('finds Groß as gross, grosz and groß', async () => {
      for (const text of ['gross', 'grosz', 'groß', 'Großmann', 'grossmann', 'groszmann']) {
        expect(await found(text), text).toContain('acme');
      }
    });

    it('searches organisation, title, e-mail and tags, every word by prefix', async () => {
      expect(await found('Großmann Anna')).toEqual(['anna']);
      expect(await found('einkauf')).toEqual(['anna']);
      expect(await found('werksl')).toEqual(['kurt']);
      expect(await found('anna.mueller@grossmann.example')).toEqual(['anna']);
      expect(await found('buying-centre')).toEqual(['anna']);
      expect(await found('Anna Werksleiter')).toEqual([]);
    });

    it('reports what a hit is: kind, name, title, organisation, e-mail', async () => {
      const [hit] = await store.search({ text: 'Anna' });
      expect(hit).toMatchObject({
        id: 'anna',
        kind: 'Contact',
        name: 'Anna Müller',
        title: 'Leiterin Einkauf',
        organization: 'Großmann Verpackung AG',
        email: 'anna.mueller@grossmann.example',
      });
    });

    it('filters by kind and respects the limit', async () => {
      const orgs = await store.search({ text: 'müller', kinds: ['Distributor', 'Customer'] });
      expect(orgs.map((h) => h.id)).toEqual(['mueller-gmbh']);
      expect(await found('müller', 2)).toHaveLength(2);
    });

    it('treats search syntax in user text as text', async () => {
      const nasty = [
        '"',
        'Anna"',
        '*',
        'mül*',
        '-anna',
        'NEAR(anna kurt)',
        '(anna',
        'anna OR',
        'AND',
        ':',
        "O'Brien",
        '^x',
        '{}',
      ];
      for (const text of nasty) {
        await expect(store.search({ text }), text).resolves.toBeInstanceOf(Array);
      }
      expect(await found('(anna')).toEqual(['anna']);
      expect(await found('-anna')).toEqual(['anna']);
      expect(await found('   ')).toEqual([]);
    });

    it('follows renames of the organisation a person works for', async () => {
      await store.upsertNodes([
        { id: 'acme', kind: 'Customer', name: 'Zündapp Werke AG', tier: 'A', keyAccount: true },
      ]);
      expect(await found('Anna zuendapp')).toEqual(['anna']);
      expect(await found('Anna Verpackung')).toEqual([]);
      await store.upsertRelationships([{ type: 'WORKS_FOR', source: 'lea', target: 'acme' }]);
      expect(await found('Lea Zündapp')).toEqual(['lea']);
    });
  });
}
