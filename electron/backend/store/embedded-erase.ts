import { isOrganisationKind, type NodeKind } from '../../../graph-schema/index.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type { ErasureReport, SubjectExport } from '../../../shared/store/graph-store.ts';
import { interactionFromRow } from './embedded-interactions.ts';
import { getNodes } from './embedded-subgraph.ts';
import { RELATIONSHIP_COLUMNS, relationshipFromRow } from './relationship-rows.ts';
import {
  employeesOf,
  rebuildSearchIndex,
  reindexEmployers,
  searchIndexAligned,
  unindexNode,
} from './search-index.ts';
import type { SqlSession } from './sql-session.ts';

const INTERACTIONS_OF = `SELECT i.id, i.data FROM interaction_participants p
  JOIN interactions i ON i.id = p.interaction_id WHERE p.node_id = ? ORDER BY i.date, i.id`;

/** GDPR Art. 15: the node, every relationship and every interaction that names them. */
export function subjectExport(session: SqlSession, id: string): SubjectExport | undefined {
  const [node] = getNodes(session, [id]);
  if (!node) return undefined;
  const relationships = session
    .arrayStmt(
      `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE source = ?1
         UNION ALL SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE target = ?1`,
    )
    .all(id)
    .map(relationshipFromRow);
  const interactions = (session.stmt(INTERACTIONS_OF).all(id) as { data: string }[]).map((row) =>
    interactionFromRow(row.data),
  );
  return { exportedAt: new Date().toISOString(), node, relationships, interactions };
}

/**
 * GDPR Art. 17, in the database: the node, its relationships and its search row.
 * Every interaction they took part in goes too, not just the link: summaries are
 * free text about the meeting and routinely hold what the person said or did,
 * so keeping them would keep their data.
 */
export function eraseRows(session: SqlSession, id: string): ErasureReport {
  const node = session.stmt('SELECT kind FROM nodes WHERE id = ?').get(id) as
    { kind: NodeKind } | undefined;
  if (!node) throw new NotFoundError(`The stakeholder "${id}"`);
  const employees = isOrganisationKind(node.kind) ? employeesOf(session, [id]) : [];
  const interactionIds = (session.stmt(INTERACTIONS_OF).all(id) as { id: string }[]).map(
    (row) => row.id,
  );
  const relationships = session
    .stmt(
      'SELECT (SELECT count(*) FROM relationships WHERE source = ?1) + (SELECT count(*) FROM relationships WHERE target = ?1) AS n',
    )
    .get(id) as { n: number };
  unindexNode(session, id);
  const dropInteraction = session.stmt('DELETE FROM interactions WHERE id = ?');
  for (const interactionId of interactionIds) dropInteraction.run(interactionId);
  session.stmt('DELETE FROM nodes WHERE id = ?').run(id);
  session.forgetKinds();
  reindexEmployers(session, employees);
  return { id, relationships: relationships.n, interactions: interactionIds.length };
}

/**
 * Deleted rows still sit in the files: FTS5 keeps deleted terms in old segments
 * until merged, freed pages and the WAL keep old page images. secure_delete
 * zeroes what SQLite frees; merging the index, VACUUM (rewrites every page) and
 * a truncating checkpoint (empties the WAL file) leave nothing to recover.
 */
export function scrubFiles(session: SqlSession): void {
  session.db.exec("INSERT INTO nodes_fts (nodes_fts) VALUES ('optimize')");
  session.clear();
  session.db.exec('VACUUM');
  // VACUUM may renumber rowids of tables without an INTEGER PRIMARY KEY; the
  // search rows are keyed by the node's rowid, so re-align them if it did.
  if (!searchIndexAligned(session)) {
    session.write(() => rebuildSearchIndex(session));
    session.db.exec("INSERT INTO nodes_fts (nodes_fts) VALUES ('optimize')");
  }
  session.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}
