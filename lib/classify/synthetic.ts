/**
 * Seeded synthetic task curves of each shape (shapes.ts) with binomial noise — the test suite of the
 * classifier, and illustrations for the report (label such charts as simulated).
 * @module
 */

import type { ClassifyPoint, Shape } from "./types.ts";
import { unhandledShape } from "./shapes.ts";
import { binomial, mulberry32, type Random } from "../_random.ts";
import { binomialStandardError, logistic } from "../stats/mod.ts";
import { checkClassifyOptions, checkSyntheticShape, SYNTHETIC_SPEC } from "./_options.ts";

/** Options of {@linkcode syntheticCurve}. */
export interface SyntheticOptions {
  /** Number of scales (default 8). */
  scales?: number;
  /** Examples per point (default 1000). */
  n?: number;
  /** Chance level (default 0.25). */
  chance?: number;
  /** Minimum effect in binomial standard errors for every rise, drop or recovery (default 4). */
  minEffect?: number;
  /** Seed (default 1) or an injected uniform generator. */
  seed?: number;
  /** Uniform generator in [0, 1) used instead of `seed`. */
  random?: Random;
}

/** A generated curve: noisy points, the noise-free scores and the generating shape. */
export interface SyntheticCurve {
  /** The generating shape. */
  shape: Exclude<Shape, "insufficient">;
  /** Chance level used. */
  chance: number;
  /** Noisy points (score = Binomial(n, truth)/n). */
  points: (ClassifyPoint & { n: number })[];
  /** Noise-free score at each scale. */
  truth: number[];
  /** Smallest effect (rise, drop or recovery) in standard errors of the noise-free curve. */
  effect: number;
  /** Scale of the sigmoid midpoint (emergent) or of the turn (U / inverted-U). */
  turn?: number;
}

/** The generator's tools for one curve: uniform draws and effect sizes in standard errors. */
interface Tools {
  /** Positions in log-scale, 0 (smallest model) to 1 (largest). */
  t: number[];
  random: Random;
  between: (a: number, b: number) => number;
  /** Effect of a change from u1 to u2 in standard errors. */
  eff: (u1: number, u2: number) => number;
}

/** One draw of a noise-free normalised curve u(t), its smallest effect and its turn (if any). */
interface Draw {
  u: number[];
  effect: number;
  turnT?: number;
}

/** A decline then a recovery (sign +1) or a rise then a decline (−1): parabola or V. */
function turning(sign: 1 | -1, amp: number, tools: Tools): Draw {
  const { t, random, between, eff } = tools;
  const m = between(0.35, 0.65);
  const depth = amp;
  const vee = random() < 0.5;
  const base = sign === 1 ? between(0, 0.95 - depth) : between(depth, 0.95);
  const span = Math.max(m, 1 - m);
  const u = t.map((ti) => {
    const d = Math.abs(ti - m) / span;
    return base + sign * depth * (vee ? d : d * d);
  });
  let iExt = 0;
  u.forEach((v, i) => {
    if (sign * v < sign * u[iExt]!) iExt = i;
  });
  const k = t.length;
  return { u, effect: Math.min(eff(u[0]!, u[iExt]!), eff(u[k - 1]!, u[iExt]!)), turnT: m };
}

/** A flat plateau at u = 0 (chance), then a steep logistic rise. */
function emergent(amp: number, tools: Tools): Draw {
  const { t, between, eff } = tools;
  const k = t.length;
  // Midpoint with at least two scales on the plateau and one above it.
  const lo = Math.max(2.5 / (k - 1), 0.4), hi = Math.min(1 - 0.8 / (k - 1), 0.85);
  const m = between(lo, Math.max(lo, hi));
  const w = between(0.015, 0.05);
  const top = Math.min(0.95, amp * 1.6);
  const u = t.map((ti) => top * logistic((ti - m) / w));
  return { u, effect: eff(u[0]!, u[k - 1]!), turnT: m };
}

/** One draw of the given shape with amplitude `amp`. */
function draw(shape: Exclude<Shape, "insufficient">, amp: number, tools: Tools): Draw {
  const { t, between, eff } = tools;
  const last = t.length - 1;
  switch (shape) {
    case "smooth": {
      const u0 = between(0, 0.95 - amp);
      const u = t.map((ti) => u0 + amp * ti);
      return { u, effect: eff(u[0]!, u[last]!) };
    }
    case "inverse": {
      const u0 = between(amp, 0.95);
      const u = t.map((ti) => u0 - amp * ti);
      return { u, effect: eff(u[0]!, u[last]!) };
    }
    case "flat": {
      const u0 = between(0, 0.7);
      return { u: t.map(() => u0), effect: Infinity };
    }
    case "emergent":
      return emergent(amp, tools);
    case "u_shaped":
      return turning(1, amp, tools);
    case "inverted_u":
      return turning(-1, amp, tools);
    default:
      return unhandledShape(shape);
  }
}

/**
 * Generates a noisy curve of the given shape: scales log-spaced over 3–5 decades from 10⁷; a
 * normalised score u(t) ∈ [0, 1] of t = position in log-scale (0 at the smallest, 1 at the largest
 * model) mapped to score = chance + (1 − chance)·u; scores drawn as Binomial(n, score)/n.
 *
 * - smooth: u = u₀ + A·t (a straight rise in log-scale);
 * - emergent: u = A·σ((t − m)/w), flat at chance then a steep logistic (10–90% in ≤ 22% of the range);
 * - flat: u = u₀;
 * - inverse: u = u₀ − A·t;
 * - u_shaped: a decline then a recovery (parabola or V in log-scale, turn in the middle third);
 * - inverted_u: a rise then a decline (the mirror image).
 * Amplitudes are redrawn until every rise/drop/recovery is at least `minEffect` standard errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { syntheticCurve } from "./mod.ts";
 * const c = syntheticCurve("emergent", { scales: 10, n: 1000, chance: 0.25, seed: 7 });
 * assert.ok(c.points.length === 10 && c.points.every((p) => p.score >= 0 && p.score <= 1));
 * ```
 */
export function syntheticCurve(
  shape: Exclude<Shape, "insufficient">,
  options: SyntheticOptions = {},
): SyntheticCurve {
  checkSyntheticShape(shape, "shape", "syntheticCurve");
  checkClassifyOptions("syntheticCurve", options, SYNTHETIC_SPEC);
  const random = options.random ?? mulberry32(options.seed ?? 1);
  const k = options.scales ?? 8;
  const n = options.n ?? 1000;
  const chance = options.chance ?? 0.25;
  const minEffect = options.minEffect ?? 4;
  const decades = 3 + 2 * random();
  const t = Array.from({ length: k }, (_, i) => i / (k - 1));
  const between = (a: number, b: number) => a + (b - a) * random();
  const toScore = (u: number) => chance + (1 - chance) * u;
  const se = (u: number) => {
    // Floored at √(10⁻⁴/n) so that scores near 0 or 1 keep a usable error.
    const p = toScore(u);
    return p * (1 - p) >= 1e-4 ? binomialStandardError(p, n) : Math.sqrt(1e-4 / n);
  };
  // Effect of a change from u1 to u2 in standard errors (the larger of the two ends' errors).
  const eff = (u1: number, u2: number) =>
    Math.abs(toScore(u2) - toScore(u1)) / Math.max(se(u1), se(u2));
  const tools: Tools = { t, random, between, eff };
  let drawn: Draw = { u: [], effect: 0 };
  for (let attempt = 0; attempt < 200; attempt++) {
    const grow = 1 + attempt / 20; // widen the amplitude range when small n makes effects tiny
    const amp = Math.min(0.95, between(0.1, 0.5) * grow);
    drawn = draw(shape, amp, tools);
    if (drawn.effect >= minEffect) break;
  }
  const { u, effect, turnT } = drawn;
  const scales = t.map((ti) => 10 ** (7 + decades * ti));
  const truth = u.map(toScore);
  const points = truth.map((p, i) => ({ scale: scales[i]!, score: binomial(random, n, p) / n, n }));
  const out: SyntheticCurve = { shape, chance, points, truth, effect };
  if (turnT !== undefined) out.turn = 10 ** (7 + decades * turnT);
  return out;
}
