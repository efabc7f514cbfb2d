/**
 * Forecasts of a user's own curves at larger sizes (`deno task analyze --predict SIZE`, issue 20):
 * each curve's score at every requested size with its prediction interval (lib/forecast, the
 * classification of the page reused), and — for curves with at least five sizes — a backtest on the
 * user's own data: the largest size (and the two largest, with six or more) held out and predicted
 * from the rest, as chapter 5 does for the bundled curves.
 * @module
 */

import { forecastCurve } from "../forecast/forecast_curve.ts";
import type { OwnDataAnalysis } from "./own_data_types.ts";
import type { OwnDataCurve } from "./_own_data_panels.ts";
import {
  type BacktestCurve,
  type ForecastBacktest,
  forecastBacktest,
} from "./forecast_backtest.ts";

/** One curve's forecast at one size. */
export interface OwnForecastRow {
  /** The curve's label on the page. */
  label: string;
  /** Task. */
  task: string;
  /** Model family. */
  family: string;
  /** Metric. */
  metric: string;
  /** The size forecast (parameters). */
  size: number;
  /** Largest size measured on the curve. */
  largest: number;
  /** Orders of magnitude beyond the largest measured size (negative: inside the data). */
  extrapolation: number;
  /** The predicted score. */
  prediction: number;
  /** The prediction interval at `level`. */
  interval: [number, number];
  /** The shape the curve was classified as. */
  shape: string;
}

/** Result of {@linkcode ownDataForecasts}. */
export interface OwnDataForecasts {
  /** Level of the prediction intervals. */
  level: number;
  /** The sizes asked for, ascending. */
  sizes: number[];
  /** One row per curve (with at least three sizes) and size. */
  rows: OwnForecastRow[];
  /** Curves not forecast (fewer than three sizes). */
  skipped: number;
  /** The backtest on the curves with at least `minSizes` sizes; undefined when none has. */
  backtest?: ForecastBacktest;
}

/** Options of {@linkcode ownDataForecasts}. */
export interface OwnDataForecastOptions {
  /** Interval level; default 0.8 (as chapter 5). */
  level?: number;
  /** Bootstrap resamples; default 200. */
  resamples?: number;
  /** Seed; default 1. */
  seed?: number;
}

const sizesOf = (c: OwnDataCurve) => new Set(c.curve.points.map((p) => p.scale)).size;

/** Accuracy-like curves (every score in [0, 1], higher better) are bounded by [0, 1]. */
function boundsOf(c: OwnDataCurve): [number, number] | undefined {
  const proportion = c.curve.higherIsBetter &&
    c.curve.points.every((p) => p.score >= 0 && p.score <= 1);
  return proportion ? [0, 1] : undefined;
}

/**
 * Forecasts every curve of an own-data analysis at `sizes`, and backtests the curves with five or
 * more sizes.
 *
 * @throws {RangeError} when `sizes` is empty or holds a size that is not a positive number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readLongFormat } from "../data/long_format.ts";
 * import { analyzeOwnData } from "./own_data.ts";
 * import { ownDataForecasts } from "./own_data_forecast.ts";
 * const text = "task,model,params,score,n\n" + [1e8, 3e8, 1e9, 3e9, 1e10].map((p, i) =>
 *   `t,m${i},${p},${0.3 + 0.1 * i},1000`).join("\n");
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * const fc = ownDataForecasts(a, [7e10], { resamples: 50 });
 * assert.equal(fc.rows.length, 1);
 * assert.ok(fc.rows[0]!.prediction > 0.6 && fc.rows[0]!.prediction <= 1);
 * assert.ok(Math.abs(fc.rows[0]!.extrapolation - Math.log10(7)) < 1e-9);
 * assert.equal(fc.backtest?.rows.length, 1); // five sizes: the largest held out
 * ```
 */
export function ownDataForecasts(
  a: OwnDataAnalysis,
  sizes: readonly number[],
  options: OwnDataForecastOptions = {},
): OwnDataForecasts {
  if (sizes.length === 0) throw new RangeError("ownDataForecasts: give at least one size");
  for (const s of sizes) {
    if (!(Number.isFinite(s) && s > 0)) {
      throw new RangeError(`ownDataForecasts: sizes must be positive numbers, got ${s}`);
    }
  }
  const level = options.level ?? 0.8, resamples = options.resamples ?? 200;
  const seed = options.seed ?? 1;
  const ascending = [...new Set(sizes)].sort((x, y) => x - y);
  const usable = a.curves.filter((c) => sizesOf(c) >= 3);
  const rows = usable.flatMap((c) => {
    const largest = Math.max(...c.curve.points.map((p) => p.scale));
    const input = {
      points: c.curve.points,
      higherIsBetter: c.curve.higherIsBetter,
      ...(c.curve.chance !== undefined ? { chance: c.curve.chance } : {}),
    };
    return ascending.map((size): OwnForecastRow => {
      const fc = forecastCurve(input, size, { level, resamples, seed, classification: c.result });
      return {
        label: c.label,
        task: c.task,
        family: c.family,
        metric: c.metric,
        size,
        largest,
        extrapolation: Math.log10(size / largest),
        prediction: fc.prediction,
        interval: fc.interval,
        shape: c.shape,
      };
    });
  });
  const own = usable.filter((c) => sizesOf(c) >= 5).map((c): BacktestCurve => {
    const bounds = boundsOf(c);
    return {
      source: "Your data",
      label: c.label,
      points: c.curve.points,
      higherIsBetter: c.curve.higherIsBetter,
      ...(c.curve.chance !== undefined ? { chance: c.curve.chance } : {}),
      ...(bounds ? { bounds } : {}),
    };
  });
  const holdOuts = own.some((c) => new Set(c.points.map((p) => p.scale)).size >= 6) ? [1, 2] : [1];
  const result: OwnDataForecasts = {
    level,
    sizes: ascending,
    rows,
    skipped: a.curves.length - usable.length,
  };
  if (own.length > 0) {
    result.backtest = forecastBacktest(own, {
      holdOuts,
      minSizes: 5,
      level,
      resamples,
      seed,
      prior: a.prior,
    });
  }
  return result;
}
