/**
 * Types of the curve-shape classifier: input points, options, candidate fits, evidence and result.
 * The shapes themselves are declared once, in shapes.ts.
 * @module
 */

import type { Shape } from "./shapes.ts";
export type { Shape } from "./shapes.ts";

/**
 * Which shapes a curve is assumed to have before its data are seen: "benchmarks" — how often each
 * shape occurs among the bundled benchmark curves — or "uniform", every shape equally likely.
 */
export type ShapePrior = "benchmarks" | "uniform";
/** Another name for {@linkcode SHAPE_IDS} (the same list, not a copy), kept for existing callers. */
export { SHAPE_IDS as SHAPES } from "./shapes.ts";

/** One measurement: the metric's value `score` of a model of size `scale` (e.g. parameters). */
export interface ClassifyPoint {
  /** Model scale, > 0 (parameters, FLOPs, …); the classifier works in log10(scale). */
  scale: number;
  /** The metric's value. */
  score: number;
  /** Number of evaluation examples; gives the binomial standard error for proportions. */
  n?: number;
}

/** Options of {@linkcode classifyCurve}. */
export interface ClassifyOptions {
  /** Score of random guessing (e.g. 0.25 for 4-way multiple choice). */
  chance?: number;
  /** True (default) when larger scores are better; false for loss or error. */
  higherIsBetter?: boolean;
  /**
   * "proportion" (accuracy-like, in [0, 1]; binomial noise from `n`) or "continuous" (loss,
   * log-odds; noise from residuals). Default: "proportion" when `chance` is given or every score
   * lies in [0, 1] and higher is better, else "continuous".
   */
  metricKind?: "proportion" | "continuous";
  /** The metric's bounds [lower, upper]; default [0, 1] for proportions, unbounded otherwise. */
  bounds?: [number, number];
  /** Complexity penalty per parameter in the information criterion (default 2, i.e. AIC). */
  penalty?: number;
  /**
   * The shapes' probabilities before the data: "benchmarks" (default; how often each shape occurs
   * among the bundled benchmark curves) or "uniform" (every shape equally likely).
   */
  prior?: ShapePrior;
  /** Changes smaller than `gate` noise units (σ of one point) count as no change (default 3). */
  gate?: number;
  /**
   * Changes smaller than this (metric units) count as no change whatever the noise; default 1% of
   * |best − chance| for proportions (0.01 of the [0, 1] range without a chance), 0 otherwise.
   */
  minChange?: number;
}

/** Names of the candidate models, all in x = log10(scale). */
export type ModelName =
  | "constant"
  | "line"
  | "quadratic"
  | "flat_then_line"
  | "line_then_flat"
  | "broken_line"
  | "sigmoid";

/** One fitted candidate model and what it says about the shape. */
export interface CandidateFit {
  /** Model name. */
  model: ModelName;
  /** Number of fitted parameters (including a scanned break or midpoint). */
  parameters: number;
  /** Weighted residual sum of squares Σ (yᵢ − ŷᵢ)² / seᵢ². */
  chi2: number;
  /** chi2 divided by the over-dispersion factor (the scaled deviance). */
  deviance: number;
  /** deviance + penalty · parameters (AIC with the default penalty 2). */
  criterion: number;
  /** Akaike weight exp(−Δ/2) / Σ exp(−Δ/2) among all candidates. */
  weight: number;
  /** The shape this fitted curve has, given the noise (see {@linkcode Shape}). */
  shape: Shape;
  /** Fitted scores at the observed scales, in the metric's own units. */
  fitted: number[];
  /** Coefficients (model-specific, in oriented units: higher is better). */
  coefficients: Record<string, number>;
  /** log10 scale of the break, midpoint or vertex, when the model has one. */
  location?: number;
  /** Interval [lo, hi] of `location` (log10 scale; profile likelihood or delta method). */
  locationInterval?: [number, number];
}

/** Why a curve got its label. */
export interface ClassifyEvidence {
  /** Candidate models compared, best criterion first. */
  candidates: CandidateFit[];
  /** Summed Akaike weight of the candidates that have each shape. */
  shapeWeights: Record<Shape, number>;
  /** Where the noise came from, its size and the over-dispersion factor. */
  noise: {
    source: "binomial" | "residual" | "none";
    /** Typical standard error of one point (root mean square, metric units, times √φ). */
    sigma: number;
    /** Over-dispersion φ: chi2/dof of the best flexible fit when significantly above 1, else 1. */
    overdispersion: number;
  };
  /** Effect sizes of the best-supported candidate, in units of `noise.sigma`. */
  effects: { rise: number; drop: number; net: number; range: number };
  /** Scores normalised to chance: (score − chance)/(best − chance); undefined without a chance. */
  normalized?: number[];
  /** Distinct scales used (after merging duplicates). */
  scales: number[];
  /** For an undetermined curve: the likeliest shape (under the decision level). */
  bestGuess?: Shape;
  /**
   * The rule that decided: "calibrated" (the likeliest shape has probability ≥ 0.6),
   * "undetermined" (it has less), "fewer-than-3-scales" or "noise-unknown" (3 scales without n).
   */
  rule: string;
  /** A sentence a report can print to say why. */
  reason: string;
}

/** Result of {@linkcode classifyCurve}. */
export interface CurveClassification {
  /** The curve's shape. */
  shape: Shape;
  /**
   * The calibrated probability that `shape` is right, in [0, 1]; for an undetermined curve the
   * (under 0.6) probability of `evidence.bestGuess`; 1 for too few scales.
   */
  confidence: number;
  /**
   * Calibrated probability of each shape ("insufficient" 0), from the fits' evidence by a
   * calibration fitted on a synthetic suite with every shape equally likely (_calibrate.ts);
   * absent when the curve was decided before any fit (too few scales).
   */
  probabilities?: Record<Shape, number>;
  /** Emergence threshold (scale) or the scale of the turn for U / inverted-U. */
  threshold?: number;
  /** Interval of `threshold` (scales), when the data allow. */
  thresholdInterval?: [number, number];
  /** Srivastava et al. 2022 breakthroughness (see `bigbenchMetrics`). */
  breakthroughness: number;
  /** Srivastava et al. 2022 linearity (see `bigbenchMetrics`). */
  linearity: number;
  /** Schaeffer et al. 2023 emergence score. */
  emergenceScore: number;
  /** The evidence behind the label. */
  evidence: ClassifyEvidence;
}
