import {
  allowsEndpoints,
  type KindLookup,
  type NodeKind,
  type RelationshipType,
  type StakeholderNode,
  type ValidationIssue,
} from '../../../graph-schema/index.ts';
import type { UpsertSummary } from '../../../shared/store/graph-store.ts';
import type { SqlSession } from './sql-session.ts';

/** Columns read for a node, in the order `nodeFromRow` expects. */
export const NODE_COLUMNS = 'data, created_at, updated_at';

export function nodeFromRow(row: readonly unknown[]): StakeholderNode {
  const node = JSON.parse(row[0] as string) as StakeholderNode;
  node.createdAt = row[1] as string;
  node.updatedAt = row[2] as string;
  return node;
}

/** What is compared for "unchanged": the node as given, without the store's timestamps. */
export function nodeData(node: StakeholderNode): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { createdAt, updatedAt, ...data } = node;
  return JSON.stringify(data);
}

export interface NodeWrite {
  readonly summary: UpsertSummary;
  /** Nodes created or changed, with their rowid: their search rows need rewriting. */
  readonly written: { readonly rowid: number; readonly node: StakeholderNode }[];
  /** Organisations whose name changed: their people's search rows name them. */
  readonly renamedOrganisations: string[];
}

const UPSERT_NODE = `INSERT INTO nodes (id, kind, name, email, data, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
    email = excluded.email, data = excluded.data, updated_at = excluded.updated_at
  WHERE nodes.data <> excluded.data
  RETURNING key AS rowid`;

/** Import keeps the document's timestamps, so an export re-imported exports identically. */
const IMPORT_NODE = `INSERT INTO nodes (id, kind, name, email, data, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
    email = excluded.email, data = excluded.data, created_at = excluded.created_at,
    updated_at = excluded.updated_at
  WHERE nodes.data <> excluded.data OR nodes.created_at <> excluded.created_at
    OR nodes.updated_at <> excluded.updated_at
  RETURNING key AS rowid`;

/**
 * Writes validated nodes inside the caller's transaction. Duplicates within the
 * batch collapse to the last one and count once. A row is "created" when its
 * rowid is above the highest rowid before the batch: no extra lookup per row.
 */
export function writeNodes(
  session: SqlSession,
  nodes: readonly StakeholderNode[],
  now: string,
  options: { keepTimestamps?: boolean } = {},
): NodeWrite {
  const latest = new Map(nodes.map((node) => [node.id, node]));
  const renamedOrganisations = findRenamedOrganisations(session, latest);
  const maxRowid = highestRowid(session, 'nodes');
  const upsert = session.stmt(options.keepTimestamps ? IMPORT_NODE : UPSERT_NODE);
  const written: NodeWrite['written'] = [];
  let created = 0;
  for (const node of latest.values()) {
    const createdAt = options.keepTimestamps ? (node.createdAt ?? now) : now;
    const updatedAt = options.keepTimestamps ? (node.updatedAt ?? createdAt) : now;
    const row = upsert.get(
      node.id,
      node.kind,
      node.name,
      node.email ?? null,
      nodeData(node),
      createdAt,
      updatedAt,
    ) as { rowid: number } | undefined;
    if (!row) continue;
    if (row.rowid > maxRowid) created++;
    written.push({ rowid: row.rowid, node });
  }
  if (written.length > 0) session.forgetKinds();
  const summary = {
    created,
    updated: written.length - created,
    unchanged: latest.size - written.length,
  };
  return { summary, written, renamedOrganisations };
}

export function highestRowid(session: SqlSession, table: 'nodes'): number {
  const row = session.stmt(`SELECT coalesce(max(rowid), 0) AS m FROM ${table}`).get() as {
    m: number;
  };
  return row.m;
}

function findRenamedOrganisations(
  session: SqlSession,
  latest: ReadonlyMap<string, StakeholderNode>,
): string[] {
  const nameOf = session.stmt('SELECT name FROM nodes WHERE id = ?');
  const renamed: string[] = [];
  for (const node of latest.values()) {
    const old = nameOf.get(node.id) as { name: string } | undefined;
    if (old && old.name !== node.name) renamed.push(node.id);
  }
  return renamed;
}

/**
 * A node may change kind only if its stored relationships still fit: a Contact
 * with a WORKS_FOR cannot silently become a Customer.
 */
export function kindChangeIssues(
  session: SqlSession,
  nodes: readonly StakeholderNode[],
  storedKind: KindLookup,
): ValidationIssue[] {
  const newKind = new Map(nodes.map((node) => [node.id, node.kind]));
  const kindOf = (id: string): NodeKind | undefined => newKind.get(id) ?? storedKind(id);
  const relationshipsOf = session.stmt(
    'SELECT type, source, target FROM relationships WHERE source = ?1 UNION ALL SELECT type, source, target FROM relationships WHERE target = ?1',
  );
  const issues: ValidationIssue[] = [];
  nodes.forEach((node, index) => {
    const before = storedKind(node.id);
    if (before === undefined || before === node.kind) return;
    for (const rel of relationshipsOf.all(node.id) as unknown as RelRow[]) {
      const [s, t] = [kindOf(rel.source), kindOf(rel.target)];
      if (s && t && allowsEndpoints(rel.type, s, t)) continue;
      issues.push({
        record: `node "${node.id}"`,
        field: 'kind',
        message: `cannot change from ${before} to ${node.kind}: its ${rel.type} relationship "${rel.source}" -> "${rel.target}" would no longer be allowed`,
        index,
        collection: 'nodes',
      });
      return;
    }
  });
  return issues;
}

interface RelRow {
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
}
