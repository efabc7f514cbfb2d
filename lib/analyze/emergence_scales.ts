/**
 * Emergence scales: the census thresholds as a table, and their range and median beside Wei et al.
 * 2022's published emergence scales (Table 1).
 * @module
 */
import { taskLabel } from "./_labels.ts";
import type { PublishedEmergence } from "../data/paper_tables.ts";
import type { Formatter } from "../locale/format.ts";
import { inLang } from "../locale/lang.ts";
import { median } from "../stats/quantile.ts";
import type { Shape } from "../classify/shapes.ts";
import type { EmergenceCensus } from "./emergence.ts";
import { requireNonEmpty } from "./_validate.ts";
import { labelRobustness } from "./emergence_robustness.ts";
import { robustnessCell, thresholdStatement } from "./emergence_robustness_text.ts";

/** Smallest, largest and median (R type 7: the mean of the middle two for even n) of some scales. */
export interface ScaleRange {
  /** How many values. */
  count: number;
  /** Smallest value. */
  min: number;
  /** Largest value. */
  max: number;
  /** Median (lib/stats `median`). */
  median: number;
}

/**
 * Range and median of scales (parameters, FLOPs; at least one, all finite).
 *
 * @throws {RangeError} when `values` is empty or holds a non-finite value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaleRange } from "./emergence_scales.ts";
 * assert.deepEqual(scaleRange([68e9, 137e9, 4e9, 73.4e9]), { count: 4, min: 4e9, max: 137e9, median: 70.7e9 });
 * ```
 */
export function scaleRange(values: readonly number[], where = "scaleRange"): ScaleRange {
  requireNonEmpty(values, where, "values");
  const bad = values.find((v) => !Number.isFinite(v));
  if (bad !== undefined) throw new RangeError(`${where}: values must be finite, got ${bad}`);
  return {
    count: values.length,
    min: Math.min(...values),
    max: Math.max(...values),
    median: median(values),
  };
}

/** One row of the threshold table (the census rows with formatted thresholds). */
export interface ThresholdTableRow {
  /** Task name. */
  task: string;
  /** Shape label id. */
  shape: Shape;
  /** Calibrated probability that the shape is right. */
  confidence: number;
  /** Calibrated probability of each shape (an undetermined row shows its likeliest ones). */
  probabilities?: Record<Shape, number>;
  /**
   * "2.54B (2.15B–2.96B)": threshold with its 95% interval, or a bound when it sits at the
   * edge of the data or between the two largest sizes ({@linkcode thresholdStatement}); empty when none.
   */
  thresholdText: string;
  /** Emergent rows: sizes clearly above chance, "1 of 12"; empty otherwise. */
  aboveText: string;
  /** Emergent rows: how the label changes without the largest or smallest size; empty otherwise. */
  robustText: string;
  /** Srivastava et al. 2022 breakthroughness. */
  breakthroughness: number;
  /** Srivastava et al. 2022 linearity. */
  linearity: number;
}

/**
 * The census as table rows, thresholds written with the formatter (parameters).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceCensus } from "./emergence.ts";
 * import { thresholdTableRows } from "./emergence_scales.ts";
 * import { formatter } from "../locale/format.ts";
 * const points = [0.3, 0.4, 0.5, 0.6, 0.7].map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "a", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ]);
 * const [row] = thresholdTableRows(census, formatter("en"));
 * assert.equal(row?.shape, "smooth");
 * assert.equal(row?.thresholdText, "");
 * assert.equal(row?.aboveText, "");
 * ```
 */
export function thresholdTableRows(census: EmergenceCensus, f: Formatter): ThresholdTableRow[] {
  const placed = new Map(census.thresholds.map((t) => [t.row, t.threshold]));
  return census.rows.map((row) => {
    const t = placed.get(row);
    const scales = row.curve.points.map((p) => p.scale);
    const robust = row.shape === "emergent" ? labelRobustness(row) : undefined;
    return {
      task: taskLabel(row.task),
      shape: row.shape,
      confidence: row.confidence,
      ...(row.probabilities ? { probabilities: row.probabilities } : {}),
      thresholdText: t ? thresholdStatement(t, scales, f) : "",
      aboveText: robust
        ? inLang(f.lang, {
          en: () => `${f.number(robust.clearlyAbove)} of ${f.number(robust.sizes)}`,
          zh: () => `${f.number(robust.sizes)} 个中的 ${f.number(robust.clearlyAbove)} 个`,
        })
        : "",
      robustText: robust ? robustnessCell(robust, f) : "",
      breakthroughness: row.breakthroughness,
      linearity: row.linearity,
    };
  });
}

/** Result of {@linkcode emergenceScales}. */
export interface EmergenceScales {
  /** Published emergence scales in training FLOPs (rows that give them). */
  flops: ScaleRange;
  /** Published emergence scales in parameters (rows that give them). */
  params: ScaleRange;
  /** Our thresholds (non-embedding parameters), over the emergent curves that have one. */
  ours: ScaleRange;
  /** Published rows quoted as examples: the first row with parameters, then `contrast`'s row. */
  examples: PublishedEmergence[];
}

/**
 * Range and median of the published emergence scales (FLOPs and parameters) and of the census
 * thresholds, with two published rows to quote: the first with parameters and the first whose
 * ability starts with `contrast` (default "Word in Context", the largest in Wei et al.'s table).
 *
 * @throws {RangeError} when no published row has parameters or FLOPs, or no census threshold exists.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScales } from "./emergence_scales.ts";
 * const published = [4e9, 68e9, 137e9, 73.4e9].map((params, i) => ({
 *   ability: `A${i}`, setting: "few-shot", model: "m", params, flops: params * 1e12, source: "s",
 * }));
 * const census = { thresholds: [{ threshold: { estimate: 2e9 } }] } as never;
 * const scales = emergenceScales(published, census, { contrast: "A2" });
 * assert.equal(scales.params.median, 70.7e9);
 * assert.deepEqual(scales.examples.map((e) => e.ability), ["A0", "A2"]);
 * ```
 */
export function emergenceScales(
  published: readonly PublishedEmergence[],
  census: Pick<EmergenceCensus, "thresholds">,
  options: { contrast?: string } = {},
): EmergenceScales {
  const where = "emergenceScales";
  const withParams = published.filter((p) => p.params !== undefined);
  const contrast = options.contrast ?? "Word in Context";
  const contrastRow = published.find((p) => p.ability.startsWith(contrast));
  if (contrastRow === undefined) {
    throw new RangeError(`${where}: no published ability starts with contrast "${contrast}"`);
  }
  return {
    flops: scaleRange(published.flatMap((p) => p.flops ?? []), `${where} (published FLOPs)`),
    params: scaleRange(withParams.map((p) => p.params!), `${where} (published parameters)`),
    ours: scaleRange(
      census.thresholds.map((t) => t.threshold.estimate),
      `${where} (census thresholds)`,
    ),
    examples: [withParams[0]!, contrastRow],
  };
}
