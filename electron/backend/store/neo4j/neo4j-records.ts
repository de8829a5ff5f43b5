import {
  isNodeKind,
  isRelationshipType,
  neo4jRelationshipType,
  RELATIONSHIP_TYPE_SPECS,
  type NodeKind,
  type Relationship,
  type RelationshipType,
} from '../../../../graph-schema/index.ts';
import { NotFoundError } from '../../../../shared/errors.ts';
import type {
  ErasureReport,
  GraphCounts,
  SubjectExport,
} from '../../../../shared/store/graph-store.ts';
import {
  chunks,
  INTERACTION,
  MODEL_TYPES,
  REL_FIELDS,
  STAKEHOLDER,
  WITH_PARTICIPANT,
} from './neo4j-cypher.ts';
import { INTERACTION_FIELDS, interactionFromRow } from './neo4j-interactions.ts';
import { relationshipFromRecord } from './neo4j-mapping.ts';
import { loadNodes } from './neo4j-node-writes.ts';
import { employeesOf, refreshSearchText } from './neo4j-search-text.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { asNumber, plain } from './neo4j-values.ts';
import { relationshipIdParts } from './neo4j-relationship-lookup.ts';

export async function getRelationship(tx: Tx, id: string): Promise<Relationship | undefined> {
  return relationshipsOf(
    await rows(tx, `${matchRelationship(id)} RETURN ${REL_FIELDS} LIMIT 1`, paramsOf(id)),
  )[0];
}

/**
 * The stored relationships among `ids`, for an import comparing a batch with
 * what is there: one statement per type, both endpoints by their unique index.
 * A pair stored twice by plain Cypher (both directions of a symmetric type)
 * counts once, as getRelationship reads it.
 */
export async function getRelationships(tx: Tx, ids: readonly string[]): Promise<Relationship[]> {
  const wanted = new Set(ids);
  const byType = new Map<RelationshipType, { id: string; source: string; target: string }[]>();
  const found: Record<string, unknown>[] = [];
  for (const id of wanted) {
    const parts = relationshipIdParts(id);
    if (!parts.type || parts.source === null || parts.target === null) {
      // Not a derived id: only a stored one can match (never so in an import).
      found.push(
        ...(await rows(tx, `${matchRelationship(id)} RETURN ${REL_FIELDS}`, paramsOf(id))),
      );
      continue;
    }
    const type = parts.type as RelationshipType;
    const pairs = byType.get(type) ?? [];
    pairs.push({ id, source: parts.source, target: parts.target });
    byType.set(type, pairs);
  }
  const perType = await Promise.all(
    [...byType].flatMap(([type, pairs]) =>
      chunks(pairs).map((slice) =>
        rows(tx, `UNWIND $rows AS row ${typedRelationship(type, 'row.')} RETURN ${REL_FIELDS}`, {
          rows: slice,
        }),
      ),
    ),
  );
  const unique = new Map<string, Relationship>();
  for (const rel of relationshipsOf([...found, ...perType.flat()])) {
    if (wanted.has(rel.id) && !unique.has(rel.id)) unique.set(rel.id, rel);
  }
  return [...unique.values()];
}

/**
 * Ids are `source|TYPE|target` (graph-schema's relationshipId): the relationship
 * is found from its endpoints by their unique index, with or without a stored id
 * (one a Cypher user created has none). Any other id can only be a stored one.
 */
function matchRelationship(id: string): string {
  const parts = relationshipIdParts(id);
  if (!parts.type)
    return `MATCH (a:${STAKEHOLDER})-[r:${MODEL_TYPES}]->(b:${STAKEHOLDER}) WHERE r.id = $id`;
  return typedRelationship(parts.type as RelationshipType, '$');
}

/** `r` of `type` between the ids `<from>source` and `<from>target` (parameters or UNWIND row). */
function typedRelationship(type: RelationshipType, from: '$' | 'row.'): string {
  const arrow = RELATIONSHIP_TYPE_SPECS[type].symmetric ? '-' : '->';
  return `MATCH (a:${STAKEHOLDER} {id: ${from}source})-[r:${neo4jRelationshipType(type)}]${arrow}(b:${STAKEHOLDER} {id: ${from}target})
    WHERE r.id = ${from}id OR r.id IS NULL`;
}

function paramsOf(id: string) {
  const parts = relationshipIdParts(id);
  return { id, source: parts.source, target: parts.target };
}

export function relationshipsOf(found: readonly Record<string, unknown>[]): Relationship[] {
  return found.flatMap(
    (row) => relationshipFromRecord(row.type, row.source, row.target, row.props) ?? [],
  );
}

async function kindOf(tx: Tx, id: string): Promise<NodeKind | undefined> {
  const found = await rows(tx, `MATCH (n:${STAKEHOLDER} {id: $id}) RETURN labels(n) AS labels`, {
    id,
  });
  return (found[0]?.labels as unknown[] | undefined)?.find(isNodeKind);
}

/**
 * The node goes with its relationships and its place in interactions; an
 * interaction left with fewer than two participants no longer says who met whom.
 */
export async function deleteNode(tx: Tx, id: string): Promise<boolean> {
  const kind = await kindOf(tx, id);
  if (!kind) return false;
  const employees = await employeesOf(tx, [id]);
  await rows(
    tx,
    `MATCH (n:${STAKEHOLDER} {id: $id})
     OPTIONAL MATCH (i:${INTERACTION})-[:${WITH_PARTICIPANT}]->(n)
     WITH n, collect(i) AS interactions
     DETACH DELETE n
     WITH interactions UNWIND interactions AS i
     WITH i WHERE COUNT { (i)-[:${WITH_PARTICIPANT}]->() } < 2
     DETACH DELETE i`,
    { id },
  );
  await refreshSearchText(tx, employees);
  return true;
}

export async function deleteRelationship(tx: Tx, id: string): Promise<boolean> {
  const rel = await getRelationship(tx, id);
  if (!rel) return false;
  await rows(tx, `${matchRelationship(id)} WITH r LIMIT 1 DELETE r`, paramsOf(id));
  // The person's search text names the organisations they work for.
  if (rel.type === 'WORKS_FOR') await refreshSearchText(tx, [rel.source]);
  return true;
}

export async function countAll(tx: Tx): Promise<GraphCounts> {
  const byKind: Partial<Record<NodeKind, number>> = {};
  const byType: Partial<Record<RelationshipType, number>> = {};
  let nodes = 0;
  let relationships = 0;
  for (const row of await rows(
    tx,
    `MATCH (n:${STAKEHOLDER}) UNWIND labels(n) AS label RETURN label, count(*) AS n`,
  )) {
    const label = row.label;
    if (isNodeKind(label)) {
      const n = asNumber(plain(row.n)) ?? 0;
      byKind[label] = n;
      nodes += n;
    }
  }
  for (const row of await rows(
    tx,
    `MATCH (:${STAKEHOLDER})-[r:${MODEL_TYPES}]->(:${STAKEHOLDER}) RETURN type(r) AS type, count(*) AS n`,
  )) {
    if (isRelationshipType(row.type)) {
      const n = asNumber(plain(row.n)) ?? 0;
      byType[row.type] = n;
      relationships += n;
    }
  }
  const [interactions] = await rows(tx, `MATCH (i:${INTERACTION}) RETURN count(i) AS n`);
  return {
    nodes,
    relationships,
    interactions: asNumber(plain(interactions?.n)) ?? 0,
    byKind,
    byType,
  };
}

const INTERACTIONS_OF = `MATCH (i:${INTERACTION})-[:${WITH_PARTICIPANT}]->(:${STAKEHOLDER} {id: $id})
  WITH DISTINCT i ORDER BY i.date, i.id RETURN ${INTERACTION_FIELDS}`;

/** GDPR Art. 15: the node, every relationship and every interaction that names them. */
export async function subjectExport(tx: Tx, id: string): Promise<SubjectExport | undefined> {
  const [node] = await loadNodes(tx, [id]);
  if (!node) return undefined;
  const relationships = relationshipsOf(
    await rows(
      tx,
      `MATCH (n:${STAKEHOLDER} {id: $id})-[r:${MODEL_TYPES}]-(:${STAKEHOLDER}) RETURN ${REL_FIELDS}
       ORDER BY startNode(r) = n DESC, r.id`,
      { id },
    ),
  );
  const interactions = (await rows(tx, INTERACTIONS_OF, { id })).flatMap(
    (row) => interactionFromRow(row) ?? [],
  );
  return { exportedAt: new Date().toISOString(), node, relationships, interactions };
}

/**
 * GDPR Art. 17: the node, its relationships and every interaction they took part
 * in (summaries are free text about the meeting and routinely hold what the
 * person said). DETACH DELETE leaves nothing a query can reach; Neo4j reuses the
 * freed store records.
 */
export async function eraseSubject(tx: Tx, id: string): Promise<ErasureReport> {
  const kind = await kindOf(tx, id);
  if (!kind) throw new NotFoundError(`The stakeholder "${id}"`);
  const employees = await employeesOf(tx, [id]);
  const [counted] = await rows(
    tx,
    `MATCH (n:${STAKEHOLDER} {id: $id})
     RETURN COUNT { (n)-[:${MODEL_TYPES}]-(:${STAKEHOLDER}) } AS relationships,
            COUNT { (:${INTERACTION})-[:${WITH_PARTICIPANT}]->(n) } AS interactions`,
    { id },
  );
  await rows(
    tx,
    `MATCH (n:${STAKEHOLDER} {id: $id})
     OPTIONAL MATCH (i:${INTERACTION})-[:${WITH_PARTICIPANT}]->(n)
     WITH n, collect(i) AS interactions
     FOREACH (i IN interactions | DETACH DELETE i)
     DETACH DELETE n`,
    { id },
  );
  await refreshSearchText(tx, employees);
  return {
    id,
    relationships: asNumber(plain(counted?.relationships)) ?? 0,
    interactions: asNumber(plain(counted?.interactions)) ?? 0,
  };
}
