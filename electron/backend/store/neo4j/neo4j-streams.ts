import type { Interaction, Relationship, StakeholderNode } from '../../../../graph-schema/index.ts';
import type { NodeKey } from '../../../../shared/store/graph-store.ts';
import { INTERACTION, MODEL_TYPES, NODE_FIELDS, REL_FIELDS, STAKEHOLDER } from './neo4j-cypher.ts';
import { interactionFromRow, INTERACTION_FIELDS } from './neo4j-interactions.ts';
import { kindFromLabels, nodeFromProps } from './neo4j-mapping.ts';
import { relationshipsOf } from './neo4j-records.ts';
import { rows, type Neo4jSession, type Row } from './neo4j-session.ts';
import { asString, int } from './neo4j-values.ts';

const DEFAULT_BATCH = 5_000;

/**
 * Keyset paging: every page is its own short read transaction ordered by a key
 * (node id, element id), so no transaction stays open between pages and each
 * page is an index seek, not an OFFSET scan.
 */
async function* pages<T>(
  session: Neo4jSession,
  query: string,
  batchSize: number,
  convert: (found: Row[]) => T[],
): AsyncGenerator<T[]> {
  const size = Math.max(1, Math.floor(batchSize));
  let after: Row = { after: null, afterNode: '', afterRel: '' };
  for (;;) {
    const found = await session.read((tx) => rows(tx, query, { ...after, limit: int(size) }));
    if (found.length === 0) return;
    const last = found[found.length - 1]!;
    after = { after: last.key, afterNode: last.keyNode ?? '', afterRel: last.keyRel ?? '' };
    const batch = convert(found);
    if (batch.length > 0) yield batch;
    if (found.length < size) return;
  }
}

export function streamNodes(session: Neo4jSession, batchSize = DEFAULT_BATCH) {
  return pages<StakeholderNode>(
    session,
    `MATCH (n:${STAKEHOLDER}) WHERE $after IS NULL OR n.id > $after
     WITH n ORDER BY n.id LIMIT $limit RETURN n.id AS key, ${NODE_FIELDS}`,
    batchSize,
    (found) => found.flatMap((row) => nodeFromProps(row.props, row.labels as unknown[]) ?? []),
  );
}

/**
 * What an import matches rows against: id, kind, name and e-mail, without the
 * rest of the node (its search text alone is longer than all four). Read the
 * way streamNodes reads them: a node without a name is known by its id.
 */
export function streamNodeKeys(session: Neo4jSession, batchSize = DEFAULT_BATCH) {
  return pages<NodeKey>(
    session,
    `MATCH (n:${STAKEHOLDER}) WHERE $after IS NULL OR n.id > $after
     WITH n ORDER BY n.id LIMIT $limit
     RETURN n.id AS key, labels(n) AS labels, n.name AS name, n.email AS email`,
    batchSize,
    (found) =>
      found.flatMap((row) => {
        const id = asString(row.key);
        const kind = kindFromLabels(row.labels as unknown[]);
        if (!id || !kind) return [];
        const email = asString(row.email);
        return [{ id, kind, name: asString(row.name) ?? id, ...(email && { email }) }];
      }),
  );
}

export function streamRelationships(session: Neo4jSession, batchSize = DEFAULT_BATCH) {
  return pages<Relationship>(
    session,
    // Keyed by (source id, element id): the source ids come in index order, so a
    // page reads only the relationships it returns, not everything before them.
    `MATCH (a:${STAKEHOLDER}) WHERE a.id >= $afterNode
     WITH a ORDER BY a.id
     MATCH (a)-[r:${MODEL_TYPES}]->(:${STAKEHOLDER})
     WHERE a.id > $afterNode OR elementId(r) > $afterRel
     WITH a, r ORDER BY a.id, elementId(r) LIMIT $limit
     RETURN a.id AS keyNode, elementId(r) AS keyRel, ${REL_FIELDS}`,
    batchSize,
    relationshipsOf,
  );
}

export function streamInteractions(session: Neo4jSession, batchSize = DEFAULT_BATCH) {
  return pages<Interaction>(
    session,
    `MATCH (i:${INTERACTION}) WHERE $after IS NULL OR i.id > $after
     WITH i ORDER BY i.id LIMIT $limit RETURN i.id AS key, ${INTERACTION_FIELDS}`,
    batchSize,
    (found) => found.flatMap((row) => interactionFromRow(row) ?? []),
  );
}
