import {
  allowsEndpoints,
  neo4jKindLabel,
  NODE_KINDS,
  type NodeKind,
  type RelationshipType,
  type StakeholderNode,
  type ValidationIssue,
} from '../../../../graph-schema/index.ts';
import type { UpsertSummary } from '../../../../shared/store/graph-store.ts';
import { chunks, MODEL_TYPES, NODE_FIELDS, otherKindLabels, STAKEHOLDER } from './neo4j-cypher.ts';
import { kindFromLabels, nodeFromProps, nodeToProps } from './neo4j-mapping.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { asString, stableJson } from './neo4j-values.ts';

/** The kinds of the stored nodes among `ids` (for validateBatch's KindLookup). */
export async function storedKinds(tx: Tx, ids: readonly string[]): Promise<Map<string, NodeKind>> {
  const kinds = new Map<string, NodeKind>();
  for (const slice of chunks([...new Set(ids)])) {
    const found = await rows(
      tx,
      `UNWIND $ids AS id MATCH (n:${STAKEHOLDER} {id: id}) RETURN n.id AS id, labels(n) AS labels`,
      { ids: slice },
    );
    for (const row of found) {
      const kind = kindFromLabels(row.labels as unknown[]);
      if (kind) kinds.set(row.id as string, kind);
    }
  }
  return kinds;
}

export async function loadNodes(tx: Tx, ids: readonly string[]): Promise<StakeholderNode[]> {
  const nodes: StakeholderNode[] = [];
  for (const slice of chunks([...new Set(ids)])) {
    const found = await rows(
      tx,
      `UNWIND $ids AS id MATCH (n:${STAKEHOLDER} {id: id}) RETURN ${NODE_FIELDS}`,
      { ids: slice },
    );
    for (const row of found) {
      const node = nodeFromProps(row.props, row.labels as unknown[]);
      if (node) nodes.push(node);
    }
  }
  return nodes;
}

/** What is compared for "unchanged": the node without the store's timestamps. */
function nodeData(node: StakeholderNode): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { createdAt, updatedAt, ...data } = node;
  return stableJson(data);
}

export interface NodeWrite {
  readonly summary: UpsertSummary;
  readonly written: string[];
  readonly renamedOrganisations: string[];
}

/** MERGE by id, one statement per kind (the kind label comes from the allowlist). */
export async function writeNodes(
  tx: Tx,
  nodes: readonly StakeholderNode[],
  now: string,
): Promise<NodeWrite> {
  const latest = new Map(nodes.map((node) => [node.id, node]));
  const before = new Map((await loadNodes(tx, [...latest.keys()])).map((n) => [n.id, n]));
  const changed = [...latest.values()].filter((node) => {
    const old = before.get(node.id);
    return !old || nodeData(old) !== nodeData(node);
  });
  for (const kind of NODE_KINDS) {
    const ofKind = changed.filter((node) => node.kind === kind);
    for (const slice of chunks(ofKind)) {
      await rows(
        tx,
        `UNWIND $rows AS row
         MERGE (n:${STAKEHOLDER} {id: row.id})
         ON CREATE SET n.createdAt = $now
         SET n += row.props, n.consentDate = date(row.props.consentDate), n.updatedAt = $now
         REMOVE n${otherKindLabels(kind)}
         SET n:${neo4jKindLabel(kind)}`,
        { rows: slice.map((node) => ({ id: node.id, props: nodeToProps(node) })), now },
      );
    }
  }
  const created = changed.filter((node) => !before.has(node.id)).length;
  const renamedOrganisations = changed
    .filter((node) => {
      const old = before.get(node.id);
      return old !== undefined && old.name !== node.name;
    })
    .map((node) => node.id);
  return {
    summary: {
      created,
      updated: changed.length - created,
      unchanged: latest.size - changed.length,
    },
    written: changed.map((node) => node.id),
    renamedOrganisations,
  };
}

/**
 * A node may change kind only if its stored relationships still fit: a Contact
 * with a WORKS_FOR cannot silently become a Customer.
 */
export async function kindChangeIssues(
  tx: Tx,
  nodes: readonly StakeholderNode[],
  stored: ReadonlyMap<string, NodeKind>,
): Promise<ValidationIssue[]> {
  const newKind = new Map(nodes.map((node) => [node.id, node.kind]));
  const changing = nodes.filter((n) => stored.has(n.id) && stored.get(n.id) !== n.kind);
  if (changing.length === 0) return [];
  const found = await rows(
    tx,
    `UNWIND $ids AS id
     MATCH (n:${STAKEHOLDER} {id: id})-[r:${MODEL_TYPES}]-(m:${STAKEHOLDER})
     RETURN id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
            m.id AS other, labels(m) AS otherLabels`,
    { ids: changing.map((n) => n.id) },
  );
  const kindOf = (id: string, labels: unknown[]): NodeKind | undefined =>
    newKind.get(id) ?? stored.get(id) ?? kindFromLabels(labels);
  const issues: ValidationIssue[] = [];
  for (const node of changing) {
    const rel = found.find((row) => {
      if (row.id !== node.id) return false;
      const [s, t] = [asString(row.source) ?? '', asString(row.target) ?? ''];
      const labels = row.otherLabels as unknown[];
      const sk = s === node.id ? node.kind : kindOf(s, labels);
      const tk = t === node.id ? node.kind : kindOf(t, labels);
      return !(sk && tk && allowsEndpoints(row.type as RelationshipType, sk, tk));
    });
    if (!rel) continue;
    issues.push({
      record: `node "${node.id}"`,
      field: 'kind',
      message: `cannot change from ${stored.get(node.id)} to ${node.kind}: its ${String(rel.type)} relationship "${String(rel.source)}" -> "${String(rel.target)}" would no longer be allowed`,
      index: nodes.indexOf(node),
      collection: 'nodes',
    });
  }
  return issues;
}
