import { isRelationshipType, RELATIONSHIP_TYPE_SPECS } from '../../../../graph-schema/index.ts';

/**
 * The parts of a relationship id (`source|TYPE|target`, see graph-schema's
 * relationshipId), as Cypher parameters for finding relationships stored without an id.
 */
export function relationshipIdParts(id: string): {
  type: string | null;
  source: string | null;
  target: string | null;
  symmetric: boolean;
} {
  const match = /^(.*)\|([A-Z_]+)\|(.*)$/s.exec(id);
  if (!match || !isRelationshipType(match[2])) {
    return { type: null, source: null, target: null, symmetric: false };
  }
  return {
    type: match[2],
    source: match[1] ?? null,
    target: match[3] ?? null,
    symmetric: RELATIONSHIP_TYPE_SPECS[match[2]].symmetric,
  };
}
