/**
 * The hard synthetic suite of the classifier (issue 18): seeded curves of every shape at 4, 5, 6, 8
 * and 12 sizes, effects of 1 to 6 noise units, binomial noise with n = 100 to 5 000 examples,
 * breaks and vertices anywhere (the last interval included), chance 0, 0.25 or 0.5.
 *
 * Generator, per curve (all draws from one mulberry32 stream):
 * - shape cycles through the six shapes, the number of sizes k through 4, 5, 6, 8, 12;
 * - chance c ∈ {0, 0.25, 0.5} uniformly; n log-uniform in [100, 5 000] (integer);
 * - sizes 10^(7 + D·tᵢ), tᵢ = i/(k − 1), D uniform in [3, 5] decades;
 * - effect e uniform in [1, 6] noise units; the noise unit σ is the binomial standard error
 *   √(p(1 − p)/n) at the curve's mid level p = (min + max)/2 of its noise-free scores, and the
 *   amplitude A = e·σ is solved by fixed-point iteration (σ depends on A through p);
 * - smooth: p = b + A·t; inverse: p = b + A·(1 − t); flat: p = b (effect 0);
 *   emergent: p = c + A·clamp((t − τ)/(1 − τ), 0, 1), the break τ uniform between max(t₁, 0.25)
 *   and t_{k−1} (so a rise in the last interval only is possible); the true threshold is 10^(7+D·τ);
 *   u_shaped / inverted_u: a V or a parabola (½ each) with vertex m uniform between the mid-points
 *   of the first and of the last interval, rescaled so that the smaller observed arm is exactly A;
 * - the base b is uniform in [c, c + 0.6·(1 − c)] (kept inside [0.01, 0.99] with the amplitude);
 * - scores Binomial(n, p)/n.
 * The observed effect (the rise, drop or smaller arm of the noise-free scores at the sizes) is
 * exactly A. Groups: "clear" = at least 6 sizes and (effect ≥ 4 noise units, or flat); "hard" = the
 * rest. Nothing is filtered or redrawn after the noise is drawn.
 * @module
 */

import type { ClassifyPoint, Shape } from "./types.ts";
import { binomial, mulberry32, type Random } from "../_random.ts";

/** The shapes a suite curve can have (every shape but "insufficient"). */
export type SuiteShape = Exclude<Shape, "insufficient">;

/** The generating shapes, in the order the suite cycles through them. */
export const SUITE_SHAPES: readonly SuiteShape[] = [
  "smooth",
  "emergent",
  "flat",
  "inverse",
  "u_shaped",
  "inverted_u",
];

/** The numbers of sizes the suite cycles through. */
export const SUITE_SIZES: readonly number[] = [4, 5, 6, 8, 12];

/** One curve of the suite. */
export interface SuiteCurve {
  /** The generating shape. */
  shape: SuiteShape;
  /** Noisy points. */
  points: (ClassifyPoint & { n: number })[];
  /** Noise-free scores at the sizes. */
  truth: number[];
  /** Chance level. */
  chance: number;
  /** Examples per point. */
  n: number;
  /** Effect in noise units (0 for flat). */
  effect: number;
  /** "clear": ≥ 6 sizes and (effect ≥ 4 or flat); "hard": the rest. */
  group: "clear" | "hard";
  /** Emergent: the true threshold (scale of the break); U / inverted U: the vertex (scale). */
  threshold?: number;
}

/** Binomial standard error of p with n examples (floored so that p near 0 or 1 keeps a unit). */
function noiseUnit(p: number, n: number): number {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.sqrt(q * (1 - q) / n);
}

/** A V (or parabola) profile with vertex m, scaled so that its smaller observed arm is 1. */
function turnProfile(t: number[], m: number, vee: boolean): number[] {
  const d = t.map((ti) => (vee ? Math.abs(ti - m) : (ti - m) ** 2));
  let iMin = 0;
  d.forEach((v, i) => {
    if (v < d[iMin]!) iMin = i;
  });
  const arm = Math.min(d[0]! - d[iMin]!, d[d.length - 1]! - d[iMin]!);
  return d.map((v) => (v - d[iMin]!) / arm);
}

/** Unit profile (observed change exactly 1) of a shape, and its location (t) if any. */
function profile(shape: SuiteShape, t: number[], rnd: Random): { g: number[]; at?: number } {
  const k = t.length;
  const between = (a: number, b: number) => a + (b - a) * rnd();
  switch (shape) {
    case "smooth":
      return { g: t.slice() };
    case "inverse":
      return { g: t.map((ti) => 1 - ti) };
    case "flat":
      return { g: t.map(() => 0) };
    case "emergent": {
      const tau = between(Math.max(t[1]!, 0.25), 1 - 0.05 / (k - 1));
      return { g: t.map((ti) => Math.min(1, Math.max(0, (ti - tau) / (1 - tau)))), at: tau };
    }
    case "u_shaped":
    case "inverted_u": {
      const m = between((t[0]! + t[1]!) / 2, (t[k - 2]! + t[k - 1]!) / 2);
      const g = turnProfile(t, m, rnd() < 0.5);
      return { g: shape === "u_shaped" ? g : g.map((v) => -v), at: m };
    }
  }
}

/** One suite curve of the given shape and size count. */
export function suiteCurve(shape: SuiteShape, k: number, rnd: Random): SuiteCurve {
  const chance = [0, 0.25, 0.5][Math.floor(rnd() * 3)]!;
  const n = Math.round(100 * 50 ** rnd());
  const decades = 3 + 2 * rnd();
  const effect = shape === "flat" ? 0 : 1 + 5 * rnd();
  const t = Array.from({ length: k }, (_, i) => i / (k - 1));
  const { g, at } = profile(shape, t, rnd);
  const gMin = Math.min(...g), gMax = Math.max(...g);
  const u = rnd();
  // Fixed point: A = effect · σ(mid level), the base placed so every score stays in [0.01, 0.99].
  let amp = 0, base = chance;
  for (let it = 0; it < 8; it++) {
    const lo = Math.max(0.01, chance) - amp * gMin;
    const hi = Math.min(0.99 - amp * gMax, chance + 0.6 * (1 - chance));
    base = shape === "emergent" ? Math.max(0.01, chance) : lo + Math.max(0, hi - lo) * u;
    amp = effect * noiseUnit(base + amp * (gMin + gMax) / 2, n);
  }
  const truth = g.map((gi) => Math.min(0.99, Math.max(0.01, base + amp * gi)));
  const scales = t.map((ti) => 10 ** (7 + decades * ti));
  const points = truth.map((p, i) => ({ scale: scales[i]!, score: binomial(rnd, n, p) / n, n }));
  const group = k >= 6 && (shape === "flat" || effect >= 4) ? "clear" : "hard";
  const out: SuiteCurve = { shape, points, truth, chance, n, effect, group };
  if (at !== undefined) out.threshold = 10 ** (7 + decades * at);
  return out;
}

/**
 * The suite: `count` curves (default 2 100), cycling through shapes × size counts, seeded.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { syntheticSuite } from "./synthetic_suite.ts";
 * const suite = syntheticSuite({ seed: 1, count: 60 });
 * assert.equal(suite.length, 60);
 * assert.ok(suite.some((c) => c.group === "hard") && suite.some((c) => c.group === "clear"));
 * ```
 */
export function syntheticSuite(options: { seed?: number; count?: number } = {}): SuiteCurve[] {
  const rnd = mulberry32(options.seed ?? 1);
  const count = options.count ?? 2100;
  return Array.from({ length: count }, (_, i) => {
    const shape = SUITE_SHAPES[i % SUITE_SHAPES.length]!;
    const k = SUITE_SIZES[Math.floor(i / SUITE_SHAPES.length) % SUITE_SIZES.length]!;
    return suiteCurve(shape, k, rnd);
  });
}
