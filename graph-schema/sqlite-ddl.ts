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
}

const list = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

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
];

export const SQLITE_SCHEMA_VERSION = SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
