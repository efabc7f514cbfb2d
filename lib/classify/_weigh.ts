/**
 * The weighing and deciding phases of classifyCurve: each candidate's AIC on the scaled deviance,
 * AIC = χ²/φ + penalty·k (Akaike 1974; quasi-AIC of Burnham & Anderson 2002, §6.5), its Akaike
 * weight wₘ = exp(−Δₘ/2)/Σ exp(−Δ/2) and its shape; the weights summed per shape; the winning
 * shape, its confidence and the candidate that carries it.
 * @module
 */

import type { CandidateFit, ClassifyEvidence, ModelName, Shape } from "./types.ts";
import { SHAPE_IDS } from "./shapes.ts";
import type { RawFit } from "./_models.ts";
import type { Noise } from "./_noise.ts";
import { type ShapeContext, shapeOfFit } from "./_shape.ts";

/** Every shape with weight 0. */
export function emptyWeights(): Record<Shape, number> {
  return Object.fromEntries(SHAPE_IDS.map((s) => [s, 0])) as Record<Shape, number>;
}

/** Candidates with their Akaike weights and shapes, and the weight summed per shape. */
export interface Weighed {
  /** One per raw fit, in the same order. */
  candidates: CandidateFit[];
  /** Indices of `candidates`, best (lowest) criterion first. */
  order: number[];
  /** Summed Akaike weight per shape. */
  weights: Record<Shape, number>;
}

/**
 * Profile-likelihood interval of a scanned location: where χ²/φ is within 3.84 (χ²₁ 95%) of its
 * minimum (Venzon & Moolgavkar 1988). The ends are interpolated linearly between the last grid
 * location inside and the first outside, so the interval has positive width and always contains
 * the fitted location (a refined sigmoid midpoint may lie between grid points); an end that
 * reaches the edge of the scanned range stays there, and a location unbounded on both sides has
 * no interval. Without a profile, the delta-method interval location ± 1.96·√(variance·φ).
 */
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
  const profile = fit.profile;
  // The grid's own minimum: its χ² values are profiled over the grid's widths only, like the rest.
  const min = Math.min(...profile.map((p) => p.chi2));
  const excess = (i: number) => (profile[i]!.chi2 - min) / phi - 3.84;
  let first = -1, last = -1;
  profile.forEach((_, i) => {
    if (excess(i) <= 0) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first < 0) first = last = closestIndex(profile, fit.location ?? profile[0]!.location);
  if (first === 0 && last === profile.length - 1) return undefined; // not bounded by the data
  const crossing = (inside: number, outside: number) => {
    const a = profile[inside]!, b = profile[outside]!;
    const ea = Math.min(0, excess(inside)), eb = excess(outside);
    return a.location + (b.location - a.location) * (-ea / (eb - ea));
  };
  let lo = first > 0 ? crossing(first, first - 1) : profile[0]!.location;
  let hi = last < profile.length - 1 ? crossing(last, last + 1) : profile[last]!.location;
  if (fit.location !== undefined) {
    lo = Math.min(lo, fit.location);
    hi = Math.max(hi, fit.location);
  }
  return [lo, hi];
}

/** Index of the profile location closest to `location`. */
function closestIndex(profile: { location: number }[], location: number): number {
  let best = 0;
  profile.forEach((p, i) => {
    if (Math.abs(p.location - location) < Math.abs(profile[best]!.location - location)) best = i;
  });
  return best;
}

/** One candidate as the evidence reports it (fitted values back in the metric's units). */
function candidateOf(
  fit: RawFit,
  phi: number,
  criterion: number,
  weight: number,
  shape: Shape,
  orientation: 1 | -1,
): CandidateFit {
  const c: CandidateFit = {
    model: fit.model,
    parameters: fit.parameters,
    chi2: fit.chi2,
    deviance: fit.chi2 / phi,
    criterion,
    weight,
    shape,
    fitted: fit.fitted.map((v) => orientation * v),
    coefficients: fit.coefficients,
  };
  if (fit.location !== undefined) c.location = fit.location;
  const interval = profileInterval(fit, phi);
  if (interval) c.locationInterval = interval;
  return c;
}

/** Weighs the candidates by AIC (with the given penalty per parameter) and reads their shapes. */
export function weighShapes(
  raw: RawFit[],
  noise: Noise,
  ctx: ShapeContext,
  orientation: 1 | -1,
  penalty: number,
): Weighed {
  const phi = noise.phi;
  const criteria = raw.map((fit) => fit.chi2 / phi + penalty * fit.parameters);
  const bestCriterion = Math.min(...criteria);
  const rel = criteria.map((c) => Math.exp(-(c - bestCriterion) / 2));
  const total = rel.reduce((a, b) => a + b, 0);
  const weights = emptyWeights();
  const candidates = raw.map((fit, i) => {
    const weight = rel[i]! / total;
    const shape = shapeOfFit(fit, ctx);
    weights[shape] += weight;
    return candidateOf(fit, phi, criteria[i]!, weight, shape, orientation);
  });
  const order = candidates.map((_, i) => i).sort((a, b) =>
    candidates[a]!.criterion - candidates[b]!.criterion
  );
  return { candidates, order, weights };
}

/** The decision: the most probable shape, its probability, and its lead candidate. */
export interface Decision {
  shape: Shape;
  /** The winning shape's calibrated probability, clamped to [0, 1]. */
  confidence: number;
  /** Index (into the weighed candidates) of the best-supported candidate of `shape`. */
  lead: number;
  /**
   * Whether some candidate with weight ≥ 1% has the shape with changes read against the
   * decision gate (2.5σ): a label the fits cannot show is never decided, whatever its probability.
   */
  visible: boolean;
}

/** Candidates below this Akaike weight cannot make a shape visible. */
const MIN_WEIGHT = 0.01;

/** The models that can carry each shape when no candidate was read as it at the gate. */
const CARRIERS: Record<Shape, readonly ModelName[]> = {
  flat: ["constant"],
  smooth: ["line", "line_then_flat", "sigmoid", "quadratic"],
  inverse: ["line", "line_then_flat", "quadratic"],
  emergent: ["sigmoid", "flat_then_line", "broken_line"],
  u_shaped: ["broken_line", "quadratic"],
  inverted_u: ["broken_line", "quadratic"],
  insufficient: ["constant"],
};

/**
 * Picks the shape with the largest calibrated probability (ties: the earlier in SHAPE_IDS). The
 * best-weighted candidate that shows that shape at the decision gate (`visible`, one shape per
 * candidate) carries the threshold and the effects; else the best-weighted candidate read as it at
 * the usual gate, else one of a model that can carry it.
 */
export function decideCalibrated(
  weighed: Weighed,
  probabilities: Record<Shape, number>,
  visible: readonly Shape[],
): Decision {
  const { candidates } = weighed;
  let shape: Shape = "flat";
  for (const s of SHAPE_IDS) if (probabilities[s] > probabilities[shape]) shape = s;
  const confidence = Math.min(1, Math.max(0, probabilities[shape]));
  const best = (keep: (c: CandidateFit) => boolean) => {
    let lead = -1;
    candidates.forEach((c, i) => {
      if (keep(c) && (lead < 0 || c.weight > candidates[lead]!.weight)) lead = i;
    });
    return lead;
  };
  const seen = best((c) => visible[candidates.indexOf(c)] === shape && c.weight >= MIN_WEIGHT);
  let lead = seen >= 0 ? seen : best((c) => c.shape === shape);
  if (lead < 0) lead = best((c) => CARRIERS[shape].includes(c.model));
  if (lead < 0) lead = weighed.order[0]!;
  return { shape, confidence, lead, visible: seen >= 0 };
}

/** Rise, drop, net change and range of a fitted curve (oriented units), in units of σ. */
export function effectsOf(fitted: number[], sigma: number): ClassifyEvidence["effects"] {
  const f = fitted;
  const fMin = Math.min(...f), fMax = Math.max(...f);
  return {
    rise: (fMax - f[0]!) / sigma,
    drop: (f[0]! - fMin) / sigma,
    net: (f[f.length - 1]! - f[0]!) / sigma,
    range: (fMax - fMin) / sigma,
  };
}
