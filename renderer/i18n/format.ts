import type { Language } from '../../graph-schema/index.ts';

/** Locale-aware formatting through Intl: 1.234,5 in German, 1,234.5 in English. */
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

// Building an Intl formatter costs far more than using one; a path list formats dozens.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const held = formatters.get(key) as T | undefined;
  if (held) return held;
  const made = make();
  formatters.set(key, made);
  return made;
}

export function formatNumber(value: number, language: Language, digits = 0): string {
  const format = cached(
    `n:${language}:${digits}`,
    () =>
      new Intl.NumberFormat(LOCALES[language], {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }),
  );
  return format.format(value);
}

/** ISO dates (`2025-03-14`) and timestamps alike; anything unparsable is shown verbatim. */
export function formatDate(iso: string, language: Language): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = cached(
    `d:${language}:${dateOnly}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        dateStyle: 'medium',
        ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short' }),
      }),
  );
  return format.format(date);
}
