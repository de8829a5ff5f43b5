import {
  FIELD_LABELS,
  KIND_LABELS,
  RELATIONSHIP_LABELS,
  VALUE_LABELS,
  type FieldName,
  type Language,
  type NodeKind,
  type RelationshipType,
} from '../../graph-schema/index.ts';

/** The model's own DE/EN labels, looked up for the UI's current language. */
export function kindLabel(kind: NodeKind, language: Language): string {
  return KIND_LABELS[kind][language];
}

export function relationshipLabel(type: RelationshipType, language: Language): string {
  return RELATIONSHIP_LABELS[type][language];
}

export function fieldLabel(field: string, language: Language): string {
  return field in FIELD_LABELS ? FIELD_LABELS[field as FieldName][language] : field;
}

type ValueField = keyof typeof VALUE_LABELS;

/** Label of an enumerated value (stance, consent…); unknown values are shown as they are. */
export function valueLabel(field: string, value: string, language: Language): string {
  if (!(field in VALUE_LABELS)) return value;
  const values: Record<string, { en: string; de: string } | undefined> =
    VALUE_LABELS[field as ValueField];
  return values[value]?.[language] ?? value;
}
