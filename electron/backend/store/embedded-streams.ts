import type { Interaction, Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { NodeKey } from '../../../shared/store/graph-store.ts';
import { interactionFromRow } from './embedded-interactions.ts';
import { NODE_COLUMNS, nodeFromRow } from './node-rows.ts';
import { RELATIONSHIP_COLUMNS, relationshipFromRow } from './relationship-rows.ts';
import type { SqlSession } from './sql-session.ts';
import { withStoreErrors } from './sqlite-errors.ts';

const DEFAULT_BATCH = 5_000;

interface Streamed {
  nodes: StakeholderNode;
  relationships: Relationship;
  interactions: Interaction;
  nodeKeys: NodeKey;
}

const COLUMNS: Record<keyof Streamed, string> = {
  nodes: NODE_COLUMNS,
  relationships: RELATIONSHIP_COLUMNS,
  interactions: 'data',
  nodeKeys: 'id, kind, name, email',
};

const TABLE: Record<keyof Streamed, string> = {
  nodes: 'nodes',
  relationships: 'relationships',
  interactions: 'interactions',
  // Keys only: matching an import needs no JSON parsed.
  nodeKeys: 'nodes',
};

const FROM_ROW: { [T in keyof Streamed]: (row: readonly unknown[]) => Streamed[T] } = {
  nodes: nodeFromRow,
  relationships: relationshipFromRow,
  interactions: (row) => interactionFromRow(row[0] as string),
  nodeKeys: nodeKeyFromRow,
};

function nodeKeyFromRow(row: readonly unknown[]): NodeKey {
  const key = { id: row[0], kind: row[1], name: row[2] } as {
    -readonly [K in keyof NodeKey]: NodeKey[K];
  };
  if (row[3] !== null) key.email = row[3] as string;
  return key;
}

/**
 * Everything in a table, in insertion order, one page at a time by rowid
 * (relationships: by `seq`, the rowid of the edge behind the view)
 * (keyset paging: every page is an index seek, no OFFSET). No statement stays
 * open between pages, so writes, VACUUM and close are never blocked by a reader.
 */
export async function* streamRows<T extends keyof Streamed>(
  session: SqlSession,
  kind: T,
  batchSize = DEFAULT_BATCH,
): AsyncGenerator<Streamed[T][]> {
  const size = Math.max(1, Math.floor(batchSize));
  const order = kind === 'relationships' ? 'seq' : 'rowid';
  const page = session.arrayStmt(
    `SELECT ${COLUMNS[kind]}, ${order} FROM ${TABLE[kind]} WHERE ${order} > ? ORDER BY ${order} LIMIT ?`,
  );
  const fromRow = FROM_ROW[kind];
  let after = 0;
  for (;;) {
    const rows = withStoreErrors(session.db.location() ?? TABLE[kind], () => page.all(after, size));
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!;
    after = last[last.length - 1] as number;
    yield rows.map(fromRow);
    if (rows.length < size) return;
  }
}
