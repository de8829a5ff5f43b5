import { z } from 'zod';
import {
  DecisionRoleSchema,
  InfluencerTypeSchema,
  NodeKindSchema,
  StanceSchema,
  TierSchema,
  type NodeKind,
} from './kinds.ts';
import {
  ExtraPropertiesSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  ShortTextSchema,
  TagsSchema,
  TimestampSchema,
} from './common.schema.ts';

export const CONSENT_STATUSES = ['granted', 'denied', 'unknown'] as const;
export const ConsentStatusSchema = z.enum(CONSENT_STATUSES);
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>;

export const CONSENT_CHANNELS = ['email', 'phone', 'post', 'meeting', 'social'] as const;
export const ConsentChannelSchema = z.enum(CONSENT_CHANNELS);
export type ConsentChannel = z.infer<typeof ConsentChannelSchema>;

/** GDPR consent: the overall status, when it was given or refused, and per channel. */
export const ConsentSchema = z.strictObject({
  status: ConsentStatusSchema,
  date: IsoDateSchema.optional(),
  channels: z.partialRecord(ConsentChannelSchema, ConsentStatusSchema).optional(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/**
 * One flat shape for every kind keeps the stores simple; which fields a kind may
 * carry is checked by `fieldsByKind` below, so a Contact with a tier is rejected.
 */
export const NodeSchema = z.strictObject({
  id: IdSchema,
  kind: NodeKindSchema,
  name: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
  tags: TagsSchema.default([]),
  notes: LongTextSchema.optional(),
  source: ShortTextSchema.optional(),
  city: ShortTextSchema.optional(),
  country: ShortTextSchema.optional(),
  // organisations
  keyAccount: z.boolean().optional(),
  tier: TierSchema.optional(),
  customerValue: z.number().finite().nonnegative('must not be negative').optional(),
  potential: z.number().finite().nonnegative('must not be negative').optional(),
  // people
  title: ShortTextSchema.optional(),
  email: z.email('is not a valid e-mail address').max(320).optional(),
  phone: z.string().max(50, 'must be at most 50 characters').optional(),
  stance: StanceSchema.optional(),
  decisionRole: DecisionRoleSchema.optional(),
  consent: ConsentSchema.optional(),
  influencerType: InfluencerTypeSchema.optional(),
  properties: ExtraPropertiesSchema.optional(),
  importedAt: TimestampSchema.optional(),
  createdAt: TimestampSchema.optional(),
  updatedAt: TimestampSchema.optional(),
});

export type StakeholderNode = z.output<typeof NodeSchema>;
/** What callers hand to a store: defaults may be omitted, timestamps are the store's. */
export type NodeInput = z.input<typeof NodeSchema>;
export type NodeField = keyof StakeholderNode;

const ORGANISATION_ONLY: readonly NodeField[] = [
  'keyAccount',
  'tier',
  'customerValue',
  'potential',
];
const PERSON_ONLY: readonly NodeField[] = [
  'title',
  'email',
  'phone',
  'stance',
  'decisionRole',
  'consent',
];

/** Fields that only some kinds may carry; everything else is common to all. */
export function disallowedFields(kind: NodeKind): readonly NodeField[] {
  const customerOnly: readonly NodeField[] = ['keyAccount', 'tier', 'customerValue', 'potential'];
  switch (kind) {
    case 'Customer':
      return [...PERSON_ONLY, 'influencerType'];
    case 'Distributor':
    case 'Partner':
    case 'Media':
    case 'OwnCompany':
      return [...PERSON_ONLY, ...customerOnly, 'influencerType'];
    case 'Influencer':
      return ORGANISATION_ONLY;
    case 'Contact':
    case 'Journalist':
    case 'Colleague':
      return [...ORGANISATION_ONLY, 'influencerType'];
  }
}

/** A person's consent, treating a missing record as unknown. */
export function consentStatusOf(node: Pick<StakeholderNode, 'consent'>): ConsentStatus {
  return node.consent?.status ?? 'unknown';
}
