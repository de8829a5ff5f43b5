import {
  InteractionSchema,
  type InteractionChannel,
  type InteractionInput,
} from '../../graph-schema/index.ts';
import { ValidationError } from '../../shared/errors.ts';

export interface InteractionDraft {
  readonly date: string;
  readonly channel: InteractionChannel;
  readonly other: string;
  readonly summary: string;
  /** '' = not said. */
  readonly sentiment: string;
}

export type FieldErrors = Partial<
  Record<'date' | 'channel' | 'participants' | 'summary' | 'sentiment', string>
>;

/** The draft as the contract's input; empty optional fields are left out. */
export function toInteraction(selfId: string, draft: InteractionDraft): InteractionInput {
  return {
    date: draft.date,
    channel: draft.channel,
    participants: draft.other === '' ? [selfId] : [selfId, draft.other],
    ...(draft.summary.trim() === '' ? {} : { summary: draft.summary.trim() }),
    ...(draft.sentiment === '' ? {} : { sentiment: Number(draft.sentiment) }),
  };
}

/** graph-schema's own verdict, one message per field, before anything is sent. */
export function checkInteraction(input: InteractionInput): FieldErrors {
  const parsed = InteractionSchema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'summary');
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The backend's validation issues mapped onto the form's fields. */
export function serverErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof ValidationError)) return null;
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.field] ??= issue.message;
  return errors;
}
