/**
 * The calibrating phase of classifyCurve (issue 18): turns the evidence of the fits into the
 * probability of each shape, so that a printed confidence is the chance that the label is right.
 *
 * Method: stacked multinomial logistic regression (Wolpert 1992, "stacked generalization"; the
 * calibration of Platt 1999 generalised to several classes, Zadrozny & Elkan 2002). The inputs
 * are what the fits already say — the Akaike weight of each shape read with the usual gate (3σ)
 * and with two lenient ones (1.5σ, 0.5σ), how far the curve moves in noise units, how much better
 * than a constant the best changing model is, how many sizes there are, and the Bayesian evidence
 * for each shape (marginal likelihoods over grids of profiles, _evidence.ts) — and the coefficients
 * (calibration.json) are fitted by maximum likelihood with a small ridge penalty on a seeded
 * synthetic suite (scripts/fit_calibration.ts; checked on another seed by `deno task bench` and
 * tests/classify_calibration_test.ts). The fit leaves out the suite's curves whose whole change is
 * under the noise: for them both flat (the definitions' "no change larger than noise") and the
 * generating shape are right, so they have no single label to learn, and counting them as their
 * generating shape taught the model that a flat-looking curve is flat only about half the time. The
 * fitted model's probabilities are thus posteriors under the training set's shares of shapes
 * (calibration.json `trainingShares`: flat 0.21, each other shape 0.16); a prior π re-weights them,
 * p'(s | x) ∝ p(s | x)·π(s)/q(s) (Saerens, Latinne & Decaestecker 2002) — "uniform" holds the six
 * shapes equally likely, the default how often each occurs among the bundled benchmark curves
 * (calibration.json `prior`, estimated by EM).
 * @module
 */

import type { Shape } from "./shapes.ts";
import type { ShapePrior } from "./types.ts";
import type { RawFit } from "./_raw_fit.ts";
import type { Noise } from "./_noise.ts";
import { type ShapeContext, shapeOfFit } from "./_shape.ts";
import type { Weighed } from "./_weigh.ts";
import { SUITE_SHAPES, type SuiteShape } from "./synthetic_suite.ts";
import { softmaxRow } from "../stats/multinomial_logistic.ts";
import { EVIDENCE_HYPOTHESES, shapeEvidence } from "./_evidence.ts";
import calibration from "./calibration.json" with { type: "json" };

/**
 * The shapes a calibrated probability is given for: the synthetic suite's shapes it is fitted on
 * (every shape but "insufficient"), in the suite's order, which is calibration.json's row order.
 */
export const CALIBRATED_SHAPES: readonly SuiteShape[] = SUITE_SHAPES;

/** The gates of the second and third, lenient readings of the fits (noise units). */
const LENIENT_GATE = 1.5;
const LOOSE_GATE = 0.5;

/** Names of the features of a curve without example counts, in order (the first is the intercept). */
export const BASE_FEATURE_NAMES = [
  "intercept",
  ...CALIBRATED_SHAPES.map((s) => `log weight ${s} (gate)`),
  ...CALIBRATED_SHAPES.map((s) => `log weight ${s} (gate 1.5σ)`),
  ...CALIBRATED_SHAPES.map((s) => `log weight ${s} (gate 0.5σ)`),
  "log(1 + range / σ)",
  "log(1 + range / σ)²",
  "log(1 + range / σ) / sizes",
  "log(1 + ΔAIC constant − best)",
  "1 / sizes",
] as const;

/**
 * Names of the features of a curve with example counts (binomial errors): the base features, then
 * the evidence of each shape (_evidence.ts), which needs known errors, and the same divided by the
 * number of sizes: the logistic model is linear in its inputs, and how much a log posterior says
 * depends on how many points it rests on (with these terms, forced choice on the clear curves of
 * the suite's seeds 2, 3, 4 and 7 went from 96.8, 96.1, 95.5 and 97.3% to 97.4, 96.5, 95.7 and
 * 97.4%, the hard curves' stayed within half a point, calibration errors under 0.035).
 */
export const FEATURE_NAMES = [
  ...BASE_FEATURE_NAMES,
  ...EVIDENCE_HYPOTHESES.map((h) => `log evidence ${h}`),
  ...EVIDENCE_HYPOTHESES.map((h) => `log evidence ${h} / sizes`),
] as const;

/** Caps of the range (noise units) and of the constant's criterion gap (see below). */
const RANGE_CAP = 40;
const GAP_CAP = 2000;

const logWeight = (w: number) => Math.log(Math.max(0, w) + 0.01);

/**
 * The features of one curve: the shape weights at the gate (from `weighed`) and at two lenient
 * gates (the same Akaike weights, shapes re-read; the practical floor on changes kept), the
 * weight-averaged range of the fitted curves in noise units (floored at minChange/gate), the
 * criterion gap between the constant and the best model that shows a change, 1/sizes (the
 * {@linkcode BASE_FEATURE_NAMES}), and, when the errors are binomial (example counts known), the
 * Bayesian evidence of each shape (_evidence.ts) from the oriented scores and standard errors.
 */
export function calibrationFeatures(
  raw: RawFit[],
  noise: Noise,
  ctx: ShapeContext,
  weighed: Weighed,
  points: { y: readonly number[]; se: readonly number[]; n?: readonly number[] },
): number[] {
  const lenient: ShapeContext = { ...ctx, gate: Math.min(ctx.gate, LENIENT_GATE) };
  const loose: ShapeContext = { ...ctx, gate: Math.min(ctx.gate, LOOSE_GATE) };
  // The noise unit, floored so that changes under the practical floor (minChange: 1% of the
  // chance-to-best range) stay under the gate however many examples there are.
  const unit = Math.max(noise.sigma, ctx.minChange / ctx.gate);
  const lenientWeights: Record<string, number> = {};
  const looseWeights: Record<string, number> = {};
  let range = 0;
  const looseShapes = raw.map((fit) => shapeOfFit(fit, loose));
  raw.forEach((fit, i) => {
    const w = weighed.candidates[i]!.weight;
    const s = shapeOfFit(fit, lenient);
    lenientWeights[s] = (lenientWeights[s] ?? 0) + w;
    const l = looseShapes[i]!;
    looseWeights[l] = (looseWeights[l] ?? 0) + w;
    const f = fit.fitted;
    range += w * (Math.max(...f) - Math.min(...f)) / unit;
  });
  // Evidence for a change that counts: the constant's criterion against the best candidate that
  // shows any change at the loosest gate (changes under the practical floor are no change).
  const changing = weighed.candidates.filter((_, i) => looseShapes[i] !== "flat");
  const criteria = changing.map((c) => c.criterion);
  const constant = weighed.candidates.find((c) => c.model === "constant")?.criterion ??
    Math.max(...criteria);
  // Both saturate at the strongest curves of the training suite (effects up to 40 noise units),
  // so that a stronger curve is read like the strongest seen, not extrapolated.
  const gap = criteria.length === 0
    ? 0
    : Math.min(GAP_CAP, Math.max(0, constant - Math.min(...criteria)));
  const lr = Math.log1p(Math.min(RANGE_CAP, Number.isFinite(range) ? Math.max(0, range) : 0));
  return [
    1,
    ...CALIBRATED_SHAPES.map((s) => logWeight(weighed.weights[s])),
    ...CALIBRATED_SHAPES.map((s) => logWeight(lenientWeights[s] ?? 0)),
    ...CALIBRATED_SHAPES.map((s) => logWeight(looseWeights[s] ?? 0)),
    lr,
    lr * lr,
    lr / ctx.x.length,
    Math.log1p(Number.isFinite(gap) ? gap : GAP_CAP),
    1 / ctx.x.length,
    // The evidence needs known errors: without example counts (noise from the residuals of the
    // fits themselves) it is left out, and the calibration without it applies.
    ...(noise.binomial ? evidenceFeatures(points, noise, ctx, unit) : []),
  ];
}

/** The evidence of each shape (_evidence.ts), then the same divided by the number of sizes. */
function evidenceFeatures(
  points: { y: readonly number[]; se: readonly number[]; n?: readonly number[] },
  noise: Noise,
  ctx: ShapeContext,
  unit: number,
): number[] {
  const evidence = shapeEvidence(
    ctx.x,
    points.y,
    evidenceErrors(points, noise, unit),
    ctx.chance,
    ctx.minChange,
    ctx.gate * ctx.sigma,
  );
  return [
    ...evidence,
    ...evidence.map((e) => e / ctx.x.length),
  ];
}

/**
 * The points' standard errors for the shape evidence: with the over-dispersion (φ is the residual
 * variance when n is unknown and the errors are 1), and binomial ones no smaller than at a score of
 * 0.01 or 0.99 — a score at the ceiling is not many times more precise than one mid-range (the
 * binomial error there rests on the very score it measures), and the calibration's suite keeps its
 * scores inside [0.01, 0.99]; and none smaller than `floor`, the noise unit the other features use
 * (the practical floor on changes over the gate: changes under 1% of the chance-to-best range are
 * no change however many examples there are).
 */
function evidenceErrors(
  points: { se: readonly number[]; n?: readonly number[] },
  noise: Noise,
  floor: number,
): number[] {
  const scale = Math.sqrt(noise.phi);
  return points.se.map((s, i) => {
    const n = noise.binomial ? points.n?.[i] : undefined;
    const se = scale * (n === undefined ? s : Math.max(s, Math.sqrt(0.01 * 0.99 / n)));
    return Math.max(se, floor);
  });
}

/** The fitted coefficients and the benchmark prior (calibration.json), one row per shape. */
export const CALIBRATION: {
  readonly shapes: readonly string[];
  readonly features: readonly string[];
  readonly coefficients: readonly (readonly number[])[];
  /** The calibration of curves without example counts: base features only, same training curves. */
  readonly baseFeatures: readonly string[];
  readonly coefficientsWithoutCounts: readonly (readonly number[])[];
  readonly prior: Readonly<Record<string, number>>;
  /** How often each shape is the right label among the training curves (the fitted model's prior). */
  readonly trainingShares: Readonly<Record<string, number>>;
  /** Conformal scale of the threshold and turn intervals (_locate.ts `widened`). */
  readonly intervalScale: { readonly emergent: number; readonly turn: number };
} = calibration;

export type { ShapePrior } from "./types.ts";

/**
 * The coefficients that apply to a feature vector: those with the evidence (a curve with example
 * counts), or those of the base features (`models`: the committed calibration, or a fresh fit).
 */
export function coefficientsFor(
  features: readonly number[],
  models: Pick<typeof CALIBRATION, "coefficients" | "coefficientsWithoutCounts"> = CALIBRATION,
): readonly (readonly number[])[] {
  return features.length === FEATURE_NAMES.length
    ? models.coefficients
    : models.coefficientsWithoutCounts;
}

/**
 * Probability of each shape ("insufficient" 0) from the features, by the fitted calibration,
 * under `prior`. The fitted model gives probabilities under the training shares q; a prior π
 * re-weights them, p'(s | x) ∝ p(s | x)·π(s)/q(s) (Saerens, Latinne & Decaestecker 2002).
 */
export function calibratedProbabilities(
  features: number[],
  prior: ShapePrior = "benchmarks",
): Record<Shape, number> {
  const p = softmaxRow(coefficientsFor(features), features);
  const weighted = p.map((v, i) => {
    const s = CALIBRATED_SHAPES[i]!;
    const pi = prior === "uniform" ? 1 / CALIBRATED_SHAPES.length : CALIBRATION.prior[s] ?? 0;
    return v * pi / CALIBRATION.trainingShares[s]!;
  });
  const total = weighted.reduce((a, b) => a + b, 0);
  const out = { insufficient: 0 } as Record<Shape, number>;
  CALIBRATED_SHAPES.forEach((s, i) => {
    out[s] = total > 0 ? weighted[i]! / total : p[i]!;
  });
  return out;
}
