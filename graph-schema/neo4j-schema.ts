import { NODE_KINDS, STAKEHOLDER_LABEL, type NodeKind } from './kinds.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from './relationship-types.ts';

/**
 * Constraints and indexes for Neo4j, all idempotent (`IF NOT EXISTS`) so they
 * can run at every connect. Labels and types come only from these allowlists:
 * nothing a user typed ever becomes part of a Cypher statement.
 */
export const NEO4J_FULLTEXT_INDEX = 'stakeholder_search';
/**
 * `name`, `title`, `email` are the model's own; `organization`, `tagsText` and
 * `searchText` (every word folded, with German spellings) are kept by the Neo4j store.
 */
export const NEO4J_SEARCH_PROPERTIES = [
  'name',
  'organization',
  'title',
  'email',
  'tagsText',
  'searchText',
] as const;

/**
 * One index per relationship type on `id`, so a lookup by id is an index seek.
 * Not a uniqueness constraint (Community Edition has those since 5.7): measured on
 * 5.26, it made creating relationships about three times slower, and the store
 * keeps ids unique anyway: the id is derived from type and endpoints, and writes
 * MERGE on exactly those.
 */
export const NEO4J_RELATIONSHIP_INDEXES: readonly string[] = RELATIONSHIP_TYPES.map(
  (type) =>
    `CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${neo4jRelationshipType(type)}]-() ON (r.id)`,
);

export const NEO4J_SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:${STAKEHOLDER_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE`,
  `CREATE INDEX stakeholder_email IF NOT EXISTS FOR (n:${STAKEHOLDER_LABEL}) ON (n.email)`,
  `CREATE FULLTEXT INDEX ${NEO4J_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${STAKEHOLDER_LABEL}) ON EACH [${NEO4J_SEARCH_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
  ...NEO4J_RELATIONSHIP_INDEXES,
];

/** The label for a kind, checked against the allowlist (defence in depth). */
export function neo4jKindLabel(kind: NodeKind): string {
  if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown kind ${kind}`);
  return kind;
}

/** The relationship type for Cypher, checked against the allowlist. */
export function neo4jRelationshipType(type: RelationshipType): string {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new Error(`unknown relationship type ${type}`);
  }
  return type;
}
