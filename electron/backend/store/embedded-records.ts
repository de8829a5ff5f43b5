import {
  isOrganisationKind,
  type NodeKind,
  type Relationship,
} from '../../../graph-schema/index.ts';
import type { GraphCounts } from '../../../shared/store/graph-store.ts';
import { dropParticipant } from './embedded-interactions.ts';
import { findRelationshipRow, relationshipFromRow } from './relationship-rows.ts';
import { employeesOf, reindexEmployers, unindexNode } from './search-index.ts';
import type { SqlSession } from './sql-session.ts';

export function getRelationship(session: SqlSession, id: string): Relationship | undefined {
  const row = findRelationshipRow(session, id);
  return row ? relationshipFromRow(row) : undefined;
}

/** Relationships by id in bulk, in the order asked for, each once. */
export function getRelationships(session: SqlSession, ids: readonly string[]): Relationship[] {
  return [...new Set(ids)].flatMap((id) => getRelationship(session, id) ?? []);
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
  reindexEmployers(session, employees);
  return true;
}

export function deleteRelationship(session: SqlSession, id: string): boolean {
  const row = findRelationshipRow(session, id);
  if (!row) return false;
  const rel = relationshipFromRow(row);
  session.stmt('DELETE FROM edges WHERE rowid = ?').run(row[row.length - 1] as number);
  // The person's search row names the organisations they work for.
  if (rel.type === 'WORKS_FOR') reindexEmployers(session, [rel.source]);
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
    relationships: count('SELECT count(*) AS n FROM edges'),
    interactions: count('SELECT count(*) AS n FROM interactions'),
    byKind: grouped('SELECT kind, count(*) FROM nodes GROUP BY kind'),
    byType: grouped('SELECT type, count(*) FROM edges GROUP BY type'),
  };
}
