import {
  RELATIONSHIP_TYPE_SPECS,
  RELATIONSHIP_TYPES,
  allowsEndpoints,
  validateRelationship,
  type NodeKind,
  type Relationship,
  type RelationshipInput,
  type RelationshipType,
} from '../../graph-schema/index.ts';

/** Seen from the selected node: it is the source (`out`) or the target (`in`). */
export type Direction = 'out' | 'in';

export interface RelationshipDraft {
  readonly other: { readonly id: string; readonly kind: NodeKind; readonly name: string } | null;
  readonly direction: Direction;
  readonly type: RelationshipType | '';
  /** Text as typed; decimal comma accepted. */
  readonly strength: string;
  readonly sentiment: string;
  readonly since: string;
  readonly lastContact: string;
  readonly notes: string;
}

export type RelationshipErrors = Partial<
  Record<'other' | 'type' | 'strength' | 'sentiment' | 'since' | 'lastContact' | 'notes', string>
>;

export const EMPTY_RELATIONSHIP: RelationshipDraft = {
  other: null,
  direction: 'out',
  type: '',
  strength: '',
  sentiment: '',
  since: '',
  lastContact: '',
  notes: '',
};

/** The types graph-schema allows from `source` to `target`, in the model's order. */
export function allowedTypes(source: NodeKind, target: NodeKind): RelationshipType[] {
  return RELATIONSHIP_TYPES.filter((type) => allowsEndpoints(type, source, target));
}

/** The endpoints' kinds in the draft's direction. */
export function endpointKinds(
  self: NodeKind,
  draft: RelationshipDraft,
): [NodeKind, NodeKind] | null {
  if (!draft.other) return null;
  return draft.direction === 'out' ? [self, draft.other.kind] : [draft.other.kind, self];
}

/**
 * After the other end or the direction changed: keep the type if still allowed,
 * else take the only one there is; the strength follows the type's default
 * unless the user typed one.
 */
export function settleType(self: NodeKind, draft: RelationshipDraft): RelationshipDraft {
  const kinds = endpointKinds(self, draft);
  const types = kinds ? allowedTypes(...kinds) : [];
  const type =
    draft.type !== '' && types.includes(draft.type)
      ? draft.type
      : types.length === 1
        ? types[0]!
        : '';
  return withType(draft, type);
}

export function withType(draft: RelationshipDraft, type: RelationshipType | ''): RelationshipDraft {
  const previousDefault =
    draft.type === '' ? '' : String(RELATIONSHIP_TYPE_SPECS[draft.type].defaultStrength);
  const typedByUser = draft.strength !== '' && draft.strength !== previousDefault;
  const strength =
    typedByUser || type === ''
      ? draft.strength
      : String(RELATIONSHIP_TYPE_SPECS[type].defaultStrength);
  return { ...draft, type, strength };
}

/** An existing relationship as the form holds it, seen from `selfId`. */
export function toRelationshipDraft(
  rel: Relationship,
  selfId: string,
  other: { id: string; kind: NodeKind; name: string },
): RelationshipDraft {
  return {
    other,
    direction: rel.source === selfId ? 'out' : 'in',
    type: rel.type,
    strength: String(rel.strength),
    sentiment: rel.sentiment === undefined ? '' : String(rel.sentiment),
    since: rel.since ?? '',
    lastContact: rel.lastContact ?? '',
    notes: rel.notes ?? '',
  };
}

/**
 * The record to upsert. Editing keeps what the form does not show (origin,
 * properties); text that is not a number is passed on so the schema names it.
 */
export function toRelationship(
  selfId: string,
  draft: RelationshipDraft,
  original?: Relationship,
): RelationshipInput {
  const otherId = draft.other?.id ?? '';
  const [source, target] = draft.direction === 'out' ? [selfId, otherId] : [otherId, selfId];
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, strength, sentiment, since, lastContact, notes, ...kept } =
    original ?? ({} as Partial<Relationship>);
  const number = (text: string) => {
    const trimmed = text.trim().replace(',', '.');
    return trimmed === ''
      ? undefined
      : Number.isNaN(Number(trimmed))
        ? (text as unknown as number)
        : Number(trimmed);
  };
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const record: Record<string, unknown> = {
    ...kept,
    type: draft.type,
    source,
    target,
    strength: number(draft.strength),
    sentiment: number(draft.sentiment),
    since: text(draft.since),
    lastContact: text(draft.lastContact),
    notes: text(draft.notes),
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { createdAt, updatedAt, ...clean } = record;
  return clean as RelationshipInput;
}

/** graph-schema's verdict (fields and endpoint kinds), one message per form field. */
export function checkRelationship(
  selfId: string,
  selfKind: NodeKind,
  draft: RelationshipDraft,
  input: RelationshipInput,
): RelationshipErrors {
  const errors: Record<string, string> = {};
  if (!draft.other) errors.other = 'choose the other stakeholder';
  if (draft.type === '') errors.type = 'choose a type';
  if (Object.keys(errors).length > 0) return errors;
  const kinds = new Map<string, NodeKind>([[selfId, selfKind]]);
  if (draft.other) kinds.set(draft.other.id, draft.other.kind);
  const { issues } = validateRelationship(input, 0, (id) => kinds.get(id));
  for (const issue of issues) {
    const field = issue.field === 'source' || issue.field === 'target' ? 'other' : issue.field;
    errors[field] ??= issue.message;
  }
  return errors;
}
