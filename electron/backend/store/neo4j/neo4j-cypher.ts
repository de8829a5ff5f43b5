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
export const REL_FIELDS =
  'type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props';

/** Parameters are sent in slices of this many rows so one statement stays small. */
export const ROWS_PER_STATEMENT = 5_000;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
