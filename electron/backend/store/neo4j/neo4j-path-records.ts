import type { Relationship, StakeholderNode } from '../../../../graph-schema/index.ts';
import { chunks, NODE_FIELDS, REL_PROPS } from './neo4j-cypher.ts';
import { nodeFromProps, relationshipFromRecord } from './neo4j-mapping.ts';
import { BY_ELEMENT_ID } from './neo4j-path-reads.ts';
import { rows, type Tx } from './neo4j-session.ts';

/**
 * The full records of what a path walk kept (neo4j-path-subgraph.ts), read by
 * element id in the walk's transaction. They are read in two parts, most of them
 * while the capped hubs' links are still being looked for, and put together in
 * the order of the final choice.
 */

/** Element ids of the nodes and relationships that go into the answer, in order. */
export interface Chosen {
  readonly nodes: ReadonlySet<string>;
  readonly relationships: ReadonlySet<string>;
}

/** A relationship as read: endpoints still as element ids. */
interface RelationshipRow {
  readonly type: unknown;
  readonly a: string;
  readonly b: string;
  readonly props: unknown;
}

export interface Records {
  readonly nodes: Map<string, StakeholderNode>;
  readonly relationships: Map<string, RelationshipRow>;
}

/** Reads the records of `chosen` that are neither in `known` nor read before (`had`). */
export async function readRecords(
  tx: Tx,
  chosen: Chosen,
  known: ReadonlyMap<string, StakeholderNode>,
  had?: Chosen,
): Promise<Records> {
  const nodes = [...chosen.nodes].filter((eid) => !known.has(eid) && !had?.nodes.has(eid));
  const relationships = [...chosen.relationships].filter((eid) => !had?.relationships.has(eid));
  // Sent together: the driver pipelines the statements of one transaction.
  const [nodeRows, relationshipRows] = await Promise.all([
    inChunks(tx, `${BY_ELEMENT_ID} RETURN eid, ${NODE_FIELDS}`, nodes),
    inChunks(
      tx,
      `UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid
       RETURN eid, type(r) AS type, elementId(startNode(r)) AS a, elementId(endNode(r)) AS b,
         ${REL_PROPS} AS props`,
      relationships,
    ),
  ]);
  const records: Records = { nodes: new Map(), relationships: new Map() };
  for (const row of nodeRows) {
    const node = nodeFromProps(row.props, row.labels as unknown[]);
    if (node) records.nodes.set(row.eid as string, node);
  }
  for (const row of relationshipRows) {
    records.relationships.set(row.eid as string, row as unknown as RelationshipRow);
  }
  return records;
}

async function inChunks(tx: Tx, query: string, eids: readonly string[]) {
  const results = await Promise.all(chunks(eids).map((slice) => rows(tx, query, { eids: slice })));
  return results.flat();
}

/**
 * The answer in the order of `chosen`: a node that does not read as a stakeholder
 * is left out, and so is a relationship whose ends were not both read.
 */
export function assemble(
  chosen: Chosen,
  known: ReadonlyMap<string, StakeholderNode>,
  parts: readonly Records[],
): { nodes: StakeholderNode[]; relationships: Relationship[] } {
  const nodes: StakeholderNode[] = [];
  const idOf = new Map<string, string>();
  for (const eid of chosen.nodes) {
    const node = known.get(eid) ?? parts.find((part) => part.nodes.has(eid))?.nodes.get(eid);
    if (!node) continue;
    nodes.push(node);
    idOf.set(eid, node.id);
  }
  const relationships = [...chosen.relationships].flatMap((eid) => {
    const row = parts.find((part) => part.relationships.has(eid))?.relationships.get(eid);
    const source = row && idOf.get(row.a);
    const target = row && idOf.get(row.b);
    if (source === undefined || target === undefined) return [];
    return relationshipFromRecord(row!.type, source, target, row!.props) ?? [];
  });
  return { nodes, relationships };
}
