/**
 * The emergence threshold of a curve, with one definition everywhere: classifyCurve's — the first
 * scale where the lead emergent fit exceeds max(chance, its floor) by max(3σ, 10% of its rise) —
 * with classifyCurve's interval (profile likelihood, padded and scaled by a split-conformal factor
 * for about 95% coverage; _locate.ts). Beside it, a different quantity that is not a threshold:
 * the sigmoid midpoint, half-way up the fitted rise, with a seeded bootstrap interval.
 * @module
 */

import type { ClassifyOptions, ClassifyPoint, Shape } from "./types.ts";
import { prepareCurve, type PreparedCurve } from "./_prepare.ts";
import type { RawFit } from "./_models.ts";
import { sigmoid } from "./_sigmoid_model.ts";
import { classifyCurve } from "./classify_curve.ts";
import { checkClassifyOptions, classifyOptionsOf, THRESHOLD_SPEC } from "./_options.ts";
import { binomialSampler, mulberry32, type Random } from "../_random.ts";
import { quantileSorted } from "../stats/quantile.ts";

/** Options of {@linkcode emergenceThreshold}. */
export interface EmergenceThresholdOptions extends ClassifyOptions {
  /** Bootstrap resamples of the sigmoid midpoint (default 200; 0 for none). */
  resamples?: number;
  /** Seed of the bootstrap (default 1), or an injected uniform generator. */
  seed?: number;
  /** Uniform generator in [0, 1) used instead of `seed`. */
  random?: Random;
  /** Coverage of the midpoint's percentile interval (default 0.95). */
  coverage?: number;
}

/** An estimate with its interval (scales). */
export interface ScaleEstimate {
  /** Point estimate (scale). */
  estimate: number;
  /** Interval (scales), when the data give one. */
  interval?: [number, number];
}

/** Result of {@linkcode emergenceThreshold}. */
export interface EmergenceThreshold {
  /** The classifier's label: always "emergent" (other labels throw). */
  shape: Shape;
  /**
   * classifyCurve's `threshold` and `thresholdInterval`: the first scale where the fitted curve
   * exceeds max(chance, its floor) by max(3σ, 10% of its rise); at the largest size when the fit
   * never gets there inside the data (a bound: "at or above").
   */
  threshold: ScaleEstimate;
  /**
   * Not a threshold: the midpoint of a logistic sigmoid fitted in log10(scale) (half-way between
   * floor and ceiling), with a percentile bootstrap interval; when ≥ 5 scales.
   */
  midpoint?: ScaleEstimate;
  /** Bootstrap resamples behind the midpoint's interval. */
  resamples: number;
}

/**
 * Bootstrap draws of the sigmoid midpoint (log10 scale): scores redrawn from
 * Binomial(nᵢ, scoreᵢ)/nᵢ when n is known, else fitted values plus resampled residuals.
 */
function bootstrapMidpoints(
  prepared: PreparedCurve,
  fit: RawFit,
  fitOf: (y: number[]) => RawFit,
  random: Random,
  resamples: number,
): number[] {
  const { orientation } = prepared, k = prepared.x.length;
  const residuals = prepared.y.map((v, i) => v - fit.fitted[i]!);
  const ms: number[] = [];
  // Parametric resamples redraw each score from Binomial(nᵢ, scoreᵢ): one sampler per point.
  const n = prepared.se ? prepared.n : undefined;
  const draws = n ? prepared.score.map((s, i) => binomialSampler(n[i]!, s)) : undefined;
  for (let b = 0; b < resamples; b++) {
    const y = draws && n
      ? draws.map((draw, i) => orientation * draw(random) / n[i]!)
      : fit.fitted.map((f) => f + (residuals[Math.floor(random() * k)] ?? 0));
    const midpoint = fitOf(y).coefficients.midpoint;
    if (midpoint !== undefined && Number.isFinite(midpoint)) ms.push(midpoint);
  }
  return ms;
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
 * Emergence threshold of a curve the classifier labels emergent: classifyCurve's threshold and
 * interval (the one definition the chapters, the analyze pages and the API share; its interval
 * covers the true threshold of about 95% of synthetic emergent curves, `deno task bench`), and the
 * sigmoid midpoint (≥ 5 scales) with a seeded percentile bootstrap interval (Efron & Tibshirani
 * 1993, ch. 13): scores resampled as Binomial(n, score)/n when n is known, else fitted plus
 * resampled residuals. For threshold-type emergence see Wei et al. 2022 ("Emergent Abilities of
 * Large Language Models", TMLR).
 *
 * @throws {TypeError | RangeError} for invalid points, as {@linkcode classifyCurve}.
 * @throws {RangeError} when there are fewer than 4 distinct scales, or the classifier does not
 * label the curve emergent (there is then no emergence threshold to report).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyCurve, emergenceThreshold } from "./mod.ts";
 * const scales = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11];
 * const scores = [0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.45, 0.7, 0.82];
 * const points = scales.map((scale, i) => ({ scale, score: scores[i]!, n: 1000 }));
 * const t = emergenceThreshold(points, { chance: 0.25, resamples: 100, seed: 3 });
 * assert.equal(t.threshold.estimate, classifyCurve(points, { chance: 0.25 }).threshold);
 * assert.ok(t.threshold.interval![0] <= t.threshold.estimate && t.threshold.estimate <= t.threshold.interval![1]);
 * assert.ok(t.midpoint!.estimate > t.threshold.estimate);
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
  if (label.shape !== "emergent" || label.threshold === undefined) {
    throw new RangeError(
      `emergenceThreshold: the classifier labels this curve ${label.shape}, not emergent; ` +
        "there is no emergence threshold",
    );
  }
  const result: EmergenceThreshold = {
    shape: label.shape,
    threshold: { estimate: label.threshold },
    resamples: 0,
  };
  if (label.thresholdInterval) result.threshold.interval = label.thresholdInterval;
  if (k < 5) return result;
  const x = prepared.x;
  const se = prepared.se ?? x.map(() => 1);
  const w = se.map((s) => 1 / (s * s));
  const fitOf = (y: number[]) => sigmoid(x, y, w)!;
  const fit = fitOf(prepared.y);
  result.midpoint = { estimate: 10 ** fit.coefficients.midpoint! };
  const draws = bootstrapMidpoints(
    prepared,
    fit,
    fitOf,
    options.random ?? mulberry32(options.seed ?? 1),
    options.resamples ?? 200,
  );
  result.resamples = draws.length;
  const interval = percentileInterval(draws, options.coverage ?? 0.95);
  if (interval) result.midpoint.interval = interval;
  return result;
}
