import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

/**
 * The embedded store's import reads the file once, writing batch by batch inside
 * one transaction. Small batches make every row boundary a batch boundary here.
 */
let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
  const people = ['id,kind,name'];
  for (let i = 0; i < 6; i++) people.push(`p-${i},Contact,Person ${i}`);
  await runImport(t.store, { file: t.file('people.csv', people.join('\n')), as: 'nodes' });
});
afterEach(async () => t.close());

const run = (file: string, as: 'nodes' | 'relationships', extra = {}) =>
  runImport(t.store, { file, as, now: IMPORT_TIME, batchSize: 2, ...extra });

async function relationships() {
  const all = [];
  for await (const batch of t.store.streamRelationships()) all.push(...batch);
  return all.map(({ id, strength, notes }) => ({ id, strength, notes }));
}

describe('one pass over the file', () => {
  it('a value only graph-schema refuses names its line and column, and nothing is written', async () => {
    const file = t.file(
      'rels.csv',
      'source,target,type,strength\np-0,p-1,KNOWS,0.5\np-1,p-2,KNOWS,0.5\np-2,p-3,KNOWS,0.5\np-3,p-4,KNOWS,1.5\np-4,p-5,KNOWS,0.5\n',
    );
    const summary = await run(file, 'relationships');
    expect(summary).toMatchObject({ written: false, atomic: true, errorCount: 1, created: 0 });
    expect(summary.errors).toEqual([
      { line: 5, column: 'strength', message: expect.stringMatching(/^strength /) },
    ]);
    expect(await relationships()).toEqual([]);

    const skipped = await run(file, 'relationships', { skipInvalid: true });
    expect(skipped).toMatchObject({ written: true, created: 4, skipped: 1, errorCount: 1 });
    expect((await relationships()).map((r) => r.id).sort()).toEqual([
      'p-0|KNOWS|p-1',
      'p-1|KNOWS|p-2',
      'p-2|KNOWS|p-3',
      'p-4|KNOWS|p-5',
    ]);
  });

  it('a relationship repeated in a later batch is merged into the one written, later values winning', async () => {
    const file = t.file(
      'rels.csv',
      'source,target,type,strength,notes\np-0,p-1,KNOWS,0.3,erste\np-1,p-2,KNOWS,0.4,\np-2,p-3,KNOWS,0.5,\np-1,p-0,KNOWS,0.9,\np-0,p-1,KNOWS,,letzte\n',
    );
    const dry = await run(file, 'relationships', { dryRun: true });
    expect(await relationships()).toEqual([]);
    const real = await run(file, 'relationships');
    const counts = ({ created, updated, unchanged, merged }: typeof real) => ({
      created,
      updated,
      unchanged,
      merged,
    });
    expect(counts(real)).toEqual({ created: 3, updated: 0, unchanged: 0, merged: 2 });
    expect(counts(dry)).toEqual(counts(real));
    expect(dry.changes).toEqual(real.changes);
    expect(await relationships()).toContainEqual({
      id: 'p-0|KNOWS|p-1',
      strength: 0.9,
      notes: 'letzte',
    });
    expect(await relationships()).toHaveLength(3);
    // Rows of one record more than a batch apart are written batch by batch: importing the
    // file again leaves the data as it was, though the first of them counts as an update.
    const before = await relationships();
    const again = await run(file, 'relationships');
    expect(again).toMatchObject({ created: 0, merged: 2 });
    expect(again.updated + again.unchanged).toBe(3);
    expect(await relationships()).toEqual(before);
  });

  it('a node repeated in a later batch is merged field by field', async () => {
    const file = t.file(
      'more.csv',
      'id,kind,name,title,city\nq-1,Contact,Quirin Eins,Einkauf,\nq-2,Contact,Quirin Zwei,,\nq-3,Contact,Quirin Drei,,\nq-1,,,,Kiel\n',
    );
    const summary = await run(file, 'nodes');
    expect(summary).toMatchObject({ created: 3, merged: 1, errors: [], written: true });
    expect(await t.store.getNode('q-1')).toMatchObject({
      name: 'Quirin Eins',
      title: 'Einkauf',
      city: 'Kiel',
    });
  });

  it('holds no more rows than one batch', async () => {
    const lines = ['source,target,type'];
    for (let a = 0; a < 6; a++)
      for (let b = 0; b < 6; b++) if (a !== b) lines.push(`p-${a},p-${b},INFLUENCES`);
    const summary = await run(t.file('rels.csv', lines.join('\n')), 'relationships');
    expect(summary).toMatchObject({ created: 30, written: true });
    expect(summary.peakBufferedRows).toBe(2);
  });
});
