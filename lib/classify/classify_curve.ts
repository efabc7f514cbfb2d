/**
 * Curve-shape classification: for a task curve (score against model scale) decide which shape
 * (shapes.ts) it is — smooth, emergent, flat, inverse, u_shaped, inverted_u or insufficient — how
 * sure we are, where the threshold or turn is, and why.
 *
 * Method: seven candidate models in x = log10(scale) (constant; straight line; quadratic; flat then
 * line; line then flat; two-segment broken line; logistic sigmoid) are fitted by weighted least
 * squares with weights 1/seᵢ² (binomial standard errors from n, scaled by an over-dispersion
 * factor; or the residual variance when n is unknown). Each fit is compared by AIC on the scaled
 * deviance, AIC = χ²/φ + 2k (Akaike 1974; quasi-AIC of Burnham & Anderson 2002, §6.5), turned
 * into Akaike weights wₘ = exp(−Δₘ/2)/Σ exp(−Δ/2), and read as a shape (changes smaller than three
 * noise units ignored). The weights per shape, read at three gates, with the curve's range in noise
 * units, the evidence for any change and the number of sizes, are calibrated into shape
 * probabilities (_calibrate.ts: stacked multinomial logistic regression, under a prior on shapes).
 * The label is the most probable shape and the confidence its probability; under 0.6, or when no
 * fit shows the shape with changes of 2.5 noise units, the curve is undetermined.
 *
 * Phases, one function each: prepare the points (_prepare.ts) → stop early with too few scales →
 * fit the candidates (_models.ts) → estimate the noise (_noise.ts) → weigh the shapes (_weigh.ts)
 * → calibrate (_calibrate.ts) and decide (_weigh.ts) → locate the threshold or turn (_locate.ts)
 * → explain (_reason.ts).
 * @module
 */

import type { ClassifyOptions, ClassifyPoint, CurveClassification } from "./types.ts";
import { normalizeToChance, prepareCurve, type PreparedCurve } from "./_prepare.ts";
import { fitCandidates, type RawFit } from "./_models.ts";
import { changeBand, shapeContext, shapeOfFit } from "./_shape.ts";
import { estimateNoise, type Noise, standardErrors } from "./_noise.ts";
import {
  decideCalibrated,
  type Decision,
  effectsOf,
  emptyWeights,
  type Weighed,
  weighShapes,
} from "./_weigh.ts";
import { locate } from "./_locate.ts";
import { VISIBLE_CHANGE } from "./shapes.ts";
import { bigbenchMetrics } from "./bigbench_metrics.ts";
import { describe, noiseUnknownReason, tooFewScalesReason, undeterminedReason } from "./_reason.ts";
import { calibratedProbabilities, calibrationFeatures } from "./_calibrate.ts";
import { checkClassifyOptions } from "./_options.ts";
import { rescaled, rescaleFactor, scaleBack } from "./_rescale.ts";

/**
 * Below this probability for the most probable shape the label is "insufficient" with the rule
 * "undetermined": the result names the likeliest shapes with their probabilities instead.
 */
export const DECIDED = 0.6;

/**
 * A decided label must show in some fit with changes of at least VISIBLE_CHANGE (2.5) noise units
 * (and the practical floor): the shape definitions ask for a rise, decline or recovery "larger than
 * noise".
 */
const VISIBLE_GATE = VISIBLE_CHANGE;

/** What every result carries whatever the label: the model-free metrics and normalised scores. */
interface Summary {
  base: Pick<CurveClassification, "breakthroughness" | "linearity" | "emergenceScore">;
  normalized: number[] | undefined;
}

/** BIG-bench metrics (Srivastava et al. 2022) and chance-normalised scores of the curve. */
function summarize(prepared: PreparedCurve): Summary {
  const bb = bigbenchMetrics(prepared.scales.map((scale, i) => ({ scale, score: prepared.y[i]! })));
  return {
    base: {
      breakthroughness: bb.breakthroughness,
      linearity: bb.linearity,
      emergenceScore: bb.breakthroughness,
    },
    normalized: normalizeToChance(prepared),
  };
}

/** An "insufficient" result decided before any fit, by `rule`. */
function insufficient(
  prepared: PreparedCurve,
  summary: Summary,
  rule: string,
  reason: string,
): CurveClassification {
  return {
    shape: "insufficient",
    confidence: 1,
    ...summary.base,
    evidence: {
      candidates: [],
      shapeWeights: { ...emptyWeights(), insufficient: 1 },
      noise: { source: "none", sigma: 0, overdispersion: 1 },
      effects: { rise: 0, drop: 0, net: 0, range: 0 },
      ...(summary.normalized ? { normalized: summary.normalized } : {}),
      scales: prepared.scales,
      rule,
      reason,
    },
  };
}

/** Fewer than 3 scales, or 3 without n (noise unknown): no fit can tell the shapes apart. */
function tooFewScales(prepared: PreparedCurve, summary: Summary): CurveClassification | undefined {
  const k = prepared.x.length;
  if (k < 3) return insufficient(prepared, summary, "fewer-than-3-scales", tooFewScalesReason(k));
  if (prepared.se === undefined && k < 4) {
    return insufficient(prepared, summary, "noise-unknown", noiseUnknownReason());
  }
  return undefined;
}

/** The result for the decided shape, with the evidence but no threshold or reason yet. */
function assemble(
  prepared: PreparedCurve,
  summary: Summary,
  noise: Noise,
  weighed: Weighed,
  decision: Decision,
  leadFit: RawFit,
): CurveClassification {
  return {
    shape: decision.shape,
    confidence: decision.confidence,
    ...summary.base,
    evidence: {
      candidates: weighed.order.map((i) => weighed.candidates[i]!),
      shapeWeights: weighed.weights,
      noise: {
        source: noise.binomial ? "binomial" : "residual",
        sigma: noise.sigma,
        overdispersion: noise.binomial ? noise.phi : 1,
      },
      effects: effectsOf(leadFit.fitted, noise.sigma),
      ...(summary.normalized ? { normalized: summary.normalized } : {}),
      scales: prepared.scales,
      rule: "calibrated",
      reason: "",
    },
  };
}

/**
 * Relabels as "insufficient" (undetermined) a result whose likeliest shape is under DECIDED, or
 * that no fit shows at the decision gate.
 */
function markUndetermined(result: CurveClassification, tooClose: boolean): CurveClassification {
  result.evidence.bestGuess = result.shape;
  result.shape = "insufficient";
  result.evidence.rule = "undetermined";
  result.evidence.reason = undeterminedReason(
    result.probabilities!,
    tooClose,
    result.evidence.bestGuess,
  );
  return result;
}

/**
 * Classifies one task curve into a shape (see {@linkcode Shape}), with confidence, threshold and evidence.
 *
 * Candidates (x = log10 scale, weighted least squares, weights 1/seᵢ²): constant; straight line;
 * quadratic; flat-then-line and line-then-flat (one break, scanned); two-segment broken line
 * (break scanned); logistic sigmoid floor + height·σ((x − m)/w) (m, w scanned; floor and height
 * linear). Each gets AIC = χ²/φ + 2·parameters and an Akaike weight, and is read as a shape,
 * ignoring changes below max(3σ, 1% of the chance-to-best range):
 * - no change → `flat`; an interior minimum (maximum) of a quadratic or broken line with both arms
 *   beyond the band → `u_shaped` (`inverted_u`); a net fall → `inverse`;
 * - a rise whose sigmoid / flat-then-line / broken-line fit stays on a floor near chance (within
 *   3σ or 15% of the chance-to-best range, or below chance) for at least 2 scales and the first
 *   quarter of the log-range, then gets from the onset to 90% of its rise within 40% of the
 *   log-range and ends above chance by more than the band → `emergent`; any other rise →
 *   `smooth`.
 * These readings are calibrated into the probability of each shape (`probabilities`; the prior on
 * shapes is `options.prior`, default "benchmarks"). The label is the most probable shape and its
 * probability the `confidence`; under 0.6 (at two decimals), or when no fit with weight ≥ 1% shows
 * the shape with changes of at least 2.5 noise units, the curve is `insufficient` with the rule
 * "undetermined" (`evidence.bestGuess` keeps the likeliest shape; the reason lists them).
 *
 * Noise: with `n` on every point of a proportion metric, the binomial standard error
 * √(p̃(1−p̃)/n), p̃ = (k+1)/(n+2), times √φ where φ is the over-dispersion of the best flexible fit
 * (1 unless its χ² is significant at 1%); otherwise σ from the residuals of the best fit with ≥ 2
 * residual degrees of freedom. Scores normalised to chance, (score − chance)/(1 − chance) (or the
 * metric's own bounds), are in `evidence.normalized`. `higherIsBetter: false` (loss, error) flips
 * the scores first. Fewer than 3 distinct scales (or 3 without `n`, where noise cannot be
 * estimated) give `insufficient`; duplicate scales are averaged; constant scores are `flat`.
 *
 * Threshold: for `emergent`, the first scale where the leading emergent fit exceeds max(chance,
 * floor) by max(3σ, 10% of its rise), with the profile-likelihood interval of the break or
 * midpoint shifted alongside (`emergenceThreshold` reports the same threshold, with the sigmoid
 * midpoint beside it); for
 * `u_shaped` / `inverted_u`, the turn (broken-line break, profile interval; or quadratic vertex,
 * delta-method interval). Each interval side is padded by half the mean size spacing and scaled
 * by a split-conformal factor fitted on the synthetic suite, for about 95% coverage (_locate.ts).
 *
 * @throws {TypeError} for a non-finite scale or score.
 * @throws {RangeError} for a scale ≤ 0, n ≤ 0, or a score outside the metric's bounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyCurve } from "./mod.ts";
 * const scales = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11];
 * const scores = [0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.45, 0.7, 0.82];
 * const r = classifyCurve(scales.map((scale, i) => ({ scale, score: scores[i]!, n: 1000 })), {
 *   chance: 0.25,
 * });
 * assert.ok(r.shape === "emergent" && r.confidence > 0.9);
 * assert.ok(r.threshold! > 3e9 && r.threshold! < 2e10);
 * console.log(r.evidence.reason);
 * ```
 */
export function classifyCurve(
  points: ClassifyPoint[],
  options: ClassifyOptions = {},
): CurveClassification {
  checkClassifyOptions("classifyCurve", options);
  const prepared = prepareCurve(points, options);
  const s = rescaleFactor(prepared);
  if (s !== undefined) {
    const r = rescaled(points, options, prepared, s);
    return scaleBack(classifyCurve(r.points, r.options), s);
  }
  const summary = summarize(prepared);
  const early = tooFewScales(prepared, summary);
  if (early) return early;
  const { raw, noise, ctx, weighed, se } = fitAndWeigh(prepared, options);
  const probabilities = calibratedProbabilities(
    calibrationFeatures(raw, noise, ctx, weighed, {
      y: prepared.y,
      se,
      ...(prepared.n ? { n: prepared.n } : {}),
    }),
    options.prior,
  );
  const seen = { ...ctx, gate: Math.min(ctx.gate, VISIBLE_GATE) };
  const decision = decideCalibrated(weighed, probabilities, raw.map((f) => shapeOfFit(f, seen)));
  const leadFit = raw[decision.lead]!, lead = weighed.candidates[decision.lead]!;
  const result = assemble(prepared, summary, noise, weighed, decision, leadFit);
  result.probabilities = probabilities;
  // Compared at the two decimals the pages print, so that a printed 0.60 is never undetermined.
  const sure = Math.round(decision.confidence * 100) / 100 >= DECIDED;
  if (!sure || !decision.visible) return markUndetermined(result, !sure);
  const located = locate(decision.shape, leadFit, lead, prepared, noise.sigma, ctx.gate);
  if (located) {
    result.threshold = located.threshold;
    if (located.interval) result.thresholdInterval = located.interval;
  }
  result.evidence.reason = describe(result, prepared, lead, changeBand(ctx));
  return result;
}

/** The fitting and weighing phases: candidates, noise, shape context and Akaike weights. */
function fitAndWeigh(prepared: PreparedCurve, options: ClassifyOptions) {
  const se = standardErrors(prepared);
  const raw = fitCandidates(prepared.x, prepared.y, se.map((s) => 1 / (s * s)));
  const noise = estimateNoise(prepared, raw, se);
  const ctx = shapeContext(prepared, noise.sigma, options);
  const weighed = weighShapes(raw, noise, ctx, prepared.orientation, options.penalty ?? 2);
  return { raw, noise, ctx, weighed, se };
}

/**
 * The calibration features of a curve (see `calibrationFeatures` in _calibrate.ts), or undefined
 * when the curve is decided before any fit (too few scales). For fitting the calibration
 * (scripts/fit_calibration.ts); the options are those of {@linkcode classifyCurve}.
 */
export function classifierFeatures(
  points: ClassifyPoint[],
  options: ClassifyOptions = {},
): number[] | undefined {
  checkClassifyOptions("classifierFeatures", options);
  const prepared = prepareCurve(points, options);
  const s = rescaleFactor(prepared);
  if (s !== undefined) {
    const r = rescaled(points, options, prepared, s);
    return classifierFeatures(r.points, r.options);
  }
  if (tooFewScales(prepared, summarize(prepared))) return undefined;
  const { raw, noise, ctx, weighed, se } = fitAndWeigh(prepared, options);
  return calibrationFeatures(raw, noise, ctx, weighed, {
    y: prepared.y,
    se,
    ...(prepared.n ? { n: prepared.n } : {}),
  });
}
