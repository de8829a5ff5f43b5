import { seededRandom } from '../../shared/random/seeded-random.ts';

/** mulberry32: tiny, fast and good enough for synthetic data; the seed fixes every draw. */
export class Prng {
  /** Uniform in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Picks a key by weight: `{ neutral: 50, skeptic: 15 }`. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

/**
 * Heavy-tailed picks: each slot's weight falls as 1 / rank^exponent (Zipf), with
 * ranks shuffled so the hubs are spread over the id range. Sampling is by binary
 * search over the cumulative weights.
 */
export class ZipfPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(items: readonly T[], exponent: number, rng: Prng) {
    this.items = items;
    const ranks = Array.from(items, (_, i) => i + 1);
    for (let i = ranks.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [ranks[i], ranks[j]] = [ranks[j]!, ranks[i]!];
    }
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    ranks.forEach((rank, i) => {
      sum += 1 / rank ** exponent;
      this.cumulative[i] = sum;
    });
  }

  pick(rng: Prng): T {
    const r = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
