import type { Relationship, StakeholderNode } from '../../../../graph-schema/index.ts';
import { NotFoundError } from '../../../../shared/errors.ts';
import type {
  Neighbourhood,
  NeighbourhoodOptions,
  Subgraph,
  SubgraphOptions,
} from '../../../../shared/store/graph-store.ts';
import { chunks, MODEL_TYPES, REL_FIELDS, STAKEHOLDER } from './neo4j-cypher.ts';
import { loadNodes } from './neo4j-node-writes.ts';
import { relationshipsOf } from './neo4j-records.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { asNumber, asString, int, plain } from './neo4j-values.ts';

const DEFAULT_PAGE = 50;
/** Analysis asks for bounded pieces; without a bound it still never gets the whole database. */
export const DEFAULT_MAX_NODES = 25_000;

/** The nodes in the order asked for, each once; unknown ids are left out. */
export async function getNodes(tx: Tx, ids: readonly string[]): Promise<StakeholderNode[]> {
  const byId = new Map((await loadNodes(tx, ids)).map((node) => [node.id, node]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** One page of a node's relationships, strongest first, and the neighbours they reach. */
export async function neighbourhood(
  tx: Tx,
  id: string,
  options: NeighbourhoodOptions = {},
): Promise<Neighbourhood> {
  const [node] = await getNodes(tx, [id]);
  if (!node) throw new NotFoundError(`The stakeholder "${id}"`);
  const types = options.types && options.types.length > 0 ? [...options.types] : null;
  const match = `MATCH (n:${STAKEHOLDER} {id: $id})-[r:${MODEL_TYPES}]-(:${STAKEHOLDER})
    WHERE $types IS NULL OR type(r) IN $types`;
  const [counted] = await rows(tx, `${match} RETURN count(r) AS total`, { id, types });
  const page = relationshipsOf(
    await rows(
      tx,
      `${match} WITH r ORDER BY coalesce(r.strength, 0) DESC, r.id
       SKIP $offset LIMIT $limit RETURN ${REL_FIELDS}`,
      {
        id,
        types,
        offset: int(options.offset ?? 0),
        limit: int(options.limit ?? DEFAULT_PAGE),
      },
    ),
  );
  // Ordered again in JavaScript: relationships read without a stored id or strength get theirs here.
  page.sort((a, b) => b.strength - a.strength || compare(a.id, b.id));
  const others = page.map((rel) => (rel.source === id ? rel.target : rel.source));
  return {
    node,
    neighbours: await getNodes(tx, others),
    relationships: page,
    total: asNumber(plain(counted?.total)) ?? 0,
  };
}

/**
 * Frontier expansion from the seeds, ignoring direction, up to `maxHops`: one
 * query per hop reads the frontier's degrees and neighbours (strongest first).
 * A node with more relationships than `hubCap` is included but not expanded
 * (seeds always are) and reported; the walk stops at `maxNodes`. The database
 * is never read beyond the frontier.
 */
export async function subgraph(tx: Tx, options: SubgraphOptions): Promise<Subgraph> {
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const seeds = (await getNodes(tx, options.seeds)).map((node) => node.id);
  const included = new Set<string>(seeds.slice(0, maxNodes));
  let truncated = seeds.length > maxNodes;
  const cappedHubs: { id: string; degree: number }[] = [];
  const seedSet = new Set(seeds);
  let frontier = [...included];
  for (let hop = 0; hop < options.maxHops && frontier.length > 0 && !truncated; hop++) {
    const next: string[] = [];
    const expansion = await expand(tx, frontier, seedSet, options.hubCap);
    for (const id of frontier) {
      const step = expansion.get(id);
      if (!step) continue;
      if (step.capped) {
        cappedHubs.push({ id, degree: step.degree });
        continue;
      }
      for (const other of step.neighbours) {
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
  // Sent together: the driver pipelines the statements of one transaction.
  const [nodes, relationships] = await Promise.all([
    getNodes(tx, ids),
    relationshipsAmong(tx, ids),
  ]);
  return {
    nodes,
    relationships,
    cappedHubs,
    truncated,
  };
}

interface Step {
  readonly degree: number;
  readonly capped: boolean;
  readonly neighbours: string[];
}

/** The node by its unique id; the hint keeps the plan when statistics are stale. */
const BY_ID = `MATCH (n:${STAKEHOLDER} {id: id}) USING INDEX n:${STAKEHOLDER}(id)`;

/**
 * The degree is counted without looking at the other ends (Neo4j keeps per-type
 * counts for dense nodes, so a hub costs nothing here); only nodes below the cap
 * are walked, strongest relationship first (the order the embedded store uses).
 */
const EXPAND = `UNWIND $ids AS id
  ${BY_ID}
  WITH n, id, COUNT { (n)-[:${MODEL_TYPES}]-() } AS degree
  WITH n, id, degree, ($hubCap IS NOT NULL AND degree > $hubCap AND NOT id IN $seeds) AS capped
  CALL (n, capped) {
    MATCH (n)-[r:${MODEL_TYPES}]-(m:${STAKEHOLDER}) WHERE NOT capped
    WITH r, m ORDER BY coalesce(r.strength, 0) DESC, r.id
    RETURN collect(m.id) AS neighbours
  }
  RETURN id, degree, capped, neighbours`;

async function expand(
  tx: Tx,
  frontier: readonly string[],
  seeds: ReadonlySet<string>,
  hubCap: number | undefined,
): Promise<Map<string, Step>> {
  const steps = new Map<string, Step>();
  const params = { hubCap: hubCap === undefined ? null : int(hubCap), seeds: [...seeds] };
  const results = await Promise.all(
    chunks(frontier).map((slice) => rows(tx, EXPAND, { ...params, ids: slice })),
  );
  for (const row of results.flat()) {
    const id = row.id as string;
    steps.set(id, {
      degree: asNumber(plain(row.degree)) ?? 0,
      capped: row.capped === true,
      neighbours: (row.neighbours as unknown[]).flatMap((v) => asString(v) ?? []),
    });
  }
  return steps;
}

/**
 * Every relationship among `ids`, each read once from its start node (a seek per
 * id, then its outgoing relationships); only the model's fields are sent.
 */
async function relationshipsAmong(tx: Tx, ids: readonly string[]): Promise<Relationship[]> {
  if (ids.length === 0) return [];
  const found = await rows(
    tx,
    `MATCH (a:${STAKEHOLDER})-[r:${MODEL_TYPES}]->(b:${STAKEHOLDER})
     WHERE a.id IN $ids AND b.id IN $ids
     RETURN ${REL_FIELDS} ORDER BY r.createdAt, r.id`,
    { ids },
  );
  return relationshipsOf(found);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
