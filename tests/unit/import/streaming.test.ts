import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { openCsv } from '../../../electron/backend/import/read-csv.ts';
import { IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

/**
 * Bounded memory, proved by counters rather than by timing or heap sizes: the
 * import never holds more rows than one batch, however long the file.
 */
const PEOPLE = 1_000;
const ROWS = 200_000;
const BATCH = 5_000;

let t: TempStore;
let relationshipsFile: string;

beforeAll(async () => {
  t = await tempStore();
  const nodes = ['id,kind,name'];
  for (let i = 0; i < PEOPLE; i++) nodes.push(`p-${i},Contact,Person ${i}`);
  await runImport(t.store, {
    file: t.file('nodes.csv', nodes.join('\n')),
    as: 'nodes',
    now: IMPORT_TIME,
  });
  relationshipsFile = await writeRelationships(t.file('relationships.csv', ''));
}, 120_000);
afterAll(async () => t.close());

/** 200,000 distinct INFLUENCES pairs, written as a stream too. */
async function writeRelationships(path: string): Promise<string> {
  const out = createWriteStream(path);
  out.write('source;target;type;strength;last_contact\n');
  let n = 0;
  for (let a = 0; a < PEOPLE && n < ROWS; a++) {
    for (let b = 0; b < PEOPLE && n < ROWS; b++) {
      if (a === b) continue;
      const ok = out.write(`p-${a};p-${b};INFLUENCES;0,${(n % 9) + 1};2024-0${(n % 9) + 1}-15\n`);
      if (!ok) await once(out, 'drain');
      n++;
    }
  }
  out.end();
  await once(out, 'finish');
  return path;
}

describe('streaming', () => {
  it('the reader hands rows over one by one, in order, with their line numbers', async () => {
    const file = await openCsv(relationshipsFile);
    let count = 0;
    let outOfOrder = 0;
    let lastLine = 1;
    for await (const row of file.rows()) {
      count++;
      if (row.line !== lastLine + 1) outOfOrder++;
      lastLine = row.line;
    }
    expect({ count, outOfOrder, lastLine }).toEqual({
      count: ROWS,
      outOfOrder: 0,
      lastLine: ROWS + 1,
    });
  });

  it(`checks and plans ${ROWS.toLocaleString('en')} relationships holding at most one batch of rows`, async () => {
    // A dry run walks both passes over the whole file; writing is the store's part (see the bench).
    const summary = await runImport(t.store, {
      file: relationshipsFile,
      as: 'relationships',
      batchSize: BATCH,
      dryRun: true,
      now: IMPORT_TIME,
    });
    expect(summary).toMatchObject({ rows: ROWS, created: ROWS, errors: [], written: false });
    expect(summary.peakBufferedRows).toBeGreaterThan(0);
    expect(summary.peakBufferedRows).toBeLessThanOrEqual(BATCH);
    expect((await t.store.counts()).relationships).toBe(0);
  }, 120_000);
});
