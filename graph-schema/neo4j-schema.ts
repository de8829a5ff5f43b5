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

export const NEO4J_SCHEMA_STATEMENTS: readonly string[] = [
  `CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:${STAKEHOLDER_LABEL}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE`,
  `CREATE INDEX stakeholder_email IF NOT EXISTS FOR (n:${STAKEHOLDER_LABEL}) ON (n.email)`,
  `CREATE FULLTEXT INDEX ${NEO4J_FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${STAKEHOLDER_LABEL}) ON EACH [${NEO4J_SEARCH_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
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
