/**
 * Types of the per-curve forecast: the input curve, the options, and the result (a predicted
 * score, a prediction interval at a stated level, the extrapolation distance and what each
 * candidate shape contributed).
 * @module
 */
import type { Shape } from "../classify/shapes.ts";
import type { CurveClassification, ShapePrior } from "../classify/types.ts";

/** One measured point of the curve to forecast. */
export interface ForecastPoint {
  /** Model scale (> 0: parameters, FLOPs, …). */
  scale: number;
  /** The metric's value. */
  score: number;
  /** Number of evaluation examples (gives the binomial noise of a proportion). */
  n?: number;
}

/** What {@linkcode forecastCurve} needs of a curve (a `Curve` from lib/data fits). */
export interface ForecastInput {
  /** The measured points (any order; duplicate scales are kept as separate measurements). */
  points: readonly ForecastPoint[];
  /** Score of random guessing, when known. */
  chance?: number;
  /** True (default) when larger scores are better; false for loss or error. */
  higherIsBetter?: boolean;
}

/**
 * The candidate models a shape is forecast with: `power_law` is a straight line in log10(scale)
 * of the log error (1 − accuracy) for a proportion or of the log loss for a positive
 * lower-is-better metric (the identity otherwise); `log_odds_power_law` a straight line of the
 * log-odds (proportions only); `broken_power_law` two such segments in log-odds (log loss);
 * `sigmoid` a bounded logistic in the metric's units; `flat` the mean.
 */
export type ForecastModel =
  | "flat"
  | "power_law"
  | "log_odds_power_law"
  | "sigmoid"
  | "broken_power_law";

/** Options of {@linkcode forecastCurve}. */
export interface ForecastOptions {
  /** Level of the prediction interval, in (0, 1); default 0.8. */
  level?: number;
  /** Parametric bootstrap resamples; default 200 (0: no interval, the point forecast only). */
  resamples?: number;
  /** Seed of the bootstrap; default 1. */
  seed?: number;
  /** The metric's bounds [lower, upper]; default [0, 1] for proportions, none otherwise. */
  bounds?: [number, number];
  /** "proportion" (in its bounds; log-odds models) or "continuous"; default as the classifier. */
  metricKind?: "proportion" | "continuous";
  /**
   * A classification of these same points in their own units (e.g. a `classifyAll` row's
   * `result`), to skip classifying again.
   */
  classification?: CurveClassification;
  /** The prior on shapes of the classification made here (not of a `classification` given). */
  prior?: ShapePrior;
}

/** What one (shape, model) pair contributes to the forecast. */
export interface ForecastContribution {
  /** The shape whose probability this carries. */
  shape: Shape;
  /** The model the shape is forecast with. */
  model: ForecastModel;
  /** Its weight in the average (shape probability × the model's share within the shape). */
  weight: number;
  /** This model's prediction at the target scale (metric units, inside the bounds). */
  prediction: number;
}

/** Result of {@linkcode forecastCurve}. */
export interface Forecast {
  /** The scale forecast for. */
  targetScale: number;
  /** Predicted score: the weighted average of the models' predictions, inside the bounds. */
  prediction: number;
  /** Prediction interval [lo, hi] of a new measurement at `targetScale` (NaN without resamples). */
  interval: [number, number];
  /** Level of `interval` (e.g. 0.8). */
  level: number;
  /** log10(targetScale / largest observed scale): orders of magnitude beyond the data. */
  extrapolation: number;
  /** The bounds the prediction and the interval were kept in ([-∞, ∞] when unbounded). */
  bounds: [number, number];
  /** The (shape, model) pairs averaged, heaviest first. */
  contributions: ForecastContribution[];
  /** The shape probabilities used (calibrated when the classifier has them, else Akaike weights). */
  shapeProbabilities: Record<Shape, number>;
  /** The classification the weights came from. */
  classification: CurveClassification;
}
