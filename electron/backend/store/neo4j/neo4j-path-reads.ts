import { isOrganisationKind } from '../../../../graph-schema/index.ts';
import { chunks, MODEL_TYPES, STAKEHOLDER } from './neo4j-cypher.ts';
import { kindFromLabels } from './neo4j-mapping.ts';
import { rows, type Tx } from './neo4j-session.ts';
import {
  crossingsFromCache,
  expandedFromCache,
  hopsWhere,
  type Adjacency,
  type Bounds,
} from './neo4j-start-cache.ts';
import { asNumber, asString, int, plain } from './neo4j-values.ts';

/**
 * The reads of a path subgraph (neo4j-path-subgraph.ts). While the walk runs it
 * handles element ids only: seeking a node or relationship by element id reads
 * no property and no index, and nothing but ids travels back. Full records are
 * read once, for what the walk kept. Every statement runs in the caller's read
 * transaction, so element ids stay valid throughout.
 */

export const BY_ELEMENT_ID = 'UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid';

/** Where routes may end: the target, and for an organisation everyone who WORKS_FOR it. */
export async function endsOf(tx: Tx, target: string): Promise<string[]> {
  const [row] = await rows(
    tx,
    `MATCH (t:${STAKEHOLDER} {id: $id})
     RETURN elementId(t) AS eid, labels(t) AS labels,
       [(p:${STAKEHOLDER})-[:WORKS_FOR]->(t) | elementId(p)] AS people`,
    { id: target },
  );
  if (!row) return [];
  const kind = kindFromLabels(row.labels as unknown[]);
  const people = kind && isOrganisationKind(kind) ? (row.people as string[]) : [];
  return [row.eid as string, ...people];
}

/** The given starts (the default ones come from the StartCache). */
export async function startsOf(tx: Tx, starts: readonly string[]): Promise<string[]> {
  const found = await rows(
    tx,
    `UNWIND $ids AS id MATCH (n:${STAKEHOLDER} {id: id}) RETURN elementId(n) AS eid`,
    { ids: [...starts] },
  );
  return found.map((row) => row.eid as string);
}

/** One frontier node after expansion: its neighbours, or the reason it was not expanded. */
export interface Expanded {
  readonly eid: string;
  readonly degree: number;
  /** The stakeholder id of a capped hub (for the message); other nodes' ids are not read. */
  readonly cappedId?: string;
  readonly neighbours: readonly string[];
  /** Element ids of the relationships to `neighbours`, position by position. */
  readonly via: readonly string[];
  /** Their strengths, 1 where none is stored (an upper bound of the hop weight either way). */
  readonly strengths: readonly number[];
}

/**
 * The degree comes from Neo4j's relationship counts (a dense node costs nothing
 * here); a node above the cap that is no seed is left unexpanded. Neighbours come
 * strongest relationship first, so a walk stopped by `maxNodes` keeps the strong
 * ties; a relationship weaker than `minScore` is on no route that reaches it.
 */
const EXPAND = `${BY_ELEMENT_ID}
  WITH n, eid, COUNT { (n)-[:${MODEL_TYPES}]-() } AS degree
  WITH n, eid, degree, ($hubCap IS NOT NULL AND degree > $hubCap AND NOT eid IN $seeds) AS capped
  CALL (n, capped) {
    MATCH (n)-[r:${MODEL_TYPES}]-(m) WHERE NOT capped
    ${hopsWhere('strength >= $minScore')}
    WITH r, m, strength ORDER BY strength DESC
    RETURN collect(elementId(m)) AS neighbours, collect(elementId(r)) AS via,
      collect(strength) AS strengths
  }
  RETURN eid, degree, CASE WHEN capped THEN n.id END AS cappedId, neighbours, via, strengths`;

/** Cached nodes (the default starts) are expanded from the cache, the others read. */
export async function expand(
  tx: Tx,
  frontier: readonly string[],
  cached: ReadonlyMap<string, Adjacency>,
  bounds: Bounds,
): Promise<Expanded[]> {
  const fromCache: Expanded[] = [];
  const unread: string[] = [];
  for (const eid of frontier) {
    const adjacency = cached.get(eid);
    if (adjacency) fromCache.push(expandedFromCache(eid, adjacency, bounds));
    else unread.push(eid);
  }
  const params = statementBounds(cached, bounds);
  const results = await Promise.all(
    chunks(unread).map((eids) => rows(tx, EXPAND, { ...params, eids })),
  );
  const read = results.flat().map((row) => ({
    eid: row.eid as string,
    degree: asNumber(plain(row.degree)) ?? 0,
    cappedId: asString(row.cappedId),
    neighbours: row.neighbours as string[],
    via: row.via as string[],
    strengths: row.strengths as number[],
  }));
  return [...fromCache, ...read];
}

/**
 * The caps as parameters. Only seeds that are not cached are sent: cached nodes
 * never reach a statement, and the default starts are thousands of ids.
 */
function statementBounds(cached: ReadonlyMap<string, Adjacency>, bounds: Bounds) {
  return {
    hubCap: bounds.hubCap === undefined ? null : int(bounds.hubCap),
    seeds: [...bounds.seeds].filter((eid) => !cached.has(eid)),
    minScore: bounds.minScore,
  };
}

/** A relationship between the two outer frontiers, found from the `from` side. */
export interface Crossing {
  readonly from: string;
  readonly to: string;
  readonly via: string;
  readonly strength: number;
}

/**
 * The relationships from `frontier` to the nodes of `others`: the last step of a
 * route between the two sides. Only the few relationships that cross (and are
 * not weaker than `minScore`) come back; capped hubs are reported.
 */
const CROSS = `${BY_ELEMENT_ID}
  WITH n, eid, COUNT { (n)-[:${MODEL_TYPES}]-() } AS degree
  WITH n, eid, degree, ($hubCap IS NOT NULL AND degree > $hubCap AND NOT eid IN $seeds) AS capped
  CALL (n, capped) {
    MATCH (n)-[r:${MODEL_TYPES}]-(m) WHERE NOT capped AND elementId(m) IN $others
    ${hopsWhere('strength >= $minScore')}
    RETURN collect(elementId(m)) AS reached, collect(elementId(r)) AS via,
      collect(strength) AS strengths
  }
  WITH eid, degree, capped, reached, via, strengths, CASE WHEN capped THEN n.id END AS cappedId
  WHERE capped OR size(reached) > 0
  RETURN eid, degree, cappedId, reached, via, strengths`;

export async function crossings(
  tx: Tx,
  frontier: readonly string[],
  others: readonly string[],
  cached: ReadonlyMap<string, Adjacency>,
  bounds: Bounds,
): Promise<{ crossings: Crossing[]; capped: Expanded[] }> {
  if (frontier.length === 0 || others.length === 0) return { crossings: [], capped: [] };
  if (frontier.every((eid) => cached.has(eid))) {
    return crossingsFromCache(frontier, new Set(others), cached, bounds);
  }
  const params = { ...statementBounds(cached, bounds), others };
  const results = await Promise.all(
    chunks(frontier).map((eids) => rows(tx, CROSS, { ...params, eids })),
  );
  const found: Crossing[] = [];
  const capped: Expanded[] = [];
  for (const row of results.flat()) {
    const from = row.eid as string;
    const cappedId = asString(row.cappedId);
    if (cappedId !== undefined) {
      const degree = asNumber(plain(row.degree)) ?? 0;
      capped.push({ eid: from, degree, cappedId, neighbours: [], via: [], strengths: [] });
    }
    const via = row.via as string[];
    const strengths = row.strengths as number[];
    (row.reached as string[]).forEach((to, i) =>
      found.push({ from, to, via: via[i]!, strength: strengths[i]! }),
    );
  }
  return { crossings: found, capped };
}

/**
 * The relationships of capped hubs to nodes the walk reached anyway. A hub is not
 * expanded, but a route may still pass it between two nodes found on other ways
 * (as every relationship among the nodes of `subgraph` is kept).
 */
export async function hubLinks(
  tx: Tx,
  hubs: readonly string[],
  reached: readonly string[],
  minScore: number,
): Promise<Crossing[]> {
  if (hubs.length === 0 || reached.length === 0) return [];
  const found = await rows(
    tx,
    `${BY_ELEMENT_ID}
     MATCH (n)-[r:${MODEL_TYPES}]-(m) WHERE elementId(m) IN $reached
     ${hopsWhere('strength >= $minScore', 'eid')}
     RETURN eid, elementId(m) AS to, elementId(r) AS via, strength`,
    { eids: [...hubs], reached: [...reached], minScore },
  );
  return found.map((row) => ({
    from: row.eid as string,
    to: row.to as string,
    via: row.via as string,
    strength: row.strength as number,
  }));
}
