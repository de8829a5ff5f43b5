import { describe, expect, it } from 'vitest';
import { NodeSchema, type StakeholderNode } from '../../../../graph-schema/index.ts';
import {
  checkNode,
  editableFields,
  toDraft,
  toNode,
} from '../../../../renderer/editing/node-form.ts';

const contact: StakeholderNode = NodeSchema.parse({
  id: 'con-anna',
  kind: 'Contact',
  name: 'Anna Berg',
  title: 'Einkauf',
  tags: ['cad', 'lead'],
  stance: 'supporter',
  consent: { status: 'granted', date: '2026-01-02' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('node form mapping', () => {
  it('offers a contact its person fields and no organisation fields', () => {
    const fields = editableFields('Contact').map((f) => f.field);
    expect(fields).toContain('email');
    expect(fields).toContain('stance');
    expect(fields).not.toContain('tier');
    expect(fields).not.toContain('influencerType');
    expect(editableFields('Customer').map((f) => f.field)).toContain('tier');
    expect(editableFields('Customer').map((f) => f.field)).not.toContain('email');
  });

  it('round-trips an untouched record without timestamps and keeps fields the form lacks', () => {
    const input = toNode(contact, toDraft(contact));
    expect(input).toEqual({
      id: 'con-anna',
      kind: 'Contact',
      name: 'Anna Berg',
      title: 'Einkauf',
      tags: ['cad', 'lead'],
      stance: 'supporter',
      consent: { status: 'granted', date: '2026-01-02' },
    });
  });

  it('removes a field emptied in the form and splits tags', () => {
    const draft = { ...toDraft(contact), title: '  ', stance: '', tags: 'a, ,b', city: 'Kiel' };
    const input = toNode(contact, draft) as Record<string, unknown>;
    expect('title' in input).toBe(false);
    expect('stance' in input).toBe(false);
    expect(input.tags).toEqual(['a', 'b']);
    expect(input.city).toBe('Kiel');
  });

  it('parses numbers with a decimal comma and the key-account box', () => {
    const customer = NodeSchema.parse({ id: 'cust-x', kind: 'Customer', name: 'X' });
    const draft = { ...toDraft(customer), customerValue: '1200,5', keyAccount: 'true' };
    expect(toNode(customer, draft)).toMatchObject({ customerValue: 1200.5, keyAccount: true });
    expect(checkNode(toNode(customer, draft))).toEqual({});
  });

  it('names the field graph-schema rejects', () => {
    const bad = toNode(contact, { ...toDraft(contact), email: 'anna@', name: '' });
    const errors = checkNode(bad);
    expect(errors.email).toBe('is not a valid e-mail address');
    expect(errors.name).toBe('must not be empty');
    expect(checkNode({ ...bad, email: 'anna@berg.de', name: 'A', tier: 'A' }).tier).toMatch(
      /not a field of Contact/,
    );
  });
});
