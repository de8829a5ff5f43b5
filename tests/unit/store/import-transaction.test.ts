import { writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/embedded-store.ts';
import { supportsImportTransaction } from '../../../shared/store/graph-store.ts';
import { crowd, freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
let store: EmbeddedStore | undefined;
afterEach(async () => {
  await store?.close();
  await temp?.remove();
});

async function openStore(): Promise<EmbeddedStore> {
  temp = await freshDir();
  store = await openEmbeddedStore(temp.path('xrm.db'));
  await store.upsertNodes(crowd(10));
  return store;
}

async function everything(s: EmbeddedStore): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const batch of s.streamNodes()) rows.push(...batch);
  for await (const batch of s.streamRelationships()) rows.push(...batch);
  for await (const batch of s.streamInteractions()) rows.push(...batch);
  return rows;
}

const knows = (a: number, b: number) => ({
  type: 'KNOWS' as const,
  source: `c-${a}`,
  target: `c-${b}`,
});

describe('importTransaction', () => {
  it('is offered by the embedded store', async () => {
    expect(supportsImportTransaction(await openStore())).toBe(true);
  });

  it('commits every batch together when the work resolves', async () => {
    const s = await openStore();
    const result = await s.importTransaction(async (writer) => {
      await writer.upsertBatch({ relationships: [knows(0, 1)] });
      await writer.upsertBatch({ nodes: crowd(3, 'x'), relationships: [knows(1, 2)] });
      // The import reads its own earlier batches.
      expect(
        await writer.getRelationships?.(['c-0|KNOWS|c-1', 'c-1|KNOWS|c-2', 'nope']),
      ).toHaveLength(2);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await s.counts()).toMatchObject({ nodes: 13, relationships: 2 });
  });

  it('rolls back every batch, interactions included, when the work throws', async () => {
    const s = await openStore();
    const before = await everything(s);
    const cancelled = new AbortController();
    const failure = s.importTransaction(async (writer) => {
      await writer.upsertBatch({ nodes: crowd(5, 'y'), relationships: [knows(0, 1)] });
      await writer.logInteraction({
        id: 'i1',
        date: '2026-01-02',
        channel: 'call',
        participants: ['c-0', 'c-1'],
      });
      cancelled.abort();
      cancelled.signal.throwIfAborted();
    });
    await expect(failure).rejects.toMatchObject({ name: 'AbortError' });
    expect(await everything(s)).toEqual(before);
  });

  it('rejects a batch that fails validation and lets the work go on', async () => {
    const s = await openStore();
    await s.importTransaction(async (writer) => {
      await writer.upsertBatch({ relationships: [knows(0, 1)] });
      const bad = { nodes: crowd(1, 'z'), relationships: [{ ...knows(2, 3), strength: 2 }] };
      await expect(writer.upsertBatch(bad)).rejects.toMatchObject({ code: 'invalid-input' });
      await writer.upsertBatch({ relationships: [knows(4, 5)] });
    });
    expect(await s.counts()).toMatchObject({ nodes: 10, relationships: 2 });
  });

  it('ends the whole import when a batch fails halfway through writing: nothing is saved', async () => {
    temp = await freshDir();
    const path = temp.path('xrm.db');
    await (await openEmbeddedStore(path)).close();
    // A failure SQLite raises after the batch's nodes are already written.
    const raw = new DatabaseSync(path);
    raw.exec(`CREATE TRIGGER boom BEFORE INSERT ON edges
      WHEN NEW.source_key = (SELECT key FROM nodes WHERE id = 'c-2')
        AND NEW.target_key = (SELECT key FROM nodes WHERE id = 'c-3')
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    raw.close();
    const s = (store = await openEmbeddedStore(path));
    await s.upsertNodes(crowd(10));
    const failing = { nodes: crowd(2, 'z'), relationships: [knows(4, 5), knows(2, 3)] };
    const later: unknown[] = [];
    await expect(
      s.importTransaction(async (writer) => {
        await writer.upsertBatch({ relationships: [knows(0, 1)] });
        await expect(writer.upsertBatch(failing)).rejects.toThrow(/boom/);
        // Half a batch must never be committed: the import is over.
        later.push(await writer.upsertBatch({ relationships: [knows(6, 7)] }).catch((e) => e));
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: /nothing was saved/ });
    expect(later[0]).toMatchObject({ code: 'conflict', message: /nothing was saved/ });
    expect(await s.counts()).toMatchObject({ nodes: 10, relationships: 0 });
    expect(await s.getNodes(['z-0', 'z-1'])).toEqual([]);
    expect(await s.search({ text: 'Kontakt', limit: 50 })).toHaveLength(10);
    // The store goes on working after the failed import.
    await s.upsertBatch({ relationships: [knows(6, 7)] });
    expect(await s.counts()).toMatchObject({ relationships: 1 });
  });

  it('makes other writes wait until the import has committed', async () => {
    const s = await openStore();
    const events: string[] = [];
    let other: Promise<unknown> | undefined;
    await s.importTransaction(async (writer) => {
      await writer.upsertBatch({ relationships: [knows(0, 1)] });
      other = s.deleteNode('c-0').then(() => events.push('delete'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await writer.upsertBatch({ relationships: [knows(0, 2)] });
      events.push('import done');
    });
    await other;
    expect(events).toEqual(['import done', 'delete']);
    expect(await s.counts()).toMatchObject({ nodes: 9, relationships: 0 });
  });

  it('rejects writes through a writer kept after its import ended', async () => {
    const s = await openStore();
    let kept: Parameters<Parameters<EmbeddedStore['importTransaction']>[0]>[0] | undefined;
    await s.importTransaction(async (writer) => {
      kept = writer;
    });
    await expect(kept?.upsertBatch({ relationships: [knows(0, 1)] })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await s.counts()).relationships).toBe(0);
  });
});

describe('relationship upsert summary', () => {
  it('tells created from updated and unchanged in any order within a batch', async () => {
    const s = await openStore();
    await s.upsertRelationships([knows(0, 1), knows(2, 3)]);
    const summary = await s.upsertRelationships([
      { ...knows(0, 1), strength: 0.9 },
      knows(4, 5),
      knows(2, 3),
      knows(6, 7),
      { ...knows(0, 1), strength: 0.8 },
    ]);
    expect(summary).toEqual({ created: 2, updated: 1, unchanged: 1 });
    const again = await s.upsertRelationships([knows(8, 9), { ...knows(2, 3), strength: 0.2 }]);
    expect(again).toEqual({ created: 1, updated: 1, unchanged: 0 });
  });
});

describe('runImport on the embedded store', () => {
  it('undoes earlier batches when the store refuses a later one', async () => {
    const s = await openStore();
    await s.upsertBatch({
      nodes: [{ id: 'acme', kind: 'Customer', name: 'Acme AG' }],
      relationships: [{ type: 'WORKS_FOR', source: 'c-0', target: 'acme' }],
    });
    const before = await everything(s);
    const lines = ['id,kind,name'];
    for (let i = 0; i < 2_500; i++) lines.push(`p-${i},Contact,Person ${i}`);
    // Valid as a row; only the store knows acme has an employee a Contact cannot have.
    lines.push('acme,Contact,Acme AG');
    const file = temp!.path('people.csv');
    writeFileSync(file, lines.join('\n'));
    const summary = await runImport(s, { file, as: 'nodes', batchSize: 1_000 });
    expect(summary).toMatchObject({ atomic: true, errorCount: 1 });
    expect(summary.errors[0]?.message).toContain('acme');
    expect(await everything(s)).toEqual(before);
  });
});
