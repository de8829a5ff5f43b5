import { z } from 'zod';
import { NODE_KINDS, ORGANISATION_KINDS, PERSON_KINDS, type NodeKind } from './kinds.ts';

/**
 * How influence may travel along a relationship when searching paths:
 * `both` ways, or only `forward` from source to target.
 */
export type Flow = 'both' | 'forward';

export interface RelationshipTypeSpec {
  readonly defaultStrength: number;
  readonly flow: Flow;
  /**
   * Symmetric types have no meaningful source/target order (A KNOWS B is B KNOWS A):
   * they are stored once per pair, with the endpoints in a canonical order.
   */
  readonly symmetric: boolean;
  readonly sources: readonly NodeKind[];
  readonly targets: readonly NodeKind[];
}

export const RELATIONSHIP_TYPES = [
  'KNOWS',
  'WORKS_FOR',
  'SUPPLIES',
  'PARTNERS_WITH',
  'MANAGES',
  'ADVISES',
  'INFLUENCES',
  'REPORTS_ON',
] as const;

export const RelationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);
export type RelationshipType = z.infer<typeof RelationshipTypeSchema>;

/** The table of DESIGN.md ("The model"), as code. */
export const RELATIONSHIP_TYPE_SPECS: Readonly<Record<RelationshipType, RelationshipTypeSpec>> = {
  KNOWS: {
    defaultStrength: 0.5,
    flow: 'both',
    symmetric: true,
    sources: PERSON_KINDS,
    targets: PERSON_KINDS,
  },
  WORKS_FOR: {
    defaultStrength: 0.8,
    flow: 'both',
    symmetric: false,
    sources: PERSON_KINDS,
    targets: ORGANISATION_KINDS,
  },
  SUPPLIES: {
    defaultStrength: 0.6,
    flow: 'both',
    symmetric: false,
    sources: ['Distributor', 'Partner'],
    targets: ['Customer'],
  },
  PARTNERS_WITH: {
    defaultStrength: 0.5,
    flow: 'both',
    symmetric: true,
    sources: ORGANISATION_KINDS,
    targets: ORGANISATION_KINDS,
  },
  MANAGES: {
    defaultStrength: 0.9,
    flow: 'both',
    symmetric: false,
    sources: ['Colleague'],
    targets: ['Customer'],
  },
  ADVISES: {
    defaultStrength: 0.7,
    flow: 'forward',
    symmetric: false,
    sources: ['Influencer', 'Partner'],
    targets: NODE_KINDS,
  },
  INFLUENCES: {
    defaultStrength: 0.6,
    flow: 'forward',
    symmetric: false,
    sources: NODE_KINDS,
    targets: NODE_KINDS,
  },
  REPORTS_ON: {
    defaultStrength: 0.3,
    flow: 'forward',
    symmetric: false,
    sources: ['Journalist', 'Media'],
    targets: NODE_KINDS,
  },
};

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export function allowsEndpoints(
  type: RelationshipType,
  source: NodeKind,
  target: NodeKind,
): boolean {
  return allowsEndpoint(type, 'source', source) && allowsEndpoint(type, 'target', target);
}

export function allowsEndpoint(
  type: RelationshipType,
  end: 'source' | 'target',
  kind: NodeKind,
): boolean {
  const spec = RELATIONSHIP_TYPE_SPECS[type];
  return (end === 'source' ? spec.sources : spec.targets).includes(kind);
}

/**
 * The identity of a relationship: at most one of each type per ordered pair
 * (per unordered pair for symmetric types). Re-importing the same row therefore
 * updates the relationship instead of duplicating it.
 */
export function relationshipId(type: RelationshipType, source: string, target: string): string {
  const [a, b] = canonicalEndpoints(type, source, target);
  return `${a}|${type}|${b}`;
}

/** Symmetric relationships are kept with their endpoints in a stable order. */
export function canonicalEndpoints(
  type: RelationshipType,
  source: string,
  target: string,
): [string, string] {
  if (RELATIONSHIP_TYPE_SPECS[type].symmetric && target < source) return [target, source];
  return [source, target];
}
