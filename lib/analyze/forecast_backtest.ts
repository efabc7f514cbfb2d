/**
 * Backtest of the per-curve forecast (lib/forecast) on every bundled curve with ≥ 5 sizes: fit on
 * all but the largest size (and, separately, all but the two largest), predict the largest, and
 * compare with what was measured — absolute error, interval coverage against its nominal level,
 * and, for tasks near chance up to the held-out size, whether the forecast said a rise was coming.
 * Two naive forecasts are scored alongside: the last observed value, and a straight line in
 * log-scale (least squares over the fitted sizes). Sentences: forecast_backtest_text.ts.
 * @module
 */
import {
  checkOptions,
  finiteNumber,
  inRange,
  integerAtLeast,
  oneOf,
  positiveInteger,
} from "../_options.ts";
import { arrayOf } from "../_option_values.ts";
import { forecastCurve } from "../forecast/forecast_curve.ts";
import type { Shape } from "../classify/shapes.ts";
import type { ShapePrior } from "../classify/types.ts";
import { mean } from "../stats/moments.ts";
import { median } from "../stats/quantile.ts";
import type { BacktestCurve, BacktestSource } from "./_backtest_curves.ts";
import { BACKTEST_SOURCES } from "./_backtest_curves.ts";
import { heldOut, naiveLine, type RiseCall, riseCall, scoreError } from "./_backtest_rows.ts";

export type { BacktestCurve, BacktestSource } from "./_backtest_curves.ts";
export { BACKTEST_SOURCES, loadBacktestCurves } from "./_backtest_curves.ts";
export type { RiseCall } from "./_backtest_rows.ts";

/** Options of {@linkcode forecastBacktest}. */
export interface BacktestOptions {
  /** How many of the largest sizes to hold out, one backtest each; default [1, 2]. */
  holdOuts?: number[];
  /** Fewest distinct sizes a curve needs; default 5. */
  minSizes?: number;
  /** Level of the prediction intervals; default 0.8. */
  level?: number;
  /** Bootstrap resamples per forecast; default 200. */
  resamples?: number;
  /** Seed; default 1. */
  seed?: number;
  /** The prior on shapes of the forecasts' classifications; default "benchmarks". */
  prior?: ShapePrior;
}

const SPEC = {
  holdOuts: arrayOf(positiveInteger, 1),
  minSizes: integerAtLeast(3),
  level: inRange(0, 1, "both"),
  resamples: positiveInteger,
  seed: finiteNumber,
  prior: oneOf("benchmarks", "uniform"),
};

/** Errors of the three forecasts, as a fraction of the metric's range (bounded metrics) or of the measured score (unbounded ones: loss, perplexity). */
export interface BacktestErrors {
  /** The forecast of lib/forecast. */
  forecast: number;
  /** The last observed value. */
  last: number;
  /** A straight line in log-scale. */
  line: number;
}

/** One held-out prediction. */
export interface BacktestRow {
  /** Where the curve comes from. */
  source: BacktestSource;
  /** Task (with setting, family or metric). */
  label: string;
  /** Sizes held out (1 or 2); the largest is predicted. */
  holdOut: number;
  /** Sizes fitted. */
  fitted: number;
  /** The size predicted (the largest). */
  targetScale: number;
  /** Orders of magnitude from the largest fitted size to the target. */
  extrapolation: number;
  /** Measured score at the target (mean when the size has several rows). */
  actual: number;
  /** The forecast of lib/forecast. */
  forecast: number;
  /** Prediction interval of the forecast at the backtest's level. */
  interval: [number, number];
  /** Naive forecast: the last observed value. */
  last: number;
  /** A straight line in log-scale. */
  line: number;
  /** Errors of the forecast and of the naive ones. */
  errors: BacktestErrors;
  /** Whether the interval held the measured score. */
  covered: boolean;
  /** The classifier's label of the fitted sizes. */
  shape: Shape;
  /** The metric's bounds (undefined: unbounded). */
  bounds?: [number, number];
  /** For a task near chance at every fitted size: the forecast's and the line's call on a rise. */
  rise?: { forecast: RiseCall; line: RiseCall };
}

/** Counts and mean errors of a set of rows. */
export interface BacktestTotals {
  /** Rows counted. */
  count: number;
  /** Mean errors. */
  meanError: BacktestErrors;
  /** Median errors. */
  medianError: BacktestErrors;
  /** Rows whose interval held the measured score. */
  covered: number;
  /** Rows where the forecast's error is below the naive one's. */
  beats: { last: number; line: number };
  /** Near-chance rows by the forecast's call, and by the straight line's. */
  rise: Record<RiseCall, number>;
  /** The same calls made by the straight line. */
  lineRise: Record<RiseCall, number>;
}

/** Result of {@linkcode forecastBacktest}. */
export interface ForecastBacktest {
  /** Level of the prediction intervals. */
  level: number;
  /** The hold-outs run (sizes held out). */
  holdOuts: number[];
  /** Fewest distinct sizes a curve needed. */
  minSizes: number;
  /** Every held-out prediction. */
  rows: BacktestRow[];
  /** Per hold-out (over every source). */
  totals: { holdOut: number; totals: BacktestTotals }[];
  /** Per source and hold-out. */
  groups: { source: BacktestSource; holdOut: number; totals: BacktestTotals }[];
  /** Curves per source: bundled, and with enough sizes to backtest. */
  sources: { source: BacktestSource; curves: number; used: number; mostSizes: number }[];
}

function emptyCalls(): Record<RiseCall, number> {
  return { hit: 0, miss: 0, false_alarm: 0, quiet: 0 };
}

/** Totals of `rows` (mean and median errors, coverage, wins, rise calls). *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { backtestTotals } from "./forecast_backtest.ts";
 * const row = { errors: { forecast: 0.1, last: 0.2, line: 0.3 }, covered: true } as never;
 * const t = backtestTotals([row, row]);
 * assert.ok(t.count === 2 && t.covered === 2 && t.beats.last === 2);
 * ```
 */
export function backtestTotals(rows: readonly BacktestRow[]): BacktestTotals {
  const pick = (k: keyof BacktestErrors) => rows.map((r) => r.errors[k]);
  const stat = (s: (v: number[]) => number): BacktestErrors =>
    rows.length === 0 ? { forecast: NaN, last: NaN, line: NaN } : {
      forecast: s(pick("forecast")),
      last: s(pick("last")),
      line: s(pick("line")),
    };
  const rise = emptyCalls(), lineRise = emptyCalls();
  for (const r of rows) if (r.rise) rise[r.rise.forecast]++, lineRise[r.rise.line]++;
  return {
    count: rows.length,
    meanError: stat(mean),
    medianError: stat(median),
    covered: rows.filter((r) => r.covered).length,
    beats: {
      last: rows.filter((r) => r.errors.forecast < r.errors.last).length,
      line: rows.filter((r) => r.errors.forecast < r.errors.line).length,
    },
    rise,
    lineRise,
  };
}

/** The backtest row of one curve and hold-out, or undefined when too few sizes remain. */
function backtestRow(
  curve: BacktestCurve,
  holdOut: number,
  options: Required<Omit<BacktestOptions, "holdOuts" | "minSizes">>,
): BacktestRow | undefined {
  const split = heldOut(curve.points, holdOut);
  const f = forecastCurve(
    {
      points: split.fit,
      higherIsBetter: curve.higherIsBetter,
      ...(curve.chance !== undefined ? { chance: curve.chance } : {}),
    },
    split.targetScale,
    {
      level: options.level,
      resamples: options.resamples,
      seed: options.seed,
      prior: options.prior,
      ...(curve.bounds
        ? { bounds: curve.bounds, metricKind: "proportion" as const }
        : { metricKind: "continuous" as const }),
    },
  );
  const last = split.fit[split.fit.length - 1]!.score;
  const line = naiveLine(split.fit, split.targetScale, curve.bounds);
  const err = (v: number) => scoreError(v, split.actual, curve.bounds);
  const rise = riseCall(curve, split.fit, split.actual, f.prediction, line);
  return {
    source: curve.source,
    label: curve.label,
    holdOut,
    fitted: split.sizes,
    targetScale: split.targetScale,
    extrapolation: f.extrapolation,
    actual: split.actual,
    forecast: f.prediction,
    interval: f.interval,
    last,
    line,
    errors: { forecast: err(f.prediction), last: err(last), line: err(line) },
    covered: f.interval[0] <= split.actual && split.actual <= f.interval[1],
    shape: f.classification.shape,
    ...(curve.bounds ? { bounds: curve.bounds } : {}),
    ...(rise ? { rise } : {}),
  };
}

/**
 * Backtests the forecast on `curves`: for each curve with at least `minSizes` distinct sizes and
 * each hold-out k in `holdOuts`, fits the sizes below the k largest and predicts the largest.
 * Totals per hold-out and per source and hold-out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { forecastBacktest } from "./forecast_backtest.ts";
 * const points = [7, 8, 9, 10, 11, 12].map((x) => ({ scale: 10 ** x, score: 0.1 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "Pythia", label: "t", points, higherIsBetter: true, bounds: [0, 1] }]);
 * assert.equal(b.rows.length, 2);
 * assert.ok(b.rows[0]!.errors.forecast < 0.1 && b.rows[0]!.errors.last > 0.09);
 * ```
 */
export function forecastBacktest(
  curves: readonly BacktestCurve[],
  options: BacktestOptions = {},
): ForecastBacktest {
  checkOptions("forecastBacktest", options, SPEC);
  const holdOuts = options.holdOuts ?? [1, 2], minSizes = options.minSizes ?? 5;
  const run = {
    level: options.level ?? 0.8,
    resamples: options.resamples ?? 200,
    seed: options.seed ?? 1,
    prior: options.prior ?? "benchmarks",
  };
  const sizes = (c: BacktestCurve) => new Set(c.points.map((p) => p.scale)).size;
  const used = curves.filter((c) => sizes(c) >= minSizes);
  const rows = holdOuts.flatMap((k) => used.flatMap((c) => backtestRow(c, k, run) ?? []));
  const groups = holdOuts.flatMap((holdOut) =>
    BACKTEST_SOURCES.map((source) => ({
      source,
      holdOut,
      totals: backtestTotals(rows.filter((r) => r.source === source && r.holdOut === holdOut)),
    })).filter((g) => g.totals.count > 0)
  );
  return {
    level: run.level,
    holdOuts,
    minSizes,
    rows,
    totals: holdOuts.map((holdOut) => ({
      holdOut,
      totals: backtestTotals(rows.filter((r) => r.holdOut === holdOut)),
    })),
    groups,
    sources: BACKTEST_SOURCES.map((source) => {
      const of = curves.filter((c) => c.source === source);
      return {
        source,
        curves: of.length,
        used: of.filter((c) => sizes(c) >= minSizes).length,
        mostSizes: Math.max(0, ...of.map(sizes)),
      };
    }),
  };
}
