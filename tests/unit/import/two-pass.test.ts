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

  describe('reading the next batch while one is written', () => {
    const people = Array.from({ length: 100 }, (_, i) => `p${i}`);
    const pairs = people.flatMap((a, i) => people.slice(i + 1).map((b) => `${a},${b},KNOWS`));
    const files = () => ({
      nodes: t.file(
        'people.csv',
        `id,kind,name\n${people.map((id) => `${id},Contact,Person ${id}`).join('\n')}\n`,
      ),
      rels: t.file('knows.csv', `source,target,type\n${pairs.slice(0, 3_000).join('\n')}\n`),
    });

    /** The store with slow writes, logging when each starts and ends beside the progress. */
    function slowStore(log: string[], failOn?: number) {
      let writes = 0;
      let open = 0;
      return new Proxy(plain, {
        get(target, prop) {
          if (prop !== 'upsertBatch') return Reflect.get(target, prop, target);
          return async (batch: Parameters<GraphStore['upsertBatch']>[0]) => {
            const n = ++writes;
            open += 1;
            log.push(`write ${n}${open > 1 ? ' while another is open' : ''}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
            open -= 1;
            log.push(`written ${n}`);
            if (n === failOn) throw new Error('the server went away');
            return target.upsertBatch(batch);
          };
        },
      });
    }

    it('reads on while a batch is written, one write at a time, and writes every row', async () => {
      const { nodes, rels } = files();
      await run(nodes);
      const log: string[] = [];
      const summary = await runImport(slowStore(log), {
        file: rels,
        as: 'relationships',
        batchSize: 1_000,
        onProgress: (p) => {
          if (p.phase === 'writing') log.push(`read ${p.rows}`);
        },
      });
      expect(summary).toMatchObject({ written: true, created: 3_000, errorCount: 0 });
      expect((await t.store.counts()).relationships).toBe(3_000);
      // The second thousand rows is read while the first is written.
      expect(log.slice(0, 4)).toEqual(['read 1000', 'write 1', 'read 2000', 'written 1']);
      expect(log.filter((line) => line.includes('while another'))).toEqual([]);
    });

    it('stops at a failed write: no later batch is written', async () => {
      const { nodes, rels } = files();
      await run(nodes);
      const log: string[] = [];
      await expect(
        runImport(slowStore(log, 2), { file: rels, as: 'relationships', batchSize: 1_000 }),
      ).rejects.toThrow('the server went away');
      expect(log).toEqual(['write 1', 'written 1', 'write 2', 'written 2']);
      expect((await t.store.counts()).relationships).toBe(1_000);
    });
  });
});
