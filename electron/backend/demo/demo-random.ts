import { seededRandom } from '../../../shared/random/seeded-random.ts';

/**
 * A tiny seeded PRNG (mulberry32) so the demo network is the same on every
 * machine and every run: screenshots, path tests and docs can name its people.
 */
export interface DemoRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A number in [min, max) rounded to two decimals. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A calendar date (yyyy-mm-dd) in [from, to], both inclusive. */
  dateBetween(from: string, to: string): string;
}

const DAY_MS = 86_400_000;

export function createRandom(seed: number): DemoRandom {
  const next = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    between: (min, max) => Math.round((min + next() * (max - min)) * 100) / 100,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    dateBetween: (from, to) => {
      const start = Date.parse(`${from}T00:00:00Z`);
      const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS);
      return new Date(start + int(0, days) * DAY_MS).toISOString().slice(0, 10);
    },
  };
}

/** Shifts an ISO date by whole days (negative: earlier). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
