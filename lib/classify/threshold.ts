/**
 * Emergence thresholds with seeded bootstrap intervals: the scale where the fitted curve first
 * exceeds chance (or its floor) by a clear margin, and the sigmoid midpoint.
 * @module
 */

import type { ClassifyOptions, ClassifyPoint, Shape } from "./types.ts";
import { prepareCurve, type PreparedCurve } from "./_prepare.ts";
import { hinge2, type RawFit } from "./_models.ts";
import { sigmoid } from "./_sigmoid_model.ts";
import { classifyCurve } from "./classify_curve.ts";
import { checkClassifyOptions, classifyOptionsOf, THRESHOLD_SPEC } from "./_options.ts";
import { binomialSampler, mulberry32, type Random } from "../_random.ts";
import { quantileSorted } from "../stats/quantile.ts";

/** Options of {@linkcode emergenceThreshold}. */
export interface EmergenceThresholdOptions extends ClassifyOptions {
  /** Bootstrap resamples (default 200; 0 for none). */
  resamples?: number;
  /** Seed of the bootstrap (default 1), or an injected uniform generator. */
  seed?: number;
  /** Uniform generator in [0, 1) used instead of `seed`. */
  random?: Random;
  /** Coverage of the percentile intervals (default 0.95). */
  coverage?: number;
}

/** An estimate with its bootstrap percentile interval (scales). */
export interface ScaleEstimate {
  /** Point estimate (scale). */
  estimate: number;
  /** Percentile bootstrap interval (scales), when at least 20 resamples gave one. */
  interval?: [number, number];
}

/** Result of {@linkcode emergenceThreshold}. */
export interface EmergenceThreshold {
  /** The classifier's label for the curve (the threshold is most meaningful when "emergent"). */
  shape: Shape;
  /** First scale where the fitted curve exceeds max(chance, floor) + margin. */
  threshold: ScaleEstimate;
  /** Sigmoid midpoint (half-way between floor and ceiling), when ≥ 5 scales. */
  midpoint?: ScaleEstimate;
  /** The margin (metric units): max(3σ, 10% of the fitted rise). */
  margin: number;
  /** The model fitted: "sigmoid" (≥ 5 scales) or "flat_then_line". */
  model: "sigmoid" | "flat_then_line";
  /** Resamples whose fit gave a threshold inside the data (the rest are left out). */
  resamples: number;
}

function thresholdOf(
  fit: RawFit,
  x: number[],
  floorLevel: number,
  margin: number,
): number | undefined {
  const first = x[0]!, last = x[x.length - 1]!;
  const level = Math.max(fit.predict(first), floorLevel) + margin;
  for (let s = 0; s <= 400; s++) {
    const xi = first + (last - first) * s / 400;
    if (fit.predict(xi) >= level) return xi;
  }
  return undefined;
}

/**
 * Bootstrap draws of the threshold (log10 scale) and, for a sigmoid, of its midpoint: scores
 * redrawn from Binomial(nᵢ, scoreᵢ)/nᵢ when n is known, else fitted values plus resampled
 * residuals; resamples whose refit never crosses the margin are left out.
 */
function bootstrapThresholds(
  prepared: PreparedCurve,
  fit: RawFit,
  fitOf: (y: number[]) => RawFit,
  how: { floorLevel: number; margin: number; random: Random; resamples: number },
): { ts: number[]; ms: number[] } {
  const { x, orientation } = prepared, k = x.length, random = how.random;
  const residuals = prepared.y.map((v, i) => v - fit.fitted[i]!);
  const ts: number[] = [], ms: number[] = [];
  // Parametric resamples redraw each score from Binomial(nᵢ, scoreᵢ): one sampler per point.
  const n = prepared.se ? prepared.n : undefined;
  const draws = n ? prepared.score.map((s, i) => binomialSampler(n[i]!, s)) : undefined;
  for (let b = 0; b < how.resamples; b++) {
    const y = draws && n
      ? draws.map((draw, i) => orientation * draw(random) / n[i]!)
      : fit.fitted.map((f) => f + (residuals[Math.floor(random() * k)] ?? 0));
    const refit = fitOf(y);
    const t = thresholdOf(refit, x, how.floorLevel, how.margin);
    if (t === undefined) continue;
    ts.push(t);
    if (refit.model === "sigmoid") ms.push(refit.coefficients.midpoint!);
  }
  return { ts, ms };
}

/** Percentile interval (scales) of log10 draws; none from fewer than 20 draws. */
function percentileInterval(draws: number[], coverage: number): [number, number] | undefined {
  if (draws.length < 20) return undefined;
  const sorted = Float64Array.from(draws).sort();
  return [
    10 ** quantileSorted(sorted, (1 - coverage) / 2),
    10 ** quantileSorted(sorted, (1 + coverage) / 2),
  ];
}

/**
 * Emergence threshold of a curve: fit a logistic sigmoid in log10(scale) (≥ 5 scales; else a flat
 * line followed by a rising line) and report
 * - `threshold`: the first scale where the fitted curve exceeds max(chance, its value at the
 *   smallest scale) by margin = max(3σ, 10% of the fitted rise), σ the classifier's noise;
 * - `midpoint`: the sigmoid's midpoint m in y = floor + height·σ((log10 N − m)/width);
 * each with a percentile bootstrap interval: scores resampled as Binomial(n, score)/n when n is
 * known (re-drawing the examples), else fitted + resampled residuals; seeded, so deterministic.
 * For the method see Efron & Tibshirani 1993, ch. 13; for threshold-type emergence Wei et al. 2022
 * ("Emergent Abilities of Large Language Models", TMLR).
 *
 * @throws {TypeError | RangeError} for invalid points, as {@linkcode classifyCurve}.
 * @throws {RangeError} when there are fewer than 4 distinct scales or the curve never rises.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceThreshold } from "./mod.ts";
 * const scales = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11];
 * const scores = [0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.45, 0.7, 0.82];
 * const t = emergenceThreshold(scales.map((scale, i) => ({ scale, score: scores[i]!, n: 1000 })), {
 *   chance: 0.25,
 *   resamples: 100,
 *   seed: 3,
 * });
 * assert.ok(t.shape === "emergent");
 * assert.ok(t.threshold.interval![0] <= t.threshold.estimate && t.threshold.estimate <= t.threshold.interval![1]);
 * ```
 */
export function emergenceThreshold(
  points: ClassifyPoint[],
  options: EmergenceThresholdOptions = {},
): EmergenceThreshold {
  checkClassifyOptions("emergenceThreshold", options, THRESHOLD_SPEC);
  const prepared = prepareCurve(points, options);
  const k = prepared.x.length;
  if (k < 4) {
    throw new RangeError(`emergenceThreshold: needs at least 4 distinct scales, got ${k}`);
  }
  const label = classifyCurve(points, classifyOptionsOf(options));
  const sigma = label.evidence.noise.sigma;
  const x = prepared.x;
  const se = prepared.se ?? x.map(() => 1);
  const w = se.map((s) => 1 / (s * s));
  const useSigmoid = k >= 5;
  const fitOf = (
    y: number[],
  ) => (useSigmoid ? sigmoid(x, y, w)! : hinge2("flat_then_line", x, y, w));
  const fit = fitOf(prepared.y);
  const values = x.map((xi) => fit.predict(xi));
  const rise = Math.max(...values) - values[0]!;
  if (!(rise > 0)) {
    throw new RangeError("emergenceThreshold: the fitted curve never rises; there is no threshold");
  }
  const margin = Math.max(3 * sigma, 0.1 * rise);
  const floorLevel = prepared.chance === undefined
    ? -Infinity
    : prepared.orientation * prepared.chance;
  const x0 = thresholdOf(fit, x, floorLevel, margin);
  if (x0 === undefined) {
    throw new RangeError(
      "emergenceThreshold: the fitted curve never exceeds chance by the margin within the data",
    );
  }
  const midpoint0 = useSigmoid ? fit.coefficients.midpoint! : undefined;
  const { ts, ms } = bootstrapThresholds(prepared, fit, fitOf, {
    floorLevel,
    margin,
    random: options.random ?? mulberry32(options.seed ?? 1),
    resamples: options.resamples ?? 200,
  });
  const coverage = options.coverage ?? 0.95;
  const interval = (draws: number[]) => percentileInterval(draws, coverage);
  const result: EmergenceThreshold = {
    shape: label.shape,
    threshold: { estimate: 10 ** x0 },
    margin,
    model: useSigmoid ? "sigmoid" : "flat_then_line",
    resamples: ts.length,
  };
  const ti = interval(ts);
  if (ti) result.threshold.interval = ti;
  if (midpoint0 !== undefined) {
    result.midpoint = { estimate: 10 ** midpoint0 };
    const mi = interval(ms);
    if (mi) result.midpoint.interval = mi;
  }
  return result;
}
