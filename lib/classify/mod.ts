/**
 * Curve-shape classification of task curves (score against model scale): shapes, confidence,
 * emergence thresholds, BIG-bench metrics and metric sensitivity.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyCurve } from "./mod.ts";
 * const r = classifyCurve([
 *   { scale: 1e8, score: 0.3, n: 500 },
 *   { scale: 1e9, score: 0.4, n: 500 },
 *   { scale: 1e10, score: 0.5, n: 500 },
 *   { scale: 1e11, score: 0.6, n: 500 },
 *   { scale: 1e12, score: 0.7, n: 500 },
 * ], { chance: 0.25 });
 * assert.ok(r.shape === "smooth");
 * ```
 * @module
 */

export * from "./types.ts";
export { SHAPE_IDS, SHAPE_INFO, type ShapeInfo, shapeRank, unhandledShape } from "./shapes.ts";
export { classifyCurve } from "./classify_curve.ts";
export { type BigbenchMetrics, bigbenchMetrics, emergenceScore } from "./bigbench_metrics.ts";
export { type SyntheticCurve, syntheticCurve, type SyntheticOptions } from "./synthetic.ts";
export { type ClassifiedCurve, classifyAll } from "./classify_all.ts";
export {
  type EmergenceThreshold,
  emergenceThreshold,
  type EmergenceThresholdOptions,
  type ScaleEstimate,
} from "./threshold.ts";
export {
  DISCONTINUOUS_METRIC,
  exactMatchFromPerToken,
  metricSensitivity,
  type MetricSensitivityRow,
  mirageCurves,
  type MirageRow,
} from "./metric_sensitivity.ts";
export type { Random } from "../_random.ts";
export type { Curve, CurvePoint } from "../data/curves.ts";
export * from "./u_curve_model.ts";
