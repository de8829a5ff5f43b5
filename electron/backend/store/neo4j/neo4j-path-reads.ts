import {
  isOrganisationKind,
  neo4jKindLabel,
  type NodeKind,
  type Relationship,
  type StakeholderNode,
} from '../../../../graph-schema/index.ts';
import { chunks, MODEL_TYPES, NODE_FIELDS, REL_PROPS, STAKEHOLDER } from './neo4j-cypher.ts';
import { kindFromLabels, nodeFromProps, relationshipFromRecord } from './neo4j-mapping.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { asNumber, asString, int, plain } from './neo4j-values.ts';

/**
 * The reads of a path subgraph (neo4j-path-subgraph.ts). While the walk runs it
 * handles element ids only: seeking a node or relationship by element id reads
 * no property and no index, and nothing but ids travels back. Full records are
 * read once, for what the walk kept. Every statement runs in the caller's read
 * transaction, so element ids stay valid throughout.
 */

/** DESIGN.md "Path semantics": without `from`, routes start at every Colleague and the OwnCompany. */
const DEFAULT_START_KINDS: readonly NodeKind[] = ['Colleague', 'OwnCompany'];

const BY_ELEMENT_ID = 'UNWIND $eids AS eid MATCH (n) WHERE elementId(n) = eid';

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

/** The given starts, or the default ones read by their kind labels (no property is read). */
export async function startsOf(tx: Tx, starts: readonly string[] | undefined): Promise<string[]> {
  if (starts) {
    const found = await rows(
      tx,
      `UNWIND $ids AS id MATCH (n:${STAKEHOLDER} {id: id}) RETURN elementId(n) AS eid`,
      { ids: [...starts] },
    );
    return found.map((row) => row.eid as string);
  }
  const byKind = DEFAULT_START_KINDS.map(
    (kind) => `MATCH (n:${neo4jKindLabel(kind)}:${STAKEHOLDER}) RETURN elementId(n) AS eid`,
  ).join(' UNION ');
  return (await rows(tx, byKind)).map((row) => row.eid as string);
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

/** A hop's weight is its strength decayed by age, so the strength bounds it from above. */
const STRENGTH = 'CASE WHEN 0 < r.strength <= 1 THEN toFloat(r.strength) ELSE 1.0 END';

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
    MATCH (n)-[r:${MODEL_TYPES}]-(m:${STAKEHOLDER}) WHERE NOT capped
    WITH r, m, ${STRENGTH} AS strength WHERE strength >= $minScore ORDER BY strength DESC
    RETURN collect(elementId(m)) AS neighbours, collect(elementId(r)) AS via,
      collect(strength) AS strengths
  }
  RETURN eid, degree, CASE WHEN capped THEN n.id END AS cappedId, neighbours, via, strengths`;

export async function expand(
  tx: Tx,
  frontier: readonly string[],
  seeds: readonly string[],
  hubCap: number | undefined,
  minScore: number,
): Promise<Expanded[]> {
  const params = { hubCap: hubCap === undefined ? null : int(hubCap), seeds, minScore };
  const results = await Promise.all(
    chunks(frontier).map((eids) => rows(tx, EXPAND, { ...params, eids })),
  );
  return results.flat().map((row) => ({
    eid: row.eid as string,
    degree: asNumber(plain(row.degree)) ?? 0,
    cappedId: asString(row.cappedId),
    neighbours: row.neighbours as string[],
    via: row.via as string[],
    strengths: row.strengths as number[],
  }));
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
    MATCH (n)-[r:${MODEL_TYPES}]-(m:${STAKEHOLDER})
    WHERE NOT capped AND ${STRENGTH} >= $minScore AND elementId(m) IN $others
    RETURN collect(elementId(m)) AS reached, collect(elementId(r)) AS via,
      collect(${STRENGTH}) AS strengths
  }
  WITH eid, degree, capped, reached, via, strengths, CASE WHEN capped THEN n.id END AS cappedId
  WHERE capped OR size(reached) > 0
  RETURN eid, degree, cappedId, reached, via, strengths`;

export async function crossings(
  tx: Tx,
  frontier: readonly string[],
  others: readonly string[],
  seeds: readonly string[],
  hubCap: number | undefined,
  minScore: number,
): Promise<{ crossings: Crossing[]; capped: Expanded[] }> {
  if (frontier.length === 0 || others.length === 0) return { crossings: [], capped: [] };
  const params = { hubCap: hubCap === undefined ? null : int(hubCap), seeds, others, minScore };
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
  if (hubs.length === 0) return [];
  const found = await rows(
    tx,
    `${BY_ELEMENT_ID}
     MATCH (n)-[r:${MODEL_TYPES}]-(m:${STAKEHOLDER})
     WHERE ${STRENGTH} >= $minScore AND elementId(m) IN $reached
     RETURN eid, elementId(m) AS to, elementId(r) AS via, ${STRENGTH} AS strength`,
    { eids: [...hubs], reached: [...reached], minScore },
  );
  return found.map((row) => ({
    from: row.eid as string,
    to: row.to as string,
    via: row.via as string,
    strength: row.strength as number,
  }));
}

/** The full records of the kept nodes, and each one's stakeholder id by element id. */
export async function nodesByElementId(
  tx: Tx,
  eids: readonly string[],
): Promise<{ nodes: StakeholderNode[]; idOf: Map<string, string> }> {
  const results = await Promise.all(
    chunks(eids).map((slice) =>
      rows(tx, `${BY_ELEMENT_ID} RETURN eid, ${NODE_FIELDS}`, { eids: slice }),
    ),
  );
  const nodes: StakeholderNode[] = [];
  const idOf = new Map<string, string>();
  for (const row of results.flat()) {
    const node = nodeFromProps(row.props, row.labels as unknown[]);
    if (!node) continue;
    nodes.push(node);
    idOf.set(row.eid as string, node.id);
  }
  return { nodes, idOf };
}

/** A kept relationship as read: endpoints still as element ids. */
export interface RelationshipRow {
  readonly type: unknown;
  readonly a: string;
  readonly b: string;
  readonly props: unknown;
}

/**
 * The full records of the kept relationships. Endpoints come back as element
 * ids, named later from the nodes read beside them, so no endpoint is read twice.
 */
export async function relationshipsByElementId(
  tx: Tx,
  eids: readonly string[],
): Promise<RelationshipRow[]> {
  const results = await Promise.all(
    chunks(eids).map((slice) =>
      rows(
        tx,
        `UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid
         RETURN type(r) AS type, elementId(startNode(r)) AS a, elementId(endNode(r)) AS b, ${REL_PROPS} AS props`,
        { eids: slice },
      ),
    ),
  );
  return results.flat() as unknown as RelationshipRow[];
}

/** Relationship records named by stakeholder id; one whose ends were not read is left out. */
export function namedRelationships(
  found: readonly RelationshipRow[],
  idOf: ReadonlyMap<string, string>,
): Relationship[] {
  return found.flatMap((row) => {
    const source = idOf.get(row.a);
    const target = idOf.get(row.b);
    if (source === undefined || target === undefined) return [];
    return relationshipFromRecord(row.type, source, target, row.props) ?? [];
  });
}
