/**
 * Classification of a whole table of curves (task × family × metric), one row per curve, sorted
 * for a report table.
 * @module
 */

import type { Curve } from "../data/curves.ts";
import type { ClassifyOptions, CurveClassification } from "./types.ts";
import { shapeRank } from "./shapes.ts";
import { classifyCurve } from "./classify_curve.ts";
import { checkClassifyOptions, CLASSIFY_ALL_SPEC } from "./_options.ts";

/**
 * One row of {@linkcode classifyAll}: the curve's identity, and its shape, confidence, threshold
 * and BIG-bench metrics as {@linkcode classifyCurve} gives them.
 */
export interface ClassifiedCurve extends Omit<CurveClassification, "evidence"> {
  /** Task name. */
  task: string;
  /** Model family. */
  family: string;
  /** Metric name. */
  metric: string;
  /** Prompting setting, when the curve has one. */
  setting?: string;
  /** Source id of the data. */
  source?: string;
  /** Number of distinct scales. */
  scales: number;
  /** Why (the classifier's reason sentence). */
  reason: string;
  /** The full classification, with evidence. */
  result: CurveClassification;
  /** The curve that was classified (points, task, family, metric, chance): nothing re-joins. */
  curve: Curve;
}

/**
 * Classifies every curve with {@linkcode classifyCurve} (the curve's own `chance` and
 * `higherIsBetter`, plus `options`) and returns one row per curve sorted by shape in
 * SHAPE_IDS order ({@linkcode shapeRank}: emergent first, insufficient last), then
 * confidence descending, then task, family, metric and setting.
 *
 * @throws {TypeError | RangeError} the classifier's error for an invalid curve, with the curve named.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyAll } from "./mod.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const rows = classifyAll([
 *   { task: "a", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points: points([0.3, 0.4, 0.5, 0.6, 0.7]) },
 *   { task: "b", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points: points([0.25, 0.26, 0.25, 0.6, 0.9]) },
 * ]);
 * assert.ok(rows[0]?.task === "b" && rows[0].shape === "emergent" && rows[1]?.shape === "smooth");
 * assert.equal(rows[0].curve.points.length, 5);
 * ```
 */
export function classifyAll(
  curves: Curve[],
  options: Omit<ClassifyOptions, "chance" | "higherIsBetter"> = {},
): ClassifiedCurve[] {
  checkClassifyOptions("classifyAll", options, CLASSIFY_ALL_SPEC);
  const rows = curves.map((curve): ClassifiedCurve => {
    let result: CurveClassification;
    try {
      result = classifyCurve(curve.points, {
        ...options,
        higherIsBetter: curve.higherIsBetter,
        ...(curve.chance !== undefined ? { chance: curve.chance } : {}),
      });
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) {
        const name = `${curve.task} / ${curve.family} / ${curve.metric}` +
          (curve.setting ? ` / ${curve.setting}` : "");
        const Ctor = error instanceof TypeError ? TypeError : RangeError;
        throw new Ctor(`curve ${name}: ${error.message}`, { cause: error });
      }
      throw error;
    }
    const row: ClassifiedCurve = {
      task: curve.task,
      family: curve.family,
      metric: curve.metric,
      scales: result.evidence.scales.length,
      shape: result.shape,
      confidence: result.confidence,
      breakthroughness: result.breakthroughness,
      linearity: result.linearity,
      emergenceScore: result.emergenceScore,
      reason: result.evidence.reason,
      result,
      curve,
    };
    if (curve.setting !== undefined) row.setting = curve.setting;
    if (curve.source !== undefined) row.source = curve.source;
    if (result.threshold !== undefined) row.threshold = result.threshold;
    if (result.thresholdInterval) row.thresholdInterval = result.thresholdInterval;
    if (result.probabilities) row.probabilities = result.probabilities;
    return row;
  });
  const text = (r: ClassifiedCurve) => [r.task, r.family, r.metric, r.setting ?? ""].join("\u0000");
  return rows.sort((a, b) =>
    shapeRank(a.shape) - shapeRank(b.shape) || b.confidence - a.confidence ||
    (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)
  );
}
