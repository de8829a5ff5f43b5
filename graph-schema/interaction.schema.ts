import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  SentimentSchema,
  ShortTextSchema,
} from './common.schema.ts';

export const INTERACTION_CHANNELS = [
  'meeting',
  'call',
  'video',
  'email',
  'event',
  'message',
  'other',
] as const;
export const InteractionChannelSchema = z.enum(INTERACTION_CHANNELS);
export type InteractionChannel = z.infer<typeof InteractionChannelSchema>;

/** One entry of the closed loop: who met whom, when, how, and how it went. */
export const InteractionSchema = z.strictObject({
  id: IdSchema.optional(),
  date: IsoDateSchema,
  channel: InteractionChannelSchema,
  participants: z
    .array(IdSchema)
    .min(2, 'needs at least two participants')
    .max(100, 'at most 100 participants')
    .refine((ids) => new Set(ids).size === ids.length, 'lists a participant twice'),
  summary: LongTextSchema.optional(),
  sentiment: SentimentSchema.optional(),
  origin: ShortTextSchema.optional(),
});

export type InteractionInput = z.input<typeof InteractionSchema>;
export type Interaction = z.output<typeof InteractionSchema> & { readonly id: string };
