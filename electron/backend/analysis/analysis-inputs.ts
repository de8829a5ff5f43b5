import { isCalendarDate } from '../../../shared/domain/analysis.schema.ts';
import { XrmError } from '../../../shared/errors.ts';

/** The bounds every way into analysis shares (IPC, CLI): beyond them answers stop being useful. */
export const K_RANGE = { min: 1, max: 50 } as const;
export const MAX_HOPS_RANGE = { min: 1, max: 6 } as const;

/** Checks a whole number in range, naming the option and the value it got. */
export function checkWhole(name: string, value: number, range: { min: number; max: number }) {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new XrmError(
      'invalid-input',
      `${name} must be a whole number from ${range.min} to ${range.max}, got ${value}.`,
    );
  }
  return value;
}

export function checkAsOf(asOf: string | undefined): string | undefined {
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    throw new XrmError('invalid-input', `asOf "${asOf}" is not a date; use yyyy-mm-dd.`);
  }
  return asOf;
}

export function checkHalfLifeDays(days: number | undefined): number | undefined {
  if (days !== undefined && !(Number.isFinite(days) && days > 0)) {
    throw new XrmError('invalid-input', `halfLifeDays must be a number above 0, got ${days}.`);
  }
  return days;
}
