import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import { fixture, IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

/**
 * A store without the import transaction (Neo4j's case) gets the two-pass
 * import: every row checked before the first write. Here the real embedded
 * store with that capability hidden.
 */
let t: TempStore;
let plain: GraphStore;
beforeEach(async () => {
  t = await tempStore();
  plain = new Proxy(t.store, {
    get(target, prop) {
      if (prop === 'importTransaction') return undefined;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
});
afterEach(async () => t.close());

const run = (file: string, as: 'nodes' | 'relationships' = 'nodes', extra = {}) =>
  runImport(plain, { file, as, now: IMPORT_TIME, ...extra });

describe('two passes, for stores without an import transaction', () => {
  it('one bad row at the end means nothing is written', async () => {
    const summary = await run(fixture('atomic-last-row-bad.csv'), 'nodes', { batchSize: 5 });
    expect(summary).toMatchObject({ written: false, atomic: false, rows: 21, errorCount: 1 });
    expect(summary.errors[0]).toMatchObject({ line: 22, column: 'email' });
    expect(await t.store.counts()).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('imports nodes and relationships, combines repeated rows, and a second import changes nothing', async () => {
    const nodes = await run(fixture('duplicate-ids.csv'), 'nodes', { batchSize: 1 });
    expect(nodes).toMatchObject({ rows: 4, created: 2, merged: 2, errors: [], written: true });
    await run(fixture('utf8-no-bom.csv'));
    const rels = await run(fixture('relationships-de.csv'), 'relationships');
    expect(rels).toMatchObject({ created: 2, updated: 1, errors: [], written: true });
    const again = await run(fixture('relationships-de.csv'), 'relationships');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('names a missing id and writes nothing; a dry run writes nothing either', async () => {
    await run(fixture('utf8-no-bom.csv'));
    const dangling = await run(fixture('dangling-relationships.csv'), 'relationships');
    expect(dangling.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'target'],
      [4, 'source'],
    ]);
    const dry = await run(fixture('relationships-de.csv'), 'relationships', { dryRun: true });
    expect(dry).toMatchObject({ created: 2, updated: 1, written: false, dryRun: true });
    expect((await t.store.counts()).relationships).toBe(3);
  });
});
