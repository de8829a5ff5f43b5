import {
  neo4jRelationshipType,
  RELATIONSHIP_TYPE_SPECS,
  RELATIONSHIP_TYPES,
  type Relationship,
} from '../../../../graph-schema/index.ts';
import type { UpsertSummary } from '../../../../shared/store/graph-store.ts';
import { chunks, STAKEHOLDER } from './neo4j-cypher.ts';
import { relationshipFromRecord, relationshipToProps } from './neo4j-mapping.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { stableJson } from './neo4j-values.ts';

/**
 * A relationship is identified by type and endpoints (one per ordered pair, per
 * unordered pair for symmetric types), so a graph written by plain Cypher without
 * ids is matched too instead of being duplicated.
 */
const FIND_EXISTING = `UNWIND $rows AS row
  MATCH (a:${STAKEHOLDER} {id: row.source})-[r]-(b:${STAKEHOLDER} {id: row.target})
  WHERE type(r) = row.type AND (row.symmetric OR startNode(r) = a)
  RETURN row.id AS key, elementId(r) AS eid, type(r) AS type, startNode(r).id AS source,
         endNode(r).id AS target, properties(r) AS props`;

const UPDATE = `UNWIND $rows AS row
  MATCH ()-[r]->() WHERE elementId(r) = row.eid
  SET r += row.props, r.since = date(row.since), r.updatedAt = $now,
      r.lastContact = CASE WHEN row.lastContact IS NULL THEN r.lastContact ELSE date(row.lastContact) END`;

function createStatement(type: (typeof RELATIONSHIP_TYPES)[number]): string {
  return `UNWIND $rows AS row
    MATCH (a:${STAKEHOLDER} {id: row.source}), (b:${STAKEHOLDER} {id: row.target})
    CREATE (a)-[r:${neo4jRelationshipType(type)}]->(b)
    SET r += row.props, r.since = date(row.since), r.lastContact = date(row.lastContact),
        r.createdAt = $now, r.updatedAt = $now`;
}

export interface RelationshipWrite {
  readonly summary: UpsertSummary;
  readonly newEmployees: string[];
}

export async function writeRelationships(
  tx: Tx,
  relationships: readonly Relationship[],
  now: string,
): Promise<RelationshipWrite> {
  const latest = new Map(relationships.map((rel) => [rel.id, rel]));
  const existing = await findExisting(tx, [...latest.values()]);
  const updates: Record<string, unknown>[] = [];
  const creates: Relationship[] = [];
  for (const rel of latest.values()) {
    const found = existing.get(rel.id);
    const row = { ...rowOf(rel), eid: found?.eid };
    if (!found) creates.push(rel);
    else if (!sameData(found.rel, rel)) updates.push(row);
  }
  for (const slice of chunks(updates)) await rows(tx, UPDATE, { rows: slice, now });
  for (const type of RELATIONSHIP_TYPES) {
    const ofType = creates.filter((rel) => rel.type === type);
    for (const slice of chunks(ofType)) {
      await rows(tx, createStatement(type), { rows: slice.map(rowOf), now });
    }
  }
  const written = updates.length + creates.length;
  return {
    summary: { created: creates.length, updated: updates.length, unchanged: latest.size - written },
    newEmployees: creates.filter((rel) => rel.type === 'WORKS_FOR').map((rel) => rel.source),
  };
}

function rowOf(rel: Relationship): Record<string, unknown> {
  return {
    source: rel.source,
    target: rel.target,
    props: relationshipToProps(rel),
    since: rel.since ?? null,
    lastContact: rel.lastContact ?? null,
  };
}

/** A lastContact left out keeps the stored one (the interaction log's closed loop). */
function sameData(stored: Relationship, next: Relationship): boolean {
  const merged = { ...next, lastContact: next.lastContact ?? stored.lastContact };
  return stableJson(stored) === stableJson(merged);
}

async function findExisting(
  tx: Tx,
  relationships: readonly Relationship[],
): Promise<Map<string, { eid: string; rel: Relationship }>> {
  const found = new Map<string, { eid: string; rel: Relationship }>();
  const keys = relationships.map((rel) => ({
    id: rel.id,
    type: rel.type,
    source: rel.source,
    target: rel.target,
    symmetric: RELATIONSHIP_TYPE_SPECS[rel.type].symmetric,
  }));
  for (const slice of chunks(keys)) {
    for (const row of await rows(tx, FIND_EXISTING, { rows: slice })) {
      const rel = relationshipFromRecord(row.type, row.source, row.target, row.props);
      if (rel && !found.has(row.key as string)) {
        found.set(row.key as string, { eid: row.eid as string, rel });
      }
    }
  }
  return found;
}
