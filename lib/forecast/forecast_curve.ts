/**
 * Per-curve forecast: from the measured sizes of one task, the score expected at a larger (or
 * any) size, with a prediction interval that carries shape, parameter and measurement
 * uncertainty. The classifier's shape evidence decides the candidate models (power law in
 * log-odds or in loss for smooth curves, a bounded sigmoid for emergent ones, a broken power law
 * where a break is supported, flat for flat ones) and their weights; the forecast is their
 * weighted average, the interval a parametric bootstrap over the mixture (_bootstrap.ts).
 * Forecasting emergence from smaller models: OpenAI 2023 (arXiv:2303.08774), Hu et al. 2023
 * (arXiv:2310.03262), Ruan et al. 2024 (arXiv:2405.10938).
 * @module
 */
import { checkOptions } from "../_options.ts";
import { seededRandom } from "../_random.ts";
import { classifyCurve } from "../classify/classify_curve.ts";
import type { CurveClassification } from "../classify/types.ts";
import type { Forecast, ForecastInput, ForecastOptions, ForecastPoint } from "./types.ts";
import { FORECAST_SPEC } from "./_options.ts";
import { clamp, noiseOf, type Space, spaceOf } from "./_space.ts";
import { fitModel } from "./_models.ts";
import { modelWeights, shapeProbabilities } from "./_weights.ts";
import { bootstrapInterval, type MixturePart } from "./_bootstrap.ts";

/** Checks the curve and the target scale (the classifier checks the points again). */
function checkInput(curve: ForecastInput, targetScale: number): void {
  if (!(typeof targetScale === "number" && Number.isFinite(targetScale) && targetScale > 0)) {
    throw new RangeError(
      `forecastCurve: targetScale must be a finite number > 0, got ${targetScale}`,
    );
  }
  if (!Array.isArray(curve?.points) || curve.points.length < 2) {
    throw new RangeError("forecastCurve: the curve needs at least 2 points to forecast from");
  }
  for (const p of curve.points) {
    if (!(Number.isFinite(p.scale) && p.scale > 0 && Number.isFinite(p.score))) {
      throw new RangeError(
        `forecastCurve: every point needs a finite scale > 0 and a finite score, got ` +
          `scale ${p.scale}, score ${p.score}`,
      );
    }
  }
}

/** The classifier's default kind: a proportion with a chance or scores in [0, 1] (higher better). */
function kindOf(curve: ForecastInput, options: ForecastOptions): "proportion" | "continuous" {
  if (options.metricKind) return options.metricKind;
  const higher = curve.higherIsBetter ?? true;
  const unit = curve.points.every((p) => p.score >= 0 && p.score <= 1);
  return options.bounds || curve.chance !== undefined || (unit && higher)
    ? "proportion"
    : "continuous";
}

/** Residual noise of one point: the classifier's, else a straight line's residuals; never 0. */
function residualSigma(c: CurveClassification, y: number[], span: number, unit: number): number {
  const floor = 1e-4 * (span > 0 ? span : 1);
  const sigma = c.evidence.noise.source === "residual" ? unit * c.evidence.noise.sigma : 0;
  if (sigma > floor) return sigma;
  const m = y.reduce((a, b) => a + b, 0) / y.length;
  const rms = Math.sqrt(y.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, y.length - 1));
  return Math.max(floor, unit * c.evidence.noise.sigma, rms / 4);
}

/**
 * The classification of the points (the caller's, in metric units; else our own, of a bounded
 * proportion rescaled to [0, 1] so the binomial noise of `n` applies) and the factor that turns
 * its noise back into metric units.
 */
function classify(
  points: ForecastPoint[],
  curve: ForecastInput,
  options: ForecastOptions,
  metricKind: "proportion" | "continuous",
  higherIsBetter: boolean,
): { classification: CurveClassification; unit: number } {
  if (options.classification) return { classification: options.classification, unit: 1 };
  const [lo, hi] = metricKind === "proportion" ? options.bounds ?? [0, 1] : [0, 1];
  const rescale = (v: number) => (v - lo) / (hi - lo);
  const classification = classifyCurve(points.map((p) => ({ ...p, score: rescale(p.score) })), {
    metricKind,
    higherIsBetter,
    ...(curve.chance !== undefined ? { chance: rescale(curve.chance) } : {}),
    ...(metricKind === "continuous" && options.bounds ? { bounds: options.bounds } : {}),
    ...(options.prior ? { prior: options.prior } : {}),
  });
  return { classification, unit: hi - lo };
}

/**
 * Forecasts the score of `curve` at `targetScale`: the shape-weighted average of the candidate
 * models' predictions, with a prediction interval for one new measurement at `options.level`
 * (default 80%) from a seeded parametric bootstrap (`options.resamples`, default 200), the
 * extrapolation distance in orders of magnitude and each (shape, model)'s contribution.
 * Proportions are modelled in log-odds of their bounds and stay inside them.
 *
 * @throws {RangeError} for a target scale ≤ 0, fewer than 2 points, or a bad point.
 * @throws {TypeError | RangeError} for an unknown or out-of-range option.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { forecastCurve } from "./forecast_curve.ts";
 * // A smooth curve: log-odds rise by 0.5 per decade, 1,000 examples a point.
 * const points = [7, 8, 9, 10, 11].map((x) => ({
 *   scale: 10 ** x, score: 1 / (1 + Math.exp(-(0.5 * (x - 9)))), n: 1000,
 * }));
 * const f = forecastCurve({ points }, 1e12);
 * assert.equal(f.extrapolation, 1);
 * assert.ok(Math.abs(f.prediction - 0.82) < 0.03); // the law gives 1/(1+e^-1.5) = 0.818
 * assert.ok(f.interval[0] < f.prediction && f.prediction < f.interval[1] && f.interval[1] <= 1);
 * ```
 */
export function forecastCurve(
  curve: ForecastInput,
  targetScale: number,
  options: ForecastOptions = {},
): Forecast {
  checkOptions("forecastCurve", options, FORECAST_SPEC);
  checkInput(curve, targetScale);
  const level = options.level ?? 0.8, resamples = options.resamples ?? 200;
  const points = [...curve.points].sort((a, b) => a.scale - b.scale);
  const higherIsBetter = curve.higherIsBetter ?? true;
  const metricKind = kindOf(curve, options);
  const { classification, unit } = classify(points, curve, options, metricKind, higherIsBetter);
  const x = points.map((p) => Math.log10(p.scale)), y = points.map((p) => p.score);
  const space: Space = spaceOf(y, metricKind, higherIsBetter, options.bounds);
  const sigma = residualSigma(classification, y, Math.max(...y) - Math.min(...y), unit);
  const phi = classification.evidence.noise.overdispersion;
  const allN = points.every((p) => p.n !== undefined);
  const noise = (v: number, n: number | undefined) =>
    noiseOf(v, allN ? n : undefined, space, phi, sigma);
  const se = points.map((p) => noise(p.score, p.n));
  const lastN = points[points.length - 1]!.n;
  const target = Math.log10(targetScale);
  const parts: MixturePart[] = [];
  const contributions = modelWeights(classification, metricKind === "proportion").filter((w) =>
    w.weight >= 1e-3
  )
    .map((w) => {
      const predictor = fitModel(w.model, x, y, se, space);
      parts.push({ model: w.model, weight: w.weight, predictor });
      return { ...w, prediction: predictor(target) };
    });
  const total = contributions.reduce((s, c) => s + c.weight, 0);
  contributions.forEach((c, i) => (c.weight /= total, parts[i]!.weight = c.weight));
  const prediction = clamp(
    contributions.reduce((s, c) => s + c.weight * c.prediction, 0),
    space.bounds,
  );
  const data = { x, y, se, space, target, noiseAt: (v: number) => noise(v, lastN) };
  const interval = bootstrapInterval(
    parts,
    data,
    resamples,
    level,
    seededRandom(options.seed ?? 1),
  );
  return {
    targetScale,
    prediction,
    interval,
    level,
    extrapolation: target - x[x.length - 1]!,
    bounds: space.bounds,
    contributions,
    shapeProbabilities: shapeProbabilities(classification),
    classification,
  };
}
