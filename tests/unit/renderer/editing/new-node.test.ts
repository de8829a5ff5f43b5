import { describe, expect, it } from 'vitest';
import { baseId, EMPTY_DRAFT, freeId, toNewNode } from '../../../../renderer/editing/new-node.ts';
import { checkNode } from '../../../../renderer/editing/node-form.ts';
import { toConsentDraft } from '../../../../renderer/editing/consent-form.ts';

describe('new stakeholder', () => {
  it('makes a readable id from kind and name, German style', () => {
    expect(baseId('Contact', 'Jürgen Weiß')).toBe('contact-juergen-weiss');
    expect(baseId('Customer', '  Keller Anlagenbau GmbH & Co. KG ')).toBe(
      'customer-keller-anlagenbau-gmbh-co-kg',
    );
    expect(baseId('Influencer', '***')).toBe('influencer-new');
  });

  it('adds -2, -3 … while the id is taken', async () => {
    const taken = new Set(['contact-anna-berg', 'contact-anna-berg-2']);
    expect(await freeId('Contact', 'Anna Berg', async (id) => taken.has(id))).toBe(
      'contact-anna-berg-3',
    );
    expect(await freeId('Contact', 'Ben Ohm', async (id) => taken.has(id))).toBe('contact-ben-ohm');
  });

  it('builds the record from the kind’s fields; graph-schema names bad fields', () => {
    const draft = { ...EMPTY_DRAFT, name: 'Greta Sommer', email: 'greta@', tags: 'Messe, Einkauf' };
    const node = toNewNode('Contact', 'contact-greta', draft, toConsentDraft(undefined));
    expect(node).toEqual({
      id: 'contact-greta',
      kind: 'Contact',
      name: 'Greta Sommer',
      email: 'greta@',
      tags: ['Messe', 'Einkauf'],
    });
    expect(checkNode(node)).toEqual({ email: 'is not a valid e-mail address' });
    expect(checkNode(toNewNode('Customer', 'c-1', EMPTY_DRAFT))).toEqual({
      name: 'must not be empty',
    });
  });

  it('only takes the fields the kind allows, so a contact never gets a tier', () => {
    const draft = { ...EMPTY_DRAFT, name: 'Hansa', tier: 'A', keyAccount: 'true', title: 'CEO' };
    expect(toNewNode('Customer', 'cust-x', draft)).toMatchObject({ tier: 'A', keyAccount: true });
    expect(toNewNode('Customer', 'cust-x', draft)).not.toHaveProperty('title');
    expect(toNewNode('Contact', 'con-x', draft)).not.toHaveProperty('tier');
  });
});
