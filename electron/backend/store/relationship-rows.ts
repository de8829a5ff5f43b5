import type { Relationship, RelationshipType } from '../../../graph-schema/index.ts';
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
const UPSERT_RELATIONSHIP = `INSERT INTO relationships
    (id, type, source, target, strength, last_contact, data, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET strength = excluded.strength,
    last_contact = coalesce(excluded.last_contact, relationships.last_contact),
    data = excluded.data, updated_at = excluded.updated_at
  WHERE relationships.strength <> excluded.strength
    OR relationships.data <> excluded.data
    OR (excluded.last_contact IS NOT NULL
        AND relationships.last_contact IS NOT excluded.last_contact)`;

export interface RelationshipWrite {
  readonly summary: UpsertSummary;
  /** People whose WORKS_FOR set grew: their search rows name their organisations. */
  readonly newEmployees: string[];
}

/** Writes validated relationships inside the caller's transaction (see `writeNodes`). */
export function writeRelationships(
  session: SqlSession,
  relationships: readonly Relationship[],
  now: string,
): RelationshipWrite {
  const latest = new Map(relationships.map((rel) => [rel.id, rel]));
  const exists = session.stmt('SELECT 1 FROM relationships WHERE id = ?');
  const upsert = session.stmt(UPSERT_RELATIONSHIP);
  const newEmployees: string[] = [];
  let created = 0;
  let written = 0;
  // An insert moves lastInsertRowid, an update leaves it: once this loop has
  // seen its own first insert, that tells created from updated without a
  // lookup per row. Before that the value may come from another table.
  let lastInsert: number | bigint | undefined;
  for (const rel of latest.values()) {
    const existed = lastInsert === undefined && exists.get(rel.id) !== undefined;
    const result = upsert.run(
      rel.id,
      rel.type,
      rel.source,
      rel.target,
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
