import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  STAKEHOLDER_LABEL,
  neo4jKindLabel,
  neo4jRelationshipType,
  type NodeKind,
} from '../../../../graph-schema/index.ts';

/**
 * The only pieces of Cypher text that are not fixed strings: labels and
 * relationship types, and every one of them comes out of graph-schema's
 * allowlists. User values always travel as parameters.
 */
export const STAKEHOLDER = STAKEHOLDER_LABEL;
export const INTERACTION = 'Interaction';
/** (:Interaction)-[:WITH {position}]->(:Stakeholder): who took part, in order. */
export const WITH_PARTICIPANT = 'WITH';

/** `KNOWS|WORKS_FOR|…`: stakeholder relationships only, never WITH or foreign types. */
export const MODEL_TYPES = RELATIONSHIP_TYPES.map(neo4jRelationshipType).join('|');

/** `:Customer:Distributor:…` minus the given kind, for REMOVE when a kind changes. */
export function otherKindLabels(kind: NodeKind): string {
  return NODE_KINDS.filter((k) => k !== kind)
    .map((k) => `:${neo4jKindLabel(k)}`)
    .join('');
}

export const NODE_FIELDS = 'n {.*} AS props, labels(n) AS labels';
/**
 * properties(r), not a projection of the model's fields: Neo4j walks a record's
 * property chain once for the whole map, but once per field for a projection
 * (measured: the projection made the subgraph pull slower).
 */
export const REL_PROPS = 'properties(r)';
export const REL_FIELDS = `type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, ${REL_PROPS} AS props`;

/** Parameters are sent in slices of this many rows so one statement stays small. */
export const ROWS_PER_STATEMENT = 5_000;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
