/**
 * The analysis behind `deno task analyze` (notebooks/analyze/analyze.ipynb): a long-format file of
 * your own results, every curve classified (`classifyAll`), a power law per improving curve
 * (`fitPowerLaw`) and, with tokens and a loss, a Chinchilla law and its compute-optimal split
 * (`fitChinchilla`, `computeOptimal`). The result holds the numbers, the rows behind every chart
 * and table, and the facts the page's prose states (own_data_text.ts words them).
 * @module
 */
import type { Curve } from "../data/curves.ts";
import type { LongFormatRow } from "../data/long_format.ts";
import { classifyAll } from "../classify/classify_all.ts";
import type { ShapePrior } from "../classify/types.ts";
import { type Shape, SHAPE_IDS } from "../classify/shapes.ts";
import { median } from "../stats/quantile.ts";
import { distinctSizes, mergeScales } from "./_own_data_merge.ts";
import { curveLabels } from "./_own_data_labels.ts";
import { flagsOf, robustnessOf, thresholdBound } from "./_own_data_robustness.ts";
import { FIT_ORDER, fitOne } from "./_own_data_fits.ts";
import { allocation, type AllocationFit, type AllocationSkip } from "./_own_data_allocation.ts";
import { allocationRows, type OwnDataCurve, panels, pickCharted } from "./_own_data_panels.ts";
import {
  type CensusRow,
  type FittedPowerLaw,
  OWN_DATA_LIMITS,
  type OwnDataAnalysis,
  type OwnDataLimits,
} from "./own_data_types.ts";
export * from "./own_data_types.ts";
export type { AllocationFit, AllocationSkip } from "./_own_data_allocation.ts";
export type { FitSkip, OwnDataFit } from "./_own_data_fits.ts";
export type { ThresholdBound } from "./_own_data_robustness.ts";
export type {
  AllocationRow,
  OwnDataCurve,
  PanelMarker,
  PanelRow,
  Panels,
} from "./_own_data_panels.ts";

const unique = (values: readonly string[]) => [...new Set(values)];

/** Classifies (under `prior`) and labels the curves, merging sizes beyond `maxScales`. */
function classified(curves: readonly Curve[], maxScales: number, prior: ShapePrior) {
  const merged = curves.map((c) => mergeScales(c, maxScales));
  const families = unique(merged.map((c) => c.family));
  const metrics = unique(merged.map((c) => c.metric));
  const sorted = classifyAll(merged, { prior });
  const labels = curveLabels(sorted, families, metrics);
  return {
    curves: sorted.map((c, i): OwnDataCurve => {
      const bound = thresholdBound(c), robustness = robustnessOf(c, prior);
      return {
        ...c,
        label: labels[i]!,
        ...(bound ? { bound } : {}),
        ...(robustness ? { robustness } : {}),
        flags: flagsOf(robustness),
      };
    }),
    families,
    metrics,
    tasks: unique(merged.map((c) => c.task)),
    mergedCount: curves.filter((c) => distinctSizes(c) > maxScales).length,
  };
}

/** Curves per family and metric, counted per shape. */
function census(curves: readonly OwnDataCurve[], families: string[], metrics: string[]) {
  return families.flatMap((family) =>
    metrics.map((metric): CensusRow => {
      const rows = curves.filter((c) => c.family === family && c.metric === metric);
      const counts = Object.fromEntries(
        SHAPE_IDS.map((s) => [s, rows.filter((c) => c.shape === s).length]),
      ) as Record<Shape, number>;
      return { family, metric, curves: rows.length, counts };
    }).filter((row) => row.curves > 0)
  );
}

/** Power laws for the improving curves, smooth ones first. */
function powerLaws(byShape: Record<Shape, OwnDataCurve[]>, limits: OwnDataLimits) {
  const candidates = FIT_ORDER.flatMap((s) => byShape[s]).filter((c) => c.curve.points.length >= 3);
  const fits = candidates.slice(0, limits.maxFits).map((c) => fitOne(c, c.label));
  const fitted = fits.filter((r): r is FittedPowerLaw => r.fit !== undefined);
  const drawn = fitted.slice(0, limits.maxFitLines);
  const alphas = fitted.map((r) => r.fit.alpha);
  return {
    fitCandidates: candidates.length,
    fits,
    fitted,
    drawn,
    ...(alphas.length > 0
      ? { alpha: { min: Math.min(...alphas), median: median(alphas), max: Math.max(...alphas) } }
      : {}),
    ...(drawn.length > 0
      ? { steepest: drawn.reduce((a, b) => (b.fit.alpha > a.fit.alpha ? b : a)) }
      : {}),
  };
}

/**
 * Analyses a long-format file (as `loadLongFormat` returns it) for the own-data page. The curves
 * are classified under `options.prior` (default "benchmarks"; "uniform" holds every shape equally
 * likely beforehand), and so are their robustness checks and forecast backtests.
 *
 * @throws {RangeError} when the file has no rows, or for an unknown prior.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readLongFormat } from "../data/long_format.ts";
 * import { analyzeOwnData } from "./own_data.ts";
 * const text = "task,model,params,score,n\n" +
 *   [1e8, 3e8, 1e9, 3e9, 1e10].map((p, i) => `t,m${i},${p},${0.3 + 0.1 * i},1000`).join("\n");
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "mine.csv" });
 * assert.equal(a.rowCount, 5);
 * assert.equal(a.curves.length, 1);
 * assert.equal(a.largest.params, 1e10);
 * assert.deepEqual(a.allocation, { reason: "no-tokens" });
 * ```
 */
export async function analyzeOwnData(
  data: {
    rows: readonly LongFormatRow[];
    curves: readonly Curve[];
    /** Rows read, when `rows` is a compacted subset (`compactOwnData`). */
    rowCount?: number;
    /** Curves already merged into bins (`compactOwnData`). */
    mergedCount?: number;
  },
  options: { fileName: string; limits?: Partial<OwnDataLimits>; prior?: ShapePrior },
): Promise<OwnDataAnalysis> {
  if (data.rows.length === 0) {
    throw new RangeError(`analyzeOwnData: ${options.fileName} has no rows`);
  }
  const prior = options.prior ?? "benchmarks";
  if (prior !== "benchmarks" && prior !== "uniform") {
    throw new RangeError(`analyzeOwnData: prior must be "benchmarks" or "uniform", got "${prior}"`);
  }
  const limits = { ...OWN_DATA_LIMITS, ...options.limits };
  const { curves, families, metrics, tasks, mergedCount } = classified(
    data.curves,
    limits.maxScales,
    prior,
  );
  const byShape = Object.fromEntries(
    SHAPE_IDS.map((s) => [s, curves.filter((c) => c.shape === s)]),
  ) as Record<Shape, OwnDataCurve[]>;
  const charted = pickCharted(byShape, SHAPE_IDS, curves.length, limits.maxPanels);
  const smallest = data.rows.reduce((a, b) => (b.params < a.params ? b : a));
  const largest = data.rows.reduce((a, b) => (b.params > a.params ? b : a));
  const law = await allocation(data.rows);
  const firstSizes = new Set(curves.map((c) => c.curve.points[0]!.scale));
  const lastSizes = new Set(curves.map((c) => c.curve.points.at(-1)!.scale));
  return {
    fileName: options.fileName,
    limits,
    prior,
    rowCount: data.rowCount ?? data.rows.length,
    tasks,
    families,
    metrics,
    smallest: { model: smallest.model, params: smallest.params },
    largest: { model: largest.model, params: largest.params },
    curves,
    mergedCount: mergedCount + (data.mergedCount ?? 0),
    byShape,
    shapesPresent: SHAPE_IDS.filter((s) => byShape[s].length > 0),
    census: census(curves, families, metrics),
    charted,
    panels: panels(charted),
    ...(() => {
      const lead = byShape.emergent[0] ?? turning(byShape)[0] ?? byShape.inverse[0];
      return lead ? { lead } : {};
    })(),
    rangesDiffer: firstSizes.size > 1 || lastSizes.size > 1,
    ...powerLaws(byShape, limits),
    allocation: law,
    allocationRows: hasLaw(law) ? allocationRows(law) : [],
  };
}

/**
 * The curves whose trend turns within the data: U-shaped, then inverted-U.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { turning } from "./own_data.ts";
 * const none = { emergent: [], u_shaped: [], inverted_u: [], inverse: [], smooth: [], flat: [], insufficient: [] };
 * assert.deepEqual(turning(none), []);
 * ```
 */
export function turning(byShape: Record<Shape, readonly OwnDataCurve[]>): OwnDataCurve[] {
  return [...byShape.u_shaped, ...byShape.inverted_u];
}

/**
 * Whether the allocation step fitted a law (else it says why not).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hasLaw } from "./own_data.ts";
 * assert.equal(hasLaw({ reason: "no-tokens" }), false);
 * ```
 */
export function hasLaw(a: AllocationFit | AllocationSkip): a is AllocationFit {
  return "law" in a;
}
