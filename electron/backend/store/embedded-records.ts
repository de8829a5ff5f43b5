import {
  isOrganisationKind,
  type NodeKind,
  type Relationship,
  type RelationshipType,
} from '../../../graph-schema/index.ts';
import type { GraphCounts } from '../../../shared/store/graph-store.ts';
import { dropParticipant } from './embedded-interactions.ts';
import { RELATIONSHIP_COLUMNS, relationshipFromRow } from './relationship-rows.ts';
import { employeesOf, reindexNodes, unindexNode } from './search-index.ts';
import type { SqlSession } from './sql-session.ts';

export function getRelationship(session: SqlSession, id: string): Relationship | undefined {
  const row = session
    .arrayStmt(`SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE id = ?`)
    .get(id) as unknown[] | undefined;
  return row ? relationshipFromRow(row) : undefined;
}

/** Relationships by id in bulk: one index seek per id, one query per few thousand ids. */
export function getRelationships(session: SqlSession, ids: readonly string[]): Relationship[] {
  const columns = RELATIONSHIP_COLUMNS.split(', ').map((column) => `r.${column}`);
  const query = session.arrayStmt(
    `SELECT ${columns.join(', ')} FROM json_each(?) AS j CROSS JOIN relationships AS r ON r.id = j.value`,
  );
  const unique = [...new Set(ids)];
  const found: Relationship[] = [];
  for (let start = 0; start < unique.length; start += 5_000) {
    const chunk = JSON.stringify(unique.slice(start, start + 5_000));
    for (const row of query.all(chunk)) found.push(relationshipFromRow(row));
  }
  return found;
}

/** The node goes with its relationships (foreign-key cascade) and interaction links. */
export function deleteNode(session: SqlSession, id: string): boolean {
  const node = session.stmt('SELECT kind FROM nodes WHERE id = ?').get(id) as
    { kind: NodeKind } | undefined;
  if (!node) return false;
  const employees = isOrganisationKind(node.kind) ? employeesOf(session, [id]) : [];
  unindexNode(session, id);
  dropParticipant(session, id);
  session.stmt('DELETE FROM nodes WHERE id = ?').run(id);
  session.forgetKinds();
  reindexNodes(session, employees);
  return true;
}

export function deleteRelationship(session: SqlSession, id: string): boolean {
  const rel = session.stmt('SELECT type, source FROM relationships WHERE id = ?').get(id) as
    { type: RelationshipType; source: string } | undefined;
  if (!rel) return false;
  session.stmt('DELETE FROM relationships WHERE id = ?').run(id);
  // The person's search row names the organisations they work for.
  if (rel.type === 'WORKS_FOR') reindexNodes(session, [rel.source]);
  return true;
}

export function countAll(session: SqlSession): GraphCounts {
  const count = (sql: string): number => (session.stmt(sql).get() as { n: number }).n;
  const grouped = (sql: string): Record<string, number> =>
    Object.fromEntries(
      (session.arrayStmt(sql).all() as [string, number][]).map(([k, n]) => [k, n]),
    );
  return {
    nodes: count('SELECT count(*) AS n FROM nodes'),
    relationships: count('SELECT count(*) AS n FROM relationships'),
    interactions: count('SELECT count(*) AS n FROM interactions'),
    byKind: grouped('SELECT kind, count(*) FROM nodes GROUP BY kind'),
    byType: grouped('SELECT type, count(*) FROM relationships GROUP BY type'),
  };
}
