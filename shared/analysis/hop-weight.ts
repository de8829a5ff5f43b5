import { XrmError } from '../errors.ts';

/**
 * Hop weights (DESIGN.md, "Path semantics"):
 * weight = strength × 0.5^(ageDays / halfLifeDays), path score = product of weights,
 * searched in log space as cost = −ln(weight) so that costs add and are never negative.
 */

export const DEFAULT_HALF_LIFE_DAYS = 365;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a `yyyy-mm-dd` date or a Date; NaN if unreadable. */
export function dayNumber(date: string | Date): number {
  if (date instanceof Date) return Math.floor(date.getTime() / MS_PER_DAY);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return Number.NaN;
  return Math.floor(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY,
  );
}

/** The analysis date as a day number; today (UTC) unless given. */
export function asOfDay(asOf?: string | Date): number {
  const day = dayNumber(asOf ?? new Date());
  if (Number.isNaN(day))
    throw new XrmError('invalid-input', `asOf "${String(asOf)}" is not a date (use yyyy-mm-dd).`);
  return day;
}

/**
 * Age of the last contact in whole days at `asOfDayNumber`, or undefined without one.
 * A last contact after `asOf` (a planned meeting, or analysing "as of" the past)
 * counts as age 0: recency can only weaken a relationship, never make it
 * stronger than its recorded strength.
 */
export function contactAgeDays(
  lastContact: string | undefined,
  asOfDayNumber: number,
): number | undefined {
  if (lastContact === undefined) return undefined;
  const day = dayNumber(lastContact);
  if (Number.isNaN(day)) return undefined;
  return Math.max(0, asOfDayNumber - day);
}

/** 0.5^(age / halfLife); 1 without a last contact. */
export function recencyFactor(ageDays: number | undefined, halfLifeDays: number): number {
  if (ageDays === undefined) return 1;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

export function hopWeight(
  strength: number,
  ageDays: number | undefined,
  halfLifeDays: number,
): number {
  return strength * recencyFactor(ageDays, halfLifeDays);
}

/** −ln(hopWeight), computed without the round trip through the product. */
export function hopCost(
  strength: number,
  ageDays: number | undefined,
  halfLifeDays: number,
): number {
  const decay = ageDays === undefined ? 0 : ageDays * (Math.LN2 / halfLifeDays);
  return -Math.log(strength) + decay;
}

export function checkHalfLife(halfLifeDays: number): void {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new XrmError(
      'invalid-input',
      `halfLifeDays must be a positive number of days, got ${halfLifeDays}.`,
    );
  }
}
