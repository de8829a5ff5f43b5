import { DatabaseSync } from 'node:sqlite';
import { afterEach, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from '../../../graph-schema/index.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { XRM_APPLICATION_ID } from '../../../electron/backend/store/sqlite-migrate.ts';
import { indexText } from '../../../shared/search/fold-text.ts';
import { freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

const NODES = [
  ['p|1', 'Contact', 'Jörg Müller', 'joerg@acme.example'],
  ['acme', 'Customer', 'Acme AG', null],
  ['p2', 'Contact', 'Ana Groß', null],
] as const;

/** A file exactly as schema version 1 wrote it: its DDL, rows and search rows by rowid. */
function writeVersion1File(path: string): void {
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('BEGIN');
  for (const statement of SQLITE_MIGRATIONS[0]!.statements) db.exec(statement);
  const node = db.prepare('INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?)');
  const search = db.prepare(
    'INSERT INTO nodes_fts (rowid, node_id, name, organization) VALUES (?, ?, ?, ?)',
  );
  // Deleted first, so that rowids have a gap the upgrade must keep.
  node.run(
    'gone',
    'Contact',
    'Gone',
    null,
    '{"id":"gone","kind":"Contact","name":"Gone"}',
    't',
    't',
  );
  db.exec("DELETE FROM nodes WHERE id = 'gone'");
  for (const [id, kind, name, email] of NODES) {
    const data = JSON.stringify({ id, kind, name, ...(email ? { email } : {}) });
    const { lastInsertRowid } = node.run(
      id,
      kind,
      name,
      email,
      data,
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
    );
    search.run(
      lastInsertRowid,
      id,
      indexText(name),
      kind === 'Contact' ? indexText('Acme AG') : '',
    );
  }
  const rel = db.prepare('INSERT INTO relationships VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  rel.run(
    'p|1|WORKS_FOR|acme',
    'WORKS_FOR',
    'p|1',
    'acme',
    0.8,
    '2026-05-01',
    '{"since":"2020-01-01"}',
    'c1',
    'u1',
  );
  // KNOWS is symmetric: stored with the smaller id first ('2' sorts before '|').
  rel.run('p2|KNOWS|p|1', 'KNOWS', 'p2', 'p|1', 0.4, null, '{}', 'c2', 'u2');
  db.exec(`INSERT INTO interactions VALUES ('i1', '2026-05-01', 'meeting',
    '{"id":"i1","date":"2026-05-01","channel":"meeting","participants":["p|1","p2"]}', 'c3')`);
  db.exec("INSERT INTO interaction_participants VALUES ('i1', 'p|1'), ('i1', 'p2')");
  db.exec(`PRAGMA application_id = ${XRM_APPLICATION_ID}`);
  db.exec('PRAGMA user_version = 1');
  db.exec('COMMIT');
  db.close();
}

it('upgrades a schema-1 file in place with every record, search row and link intact', async () => {
  temp = await freshDir();
  const path = temp.path('v1.db');
  writeVersion1File(path);
  const store = await openEmbeddedStore(path);

  expect(await store.counts()).toMatchObject({ nodes: 3, relationships: 2, interactions: 1 });
  expect(await store.getNode('p|1')).toMatchObject({
    name: 'Jörg Müller',
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-03T00:00:00.000Z',
  });
  expect(await store.getRelationship('p|1|WORKS_FOR|acme')).toEqual({
    id: 'p|1|WORKS_FOR|acme',
    type: 'WORKS_FOR',
    source: 'p|1',
    target: 'acme',
    strength: 0.8,
    lastContact: '2026-05-01',
    since: '2020-01-01',
  });
  const streamed = [];
  for await (const batch of store.streamRelationships()) streamed.push(...batch.map((r) => r.id));
  expect(streamed).toEqual(['p|1|WORKS_FOR|acme', 'p2|KNOWS|p|1']);
  expect((await store.search({ text: 'muller', limit: 5 })).map((hit) => hit.id)).toEqual(['p|1']);
  expect((await store.interactionsOf('p2')).map((i) => i.id)).toEqual(['i1']);
  // Still idempotent on the upgraded rows: nothing changes, nothing is re-stamped.
  const again = await store.upsertRelationships([
    { type: 'KNOWS', source: 'p|1', target: 'p2', strength: 0.4 },
  ]);
  expect(again).toEqual({ created: 0, updated: 0, unchanged: 1 });
  // Cascades follow the new keys.
  await store.deleteNode('p2');
  expect(await store.counts()).toMatchObject({ nodes: 2, relationships: 1 });
  await store.close();

  const raw = new DatabaseSync(path);
  expect(raw.prepare('PRAGMA user_version').get()).toEqual({ user_version: SQLITE_SCHEMA_VERSION });
  expect(raw.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  expect(raw.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  expect(raw.prepare('SELECT count(*) AS n FROM edges').get()).toEqual({ n: 1 });
  // The page size of an existing file is kept: changing it would rewrite the whole file.
  expect(raw.prepare('PRAGMA page_size').get()).toEqual({ page_size: 4_096 });
  raw.close();
});

it('leaves a schema-1 file untouched when its upgrade cannot complete', async () => {
  temp = await freshDir();
  const path = temp.path('v1.db');
  writeVersion1File(path);
  // A name the upgrade needs is taken: the upgrade fails halfway and must roll back.
  const raw = new DatabaseSync(path);
  raw.exec('CREATE TABLE edges (x INTEGER)');
  raw.close();
  await expect(openEmbeddedStore(path)).rejects.toThrow();
  const after = new DatabaseSync(path);
  expect(after.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
  expect(after.prepare('SELECT count(*) AS n FROM relationships').get()).toEqual({ n: 2 });
  after.close();
});

it('finds relationships by id when node ids themselves contain "|"', async () => {
  temp = await freshDir();
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  await store.upsertNodes([
    { id: 'x|KNOWS|y', kind: 'Contact', name: 'X' },
    { id: 'x', kind: 'Contact', name: 'X2' },
    { id: 'z', kind: 'Contact', name: 'Z' },
  ]);
  await store.upsertRelationships([{ type: 'KNOWS', source: 'z', target: 'x|KNOWS|y' }]);
  const id = 'x|KNOWS|y|KNOWS|z';
  expect((await store.getRelationship(id))?.source).toBe('x|KNOWS|y');
  expect(await store.getRelationship('x|KNOWS|z')).toBeUndefined();
  expect((await store.getRelationships([id, id, 'nope'])).map((rel) => rel.id)).toEqual([id]);
  expect(await store.deleteRelationship(id)).toBe(true);
  expect(await store.counts()).toMatchObject({ relationships: 0 });
  await store.close();
});
