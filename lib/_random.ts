/**
 * Seeded pseudo-random numbers shared by the fits' bootstraps and the classifier: mulberry32
 * (Tommy Ettinger, public domain), a small, fast 32-bit generator good enough for resampling;
 * Box–Muller normals; binomial draws; bootstrap multiplicities. Every stream is reproducible.
 * @module
 */

/** A function returning uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32 started directly from `seed` (period 2^32). */
export function mulberry32(seed: number): Random {
  let state = (Math.floor(seed) >>> 0) || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded generator whose seed is first hashed (splitmix32 finaliser), so nearby seeds give
 * unrelated streams: same seed, same stream.
 */
export function seededRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new TypeError(`seededRandom: seed must be a finite number, got ${seed}`);
  }
  let h = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return mulberry32((h ^ (h >>> 16)) >>> 0);
}

/** A standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  let u = random();
  while (u <= 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * A Binomial(n, p) draw: exact (sum of Bernoulli trials) for n ≤ 2000, otherwise the normal
 * approximation rounded and clamped to [0, n] (n·p·(1−p) is then large enough for it).
 */
export function binomial(random: Random, n: number, p: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 2000) {
    let k = 0;
    for (let i = 0; i < n; i++) if (random() < p) k++;
    return k;
  }
  const draw = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(random));
  return Math.min(n, Math.max(0, draw));
}

/**
 * Binomial(n, p) draws for repeated use with one n and p (n = `trials` rounded) — the same
 * distribution as {@linkcode binomial}, one uniform per exact draw. For n ≤ 2000 the CDF is
 * built once (weights relative to the mode, recurring outward by the pmf ratios, so nothing
 * underflows) and each draw inverts it by binary search: O(log n) instead of n Bernoulli
 * trials. Larger n use the same normal approximation as `binomial`.
 */
export function binomialSampler(trials: number, p: number): (random: Random) => number {
  if (!(trials >= 0 && Number.isFinite(trials))) {
    throw new RangeError(`binomialSampler: trials must be a finite number >= 0, got ${trials}`);
  }
  const n = Math.round(trials); // a whole number of trials (example counts may be averages)
  if (p <= 0 || n === 0) return () => 0;
  if (p >= 1) return () => n;
  if (n > 2000) return (random) => binomial(random, n, p);
  const weights = new Float64Array(n + 1);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const odds = p / (1 - p);
  weights[mode] = 1;
  for (let k = mode; k < n; k++) weights[k + 1] = weights[k]! * ((n - k) / (k + 1)) * odds;
  for (let k = mode; k > 0; k--) weights[k - 1] = weights[k]! * (k / (n - k + 1)) / odds;
  const cumulative = new Float64Array(n + 1);
  let total = 0;
  for (let k = 0; k <= n; k++) cumulative[k] = total += weights[k]!;
  return (random) => {
    const u = random() * total;
    // First k with cumulative[k] > u.
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/** Multiplicities of n draws with replacement from n items (one bootstrap resample). */
export function resampleCounts(n: number, random: Random): Float64Array {
  const counts = new Float64Array(n);
  for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]! += 1;
  return counts;
}
