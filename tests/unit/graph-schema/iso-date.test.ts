import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../../../graph-schema/common.schema.ts';

/** What the calendar says, through the platform's own date arithmetic. */
function calendarHas(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('IsoDateSchema', () => {
  it('accepts exactly the days the calendar has, month ends and leap years included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(IsoDateSchema.safeParse(value).success).toBe(calendarHas(value));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('knows the century rule of leap years', () => {
    expect(IsoDateSchema.safeParse('2000-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('1900-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(IsoDateSchema.safeParse('2026-04-31').success).toBe(false);
  });
});
