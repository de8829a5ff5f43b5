import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseBoolean,
  parseDate,
  parseList,
  parseNumber,
} from '../../../electron/backend/import/values.ts';
import { formatNumber } from '../../../electron/backend/export/csv-columns.ts';

const value = <T>(result: { ok: true; value: T } | { ok: false; message: string }) =>
  result.ok ? result.value : `error: ${result.message}`;

describe('parseDate', () => {
  it.each([
    ['2024-03-12', '2024-03-12'],
    ['12.03.2024', '2024-03-12'],
    ['1.3.2024', '2024-03-01'],
    ['12/03/2024', '2024-03-12'],
    ['12.03.24', '2024-03-12'],
    ['12 Mar 2024', '2024-03-12'],
    ['3. März 2024', '2024-03-03'],
    ['1 Dezember 2023', '2023-12-01'],
    ['28 Feb 2022', '2022-02-28'],
    ['2024-03-12T10:15:00Z', '2024-03-12'],
  ])('reads %s as %s', (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });

  it.each(['31.02.2024', '2023-02-29', 'gestern', '12 Foo 2024', '0/0/00'])(
    'rejects %s naming it',
    (text) => {
      const result = parseDate(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(text);
    },
  );
});

describe('parseNumber', () => {
  it.each([
    ['1.250.000,50', false, 1250000.5],
    ['1,250,000.50', false, 1250000.5],
    ['1.250.000,50', true, 1250000.5],
    ['0,8', false, 0.8],
    ['0.8', true, 0.8],
    ['-0,25', true, -0.25],
    ['1.250', true, 1250],
    ['1.250', false, 1.25],
    ['1,250', false, 1250],
    ['1,250', true, 1.25],
    ['98.000', true, 98000],
    ['1 250 000', false, 1250000],
    ['42', false, 42],
  ] as const)('reads %s (decimal comma: %s) as %d', (text, decimalComma, expected) => {
    expect(value(parseNumber(text, decimalComma))).toBe(expected);
  });

  it.each(['1.2.3', 'zwölf', '1,2,3.4.5', '--1', '5 €'])('rejects %s', (text) => {
    expect(parseNumber(text).ok).toBe(false);
  });

  it('reads back every number the exporter writes, with either decimal mark', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (n, comma) => {
        const number = Object.is(n, -0) ? 0 : n;
        expect(value(parseNumber(formatNumber(number, comma), comma))).toBe(number);
      }),
    );
  });
});

describe('parseBoolean and parseList', () => {
  it.each(['true', 'Yes', 'JA', '1', 'x', 'X', 'wahr'])('%s is true', (text) => {
    expect(value(parseBoolean(text))).toBe(true);
  });
  it.each(['false', 'no', 'Nein', '0'])('%s is false', (text) => {
    expect(value(parseBoolean(text))).toBe(false);
  });
  it('rejects anything else', () => {
    expect(parseBoolean('vielleicht').ok).toBe(false);
  });
  it('splits on | and drops blanks and repeats', () => {
    expect(parseList(' Messe 2024 | Kunden||Kunden ')).toEqual(['Messe 2024', 'Kunden']);
  });
});
