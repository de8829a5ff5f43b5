import { isPersonKind, type StakeholderNode } from '../../../graph-schema/index.ts';
import { indexText } from '../../../shared/search/fold-text.ts';
import type { SqlSession } from './sql-session.ts';

/**
 * The full-text row of a node shares the node's rowid, so it is found and
 * replaced without scanning. Text is folded before FTS5 sees it (see fold-text).
 */
const INSERT_ROW = `INSERT INTO nodes_fts
  (rowid, node_id, name, organization, title, email, tags, other)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

export function indexNode(session: SqlSession, rowid: number, node: StakeholderNode): void {
  session.stmt('DELETE FROM nodes_fts WHERE rowid = ?').run(rowid);
  const organisations = isPersonKind(node.kind) ? employerNamesOf(session, rowid) : [];
  session
    .stmt(INSERT_ROW)
    .run(
      rowid,
      node.id,
      indexText(node.name),
      indexText(...organisations),
      indexText(node.title),
      indexText(node.email),
      indexText(...node.tags),
      indexText(node.city, node.country, node.notes),
    );
}

/**
 * After a new or removed WORKS_FOR, or an employer's rename, only a person's
 * organisation column changes: that one column is rewritten, without parsing
 * and folding the rest of the record again (an import adds tens of thousands).
 */
export function reindexEmployers(session: SqlSession, personIds: Iterable<string>): void {
  const keyOf = session.arrayStmt('SELECT key FROM nodes WHERE id = ?');
  const update = session.stmt('UPDATE nodes_fts SET organization = ? WHERE rowid = ?');
  const folded = new Map<string, string>();
  const fold = (name: string): string => {
    let text = folded.get(name);
    if (text === undefined) folded.set(name, (text = indexText(name)));
    return text;
  };
  for (const id of new Set(personIds)) {
    const key = keyOf.get(id)?.[0] as number | undefined;
    if (key === undefined) continue;
    const names = employerNamesOf(session, key);
    update.run(names.map(fold).filter(Boolean).join(' '), key);
  }
}

export function unindexNode(session: SqlSession, id: string): void {
  session
    .stmt('DELETE FROM nodes_fts WHERE rowid = (SELECT rowid FROM nodes WHERE id = ?)')
    .run(id);
}

/** The people working for an organisation: their search rows carry its name. */
export function employeesOf(session: SqlSession, organisationIds: readonly string[]): string[] {
  const query = session.stmt(
    "SELECT source FROM relationships WHERE target = ? AND type = 'WORKS_FOR'",
  );
  return organisationIds.flatMap((id) =>
    (query.all(id) as { source: string }[]).map((row) => row.source),
  );
}

export function employerNames(session: SqlSession, personId: string): string[] {
  const key = session.arrayStmt('SELECT key FROM nodes WHERE id = ?').get(personId)?.[0];
  return key === undefined ? [] : employerNamesOf(session, key as number);
}

/** By key: the endpoint index answers it without going through the ids. */
function employerNamesOf(session: SqlSession, personKey: number): string[] {
  const rows = session
    .arrayStmt(
      `SELECT n.name FROM edges AS e JOIN nodes AS n ON n.key = e.target_key
       WHERE e.source_key = ? AND e.type = 'WORKS_FOR' ORDER BY e.strength DESC, n.name`,
    )
    .all(personKey);
  return rows.map((row) => row[0] as string);
}

/**
 * Rebuilds the whole index from the nodes table: after VACUUM or a restore,
 * when rowids may have been renumbered.
 */
export function rebuildSearchIndex(session: SqlSession): void {
  session.db.exec('DELETE FROM nodes_fts');
  const rows = session.db.prepare('SELECT key AS rowid, data FROM nodes').iterate() as Iterable<{
    rowid: number;
    data: string;
  }>;
  for (const row of rows) indexNode(session, row.rowid, JSON.parse(row.data) as StakeholderNode);
}

/** True when every node has its search row under its own rowid (cheap: one join). */
export function searchIndexAligned(session: SqlSession): boolean {
  const row = session.db
    .prepare(
      `SELECT
         (SELECT count(*) FROM nodes) AS nodes,
         (SELECT count(*) FROM nodes_fts) AS rows,
         (SELECT count(*) FROM nodes n JOIN nodes_fts f ON f.rowid = n.rowid
           WHERE f.node_id = n.id) AS aligned`,
    )
    .get() as { nodes: number; rows: number; aligned: number };
  return row.nodes === row.rows && row.nodes === row.aligned;
}
