/**
 * Curve-shape classification: for a task curve (score against model scale) decide which DESIGN.md
 * shape it is — smooth, emergent, flat, inverse, u_shaped, inverted_u or insufficient — how sure
 * we are, where the threshold or turn is, and why.
 *
 * Method: seven candidate models in x = log10(scale) (constant; straight line; quadratic; flat then
 * line; line then flat; two-segment broken line; logistic sigmoid) are fitted by weighted least
 * squares with weights 1/seᵢ² (binomial standard errors from n, scaled by an over-dispersion
 * factor; or the residual variance when n is unknown). Each fit is compared by AIC on the scaled
 * deviance, AIC = χ²/φ + 2k (Akaike 1974; quasi-AIC of Burnham & Anderson 2002, §6.5), turned
 * into Akaike weights wₘ = exp(−Δₘ/2)/Σ exp(−Δ/2), and read as a shape (changes smaller than three
 * noise units ignored). The label is the shape with the largest summed weight; the confidence is
 * that sum.
 * @module
 */

import type {
  CandidateFit,
  ClassifyOptions,
  ClassifyPoint,
  CurveClassification,
  Shape,
} from "./types.ts";
import { SHAPES } from "./types.ts";
import { normalizeToChance, prepareCurve, type PreparedCurve } from "./_prepare.ts";
import { fitCandidates, type RawFit } from "./_models.ts";
import { crossings, type ShapeContext, shapeOfFit } from "./_shape.ts";
import { overdispersion } from "./_noise.ts";
import { bigbenchMetrics } from "./bigbench_metrics.ts";
import { describe } from "./_reason.ts";
import { checkClassifyOptions } from "./_options.ts";

/** Below this support for the best shape, the label is "insufficient" (too noisy to say). */
const TOO_NOISY = 0.5;

/** Changes smaller than GATE (3) noise units do not count as a rise, a drop or a recovery. */
const GATE = 3;

function emptyWeights(): Record<Shape, number> {
  return Object.fromEntries(SHAPES.map((s) => [s, 0])) as Record<Shape, number>;
}

/** Interval of a scanned location: where χ²/φ is within 3.84 (χ²₁ 95%) of its minimum. */
function profileInterval(fit: RawFit, phi: number): [number, number] | undefined {
  if (!fit.profile || fit.profile.length === 0) {
    if (
      fit.locationVariance !== undefined && fit.location !== undefined && fit.locationVariance >= 0
    ) {
      const half = 1.96 * Math.sqrt(fit.locationVariance * phi);
      return [fit.location - half, fit.location + half];
    }
    return undefined;
  }
  const min = Math.min(...fit.profile.map((p) => p.chi2));
  const inside = fit.profile.filter((p) => (p.chi2 - min) / phi <= 3.84).map((p) => p.location);
  const all = fit.profile.map((p) => p.location);
  const lo = Math.min(...inside), hi = Math.max(...inside);
  if (lo <= Math.min(...all) && hi >= Math.max(...all)) return undefined; // not bounded by the data
  return [lo, hi];
}

/**
 * Classifies one task curve into a DESIGN.md shape, with confidence, threshold and evidence.
 *
 * Candidates (x = log10 scale, weighted least squares, weights 1/seᵢ²): constant; straight line;
 * quadratic; flat-then-line and line-then-flat (one break, scanned); two-segment broken line
 * (break scanned); logistic sigmoid floor + height·σ((x − m)/w) (m, w scanned; floor and height
 * linear). Each gets AIC = χ²/φ + 2·parameters and an Akaike weight, and is read as a shape,
 * ignoring changes below max(3σ, 1% of the chance-to-best range):
 * - no change → `flat`; an interior minimum (maximum) of a quadratic or broken line with both arms
 *   beyond the band → `u_shaped` (`inverted_u`); a net fall → `inverse`;
 * - a rise whose sigmoid / flat-then-line / broken-line fit stays on a floor near chance (within
 *   3σ or 15% of the chance-to-best range) for at least 2 scales and the first quarter of the
 *   log-range, then gets from the onset to 90% of its rise within 40% of the log-range →
 *   `emergent`; any other rise → `smooth`.
 * The label is the shape with the largest summed weight (its `confidence`); under 0.5 the curve is
 * `insufficient` (too noisy to say; `evidence.bestGuess` keeps the leader).
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
 * floor) by max(3σ, 10% of its rise), with a 95% profile-likelihood interval of the break or
 * midpoint shifted alongside (use `emergenceThreshold` for bootstrap intervals); for
 * `u_shaped` / `inverted_u`, the turn (broken-line break, profile interval; or quadratic vertex,
 * delta-method interval).
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
  const bb = bigbenchMetrics(
    prepared.scales.map((scale, i) => ({ scale, score: prepared.y[i]! })),
  );
  const base = {
    breakthroughness: bb.breakthroughness,
    linearity: bb.linearity,
    emergenceScore: bb.breakthroughness,
  };
  const normalized = normalizeToChance(prepared);
  const k = prepared.x.length;
  const insufficient = (rule: string, reason: string): CurveClassification => ({
    shape: "insufficient",
    confidence: 1,
    ...base,
    evidence: {
      candidates: [],
      shapeWeights: { ...emptyWeights(), insufficient: 1 },
      noise: { source: "none", sigma: 0, overdispersion: 1 },
      effects: { rise: 0, drop: 0, net: 0, range: 0 },
      ...(normalized ? { normalized } : {}),
      scales: prepared.scales,
      rule,
      reason,
    },
  });
  if (k < 3) {
    return insufficient(
      "fewer-than-3-scales",
      `insufficient: only ${k} distinct scale${k === 1 ? "" : "s"}; at least 3 are needed`,
    );
  }
  const binomial = prepared.se !== undefined;
  if (!binomial && k < 4) {
    return insufficient(
      "noise-unknown",
      "insufficient: 3 scales without example counts n; the noise cannot be estimated from residuals",
    );
  }
  const se = prepared.se ?? prepared.x.map(() => 1);
  const w = se.map((s) => 1 / (s * s));
  const raw = fitCandidates(prepared.x, prepared.y, w);
  let phi = overdispersion(raw, k, binomial);
  const rms = Math.sqrt(se.reduce((s, v) => s + v * v, 0) / k);
  const yScale = Math.max(...prepared.y.map(Math.abs));
  // Residual noise never reaches zero: a relative floor, and an absolute one for all-zero scores.
  if (!binomial) phi = Math.max(phi, (1e-9 * yScale) ** 2, 1e-30);
  const sigma = rms * Math.sqrt(phi);
  const penalty = options.penalty ?? 2;
  const gate = options.gate ?? GATE;
  // A practical floor: 1% of the chance-to-best range for proportions (very large n makes tiny
  // changes significant; a reader still calls them flat).
  const span = prepared.kind === "proportion"
    ? Math.abs((prepared.best ?? 1) - (prepared.chance ?? 0)) || 1
    : 0;
  const minChange = options.minChange ?? 0.01 * span;
  const ctx: ShapeContext = { x: prepared.x, sigma, gate, minChange };
  if (prepared.chance !== undefined) {
    ctx.chance = prepared.orientation * prepared.chance;
    if (prepared.best !== undefined) ctx.chanceSpan = Math.abs(prepared.best - prepared.chance);
  }
  const scored = raw.map((fit) => ({
    fit,
    deviance: fit.chi2 / phi,
    criterion: fit.chi2 / phi + penalty * fit.parameters,
    shape: shapeOfFit(fit, ctx),
  }));
  const bestCriterion = Math.min(...scored.map((s) => s.criterion));
  const rel = scored.map((s) => Math.exp(-(s.criterion - bestCriterion) / 2));
  const total = rel.reduce((a, b) => a + b, 0);
  const weights = emptyWeights();
  const candidates: CandidateFit[] = scored.map((s, i) => {
    const weight = rel[i]! / total;
    weights[s.shape] += weight;
    const c: CandidateFit = {
      model: s.fit.model,
      parameters: s.fit.parameters,
      chi2: s.fit.chi2,
      deviance: s.deviance,
      criterion: s.criterion,
      weight,
      shape: s.shape,
      fitted: s.fit.fitted.map((v) => prepared.orientation * v),
      coefficients: s.fit.coefficients,
    };
    if (s.fit.location !== undefined) c.location = s.fit.location;
    const interval = profileInterval(s.fit, phi);
    if (interval) c.locationInterval = interval;
    return c;
  });
  const order = candidates.map((_, i) => i).sort((a, b) =>
    candidates[a]!.criterion - candidates[b]!.criterion
  );
  let shape: Shape = "flat";
  for (const s of SHAPES) if (weights[s] > weights[shape]) shape = s;
  const confidence = Math.min(1, Math.max(0, weights[shape]));
  // The best-supported candidate of the winning shape carries the threshold and the effects.
  let lead = -1;
  candidates.forEach((c, i) => {
    if (c.shape === shape && (lead < 0 || c.weight > candidates[lead]!.weight)) lead = i;
  });
  const leadFit = raw[lead]!;
  const f = leadFit.fitted;
  const fMin = Math.min(...f), fMax = Math.max(...f);
  const effects = {
    rise: (fMax - f[0]!) / sigma,
    drop: (f[0]! - fMin) / sigma,
    net: (f[k - 1]! - f[0]!) / sigma,
    range: (fMax - fMin) / sigma,
  };
  const result: CurveClassification = {
    shape,
    confidence,
    ...base,
    evidence: {
      candidates: order.map((i) => candidates[i]!),
      shapeWeights: weights,
      noise: {
        source: binomial ? "binomial" : "residual",
        sigma,
        overdispersion: binomial ? phi : 1,
      },
      effects,
      ...(normalized ? { normalized } : {}),
      scales: prepared.scales,
      rule: "akaike-weights",
      reason: "",
    },
  };
  if (confidence < TOO_NOISY) {
    const ranked = SHAPES.filter((s) => weights[s] > 0.05).sort((a, b) => weights[b] - weights[a]);
    result.shape = "insufficient";
    result.evidence.rule = "too-noisy";
    result.evidence.bestGuess = shape;
    result.evidence.reason = `insufficient: too noisy to say — no shape has half the support (` +
      ranked.map((s) => `${s} ${Math.round(weights[s] * 100)}%`).join(", ") + ")";
    return result;
  }
  const located = locate(shape, leadFit, candidates[lead]!, prepared, sigma, gate);
  if (located) {
    result.threshold = located.threshold;
    if (located.interval) result.thresholdInterval = located.interval;
  }
  result.evidence.reason = describe(
    result,
    prepared,
    candidates[lead]!,
    Math.max(gate * sigma, minChange),
  );
  return result;
}

/** Threshold (emergent) or turn (U / inverted-U) and its interval, in scale units. */
function locate(
  shape: Shape,
  fit: RawFit,
  candidate: CandidateFit,
  prepared: PreparedCurve,
  sigma: number,
  gate: number,
): { threshold: number; interval?: [number, number] } | undefined {
  if (shape === "emergent") {
    const c = crossings(fit, prepared.x);
    const chance = prepared.chance === undefined
      ? -Infinity
      : prepared.orientation * prepared.chance;
    const level = Math.max(c.lo, chance) + Math.max(gate * sigma, 0.1 * (c.hi - c.lo));
    const first = prepared.x[0]!, last = prepared.x[prepared.x.length - 1]!;
    let xt = last;
    for (let s = 0; s <= 400; s++) {
      const xi = first + (last - first) * s / 400;
      if (fit.predict(xi) >= level) {
        xt = xi;
        break;
      }
    }
    const out: { threshold: number; interval?: [number, number] } = { threshold: 10 ** xt };
    if (candidate.locationInterval && fit.location !== undefined) {
      const shift = xt - fit.location;
      out.interval = [
        10 ** (candidate.locationInterval[0] + shift),
        10 ** (candidate.locationInterval[1] + shift),
      ];
    }
    return out;
  }
  if ((shape === "u_shaped" || shape === "inverted_u") && fit.location !== undefined) {
    const out: { threshold: number; interval?: [number, number] } = {
      threshold: 10 ** fit.location,
    };
    if (candidate.locationInterval) {
      out.interval = [10 ** candidate.locationInterval[0], 10 ** candidate.locationInterval[1]];
    }
    return out;
  }
  return undefined;
}
