/**
 * Mirage or not (Schaeffer et al. 2023): the toy model's curves under three metrics, and which
 * emergent-looking curves of real multi-metric data (Lu et al. 2024) stay emergent under every
 * metric.
 * @module
 */
import { type Curve, poolFamilies } from "../data/curves.ts";
import {
  metricSensitivity,
  type MetricSensitivityRow,
  mirageCurves,
} from "../classify/metric_sensitivity.ts";
import { requireNonEmpty, requireNonNegativeInteger } from "./_validate.ts";
import { taskLabel } from "./_labels.ts";
import type { Shape } from "../classify/shapes.ts";

/** One point of the toy chart: a scale, a score and the metric's name. */
export interface MirageToyRow {
  /** Model scale. */
  params: number;
  /** Score under the metric (higher is better). */
  value: number;
  /** Metric name as shown in the legend. */
  metric: string;
}

/**
 * The toy model of Schaeffer et al. 2023 (`mirageCurves`) on a log grid of scales, as chart rows:
 * per-token probability p, exact match p^L and 1 − edit distance / L.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mirageToy } from "./emergence_metric.ts";
 * const rows = mirageToy({ points: 3, answerLength: 10 });
 * assert.equal(rows.length, 9);
 * // 1 − edit distance / L equals p: L(1 − p)/L = 1 − p.
 * assert.ok(Math.abs(rows[0]!.value - rows[2]!.value) < 1e-12);
 * ```
 */
export function mirageToy(
  options: { from?: number; step?: number; points?: number; answerLength?: number } = {},
): MirageToyRow[] {
  const from = options.from ?? 6, step = options.step ?? 0.25;
  const n = requireNonNegativeInteger(options.points ?? 25, "mirageToy", "points");
  const L = requireNonNegativeInteger(options.answerLength ?? 10, "mirageToy", "answerLength");
  const scales = Array.from({ length: n }, (_, i) => 10 ** (from + i * step));
  return mirageCurves(scales, { answerLength: L }).flatMap((row) => [
    { params: row.scale, value: row.perTokenProbability, metric: "per-token probability p" },
    { params: row.scale, value: row.exactMatch, metric: `exact match p^${L}` },
    { params: row.scale, value: 1 - row.tokenEditDistance / L, metric: `1 − edit distance / ${L}` },
  ]);
}

/** What the metrics say about one emergent-looking curve. */
export type MetricVerdict = "artefact" | "depends" | "same";

/** A metric-sensitivity row with its verdict in words. */
export interface MetricCheckRow {
  /** Task name. */
  task: string;
  /** Prompting setting. */
  setting?: string;
  /** The shape under every metric. */
  shapes: { metric: string; shape: Shape }[];
  /**
   * "artefact" (emergent under an all-or-nothing metric, smooth under a continuous one),
   * "depends" (the shape changes with the metric otherwise) or "same" (one shape under every metric).
   */
  verdict: MetricVerdict;
}

/** Result of {@linkcode metricCheck}. */
export interface MetricCheck {
  /** Every (task, setting) with several metrics, classified under each. */
  sensitivity: MetricSensitivityRow[];
  /** Those emergent under at least one metric. */
  emergentSomewhere: MetricSensitivityRow[];
  /** Emergent under an all-or-nothing metric, smooth under a continuous one. */
  artefacts: MetricSensitivityRow[];
  /** Emergent-somewhere rows whose shape is the same under every metric. */
  sameUnderEvery: MetricSensitivityRow[];
  /** The table: the emergent-somewhere rows with their verdict. */
  table: MetricCheckRow[];
  /** Distinct model sizes of each pooled family (before pooling), in the order given. */
  familySizes: { family: string; sizes: number }[];
  /** Distinct sizes of all pooled families together. */
  pooledSizes: number;
}

/**
 * Pools the curves of the `families` into one curve per task, metric and setting (`poolFamilies`;
 * Lu et al. 2024's families have only two or three sizes each), classifies each under every metric
 * (`metricSensitivity`) and sorts out the curves that look emergent under some metric; counts the
 * distinct sizes of each family and of the pool.
 *
 * @throws {RangeError} when `families` is empty.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricCheck } from "./emergence_metric.ts";
 * import { loadBigBenchCurves } from "../data/mod.ts";
 * const check = metricCheck(await loadBigBenchCurves(), ["GPT-2", "T5", "GPT-J", "Falcon", "LLaMA", "GPT-3"]);
 * assert.ok(check.artefacts.length <= check.emergentSomewhere.length);
 * assert.equal(check.table.length, check.emergentSomewhere.length);
 * assert.equal(check.familySizes.length, 6);
 * ```
 */
export function metricCheck(
  curves: readonly Curve[],
  families: readonly string[],
  pooledName = "base models (mixed families)",
): MetricCheck {
  requireNonEmpty(families, "metricCheck", "families");
  const chosen = curves.filter((c) => families.includes(c.family));
  const pooled = poolFamilies(chosen, pooledName);
  const sizesOf = (of: readonly Curve[]) =>
    new Set(of.flatMap((c) => c.points.map((p) => p.scale))).size;
  const sensitivity = metricSensitivity(pooled);
  const emergentSomewhere = sensitivity.filter((row) =>
    row.shapes.some((s) => s.shape === "emergent")
  );
  return {
    sensitivity,
    emergentSomewhere,
    artefacts: sensitivity.filter((row) => row.possibleArtefact),
    sameUnderEvery: emergentSomewhere.filter((row) => !row.changes),
    table: emergentSomewhere.map((row) => ({
      task: taskLabel(row.task),
      ...(row.setting !== undefined ? { setting: row.setting } : {}),
      shapes: row.shapes.map((s) => ({ metric: s.metric, shape: s.shape })),
      verdict: row.possibleArtefact ? "artefact" : row.changes ? "depends" : "same",
    })),
    familySizes: families.map((family) => ({
      family,
      sizes: sizesOf(chosen.filter((c) => c.family === family)),
    })),
    pooledSizes: sizesOf(chosen),
  };
}
