import { z } from 'zod';

/** Ids are stable strings from the import or generated; they travel in URLs and CSV cells. */
export const IdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => s.trim() === s, 'must not start or end with spaces')
  .refine((s) => !hasControlCharacter(s), 'must not contain control characters');

/** A calendar date, `yyyy-mm-dd`, that actually exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as yyyy-mm-dd')
  .refine(isRealDate, 'is not a real calendar date');

/** A point in time, ISO 8601 with zone. */
export const TimestampSchema = z.iso.datetime({ offset: true });

export const ShortTextSchema = z.string().max(500, 'must be at most 500 characters');
export const LongTextSchema = z.string().max(20_000, 'must be at most 20,000 characters');

export const TagsSchema = z
  .array(z.string().min(1).max(100, 'a tag must be at most 100 characters'))
  .max(100, 'at most 100 tags');

/** Columns an import could not map are kept here instead of being dropped. */
export const ExtraPropertiesSchema = z.record(
  z.string().max(200),
  z.union([z.string().max(20_000), z.number(), z.boolean()]),
);

export const SentimentSchema = z
  .number()
  .min(-1, 'must be between -1 and 1')
  .max(1, 'must be between -1 and 1');

/** C0 controls (tab, newline, NUL …) break CSV cells, URLs and log lines. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return true;
  return false;
}

/** Arithmetic, not `Date`: imports check millions of dates (`yyyy-mm-dd`, see the regex). */
function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
