/**
 * mulberry32: a small, well-distributed 32-bit PRNG (public domain). Seeded so
 * that the demo network, generated test and benchmark networks and Louvain's
 * tie-breaking give the same result on every machine and every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
