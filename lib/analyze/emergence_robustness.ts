/**
 * How much an emergent label rests on: how many sizes score clearly above chance, and whether the
 * label survives leaving out the largest or the smallest size (the curve reclassified without it).
 * Written so that it can later be swapped for the classifier's own `fragile` flag and censored
 * threshold bounds (issue 18): one row in, one plain record out.
 * @module
 */
import type { ClassifiedCurve } from "../classify/classify_all.ts";
import { classifyCurve } from "../classify/classify_curve.ts";
import type { Shape } from "../classify/shapes.ts";
import type { ShapePrior } from "../classify/types.ts";
import type { EmergenceCensus } from "./emergence.ts";
import { estimatePlace } from "./_estimate_place.ts";

/** Result of {@linkcode labelRobustness}. */
export interface LabelRobustness {
  /** Task name. */
  task: string;
  /** The label on all sizes. */
  shape: Shape;
  /** Distinct sizes of the curve. */
  sizes: number;
  /** Sizes scoring more than `z` noise standard errors better than chance (or the smallest size's score). */
  clearlyAbove: number;
  /** The scales of those sizes, ascending. */
  clearlyAboveScales: number[];
  /** The label with the largest size left out. */
  withoutLargest: Shape;
  /** The label with the smallest size left out. */
  withoutSmallest: Shape;
  /** Which left-out size changes the label: "largest", "smallest", both or neither. */
  changesWithout: ("largest" | "smallest")[];
  /** True when leaving out either end changes the label. */
  fragile: boolean;
}

/**
 * Reclassifies a classified curve without its largest and without its smallest size
 * (`classifyCurve` with the curve's chance and orientation, under `options.prior`, the prior the
 * curve was classified under; default "benchmarks"), and counts the sizes whose score
 * exceeds the baseline — chance, or the smallest size's score when the curve has no chance — by
 * more than `z` (default 2) times the classifier's per-point noise σ, in the better direction.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyAll } from "../classify/classify_all.ts";
 * import { labelRobustness } from "./emergence_robustness.ts";
 * const curve = (scores: number[]) => ({
 *   task: "t", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true,
 *   points: scores.map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 })),
 * });
 * // only the largest size is above chance: the label rests on one point and is fragile
 * const [late] = classifyAll([curve([0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.24, 0.25, 0.6])]);
 * const r = labelRobustness(late!);
 * assert.equal(r.shape, "emergent");
 * assert.equal(r.clearlyAbove, 1);
 * assert.deepEqual(r.changesWithout, ["largest"]);
 * assert.ok(r.fragile);
 * // a rise over three sizes survives either end left out
 * const [wide] = classifyAll([curve([0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.45, 0.7, 0.82])]);
 * assert.equal(labelRobustness(wide!).clearlyAbove, 3);
 * assert.equal(labelRobustness(wide!).fragile, false);
 * ```
 */
export function labelRobustness(
  row: ClassifiedCurve,
  options: { z?: number; prior?: ShapePrior } = {},
): LabelRobustness {
  const z = options.z ?? 2;
  if (!(z > 0)) throw new RangeError(`labelRobustness: z must be positive, got ${z}`);
  const { points, chance, higherIsBetter } = row.curve;
  const sorted = [...points].sort((a, b) => a.scale - b.scale);
  const reclassify = (kept: typeof sorted): Shape =>
    classifyCurve(kept, {
      higherIsBetter,
      ...(chance !== undefined ? { chance } : {}),
      ...(options.prior ? { prior: options.prior } : {}),
    }).shape;
  const withoutLargest = reclassify(sorted.slice(0, -1));
  const withoutSmallest = reclassify(sorted.slice(1));
  const sign = higherIsBetter ? 1 : -1;
  const base = chance ?? sorted[0]!.score;
  const margin = z * row.result.evidence.noise.sigma;
  const above = sorted.filter((p) => sign * (p.score - base) > margin);
  const changesWithout = [
    ...(withoutLargest !== row.shape ? ["largest" as const] : []),
    ...(withoutSmallest !== row.shape ? ["smallest" as const] : []),
  ];
  return {
    task: row.task,
    shape: row.shape,
    sizes: new Set(sorted.map((p) => p.scale)).size,
    clearlyAbove: above.length,
    clearlyAboveScales: above.map((p) => p.scale),
    withoutLargest,
    withoutSmallest,
    changesWithout,
    fragile: changesWithout.length > 0,
  };
}

/**
 * {@linkcode labelRobustness} of every curve labelled emergent, in the order of `rows`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceCensus } from "./emergence.ts";
 * import { emergentRobustness } from "./emergence_robustness.ts";
 * const curve = (task: string, scores: number[]) => ({
 *   task, family: "f", metric: "acc", chance: 0.25, higherIsBetter: true,
 *   points: scores.map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 })),
 * });
 * const census = emergenceCensus([
 *   curve("jump", [0.25, 0.26, 0.24, 0.25, 0.26, 0.25, 0.45, 0.7, 0.82]),
 *   curve("still", [0.25, 0.26, 0.25, 0.25, 0.24, 0.25, 0.26, 0.25, 0.25]),
 * ]);
 * assert.deepEqual(emergentRobustness(census.rows).map((r) => r.task), ["jump"]);
 * ```
 */
export function emergentRobustness(rows: readonly ClassifiedCurve[]): LabelRobustness[] {
  return rows.filter((row) => row.shape === "emergent").map((row) => labelRobustness(row));
}

/** Result of {@linkcode thresholdPlaces}. */
export interface ThresholdPlaces {
  /** Thresholds placed (emergent curves with a threshold). */
  total: number;
  /** Of those, thresholds between the two largest sizes: only the largest is past them. */
  atLastSize: number;
  /** Of those, thresholds at or beyond the largest size: the fit does not reach them in the data. */
  beyond: number;
  /** Threshold estimates that lie inside the data (more than one size past them), ascending. */
  inside: number[];
  /** The same thresholds with their 95% intervals, in the same order. */
  insideEstimates?: { estimate: number; interval?: [number, number] }[];
  /**
   * Bounds on the median threshold: the median of the thresholds' lower ends and of their upper
   * ends, each threshold being [estimate, estimate] inside the data, [second-largest, largest]
   * when only the largest size is past it, [largest, ∞) beyond (interval-censored values).
   */
  median: { low: number; high: number };
  /** The second-largest and the largest size over all curves. */
  secondLargest: number;
  /** The largest size. */
  largest: number;
}

/**
 * Where the census thresholds sit: how many only the largest size is past (between the two
 * largest sizes) and how many no size reaches (at or beyond the largest) — those are bounds, not
 * measurements.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thresholdPlaces } from "./emergence_robustness.ts";
 * const points = [1e8, 1e9, 29e9, 137e9].map((scale) => ({ scale, score: 0.3 }));
 * const placed = (t: number) => ({ row: { curve: { points } }, threshold: { estimate: t } });
 * const census = { curves: [{ points }], thresholds: [placed(130e9), placed(2e9), placed(137e9)] } as never;
 * const places = thresholdPlaces(census);
 * assert.deepEqual([places.total, places.atLastSize, places.beyond], [3, 1, 1]);
 * assert.deepEqual(places.inside, [2e9]);
 * // thresholds [2B, 2B], [29B, 137B] and [137B, ∞): the median lies between 29B and 137B
 * assert.deepEqual(places.median, { low: 29e9, high: 137e9 });
 * ```
 */
export function thresholdPlaces(
  census: Pick<EmergenceCensus, "thresholds" | "curves">,
): ThresholdPlaces {
  const all = [...new Set(census.curves.flatMap((c) => c.points.map((p) => p.scale)))]
    .sort((a, b) => a - b);
  let atLastSize = 0, beyond = 0;
  const inside: number[] = [], lows: number[] = [], highs: number[] = [];
  const insideEstimates: { estimate: number; interval?: [number, number] }[] = [];
  for (const { row, threshold } of census.thresholds) {
    const scales = [...new Set(row.curve.points.map((p) => p.scale))].sort((a, b) => a - b);
    const estimate = threshold.estimate;
    const place = estimatePlace(estimate, scales);
    if (place === "last-gap") atLastSize++;
    if (place === "beyond") beyond++;
    const [low, high] = place === "last-gap"
      ? [scales.at(-2)!, scales.at(-1)!]
      : place === "beyond"
      ? [scales.at(-1)!, Infinity]
      : place === "before"
      ? [0, scales[0]!]
      : [estimate, estimate];
    if (place === "inside") {
      inside.push(estimate);
      insideEstimates.push(threshold);
    }
    lows.push(low);
    highs.push(high);
  }
  return {
    total: census.thresholds.length,
    atLastSize,
    beyond,
    inside: inside.sort((a, b) => a - b),
    insideEstimates: insideEstimates.sort((a, b) => a.estimate - b.estimate),
    median: { low: sortedMedian(lows), high: sortedMedian(highs) },
    secondLargest: all.at(-2) ?? all[0]!,
    largest: all.at(-1)!,
  };
}

/** Median (mean of the middle two for an even count) of values that may include Infinity. */
function sortedMedian(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b), n = s.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}
