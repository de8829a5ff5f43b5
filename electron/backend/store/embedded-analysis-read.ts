import { RELATIONSHIP_TYPES, type StakeholderNode } from '../../../graph-schema/index.ts';
import type { NetworkColumns, RelationshipColumns } from '../../../shared/store/graph-store.ts';
import { idPositions, integers, SEPARATOR } from './embedded-analysis-text.ts';
import { NODE_COLUMNS, nodeFromRow } from './node-rows.ts';
import { RELATIONSHIP_COLUMNS, relationshipFromRow } from './relationship-rows.ts';
import type { SqlSession } from './sql-session.ts';
import { withStoreErrors } from './sqlite-errors.ts';

/**
 * Whole-network analysis reads every relationship but needs only its endpoints,
 * type, strength and last contact; the full record matters for the few hops a
 * path explanation shows, and is read then. node:sqlite pays microseconds per
 * row handed to JavaScript, and a million small strings cost as much again in
 * garbage, so the columns come back as one row of long strings, one
 * `group_concat` per column: the type as one letter, the strength as an exact
 * integer of millionths, the last contact as a day number. Rows are trusted:
 * they were validated when written.
 *
 * Two physical layouts are read: schema 1 keeps endpoint ids in `relationships`;
 * later ones keep integer node keys in `edges` (with `relationships` a view),
 * which is read directly, sparing the view's two joins per row.
 */
const LETTER_A = 65;
const TYPE_LETTER = `CASE type ${RELATIONSHIP_TYPES.map(
  (type, code) => `WHEN '${type}' THEN '${String.fromCharCode(LETTER_A + code)}'`,
).join(' ')} ELSE '?' END`;
/** Strengths that are whole millionths travel as integers; others are read exactly, apart. */
const MILLIONTHS = `round(strength * 1000000) / 1000000.0 = strength`;
const COMMON_COLUMNS = `count(*),
  group_concat(${TYPE_LETTER}, ''),
  group_concat(CASE WHEN ${MILLIONTHS} THEN CAST(round(strength * 1000000) AS INTEGER) ELSE 'x' END, ','),
  group_concat(coalesce(CAST(julianday(last_contact) - 2440587.5 AS INTEGER), ''), ','),
  sum(NOT (${MILLIONTHS}))`;

interface Layout {
  /** The relationship columns of one table scan: the common ones, then source, target, row key. */
  readonly columnsSql: string;
  /** The rows of that scan whose strength is not whole millionths: row key, strength. */
  readonly oddSql: string;
  /** One relationship record by row key, decoded by the store's own row reader. */
  readonly recordSql: string;
  /** The node's key in the relationship columns: its id, or its integer key. */
  readonly nodeKey: string;
}

const BY_ID: Layout = {
  columnsSql: `SELECT ${COMMON_COLUMNS}, group_concat(source, char(31)),
    group_concat(target, char(31)), group_concat(id, char(31)) FROM relationships`,
  oddSql: `SELECT id, strength FROM relationships WHERE NOT (${MILLIONTHS})`,
  recordSql: `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE id = ?`,
  nodeKey: 'id',
};

const BY_KEY: Layout = {
  columnsSql: `SELECT ${COMMON_COLUMNS}, group_concat(source_key, ','),
    group_concat(target_key, ','), group_concat(rowid, ',') FROM edges`,
  oddSql: `SELECT rowid, strength FROM edges WHERE NOT (${MILLIONTHS})`,
  // `seq` is the edge's rowid: a keyed lookup through the view.
  recordSql: `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE seq = ?`,
  nodeKey: 'key',
};

export function readNetworkColumns(session: SqlSession, location: string): NetworkColumns {
  const layout = hasTable(session, 'edges') ? BY_KEY : BY_ID;
  const nodes: StakeholderNode[] = [];
  const keys: unknown[] = [];
  for (const row of session
    .arrayStmt(`SELECT ${layout.nodeKey}, ${NODE_COLUMNS} FROM nodes`)
    .all()) {
    keys.push(row[0]);
    nodes.push(nodeFromRow(row.slice(1)));
  }
  const { columns, rowKeys } = relationshipColumns(session, layout, nodes, keys);
  // Only the row keys stay reachable from here: the network keeps its own arrays.
  // A closed store leaves the network with what it loaded (no origin, since, notes…).
  const record = (i: number) =>
    withStoreErrors(location, () => {
      if (!session.db.isOpen) return undefined;
      const row = session.arrayStmt(layout.recordSql).get(rowKeys[i]!);
      return row ? relationshipFromRow(row) : undefined;
    });
  return { nodes, relationships: { ...columns, record } };
}

function hasTable(session: SqlSession, name: string): boolean {
  const found = session.stmt(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`);
  return found.get(name) !== undefined;
}

function relationshipColumns(
  session: SqlSession,
  layout: Layout,
  nodes: readonly StakeholderNode[],
  keys: readonly unknown[],
) {
  const row = session.arrayStmt(layout.columnsSql).get()!;
  const count = Number(row[0]);
  const text = (i: number): string => (count === 0 ? '' : (row[i] as string));
  const typeCode = new Uint8Array(count);
  const types = text(1);
  for (let r = 0; r < count; r++) {
    const code = types.charCodeAt(r) - LETTER_A;
    if (!(code >= 0 && code < RELATIONSHIP_TYPES.length)) {
      throw new Error(`Relationship ${r + 1} of ${count} has an unknown type.`);
    }
    typeCode[r] = code;
  }
  const strength = integers(text(2), count);
  for (let r = 0; r < count; r++) strength[r]! /= 1_000_000; // as SQLite divided: exact
  const contactDay = integers(text(3), count);
  const byId = layout === BY_ID;
  const rowKeys: readonly (string | number)[] = byId
    ? count === 0
      ? []
      : text(7).split(SEPARATOR)
    : Array.from(integers(text(7), count));
  if (rowKeys.length !== count) throw new Error('A relationship id contains a control character.');
  const nodeIds = nodes.map((node) => node.id);
  const positions = byId ? idPositions(nodeIds) : keyPositions(keys as number[]);
  const source = positions(text(5), count);
  const target = positions(text(6), count);
  if (Number(row[4] ?? 0) > 0) fillOddStrengths(session, layout, strength, rowKeys);
  const id = byId
    ? (rowKeys as string[])
    : Array.from(typeCode, (code, r) => {
        // The view's derived id: "source|type|target".
        return `${nodeIds[source[r]!]}|${RELATIONSHIP_TYPES[code]}|${nodeIds[target[r]!]}`;
      });
  const columns: Omit<RelationshipColumns, 'record'> = {
    id,
    typeCode,
    source,
    target,
    strength,
    contactDay,
  };
  return { columns, rowKeys };
}

/** Positions of integer node keys in a comma-separated column. */
function keyPositions(keys: readonly number[]) {
  const byKey = new Map(keys.map((key, i) => [key, i]));
  return (joined: string, count: number): Int32Array => {
    const wanted = integers(joined, count);
    const out = new Int32Array(count);
    for (let r = 0; r < count; r++) {
      const at = byKey.get(wanted[r]!);
      if (at === undefined)
        throw new Error(`A relationship refers to unknown node key ${wanted[r]}.`);
      out[r] = at;
    }
    return out;
  };
}

/** Strengths that are not whole millionths (NaN so far), exactly as stored, in scan order. */
function fillOddStrengths(
  session: SqlSession,
  layout: Layout,
  strength: Float64Array,
  rowKeys: readonly (string | number)[],
): void {
  let r = 0;
  for (const [key, value] of session.arrayStmt(layout.oddSql).all()) {
    while (r < strength.length && !Number.isNaN(strength[r])) r++;
    if (rowKeys[r] !== key) throw new Error('The relationships changed while they were read.');
    strength[r++] = value as number;
  }
}
