import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../../graph-schema/index.ts';
import {
  allowedTypes,
  checkRelationship,
  EMPTY_RELATIONSHIP,
  settleType,
  toRelationship,
  toRelationshipDraft,
  withType,
} from '../../../../renderer/editing/relationship-form.ts';

const hansa = { id: 'cust-hansa', kind: 'Customer' as const, name: 'Hansa Präzisionsteile AG' };
const greta = { id: 'contact-greta', kind: 'Contact' as const, name: 'Greta Sommer' };

describe('relationship form logic', () => {
  it('offers only the types graph-schema allows between the two kinds, per direction', () => {
    expect(allowedTypes('Contact', 'Customer')).toEqual(['WORKS_FOR', 'INFLUENCES']);
    expect(allowedTypes('Customer', 'Contact')).toEqual(['INFLUENCES']);
    expect(allowedTypes('Colleague', 'Customer')).toContain('MANAGES');
    expect(allowedTypes('Journalist', 'Customer')).toEqual([
      'WORKS_FOR',
      'INFLUENCES',
      'REPORTS_ON',
    ]);
  });

  it('takes the only allowed type and its default strength; keeps a strength the user typed', () => {
    const reversed = settleType('Contact', {
      ...EMPTY_RELATIONSHIP,
      other: hansa,
      direction: 'in',
    });
    expect(reversed).toMatchObject({ type: 'INFLUENCES', strength: '0.6' });
    const two = settleType('Contact', { ...EMPTY_RELATIONSHIP, other: hansa });
    expect(two.type).toBe('');
    expect(withType(two, 'WORKS_FOR').strength).toBe('0.8');
    expect(withType(withType(two, 'WORKS_FOR'), 'INFLUENCES').strength).toBe('0.6');
    const typed = { ...withType(two, 'WORKS_FOR'), strength: '0.45' };
    expect(withType(typed, 'INFLUENCES').strength).toBe('0.45');
  });

  it('builds the record in the chosen direction, decimal comma accepted, empty fields left out', () => {
    const draft = {
      ...withType({ ...EMPTY_RELATIONSHIP, other: hansa }, 'WORKS_FOR'),
      strength: '0,75',
      lastContact: '2026-10-02',
    };
    expect(toRelationship(greta.id, draft)).toEqual({
      type: 'WORKS_FOR',
      source: greta.id,
      target: hansa.id,
      strength: 0.75,
      lastContact: '2026-10-02',
    });
  });

  it('names graph-schema problems next to the field they belong to', () => {
    const draft = {
      ...withType({ ...EMPTY_RELATIONSHIP, other: hansa }, 'WORKS_FOR'),
      strength: '1,5',
      lastContact: '2026-02-30',
      sentiment: 'warm',
    };
    const errors = checkRelationship(greta.id, 'Contact', draft, toRelationship(greta.id, draft));
    expect(errors.strength).toBe('must be at most 1');
    expect(errors.lastContact).toBe('is not a real calendar date');
    expect(errors.sentiment).toBeDefined();
    const missing = checkRelationship(
      greta.id,
      'Contact',
      EMPTY_RELATIONSHIP,
      toRelationship(greta.id, EMPTY_RELATIONSHIP),
    );
    expect(Object.keys(missing).sort()).toEqual(['other', 'type']);
    // A type the endpoints do not allow (e.g. after turning the direction round) is named on the other end.
    const wrong = {
      ...draft,
      strength: '0.5',
      lastContact: '',
      sentiment: '',
      direction: 'in' as const,
    };
    const wrongErrors = checkRelationship(
      greta.id,
      'Contact',
      wrong,
      toRelationship(greta.id, wrong),
    );
    expect(wrongErrors.other).toMatch(/WORKS_FOR cannot start at an organisation/);
  });

  it('editing keeps what the form does not show and reads the direction from the stored record', () => {
    const stored: Relationship = {
      id: `${greta.id}|WORKS_FOR|${hansa.id}`,
      type: 'WORKS_FOR',
      source: greta.id,
      target: hansa.id,
      strength: 0.8,
      origin: 'crm-export.csv',
      properties: { booth: 'Halle 4' },
      notes: 'met at the fair',
    };
    const draft = toRelationshipDraft(stored, hansa.id, greta);
    expect(draft).toMatchObject({ direction: 'in', type: 'WORKS_FOR', strength: '0.8' });
    const edited = toRelationship(hansa.id, { ...draft, notes: '' }, stored);
    expect(edited).toEqual({
      type: 'WORKS_FOR',
      source: greta.id,
      target: hansa.id,
      strength: 0.8,
      origin: 'crm-export.csv',
      properties: { booth: 'Halle 4' },
    });
  });
});
