import { mkdirSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, it } from 'vitest';
import { SQLITE_SCHEMA_VERSION } from '../../../graph-schema/index.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

async function openFailure(path: string, options = {}): Promise<{ code: string; message: string }> {
  return openEmbeddedStore(path, options).then(
    () => expect.fail(`opening "${path}" should have failed`),
    (error: { code: string; message: string }) => error,
  );
}

it('says so when the path is a folder', async () => {
  temp = await freshDir();
  const folder = temp.path('data');
  mkdirSync(folder);
  const error = await openFailure(folder);
  expect(error.code).toBe('store-unavailable');
  expect(error.message).toContain(folder);
  expect(error.message).toMatch(/folder/);
});

it('says so when the file is not a database', async () => {
  temp = await freshDir();
  const file = temp.path('contacts.csv');
  writeFileSync(file, 'id,name\n1,Anna Müller\n'.repeat(200));
  const error = await openFailure(file);
  expect(error.code).toBe('store-unavailable');
  expect(error.message).toContain(`"${file}" is not an XRM Explorer database`);
});

it('refuses an SQLite file of another application', async () => {
  temp = await freshDir();
  const file = temp.path('other.db');
  const other = new DatabaseSync(file);
  other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
  other.close();
  const error = await openFailure(file);
  expect(error.message).toContain('is not an XRM Explorer database');
});

it('refuses a database written by a newer XRM Explorer', async () => {
  temp = await freshDir();
  const file = temp.path('xrm.db');
  await (await openEmbeddedStore(file)).close();
  const raw = new DatabaseSync(file);
  raw.exec(`PRAGMA user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
  raw.close();
  const error = await openFailure(file);
  expect(error.code).toBe('store-unavailable');
  expect(error.message).toContain(`schema version ${SQLITE_SCHEMA_VERSION + 1}`);
  expect(error.message).toContain('newer XRM Explorer');
});

it('names the file when another program holds the write lock', async () => {
  temp = await freshDir();
  const file = temp.path('xrm.db');
  const store = await openEmbeddedStore(file, { busyTimeoutMs: 50 });
  const other = new DatabaseSync(file);
  other.exec('BEGIN IMMEDIATE');
  try {
    const error = await store.upsertNodes([{ id: 'a', kind: 'Contact', name: 'Anna' }]).then(
      () => expect.fail('the write should wait and then give up'),
      (e: { code: string; message: string }) => e,
    );
    expect(error.code).toBe('store-unavailable');
    expect(error.message).toContain(`"${file}" is locked by another program`);
    // Reading still works while someone else writes (WAL).
    expect((await store.counts()).nodes).toBe(0);
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  expect(await store.upsertNodes([{ id: 'a', kind: 'Contact', name: 'Anna' }])).toMatchObject({
    created: 1,
  });
  await store.close();
});

it('creates the schema once and reopens without migrating again', async () => {
  temp = await freshDir();
  const file = temp.path('xrm.db');
  const first = await openEmbeddedStore(file);
  await first.upsertNodes([{ id: 'a', kind: 'Contact', name: 'Anna' }]);
  await first.close();
  const second = await openEmbeddedStore(file);
  expect((await second.counts()).nodes).toBe(1);
  await second.close();
  const raw = new DatabaseSync(file);
  const pragmas = raw.prepare('PRAGMA journal_mode').get();
  expect(pragmas).toEqual({ journal_mode: 'wal' });
  // A new file gets the larger pages bulk writes are faster with.
  expect(raw.prepare('PRAGMA page_size').get()).toEqual({ page_size: 16_384 });
  expect(raw.prepare('PRAGMA user_version').get()).toEqual({ user_version: SQLITE_SCHEMA_VERSION });
  raw.close();
});
