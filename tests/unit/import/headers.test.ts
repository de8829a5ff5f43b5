import { describe, expect, it } from 'vitest';
import { bindHeaders, normaliseHeader } from '../../../electron/backend/import/headers.ts';
import { mappingFrom } from '../../../electron/backend/import/mapping-file.ts';

const fieldsOf = (
  headers: string[],
  collection: 'nodes' | 'relationships' | 'interactions',
  overrides?: Map<string, string>,
) => bindHeaders(headers, collection, overrides).map((b) => b.target);

describe('header aliases', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(normaliseHeader('  E-Mail ')).toBe('email');
    expect(normaliseHeader('Stärke')).toBe('starke');
    expect(normaliseHeader('Schlüssel_Kunde')).toBe('schlusselkunde');
    expect(normaliseHeader('Straße')).toBe('strasse');
  });

  it('maps German and English node headers to fields', () => {
    expect(
      fieldsOf(
        ['Firma', 'Unternehmen', 'E-Mail', 'Email Address', 'Vorname', 'Nachname', 'Schlagworte'],
        'nodes',
      ),
    ).toEqual([
      { field: 'organization' },
      // The second column for the same field is kept, not dropped.
      { property: 'Unternehmen' },
      { field: 'email' },
      { property: 'Email Address' },
      { field: 'firstName' },
      { field: 'lastName' },
      { field: 'tags' },
    ]);
  });

  it('reads Quelle/Ziel as endpoints of relationships but as provenance of nodes', () => {
    expect(
      fieldsOf(['Quelle', 'Ziel', 'Typ', 'STÄRKE', 'Letzter Kontakt', 'seit'], 'relationships'),
    ).toEqual([
      { field: 'source' },
      { field: 'target' },
      { field: 'type' },
      { field: 'strength' },
      { field: 'lastContact' },
      { field: 'since' },
    ]);
    expect(fieldsOf(['Von', 'Nach'], 'relationships')).toEqual([
      { field: 'source' },
      { field: 'target' },
    ]);
    expect(fieldsOf(['Quelle'], 'nodes')).toEqual([{ field: 'source' }]);
  });

  it('keeps unknown columns as properties and strips the export prefix', () => {
    expect(fieldsOf(['Lieblingsessen', 'prop:Kürzel', ''], 'nodes')).toEqual([
      { property: 'Lieblingsessen' },
      { property: 'Kürzel' },
      { ignore: true },
    ]);
  });
});

describe('mapping file', () => {
  it('maps any header to a field, a property or nothing, and wins over aliases', () => {
    const mapping = mappingFrom(
      {
        columns: {
          Kundennummer: 'id',
          Firma: 'properties.Firmierung',
          'Interne Notiz': 'ignore',
          Umsatz: 'customer_value',
        },
      },
      'nodes',
    );
    expect(
      fieldsOf(['Kundennummer', 'Firma', 'Interne Notiz', 'Umsatz'], 'nodes', new Map(mapping)),
    ).toEqual([
      { field: 'id' },
      { property: 'Firmierung' },
      { ignore: true },
      { field: 'customerValue' },
    ]);
  });

  it('rejects a mapping to a field that does not exist, naming both', () => {
    expect(() => mappingFrom({ Umsatz: 'revenue' }, 'nodes', 'm.json')).toThrow(
      /"Umsatz" to "revenue"/,
    );
    expect(() => mappingFrom(['id'], 'nodes', 'm.json')).toThrow(/JSON object/);
  });
});
