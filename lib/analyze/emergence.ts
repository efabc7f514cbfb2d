/**
 * Chapter 2's census of one model family's task curves: every curve classified, the emergent
 * ones given the classifier's threshold with its interval (Wei et al. 2022's "emergent": near chance,
 * then a sharp rise), the count of each shape, and the rows behind the small multiples and the table.
 * @module
 */
import type { Curve } from "../data/curves.ts";
import { type ClassifiedCurve, classifyAll } from "../classify/classify_all.ts";
import type { ScaleEstimate } from "../classify/threshold.ts";
import type { Shape } from "../classify/shapes.ts";
import { SHAPE_IDS } from "../classify/shapes.ts";
import { requireNonEmpty } from "./_validate.ts";
import { taskLabel } from "./_labels.ts";
import { type Formatter, formatter } from "../locale/format.ts";
import { estimatePlace } from "./_estimate_place.ts";

/** An emergent curve with its threshold. */
export interface PlacedThreshold {
  /** The classified curve (with its data in `.curve`). */
  row: ClassifiedCurve;
  /**
   * The classifier's threshold and its 95% interval (`row.threshold`, `row.thresholdInterval`):
   * the one definition of the threshold, shared with classifyCurve and the analyze pages.
   */
  threshold: ScaleEstimate;
}

/** Result of {@linkcode emergenceCensus}. */
export interface EmergenceCensus {
  /** The curves, in the order given. */
  curves: readonly Curve[];
  /** Every curve classified, sorted by shape then confidence (as `classifyAll`). */
  rows: ClassifiedCurve[];
  /** Emergent curves with their thresholds, in the order of `rows`. */
  thresholds: PlacedThreshold[];
  /** Tasks labelled emergent without a threshold (none while classifyCurve gives every one). */
  unpinned: string[];
  /** How many curves have each shape, for the shapes that occur, in table order. */
  counts: { shape: Shape; count: number }[];
  /** Curves labelled emergent. */
  emergent: number;
  /** Distinct model sizes over all curves, smallest and largest. */
  sizes: { count: number; smallest: number; largest: number };
}

/**
 * Classifies every curve (`classifyAll`) and takes each emergent curve's threshold and interval
 * from its classification — the one definition (first size where the fitted curve exceeds
 * max(chance, its floor) by max(3σ, 10% of its rise)); a threshold at or past the largest size is a
 * bound, which the pages write as one.
 *
 * @throws {RangeError} when `curves` is empty.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceCensus } from "./emergence.ts";
 * const curve = (task: string, scores: number[]) => ({
 *   task, family: "f", metric: "acc", chance: 0.25, higherIsBetter: true,
 *   points: scores.map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 })),
 * });
 * const census = emergenceCensus([
 *   curve("jump", [0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.45, 0.7, 0.82]),
 *   curve("still", [0.25, 0.26, 0.25, 0.25, 0.24, 0.25, 0.26, 0.25, 0.25]),
 * ]);
 * assert.deepEqual(census.counts, [{ shape: "emergent", count: 1 }, { shape: "flat", count: 1 }]);
 * assert.equal(census.thresholds[0]?.threshold.estimate, census.rows[0]?.threshold);
 * assert.equal(census.sizes.count, 9);
 * ```
 */
export function emergenceCensus(curves: readonly Curve[]): EmergenceCensus {
  requireNonEmpty(curves, "emergenceCensus", "curves");
  const rows = classifyAll([...curves]);
  const thresholds: PlacedThreshold[] = [];
  const unpinned: string[] = [];
  for (const row of rows.filter((r) => r.shape === "emergent")) {
    if (row.threshold === undefined) {
      unpinned.push(row.task);
      continue;
    }
    const threshold: ScaleEstimate = { estimate: row.threshold };
    if (row.thresholdInterval) threshold.interval = row.thresholdInterval;
    thresholds.push({ row, threshold });
  }
  const counts = SHAPE_IDS.map((shape) => ({
    shape,
    count: rows.filter((r) => r.shape === shape).length,
  })).filter((c) => c.count > 0);
  const scales = [...new Set(curves.flatMap((c) => c.points.map((p) => p.scale)))];
  return {
    curves,
    rows,
    thresholds,
    unpinned,
    counts,
    emergent: rows.filter((r) => r.shape === "emergent").length,
    sizes: { count: scales.length, smallest: Math.min(...scales), largest: Math.max(...scales) },
  };
}

/** The rows and per-panel annotations behind the census small multiples. */
export interface CensusPanels {
  /** One row per point: panel (task label), params, accuracy and the curve's shape. */
  rows: { task: string; params: number; accuracy: number; shape: Shape }[];
  /** Chance level per panel (0 when the curve has none). */
  chance: Record<string, number>;
  /**
   * Threshold marker per panel: estimate with its 95% interval when there is one; where only
   * the largest size is past the threshold, the bound instead (marker at the second-largest size,
   * band to the largest, label "> 29B").
   */
  thresholds: Record<string, { value: number; low?: number; high?: number; label?: string }>;
}

/**
 * The data of the census small multiples: every point of every curve, in the order of the
 * census rows, with chance lines (in the order of the curves) and threshold markers keyed by panel
 * (`f`, default English, writes the label of a bound).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { censusPanels, emergenceCensus } from "./emergence.ts";
 * const points = [0.3, 0.4, 0.5, 0.6, 0.7].map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "a_b", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ]);
 * const panels = censusPanels(census);
 * assert.equal(panels.rows.length, 5);
 * assert.deepEqual(panels.chance, { "a b": 0.25 });
 * ```
 */
export function censusPanels(
  census: EmergenceCensus,
  f: Formatter = formatter("en"),
): CensusPanels {
  const rows = census.rows.flatMap((row) =>
    row.curve.points.map((p) => ({
      task: taskLabel(row.task),
      params: p.scale,
      accuracy: p.score,
      shape: row.shape,
    }))
  );
  const chance = Object.fromEntries(
    census.curves.map((curve) => [taskLabel(curve.task), curve.chance ?? 0]),
  );
  const thresholds = Object.fromEntries(census.thresholds.map(({ row, threshold }) => {
    const { estimate, interval } = threshold;
    const scales = [...new Set(row.curve.points.map((p) => p.scale))].sort((a, b) => a - b);
    const place = estimatePlace(estimate, scales);
    if (place === "last-gap" || place === "beyond") {
      // A bound, not a point: mark the gap in which only the largest size is past the threshold.
      const lower = place === "beyond" ? scales.at(-1)! : scales.at(-2)!;
      return [
        taskLabel(row.task),
        { value: lower, low: lower, high: scales.at(-1)!, label: `> ${f.params(lower)}` },
      ];
    }
    return [
      taskLabel(row.task),
      { value: estimate, ...(interval ? { low: interval[0], high: interval[1] } : {}) },
    ];
  }));
  return { rows, chance, thresholds };
}
