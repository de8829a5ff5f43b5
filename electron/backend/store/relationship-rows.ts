import {
  RELATIONSHIP_TYPES,
  type Relationship,
  type RelationshipType,
} from '../../../graph-schema/index.ts';
import type { UpsertSummary } from '../../../shared/store/graph-store.ts';
import type { SqlSession } from './sql-session.ts';

/** Columns read for a relationship, in the order `relationshipFromRow` expects. */
export const RELATIONSHIP_COLUMNS = 'id, type, source, target, strength, last_contact, data';

/**
 * The endpoints, strength and lastContact live in columns; only the optional
 * rest is JSON, and most relationships have none: "{}" is never parsed.
 */
export function relationshipFromRow(row: readonly unknown[]): Relationship {
  const rel: Record<string, unknown> = {
    id: row[0],
    type: row[1] as RelationshipType,
    source: row[2],
    target: row[3],
    strength: row[4],
  };
  if (row[5] !== null) rel.lastContact = row[5];
  const data = row[6] as string;
  if (data !== '{}') Object.assign(rel, JSON.parse(data));
  return rel as Relationship;
}

const COLUMN_FIELDS = new Set(['id', 'type', 'source', 'target', 'strength', 'lastContact']);

export function relationshipData(rel: Relationship): string {
  let extra: Record<string, unknown> | undefined;
  for (const key in rel) {
    const value = (rel as Record<string, unknown>)[key];
    if (COLUMN_FIELDS.has(key) || value === undefined) continue;
    (extra ??= {})[key] = value;
  }
  // Most relationships carry nothing beyond their columns: no stringify for them.
  return extra === undefined ? '{}' : JSON.stringify(extra);
}

/**
 * A lastContact left out keeps the stored one: re-importing a relationship file
 * must not wipe what the interaction log has recorded (the closed loop).
 */
const UPSERT_EDGE = `INSERT INTO edges
    (source_key, target_key, type, strength, last_contact, data, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (source_key, target_key, type) DO UPDATE SET strength = excluded.strength,
    last_contact = coalesce(excluded.last_contact, edges.last_contact),
    data = excluded.data, updated_at = excluded.updated_at
  WHERE edges.strength <> excluded.strength
    OR edges.data <> excluded.data
    OR (excluded.last_contact IS NOT NULL
        AND edges.last_contact IS NOT excluded.last_contact)`;

export interface RelationshipWrite {
  readonly summary: UpsertSummary;
  /** People whose WORKS_FOR set grew: their search rows name their organisations. */
  readonly newEmployees: string[];
}

/**
 * Writes validated relationships inside the caller's transaction (see
 * `writeNodes`). `keys` holds the stored key of each one's source and target,
 * at 2i and 2i + 1. Of relationships with the same id the last one counts.
 */
export function writeRelationships(
  session: SqlSession,
  relationships: readonly Relationship[],
  now: string,
  keys: Float64Array,
): RelationshipWrite {
  const latest = new Map<string, number>();
  relationships.forEach((rel, i) => latest.set(rel.id, i));
  const exists = session.stmt(
    'SELECT 1 FROM edges WHERE source_key = ? AND target_key = ? AND type = ?',
  );
  const upsert = session.stmt(UPSERT_EDGE);
  const newEmployees: string[] = [];
  let created = 0;
  let written = 0;
  // An insert moves lastInsertRowid, an update leaves it: once this loop has
  // seen its own first insert, that tells created from updated without a
  // lookup per row. Before that the value may come from another table.
  let lastInsert: number | bigint | undefined;
  for (const i of latest.values()) {
    const rel = relationships[i]!;
    const source = keys[2 * i]!;
    const target = keys[2 * i + 1]!;
    const existed = lastInsert === undefined && exists.get(source, target, rel.type) !== undefined;
    const result = upsert.run(
      source,
      target,
      rel.type,
      rel.strength,
      rel.lastContact ?? null,
      relationshipData(rel),
      now,
      now,
    );
    if (result.changes === 0) continue;
    written++;
    const inserted = lastInsert === undefined ? !existed : result.lastInsertRowid !== lastInsert;
    if (!inserted) continue;
    lastInsert = result.lastInsertRowid;
    created++;
    if (rel.type === 'WORKS_FOR') newEmployees.push(rel.source);
  }
  const summary = { created, updated: written - created, unchanged: latest.size - written };
  return { summary, newEmployees };
}

/**
 * The (source, type, target) a relationship id can stand for. Ids are
 * "source|type|target"; node ids may themselves hold "|", so every split at a
 * known type is a candidate (at most one names a stored relationship).
 */
export function relationshipIdParts(
  id: string,
): { source: string; type: RelationshipType; target: string }[] {
  const parts: { source: string; type: RelationshipType; target: string }[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const marker = `|${type}|`;
    for (let at = id.indexOf(marker); at > 0; at = id.indexOf(marker, at + 1)) {
      const target = id.slice(at + marker.length);
      if (target.length > 0) parts.push({ source: id.slice(0, at), type, target });
    }
  }
  return parts;
}

/** The stored relationship with this id, as a row of `RELATIONSHIP_COLUMNS` plus `seq`. */
export function findRelationshipRow(session: SqlSession, id: string): unknown[] | undefined {
  const query = session.arrayStmt(
    `SELECT ${RELATIONSHIP_COLUMNS}, seq FROM relationships
     WHERE source = ? AND type = ? AND target = ?`,
  );
  for (const { source, type, target } of relationshipIdParts(id)) {
    const row = query.get(source, type, target);
    if (row) return row;
  }
  return undefined;
}
