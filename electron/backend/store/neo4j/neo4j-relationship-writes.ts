import {
  neo4jKindLabel,
  neo4jRelationshipType,
  NODE_KINDS,
  type NodeKind,
  RELATIONSHIP_TYPE_SPECS,
  RELATIONSHIP_TYPES,
  type Relationship,
  type RelationshipType,
} from '../../../../graph-schema/index.ts';
import type { UpsertSummary } from '../../../../shared/store/graph-store.ts';
import { chunks, REL_PROPS, STAKEHOLDER } from './neo4j-cypher.ts';
import { relationshipFromRecord, relationshipToProps } from './neo4j-mapping.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { stableJson } from './neo4j-values.ts';

/** Endpoints by the unique id index; the hint keeps the plan when statistics are stale. */
const ENDPOINTS = `MATCH (a:${STAKEHOLDER} {id: row.source}) USING INDEX a:${STAKEHOLDER}(id)
  MATCH (b:${STAKEHOLDER} {id: row.target}) USING INDEX b:${STAKEHOLDER}(id)`;

/**
 * A relationship is identified by type and endpoints (one per ordered pair, per
 * unordered pair for symmetric types; its id is derived from them), so a graph
 * written by plain Cypher without ids is matched too instead of being duplicated.
 *
 * One statement per type finds and creates in one pass: MERGE on the typed
 * pattern (Neo4j expands the smaller endpoint's relationships of that type, and
 * locks both endpoints, so concurrent writers never duplicate a relationship).
 * A created relationship gets its data at once; a matched one returns what is
 * stored, for the caller to compare. The marker property only tells the two apart
 * within the statement and is removed before it ends.
 *
 * Every row answers whether its endpoints' kinds fit the type; a row whose
 * endpoint is missing does not answer at all. Either way the caller refuses the
 * batch and its transaction is rolled back (see neo4j-writes.ts).
 */
function mergeStatement(type: RelationshipType): string {
  const spec = RELATIONSHIP_TYPE_SPECS[type];
  const arrow = spec.symmetric ? '-' : '->';
  return `UNWIND $rows AS row
    ${ENDPOINTS}
    MERGE (a)-[r:${neo4jRelationshipType(type)}]${arrow}(b)
    ON CREATE SET r += row.props, r.since = date(row.since), r.lastContact = date(row.lastContact),
        r.createdAt = $now, r.updatedAt = $now, r.${CREATED_MARKER} = true
    WITH row, a, b, r, r.${CREATED_MARKER} IS NOT NULL AS created
    REMOVE r.${CREATED_MARKER}
    RETURN row.id AS key, ${ofKinds('a', spec.sources)} AND ${ofKinds('b', spec.targets)} AS fits,
      CASE WHEN created THEN null ELSE {eid: elementId(r), source: startNode(r).id,
        target: endNode(r).id, props: ${REL_PROPS}} END AS stored`;
}
const CREATED_MARKER = 'xrmCreatedNow';

/** A label test for one of `kinds` (labels from the allowlist only); `true` for every kind. */
function ofKinds(variable: string, kinds: readonly NodeKind[]): string {
  if (NODE_KINDS.every((kind) => kinds.includes(kind))) return 'true';
  return `(${kinds.map((kind) => `${variable}:${neo4jKindLabel(kind)}`).join(' OR ')})`;
}

const UPDATE = `UNWIND $rows AS row
  MATCH ()-[r]->() WHERE elementId(r) = row.eid
  SET r += row.props, r.since = date(row.since), r.updatedAt = $now,
      r.lastContact = CASE WHEN row.lastContact IS NULL THEN r.lastContact ELSE date(row.lastContact) END`;

export interface RelationshipWrite {
  readonly summary: UpsertSummary;
  readonly newEmployees: string[];
  /**
   * Relationships with an endpoint missing or of a kind their type does not
   * allow. When there are any, nothing else was done: the caller refuses the batch.
   */
  readonly misfits: string[];
}

export async function writeRelationships(
  tx: Tx,
  relationships: readonly Relationship[],
  now: string,
): Promise<RelationshipWrite> {
  const latest = new Map(relationships.map((rel) => [rel.id, rel]));
  const { existing, misfits } = await mergeAll(tx, [...latest.values()], now);
  if (misfits.length > 0) {
    return { summary: { created: 0, updated: 0, unchanged: 0 }, newEmployees: [], misfits };
  }
  const updates: Record<string, unknown>[] = [];
  const creates: Relationship[] = [];
  let unchanged = 0;
  for (const rel of latest.values()) {
    const found = existing.get(rel.id);
    if (!found) creates.push(rel);
    else if (!sameData(found.rel, rel)) updates.push({ ...rowOf(rel), eid: found.eid });
    else unchanged += 1;
  }
  await Promise.all(chunks(updates).map((slice) => rows(tx, UPDATE, { rows: slice, now })));
  return {
    summary: { created: creates.length, updated: updates.length, unchanged },
    newEmployees: creates.filter((rel) => rel.type === 'WORKS_FOR').map((rel) => rel.source),
    misfits: [],
  };
}

function rowOf(rel: Relationship): Record<string, unknown> {
  return {
    id: rel.id,
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

/**
 * Creates the missing relationships; returns the stored ones that were already
 * there, and those whose endpoints did not fit.
 */
async function mergeAll(
  tx: Tx,
  relationships: readonly Relationship[],
  now: string,
): Promise<{ existing: Map<string, { eid: string; rel: Relationship }>; misfits: string[] }> {
  const existing = new Map<string, { eid: string; rel: Relationship }>();
  // Sent together: the driver pipelines the statements of one transaction.
  const results = await Promise.all(
    byType(relationships).flatMap(([type, ofType]) =>
      chunks(ofType).map(async (slice) => ({
        type,
        answers: await rows(tx, mergeStatement(type), { rows: slice.map(rowOf), now }),
      })),
    ),
  );
  const answered = new Set<string>();
  const misfits: string[] = [];
  for (const { type, answers } of results) {
    for (const row of answers) {
      const key = row.key as string;
      answered.add(key);
      if (row.fits !== true) misfits.push(key);
      const stored = row.stored as Record<string, unknown> | null;
      if (!stored || existing.has(key)) continue;
      const rel = relationshipFromRecord(type, stored.source, stored.target, stored.props);
      if (rel) existing.set(key, { eid: stored.eid as string, rel });
    }
  }
  for (const rel of relationships) if (!answered.has(rel.id)) misfits.push(rel.id);
  return { existing, misfits };
}

/** The relationships grouped by type, in the allowlist's order. */
function byType(relationships: readonly Relationship[]): [RelationshipType, Relationship[]][] {
  return RELATIONSHIP_TYPES.map(
    (type) =>
      [type, relationships.filter((rel) => rel.type === type)] as [
        RelationshipType,
        Relationship[],
      ],
  ).filter(([, ofType]) => ofType.length > 0);
}
