import { describe, expect, it } from 'vitest';
import { nodeFields } from '../../../../renderer/details/node-fields.ts';

const yesNo = { yes: 'Ja', no: 'Nein' };

describe('nodeFields', () => {
  it('labels and formats the filled fields of a person in German, in reading order', () => {
    const rows = nodeFields(
      {
        id: 'p1',
        kind: 'Contact',
        name: 'Dr. Petra Lange',
        tags: ['einkauf', 'vda'],
        title: 'Leiterin Einkauf',
        email: 'p.lange@example.com',
        stance: 'skeptic',
        consent: { status: 'denied', date: '2025-01-31' },
        decisionRole: 'buyer',
      },
      'de',
      yesNo,
    );
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Position', 'Leiterin Einkauf'],
      ['E-Mail', 'p.lange@example.com'],
      ['Haltung', 'Skeptiker'],
      ['Rolle im Buying Center', 'Einkäufer'],
      ['Einwilligung', 'Verweigert (31.01.2025)'],
      ['Schlagworte', 'einkauf, vda'],
    ]);
  });

  it('shows organisation figures with locale digits and leaves out empty fields', () => {
    const rows = nodeFields(
      {
        id: 'c1',
        kind: 'Customer',
        name: 'ACME',
        tags: [],
        keyAccount: false,
        tier: 'A',
        customerValue: 1250000,
      },
      'en',
      { yes: 'Yes', no: 'No' },
    );
    expect(rows.map((r) => [r.field, r.value])).toEqual([
      ['keyAccount', 'No'],
      ['tier', 'A'],
      ['customerValue', '1,250,000'],
    ]);
  });
});
