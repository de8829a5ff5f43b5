/**
 * Cell values as people type them in Excel, CRM exports and address books:
 * German and English dates, numbers with either decimal mark, yes/no in both
 * languages. Every parser returns a value or a message naming what it expected.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

const MONTHS: Readonly<Record<string, number>> = monthTable();

/** `yyyy-mm-dd`, `dd.mm.yyyy`, `dd/mm/yyyy` (day first), `12 Mar 2024`, `12. März 2024`. */
export function parseDate(text: string): Parsed<string> {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), value);
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(value);
  if (dayFirst) {
    return calendarDate(
      fullYear(dayFirst[3] ?? ''),
      Number(dayFirst[2]),
      Number(dayFirst[1]),
      value,
    );
  }
  const named = /^(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4})$/u.exec(value);
  if (named) {
    const month = MONTHS[(named[2] ?? '').toLowerCase()];
    if (month !== undefined) return calendarDate(Number(named[3]), month, Number(named[1]), value);
  }
  return fail(`"${clip(value)}" is not a date (use yyyy-mm-dd, dd.mm.yyyy or 12 Mar 2024)`);
}

/**
 * `1.250.000,50`, `1,250,000.50`, `0,8`, `-3`. A single separator followed by exactly
 * three digits is ambiguous (`1.250`); `decimalComma` (the file's convention,
 * guessed from a `;` delimiter) decides it.
 */
export function parseNumber(text: string, decimalComma = false): Parsed<number> {
  const value = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  const bad = (): Parsed<never> => fail(`"${clip(text.trim())}" is not a number`);
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(value)) return bad();
  const dots = count(value, '.');
  const commas = count(value, ',');
  let normal: string;
  if (dots > 0 && commas > 0) {
    const decimal = value.lastIndexOf('.') > value.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    if (count(value, decimal) > 1) return bad();
    normal = value.split(thousands).join('').replace(',', '.');
  } else if (dots + commas === 0) {
    normal = value;
  } else {
    const sep = dots > 0 ? '.' : ',';
    const n = dots + commas;
    const groupsOfThree = /^[+-]?\d{1,3}([.,]\d{3})+$/.test(value);
    const isThousands = n > 1 || (groupsOfThree && (sep === '.' ? decimalComma : !decimalComma));
    if (n > 1 && !groupsOfThree) return bad();
    normal = isThousands ? value.split(sep).join('') : value.replace(',', '.');
  }
  const number = Number(normal);
  return Number.isFinite(number) ? ok(number) : bad();
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'ja', 'j', '1', 'x', 'wahr', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'nein', '0', 'falsch', 'off', '-']);

export function parseBoolean(text: string): Parsed<boolean> {
  const value = text.trim().toLowerCase();
  if (TRUE_WORDS.has(value)) return ok(true);
  if (FALSE_WORDS.has(value)) return ok(false);
  return fail(`"${clip(text.trim())}" is not yes/no (use true/false, yes/no, ja/nein, 1/0 or x)`);
}

/** Lists travel as one cell separated by `|`; blanks and repeats are dropped. */
export function parseList(text: string, separator: string | RegExp = '|'): string[] {
  const items = text.split(separator).map((item) => item.trim());
  return [...new Set(items.filter((item) => item.length > 0))];
}

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function calendarDate(year: number, month: number, day: number, original: string): Parsed<string> {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return fail(`"${clip(original)}" is not a real calendar date`);
  }
  return ok(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n += 1;
  return n;
}

function monthTable(): Record<string, number> {
  const names: readonly (readonly string[])[] = [
    ['jan', 'january', 'januar', 'jän', 'jänner'],
    ['feb', 'february', 'februar'],
    ['mar', 'march', 'mär', 'märz', 'mrz'],
    ['apr', 'april'],
    ['may', 'mai'],
    ['jun', 'june', 'juni'],
    ['jul', 'july', 'juli'],
    ['aug', 'august'],
    ['sep', 'sept', 'september'],
    ['oct', 'october', 'okt', 'oktober'],
    ['nov', 'november'],
    ['dec', 'december', 'dez', 'dezember'],
  ];
  const table: Record<string, number> = {};
  names.forEach((aliases, index) => aliases.forEach((name) => (table[name] = index + 1)));
  return table;
}
