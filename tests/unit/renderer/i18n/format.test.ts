import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../../../renderer/i18n/format.ts';
import {
  fieldLabel,
  kindLabel,
  relationshipLabel,
  valueLabel,
} from '../../../../renderer/i18n/labels.ts';

describe('locale formatting', () => {
  it('formats numbers with the locale separators', () => {
    expect(formatNumber(1234567.5, 'de', 1)).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en', 1)).toBe('1,234,567.5');
  });

  it('formats ISO dates without shifting the day across time zones', () => {
    expect(formatDate('2025-03-14', 'de')).toBe('14.03.2025');
    expect(formatDate('2025-03-14', 'en')).toBe('14 Mar 2025');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('takes model labels from graph-schema in both languages', () => {
    expect(kindLabel('Customer', 'de')).toBe('Kunde');
    expect(relationshipLabel('WORKS_FOR', 'de')).toBe('arbeitet für');
    expect(fieldLabel('email', 'de')).toBe('E-Mail');
    expect(fieldLabel('unknownField', 'de')).toBe('unknownField');
    expect(valueLabel('stance', 'champion', 'de')).toBe('Fürsprecher');
    expect(valueLabel('stance', 'unheard-of', 'en')).toBe('unheard-of');
  });
});
