import type { StakeholderNode } from '../../../graph-schema/index.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type {
  Neighbourhood,
  NeighbourhoodOptions,
  Subgraph,
  SubgraphOptions,
} from '../../../shared/store/graph-store.ts';
import { NODE_COLUMNS, nodeFromRow } from './node-rows.ts';
import { RELATIONSHIP_COLUMNS, relationshipFromRow } from './relationship-rows.ts';
import type { SqlSession } from './sql-session.ts';

const DEFAULT_PAGE = 50;
/** Analysis asks for bounded pieces; without a bound it still never gets the whole store. */
export const DEFAULT_MAX_NODES = 25_000;

const EDGES_OF = `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE source = ?1
  UNION ALL SELECT ${RELATIONSHIP_COLUMNS} FROM relationships WHERE target = ?1`;

export function getNodes(session: SqlSession, ids: readonly string[]): StakeholderNode[] {
  if (ids.length === 0) return [];
  const rows = session
    .arrayStmt(
      `SELECT n.id, ${NODE_COLUMNS} FROM json_each(?) AS j CROSS JOIN nodes AS n ON n.id = j.value`,
    )
    .all(JSON.stringify(ids));
  const byId = new Map(rows.map((row) => [row[0] as string, nodeFromRow(row.slice(1))]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** One page of a node's relationships, strongest first, and the neighbours they reach. */
export function neighbourhood(
  session: SqlSession,
  id: string,
  options: NeighbourhoodOptions = {},
): Neighbourhood {
  const [node] = getNodes(session, [id]);
  if (!node) throw new NotFoundError(`The stakeholder "${id}"`);
  const types = options.types && options.types.length > 0 ? JSON.stringify(options.types) : null;
  const filter = '(?2 IS NULL OR type IN (SELECT value FROM json_each(?2)))';
  const total = session
    .stmt(`SELECT count(*) AS n FROM (${EDGES_OF}) WHERE ${filter}`)
    .get(id, types) as { n: number };
  const rows = session
    .arrayStmt(
      `SELECT * FROM (${EDGES_OF}) WHERE ${filter} ORDER BY strength DESC, id LIMIT ?3 OFFSET ?4`,
    )
    .all(id, types, Math.max(0, options.limit ?? DEFAULT_PAGE), Math.max(0, options.offset ?? 0));
  const relationships = rows.map(relationshipFromRow);
  const others = relationships.map((rel) => (rel.source === id ? rel.target : rel.source));
  return { node, neighbours: getNodes(session, others), relationships, total: total.n };
}

/**
 * Breadth-first from the seeds, ignoring direction, up to `maxHops`. A node with
 * more relationships than `hubCap` is included but not expanded (seeds always
 * are); the walk stops when `maxNodes` is reached. The relationships returned
 * are all those among the included nodes.
 */
export function subgraph(session: SqlSession, options: SubgraphOptions): Subgraph {
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const seeds = getNodes(session, options.seeds).map((node) => node.id);
  const included = new Set<string>(seeds.slice(0, maxNodes));
  let truncated = seeds.length > maxNodes;
  const cappedHubs: { id: string; degree: number }[] = [];
  const seedSet = new Set(seeds);
  const neighbours = session.arrayStmt(
    `SELECT other FROM (SELECT target AS other, strength, id FROM relationships WHERE source = ?1
       UNION ALL SELECT source, strength, id FROM relationships WHERE target = ?1)
     ORDER BY strength DESC, id`,
  );
  let frontier = [...included];
  for (let hop = 0; hop < options.maxHops && frontier.length > 0 && !truncated; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (options.hubCap !== undefined && !seedSet.has(id)) {
        const degree = degreeOf(session, id);
        if (degree > options.hubCap) {
          cappedHubs.push({ id, degree });
          continue;
        }
      }
      for (const [other] of neighbours.all(id) as [string][]) {
        if (included.has(other)) continue;
        if (included.size >= maxNodes) {
          truncated = true;
          break;
        }
        included.add(other);
        next.push(other);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  const ids = [...included];
  return {
    nodes: getNodes(session, ids),
    relationships: edgesAmong(session, ids),
    cappedHubs,
    truncated,
  };
}

function degreeOf(session: SqlSession, id: string): number {
  const row = session
    .stmt(
      `SELECT (SELECT count(*) FROM relationships WHERE source = ?1)
            + (SELECT count(*) FROM relationships WHERE target = ?1) AS degree`,
    )
    .get(id) as { degree: number };
  return row.degree;
}

function edgesAmong(session: SqlSession, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = session
    .arrayStmt(
      `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships
       WHERE source IN (SELECT value FROM json_each(?1))
         AND target IN (SELECT value FROM json_each(?1))
       ORDER BY seq`,
    )
    .all(JSON.stringify(ids));
  return rows.map(relationshipFromRow);
}
