import { z } from 'zod';
import { RelationshipTypeSchema } from './relationship-types.ts';
import {
  ExtraPropertiesSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  SentimentSchema,
  ShortTextSchema,
  TimestampSchema,
} from './common.schema.ts';

export const StrengthSchema = z
  .number()
  .gt(0, 'must be greater than 0')
  .lte(1, 'must be at most 1');

/**
 * A relationship between two stakeholders. `source`/`target` are the endpoints
 * (as in DESIGN.md's JSON); where the record came from is `origin`, the
 * counterpart of a node's `source`.
 */
export const RelationshipSchema = z.strictObject({
  type: RelationshipTypeSchema,
  source: IdSchema,
  target: IdSchema,
  strength: StrengthSchema,
  sentiment: SentimentSchema.optional(),
  since: IsoDateSchema.optional(),
  lastContact: IsoDateSchema.optional(),
  origin: ShortTextSchema.optional(),
  notes: LongTextSchema.optional(),
  properties: ExtraPropertiesSchema.optional(),
  importedAt: TimestampSchema.optional(),
});

/** Strength may be left out on input: the type's default strength applies. */
export const RelationshipInputSchema = RelationshipSchema.extend({
  strength: StrengthSchema.optional(),
});

export type RelationshipInput = z.input<typeof RelationshipInputSchema>;

/** A stored relationship: identified by its type and endpoints (see `relationshipId`). */
export type Relationship = z.output<typeof RelationshipSchema> & { readonly id: string };
