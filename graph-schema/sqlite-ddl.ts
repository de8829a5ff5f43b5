import { NODE_KINDS } from './kinds.ts';
import { RELATIONSHIP_TYPES } from './relationship-types.ts';
import { INTERACTION_CHANNELS } from './interaction.schema.ts';

/**
 * The embedded store's schema, generated from the model so the CHECK constraints
 * can never drift from graph-schema. Each migration runs once, in order, inside a
 * transaction; `PRAGMA user_version` records the last one applied.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly statements: readonly string[];
  /**
   * Rebuilds tables other tables point at: runs with foreign keys off (they
   * cannot be switched inside a transaction) and is checked with
   * `PRAGMA foreign_key_check` before it commits.
   */
  readonly rebuildsTables?: boolean;
}

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * `column = 'A' OR column = 'B' …` rather than `column IN (…)`: SQLite builds
 * an IN list's lookup table again on every run of a statement, and the store
 * runs its insert once per row. Measured at 1M single-row relationship
 * inserts: 2.6 s for the IN list, nothing measurable for the comparisons.
 */
const oneOf = (column: string, values: readonly string[]): string =>
  values.map((v) => `${column} = '${v}'`).join(' OR ');

/** Searchable columns of the full-text index, in bm25 weight order. */
export const SEARCH_COLUMNS = ['name', 'organization', 'title', 'email', 'tags', 'other'] as const;
export const SEARCH_WEIGHTS: Readonly<Record<(typeof SEARCH_COLUMNS)[number], number>> = {
  name: 10,
  organization: 4,
  title: 2,
  email: 3,
  tags: 2,
  other: 1,
};

/** The indexes of the keyed tables (schema 2 on). */
const KEYED_INDEXES = [
  `CREATE INDEX nodes_by_kind ON nodes (kind)`,
  `CREATE INDEX nodes_by_email ON nodes (email) WHERE email IS NOT NULL`,
  `CREATE UNIQUE INDEX edges_by_endpoints ON edges (source_key, target_key, type)`,
  `CREATE INDEX edges_by_target ON edges (target_key)`,
];

/** Reads keep the v1 shape (ids, not keys); `seq` is the insertion order. */
const RELATIONSHIPS_VIEW = `CREATE VIEW relationships (id, type, source, target, strength,
    last_contact, data, created_at, updated_at, seq) AS
  SELECT s.id || '|' || e.type || '|' || t.id, e.type, s.id, t.id, e.strength,
    e.last_contact, e.data, e.created_at, e.updated_at, e.rowid
  FROM edges AS e JOIN nodes AS s ON s.key = e.source_key JOIN nodes AS t ON t.key = e.target_key`;

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'stakeholders, relationships, interactions and full-text search',
    statements: [
      `CREATE TABLE nodes (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${list(NODE_KINDS)})),
        name TEXT NOT NULL,
        email TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`,
      `CREATE INDEX nodes_by_kind ON nodes (kind)`,
      `CREATE INDEX nodes_by_email ON nodes (email) WHERE email IS NOT NULL`,
      `CREATE TABLE relationships (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN (${list(RELATIONSHIP_TYPES)})),
        source TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        target TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        strength REAL NOT NULL CHECK (strength > 0 AND strength <= 1),
        last_contact TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (source <> target)
      ) STRICT`,
      `CREATE INDEX relationships_by_source ON relationships (source)`,
      `CREATE INDEX relationships_by_target ON relationships (target)`,
      `CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN (${list(INTERACTION_CHANNELS)})),
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL
      ) STRICT`,
      `CREATE TABLE interaction_participants (
        interaction_id TEXT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,
        node_id TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, node_id)
      ) STRICT, WITHOUT ROWID`,
      `CREATE INDEX interaction_participants_by_node ON interaction_participants (node_id)`,
      `CREATE VIRTUAL TABLE nodes_fts USING fts5 (
        node_id UNINDEXED, ${SEARCH_COLUMNS.join(', ')},
        tokenize = "unicode61 remove_diacritics 2"
      )`,
    ],
  },
  {
    version: 2,
    description: 'integer node keys: relationships stored by endpoint key, read through a view',
    rebuildsTables: true,
    statements: [
      // `key` is the rowid, kept from v1 so the search rows (keyed by rowid)
      // stay aligned; unlike a plain rowid, VACUUM never renumbers it.
      `CREATE TABLE nodes_v2 (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN (${list(NODE_KINDS)})),
        name TEXT NOT NULL,
        email TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`,
      `INSERT INTO nodes_v2 (key, id, kind, name, email, data, created_at, updated_at)
        SELECT rowid, id, kind, name, email, data, created_at, updated_at FROM nodes ORDER BY rowid`,
      // Integer endpoints keep both indexes small (a few bytes per entry instead
      // of two ids), which is most of the cost of writing a relationship; the id
      // is "source|type|target" and is derived, never stored.
      `CREATE TABLE edges (
        source_key INTEGER NOT NULL REFERENCES nodes (key) ON DELETE CASCADE,
        target_key INTEGER NOT NULL REFERENCES nodes (key) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN (${list(RELATIONSHIP_TYPES)})),
        strength REAL NOT NULL CHECK (strength > 0 AND strength <= 1),
        last_contact TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (source_key <> target_key)
      ) STRICT`,
      `INSERT INTO edges (source_key, target_key, type, strength, last_contact, data, created_at, updated_at)
        SELECT s.rowid, t.rowid, r.type, r.strength, r.last_contact, r.data, r.created_at, r.updated_at
        FROM relationships AS r JOIN nodes AS s ON s.id = r.source JOIN nodes AS t ON t.id = r.target
        ORDER BY r.rowid`,
      `DROP TABLE relationships`,
      `DROP TABLE nodes`,
      `ALTER TABLE nodes_v2 RENAME TO nodes`,
      ...KEYED_INDEXES,
      RELATIONSHIPS_VIEW,
    ],
  },
  {
    version: 3,
    description: 'cheaper bulk writes: kind/type checks without IN lists, cascade by trigger',
    rebuildsTables: true,
    statements: [
      `CREATE TABLE nodes_v3 (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (${oneOf('kind', NODE_KINDS)}),
        name TEXT NOT NULL,
        email TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT`,
      `INSERT INTO nodes_v3 SELECT key, id, kind, name, email, data, created_at, updated_at
        FROM nodes ORDER BY key`,
      // No foreign keys: checking both endpoints cost ~30 % of a relationship
      // insert, and every insert already takes its keys from the nodes table
      // inside the same transaction (relationship-rows.ts). The one thing the
      // keys did on their own, removing a node's relationships with it, is the
      // trigger below.
      `CREATE TABLE edges_v3 (
        source_key INTEGER NOT NULL,
        target_key INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (${oneOf('type', RELATIONSHIP_TYPES)}),
        strength REAL NOT NULL CHECK (strength > 0 AND strength <= 1),
        last_contact TEXT,
        data TEXT NOT NULL CHECK (json_valid(data)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (source_key <> target_key)
      ) STRICT`,
      // rowid kept: it is the relationships' insertion order (\`seq\`).
      `INSERT INTO edges_v3 (rowid, source_key, target_key, type, strength, last_contact, data,
          created_at, updated_at)
        SELECT rowid, source_key, target_key, type, strength, last_contact, data, created_at,
          updated_at
        FROM edges ORDER BY rowid`,
      `DROP VIEW relationships`,
      `DROP TABLE edges`,
      `DROP TABLE nodes`,
      `ALTER TABLE nodes_v3 RENAME TO nodes`,
      `ALTER TABLE edges_v3 RENAME TO edges`,
      ...KEYED_INDEXES,
      `CREATE TRIGGER nodes_delete_edges AFTER DELETE ON nodes BEGIN
        DELETE FROM edges WHERE source_key = old.key;
        DELETE FROM edges WHERE target_key = old.key;
      END`,
      RELATIONSHIPS_VIEW,
    ],
  },
];

export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
