import {
  DECISION_ROLES,
  disallowedFields,
  INFLUENCER_TYPES,
  NodeSchema,
  STANCES,
  TIERS,
  type NodeField,
  type NodeInput,
  type NodeKind,
  type StakeholderNode,
} from '../../graph-schema/index.ts';
import { toConsent, type ConsentDraft } from './consent-form.ts';

/** How a field is edited: free text, a number, yes/no, or one of the model's values. */
export type FieldControl =
  | { readonly type: 'text' | 'email' | 'tel' | 'date' | 'textarea' | 'number' | 'checkbox' }
  | { readonly type: 'select'; readonly values: readonly string[] };

/** The editable fields in reading order; the record's other fields are kept as they are. */
const CONTROLS: readonly (readonly [FormField, FieldControl])[] = [
  ['name', { type: 'text' }],
  ['title', { type: 'text' }],
  ['email', { type: 'email' }],
  ['phone', { type: 'tel' }],
  ['city', { type: 'text' }],
  ['country', { type: 'text' }],
  ['keyAccount', { type: 'checkbox' }],
  ['tier', { type: 'select', values: TIERS }],
  ['customerValue', { type: 'number' }],
  ['stance', { type: 'select', values: STANCES }],
  ['decisionRole', { type: 'select', values: DECISION_ROLES }],
  ['influencerType', { type: 'select', values: INFLUENCER_TYPES }],
  ['tags', { type: 'text' }],
  ['notes', { type: 'textarea' }],
];

export type FormField =
  | 'name'
  | 'title'
  | 'email'
  | 'phone'
  | 'city'
  | 'country'
  | 'keyAccount'
  | 'tier'
  | 'customerValue'
  | 'stance'
  | 'decisionRole'
  | 'influencerType'
  | 'tags'
  | 'notes';

/** Every field as the form holds it: text, '' meaning "not set". */
export type NodeDraft = Readonly<Record<FormField, string>>;
export type NodeErrors = Partial<Record<string, string>>;

/** The fields a kind may carry, with how each is edited. */
export function editableFields(kind: NodeKind): { field: FormField; control: FieldControl }[] {
  const banned = new Set<NodeField>(disallowedFields(kind));
  return CONTROLS.filter(([field]) => !banned.has(field)).map(([field, control]) => ({
    field,
    control,
  }));
}

export function toDraft(node: StakeholderNode): NodeDraft {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const draft: Record<string, string> = {};
  for (const [field] of CONTROLS) draft[field] = text(node[field]);
  draft.tags = node.tags.join(', ');
  draft.keyAccount = node.keyAccount ? 'true' : '';
  return draft as NodeDraft;
}

/**
 * The full record to upsert: the original with the form's fields laid over it.
 * A field emptied in the form is removed, because upsert stores the whole record.
 */
export function toNode(
  original: StakeholderNode,
  draft: NodeDraft,
  consent?: ConsentDraft,
): NodeInput {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { createdAt, updatedAt, ...kept } = original;
  const record: Record<string, unknown> = { ...kept };
  for (const { field, control } of editableFields(original.kind)) {
    const raw = draft[field].trim();
    delete record[field];
    // The name is required: kept even when empty, so the schema names the problem.
    if (field === 'name') record.name = raw;
    else if (field === 'tags') record.tags = splitTags(raw);
    else if (control.type === 'checkbox') record[field] = raw === 'true' ? true : undefined;
    else if (raw === '') continue;
    else if (control.type === 'number') record[field] = Number(raw.replace(',', '.'));
    else record[field] = raw;
  }
  if (consent && !disallowedFields(original.kind).includes('consent')) {
    record.consent = toConsent(consent);
  }
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as NodeInput;
}

function splitTags(raw: string): string[] {
  return raw
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** graph-schema's verdict on the record, one message per field, before anything is sent. */
export function checkNode(input: NodeInput): NodeErrors {
  const errors: Record<string, string> = {};
  const parsed = NodeSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Consent is nested: its errors belong to the sub-field (consent.date…).
      const [head = 'name', sub] = issue.path.map(String);
      errors[head === 'consent' && sub ? `consent.${sub}` : head] ??= issue.message;
    }
  }
  const record = input as Record<string, unknown>;
  for (const field of disallowedFields(input.kind)) {
    if (record[field] !== undefined) errors[field] ??= `is not a field of ${input.kind}`;
  }
  return errors;
}
