import { z } from 'zod';

/** Organisations: the companies around a key account, including our own. */
export const ORGANISATION_KINDS = [
  'Customer',
  'Distributor',
  'Partner',
  'Media',
  'OwnCompany',
] as const;

/** People: the stakeholders who actually carry influence. */
export const PERSON_KINDS = ['Contact', 'Influencer', 'Journalist', 'Colleague'] as const;

export const NODE_KINDS = [...ORGANISATION_KINDS, ...PERSON_KINDS] as const;

export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type PersonKind = (typeof PERSON_KINDS)[number];
export type NodeFamily = 'organisation' | 'person';

/** Every node carries this label in Neo4j in addition to its kind label. */
export const STAKEHOLDER_LABEL = 'Stakeholder';

const organisationKinds: ReadonlySet<NodeKind> = new Set(ORGANISATION_KINDS);

export function isOrganisationKind(kind: NodeKind): kind is OrganisationKind {
  return organisationKinds.has(kind);
}

export function isPersonKind(kind: NodeKind): kind is PersonKind {
  return !organisationKinds.has(kind);
}

export function familyOf(kind: NodeKind): NodeFamily {
  return isOrganisationKind(kind) ? 'organisation' : 'person';
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

export const TIERS = ['A', 'B', 'C'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

/** Ordered from most to least favourable: the order matters for legends and sorting. */
export const STANCES = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/** Roles in the buying centre (Webster & Wind). */
export const DECISION_ROLES = [
  'decision-maker',
  'buyer',
  'user',
  'influencer',
  'gatekeeper',
  'initiator',
] as const;
export const DecisionRoleSchema = z.enum(DECISION_ROLES);
export type DecisionRole = z.infer<typeof DecisionRoleSchema>;

export const INFLUENCER_TYPES = [
  'consultant',
  'planner',
  'broker',
  'analyst',
  'association',
  'other',
] as const;
export const InfluencerTypeSchema = z.enum(INFLUENCER_TYPES);
export type InfluencerType = z.infer<typeof InfluencerTypeSchema>;
