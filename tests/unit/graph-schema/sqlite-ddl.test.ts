import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  SEARCH_COLUMNS,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA_VERSION,
} from '../../../graph-schema/index.ts';

function migrated(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  for (const migration of SQLITE_MIGRATIONS) {
    // As the store's migration runner does: a rebuild runs with foreign keys off.
    if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = OFF');
    for (const statement of migration.statements) db.exec(statement);
    db.exec('PRAGMA foreign_keys = ON');
  }
  return db;
}

const insertNode = (db: DatabaseSync, id: string, kind: string): void => {
  db.prepare(
    "INSERT INTO nodes (id, kind, name, data, created_at, updated_at) VALUES (?, ?, 'Name', '{}', 'now', 'now')",
  ).run(id, kind);
};

/** Relationships are stored by their endpoints' integer keys. */
const insertRelationship = (
  db: DatabaseSync,
  source: string,
  target: string,
  type: string,
  strength: number,
): void => {
  db.prepare(
    `INSERT INTO edges (source_key, target_key, type, strength, data, created_at, updated_at)
     VALUES ((SELECT key FROM nodes WHERE id = ?), (SELECT key FROM nodes WHERE id = ?), ?, ?, '{}', 'now', 'now')`,
  ).run(source, target, type, strength);
};

describe('SQLite DDL generated from the model', () => {
  it('numbers its migrations 1, 2, … up to the schema version', () => {
    expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(
      Array.from({ length: SQLITE_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('accepts every kind and type of the model and nothing else', () => {
    const db = migrated();
    NODE_KINDS.forEach((kind, i) => insertNode(db, `n${i}`, kind));
    expect(() => insertNode(db, 'x', 'Martian')).toThrow(/CHECK constraint/);
    const rel = (type: string, strength: number): void =>
      insertRelationship(db, 'n0', 'n1', type, strength);
    RELATIONSHIP_TYPES.forEach((type) => rel(type, 0.5));
    expect(() => rel('LOVES', 0.5)).toThrow(/CHECK constraint/);
    expect(() => rel('KNOWS', 0)).toThrow(/CHECK constraint/);
    expect(() => rel('KNOWS', 1.5)).toThrow(/CHECK constraint/);
    expect(() => insertRelationship(db, 'n0', 'n0', 'KNOWS', 0.5)).toThrow(/CHECK constraint/);
    expect(() => insertRelationship(db, 'n0', 'nobody', 'KNOWS', 0.5)).toThrow(/NOT NULL/);
  });

  it('cascades a node’s deletion to its relationships and interaction links', () => {
    const db = migrated();
    insertNode(db, 'a', 'Contact');
    insertNode(db, 'b', 'Contact');
    insertRelationship(db, 'a', 'b', 'KNOWS', 0.5);
    expect(db.prepare('SELECT id, source, target FROM relationships').all()).toEqual([
      { id: 'a|KNOWS|b', source: 'a', target: 'b' },
    ]);
    db.exec("INSERT INTO interactions VALUES ('i', '2026-01-01', 'call', '{}', 'now')");
    db.exec("INSERT INTO interaction_participants VALUES ('i', 'a'), ('i', 'b')");
    db.exec("DELETE FROM nodes WHERE id = 'a'");
    expect(db.prepare('SELECT count(*) AS n FROM relationships').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM interaction_participants').get()).toEqual({
      n: 1,
    });
  });

  it('has one full-text column per search column', () => {
    const db = migrated();
    const columns = db.prepare('PRAGMA table_info(nodes_fts)').all() as { name: string }[];
    expect(columns.map((c) => c.name)).toEqual(['node_id', ...SEARCH_COLUMNS]);
  });
});
