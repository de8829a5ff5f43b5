import type { Language } from '../../graph-schema/index.ts';

/** Locale-aware formatting through Intl: 1.234,5 in German, 1,234.5 in English. */
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export function formatNumber(value: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** ISO dates (`2025-03-14`) and timestamps alike; anything unparsable is shown verbatim. */
export function formatDate(iso: string, language: Language): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
  }).format(date);
}
