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
 *   amplitude A = e·σ is solved by bisection (σ depends on A through p);
 * - smooth: p = b + A·t^γ; inverse: p = b + A·(1 − t^γ), γ log-uniform in [0.5, 2] (straight,
 *   concave or convex in log-scale, never a floor then a late rise); flat: p = b (effect 0);
 *   emergent: p = c + A·g, g = clamp((t − τ)/w, 0, 1) divided by its largest observed value, the
 *   break τ uniform between max(t₁, 0.25) and just below 1 (so a rise in the last interval only is
 *   possible) and the ramp's width w uniform in [0.05, 0.4] — the shape definition's emergence
 *   (on a floor near chance for ≥ 2 sizes and the first quarter of the log-range, then from onset
 *   to 90% of the rise within 40% of the log-range); the break is 10^(7+D·τ) (`onset`) and the true
 *   threshold (`threshold`) is where the noise-free curve first exceeds its floor by
 *   max(3 noise units, 10% of its rise) — the classifier's definition — when it gets there;
 *   u_shaped / inverted_u: a V or a parabola (½ each) with vertex m uniform between the mid-points
 *   of the first and of the last interval, rescaled so that the smaller observed arm is exactly A;
 * - the base b is uniform in [c, c + 0.6·(1 − c)] (kept inside [0.01, 0.99] with the amplitude);
 * - an amplitude that does not fit between max(chance, 0.01) and 0.99 (strong effects with few
 *   examples, or a U whose larger arm is many times its smaller one; under 5% of the default suite)
 *   is shrunk to fit and n raised so that the effect in noise units is kept;
 * - scores Binomial(n, p)/n;
 * - flat curves: half sit at max(chance, 0.01), as real flat benchmark curves do.
 * The observed effect (the rise, drop or smaller arm of the noise-free scores at the sizes) is
 * exactly A. Groups: "below noise" = a shape other than flat whose whole effect is under
 * VISIBLE_CHANGE (2.5 noise units, what the shape definitions call "larger than noise": such a
 * curve can only honestly be called flat or undetermined); "clear" = at least 6 sizes and (effect
 * ≥ 4 noise units, or flat); "hard" = the rest (effects of 2.5 to 4 noise units, or 4 or 5 sizes).
 * Nothing is filtered or redrawn after the noise is drawn.
 * @module
 */

import type { ClassifyPoint, Shape } from "./types.ts";
import { VISIBLE_CHANGE } from "./shapes.ts";
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

/** How hard a suite curve is to classify (see the module's documentation). */
export type SuiteGroup = "clear" | "hard" | "below_noise";

/** The group of a curve of `shape` with `effect` noise units at `sizes` sizes. */
export function suiteGroup(shape: SuiteShape, effect: number, sizes: number): SuiteGroup {
  if (shape !== "flat" && effect < VISIBLE_CHANGE) return "below_noise";
  return sizes >= 6 && (shape === "flat" || effect >= 4) ? "clear" : "hard";
}

/**
 * Whether `label` is a right label for `curve`: its generating shape, or — for a changing shape
 * whose whole effect is under the noise (group "below_noise") — also "flat", which is what the
 * definitions call a curve with no change larger than noise.
 */
export function rightLabel(curve: Pick<SuiteCurve, "shape" | "group">, label: string): boolean {
  return label === curve.shape || (curve.group === "below_noise" && label === "flat");
}

/**
 * The group a classified curve looks to be in from what the classifier sees — at least 6 sizes and
 * a best fit that moves at least 4 noise units ("clear") or not ("hard") — for checking the
 * calibration on groups that do not depend on the truth the classifier cannot see.
 */
export function seenGroup(
  result: { evidence: { scales: readonly number[]; effects: { range: number } } },
): "clear" | "hard" {
  return result.evidence.scales.length >= 6 && result.evidence.effects.range >= 4
    ? "clear"
    : "hard";
}

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
  /** "below_noise": not flat, effect < 2.5; "clear": ≥ 6 sizes and (effect ≥ 4 or flat); "hard": the rest. */
  group: SuiteGroup;
  /**
   * Emergent: the true threshold (scale where the noise-free curve first exceeds its floor by
   * max(3 noise units, 10% of its rise); absent when a rise under 3 noise units never does);
   * U / inverted U: the vertex (scale).
   */
  threshold?: number;
  /** Emergent: the break, where the noise-free rise starts (scale). */
  onset?: number;
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
function profile(
  shape: SuiteShape,
  t: number[],
  rnd: Random,
  saturating: boolean,
): { g: number[]; at?: number; ramp?: number } {
  const k = t.length;
  const between = (a: number, b: number) => a + (b - a) * rnd();
  switch (shape) {
    case "smooth":
    case "inverse": {
      if (saturating) {
        // A rise (drop) straight in log-scale up to a ceiling reached at t = end, then level.
        const end = between(0.3, 0.9);
        const g = t.map((ti) => Math.min(1, ti / end));
        return { g: shape === "smooth" ? g : g.map((v) => 1 - v) };
      }
      // Straight, concave or convex in log-scale: t^γ, γ log-uniform in [0.5, 2].
      const gamma = 2 ** (2 * rnd() - 1);
      const g = t.map((ti) => ti ** gamma);
      return { g: shape === "smooth" ? g : g.map((v) => 1 - v) };
    }
    case "flat":
      return { g: t.map(() => 0) };
    case "emergent": {
      const tau = between(Math.max(t[1]!, 0.25), 1 - 0.05 / (k - 1));
      const width = between(0.05, 0.4);
      const ramp = t.map((ti) => Math.min(1, Math.max(0, (ti - tau) / width)));
      const top = ramp[k - 1]!;
      return { g: ramp.map((v) => v / top), at: tau, ramp: width * top };
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
export function suiteCurve(
  shape: SuiteShape,
  k: number,
  rnd: Random,
  effects: [number, number] = [1, 6],
  saturating = false,
  lifted = false,
): SuiteCurve {
  const chance = [0, 0.25, 0.5][Math.floor(rnd() * 3)]!;
  let n = Math.round(100 * 50 ** rnd());
  const decades = 3 + 2 * rnd();
  const draw = rnd();
  const effect = shape === "flat" ? 0 : effects[0] + (effects[1] - effects[0]) * draw;
  const t = Array.from({ length: k }, (_, i) => i / (k - 1));
  const { g, at, ramp } = profile(shape, t, rnd, saturating);
  const gMin = Math.min(...g), gMax = Math.max(...g);
  const u = rnd();
  // A lifted emergent curve's floor sits above chance by up to 15% of the chance-to-best range.
  const floor = Math.max(0.01, chance) +
    (lifted && shape === "emergent" ? 0.15 * rnd() * (1 - chance) : 0);
  const room = 0.98 * (0.99 - floor);
  const range = gMax - gMin;
  // The base for an amplitude: emergent curves start at chance, half the flat ones sit on it, the
  // rest anywhere with every score inside [floor, 0.99].
  const baseAt = (a: number) => {
    if (shape === "emergent" || (shape === "flat" && u < 0.5)) return floor;
    const lo = floor - a * gMin;
    const hi = Math.min(0.99 - a * gMax, chance + 0.6 * (1 - chance));
    return lo + Math.max(0, hi - lo) * (shape === "flat" ? 2 * u - 1 : u);
  };
  const midAt = (a: number) => Math.min(0.99, Math.max(0.01, baseAt(a) + a * (gMin + gMax) / 2));
  // The amplitude A solves A = effect · σ(mid level) (bisection on [0, room/range]); when even the
  // largest amplitude that fits is too small for the effect at this n, it is used and n raised.
  let amp = 0;
  if (range > 0) {
    const gap = (a: number) => a - effect * noiseUnit(midAt(a), n);
    let lo = 0, hi = room / range;
    if (gap(hi) < 0) {
      amp = hi;
      const mid = midAt(amp);
      n = Math.max(n, Math.ceil(mid * (1 - mid) * (effect / amp) ** 2));
    } else {
      for (let it = 0; it < 60; it++) {
        const m = (lo + hi) / 2;
        if (gap(m) < 0) lo = m;
        else hi = m;
      }
      amp = (lo + hi) / 2;
    }
  }
  const base = baseAt(amp);
  const truth = g.map((gi) => Math.min(0.99, Math.max(0.01, base + amp * gi)));
  const scales = t.map((ti) => 10 ** (7 + decades * ti));
  const points = truth.map((p, i) => ({ scale: scales[i]!, score: binomial(rnd, n, p) / n, n }));
  const group = suiteGroup(shape, effect, k);
  const out: SuiteCurve = { shape, points, truth, chance, n, effect, group };
  if (shape === "emergent" && at !== undefined && ramp !== undefined) {
    // The noise-free curve is floor + A·(t − τ)/ramp up to its top; the level above the floor is
    // max(3σ, 10% of A) with σ = A/effect, reached at τ + ramp·level/A when level ≤ A.
    out.onset = 10 ** (7 + decades * at);
    const share = Math.max(3 / effect, 0.1);
    if (share <= 1) out.threshold = 10 ** (7 + decades * (at + ramp * share));
  } else if (at !== undefined) out.threshold = 10 ** (7 + decades * at);
  return out;
}

/**
 * The suite: `count` curves (default 2 100), cycling through shapes × size counts, seeded;
 * `effects` (default [1, 6] noise units) widens the effect range, e.g. for fitting a calibration;
 * `mix` (shape → weight) draws each curve's shape with those weights (from a second stream seeded
 * from `seed`) instead of cycling through the shapes equally often; `saturating` makes the smooth
 * and inverse curves rise (drop) straight in log-scale to a level they reach between 30% and 90%
 * of the log-range and keep (for the calibration's training only: the suite's own smooth curves
 * are powers of t); `lifted` starts the emergent curves up to 15% of the chance-to-best range above
 * chance (the shape definitions' "near chance"; the suite's own start at chance).
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
export function syntheticSuite(
  options: {
    seed?: number;
    count?: number;
    effects?: [number, number];
    mix?: Readonly<Record<string, number>>;
    saturating?: boolean;
    lifted?: boolean;
  } = {},
): SuiteCurve[] {
  const rnd = mulberry32(options.seed ?? 1);
  const count = options.count ?? 2100;
  const pick = mixPicker(options.mix, options.seed ?? 1);
  return Array.from({ length: count }, (_, i) => {
    const shape = pick ? pick() : SUITE_SHAPES[i % SUITE_SHAPES.length]!;
    const k = SUITE_SIZES[Math.floor(i / SUITE_SHAPES.length) % SUITE_SIZES.length]!;
    return suiteCurve(shape, k, rnd, options.effects, options.saturating, options.lifted);
  });
}

/** A seeded draw of shapes with the given weights, or undefined for the equal cycle. */
function mixPicker(
  mix: Readonly<Record<string, number>> | undefined,
  seed: number,
): (() => SuiteShape) | undefined {
  if (!mix) return undefined;
  const draw = mulberry32(seed * 7919 + 17);
  const weights = SUITE_SHAPES.map((s) => Math.max(0, mix[s] ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let u = draw() * total;
    for (let i = 0; i < SUITE_SHAPES.length; i++) {
      u -= weights[i]!;
      if (u < 0) return SUITE_SHAPES[i]!;
    }
    return SUITE_SHAPES[SUITE_SHAPES.length - 1]!;
  };
}
