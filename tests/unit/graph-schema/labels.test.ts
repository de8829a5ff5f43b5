import { describe, expect, it } from 'vitest';
import {
  FIELD_LABELS,
  InteractionSchema,
  KIND_LABELS,
  NODE_KINDS,
  NodeSchema,
  RELATIONSHIP_LABELS,
  RELATIONSHIP_TYPES,
  RelationshipSchema,
  VALUE_LABELS,
  STANCES,
  DECISION_ROLES,
  INFLUENCER_TYPES,
  CONSENT_STATUSES,
} from '../../../graph-schema/index.ts';

describe('DE/EN labels', () => {
  it('label every field of nodes, relationships and interactions in both languages', () => {
    const fields = new Set([
      ...Object.keys(NodeSchema.shape),
      ...Object.keys(RelationshipSchema.shape),
      ...Object.keys(InteractionSchema.shape),
    ]);
    const labels: Record<string, { en: string; de: string }> = FIELD_LABELS;
    const missing = [...fields].filter((f) => !labels[f]?.en || !labels[f]?.de);
    expect(missing).toEqual([]);
  });

  it('label every kind, relationship type and enumerated value', () => {
    for (const kind of NODE_KINDS) expect(KIND_LABELS[kind].de).not.toBe('');
    for (const type of RELATIONSHIP_TYPES) expect(RELATIONSHIP_LABELS[type].de).not.toBe('');
    expect(Object.keys(VALUE_LABELS.stance)).toEqual([...STANCES]);
    expect(Object.keys(VALUE_LABELS.decisionRole)).toEqual([...DECISION_ROLES]);
    expect(Object.keys(VALUE_LABELS.influencerType)).toEqual([...INFLUENCER_TYPES]);
    expect(Object.keys(VALUE_LABELS.consent)).toEqual([...CONSENT_STATUSES]);
  });
});
