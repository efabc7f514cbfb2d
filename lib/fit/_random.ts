/**
 * Seeded pseudo-random numbers: mulberry32 (Tommy Ettinger, public domain), a 32-bit generator
 * that is fast, small and good enough for resampling. Seeds are hashed with splitmix32 first so
 * nearby seeds give unrelated streams.
 * @module
 */

/** A function returning uniform numbers in [0, 1). */
export type Random = () => number;

/** A seeded generator: same seed, same stream. */
export function seededRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new TypeError(`seededRandom: seed must be a finite number, got ${seed}`);
  }
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  let state = (h ^ (h >>> 16)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviate (Box–Muller). */
export function normal(random: Random): number {
  let u = random();
  while (u <= 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Multiplicities of n draws with replacement from n items. */
export function resampleCounts(n: number, random: Random): Float64Array {
  const counts = new Float64Array(n);
  for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]! += 1;
  return counts;
}
