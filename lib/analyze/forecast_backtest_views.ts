/**
 * The rows the forecast chapter shows of a backtest (forecast_backtest.ts): one per source and
 * hold-out for the summary table, one per curve for the task table, and predicted against
 * measured (as fractions of each metric's range) for the chart.
 * @module
 */
import type { Formatter } from "../locale/format.ts";
import type { BacktestRow, ForecastBacktest, RiseCall } from "./forecast_backtest.ts";
import { heldOutWords } from "./forecast_backtest_text.ts";
import { inLang } from "../locale/lang.ts";

/** One row of the summary table. */
export interface BacktestGroupRow {
  /** Source of the curves. */
  source: string;
  /** The sizes held out, in words. */
  heldOut: string;
  /** Curves backtested. */
  curves: number;
  /** Mean error of the forecast (share of the range). */
  forecastError: number;
  /** Mean error of the last observed value. */
  lastError: number;
  /** Mean error of the straight line in log-scale. */
  lineError: number;
  /** Share of intervals that held the measured score. */
  coverage: number;
  /** Rises from chance the forecast called. */
  hits: number;
  /** Rises from chance the forecast did not call. */
  misses: number;
  /** Rises called that did not come. */
  falseAlarms: number;
}

/**
 * The summary table: per source and hold-out, then "All sources" per hold-out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { backtestGroupRows, forecastBacktest } from "./mod.ts";
 * import { formatter } from "../locale/format.ts";
 * const points = [7, 8, 9, 10, 11, 12].map((x) => ({ scale: 10 ** x, score: 0.1 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "Pythia", label: "t", points, higherIsBetter: true, bounds: [0, 1] }], { resamples: 20 });
 * const rows = backtestGroupRows(b, formatter("en"));
 * assert.deepEqual(rows.map((r) => [r.source, r.curves]), [["Pythia", 1], ["Pythia", 1], ["All sources", 1], ["All sources", 1]]);
 * ```
 */
export function backtestGroupRows(b: ForecastBacktest, f: Formatter): BacktestGroupRow[] {
  const all = inLang(f.lang, { en: () => "All sources", zh: () => "所有来源" });
  return [
    ...b.groups,
    ...b.totals.map((t) => ({ source: all, holdOut: t.holdOut, totals: t.totals })),
  ].map(({ source, holdOut, totals: t }) => ({
    source,
    heldOut: heldOutWords(holdOut, f),
    curves: t.count,
    forecastError: t.meanError.forecast,
    lastError: t.meanError.last,
    lineError: t.meanError.line,
    coverage: t.covered / t.count,
    hits: t.rise.hit,
    misses: t.rise.miss,
    falseAlarms: t.rise.false_alarm,
  }));
}

/** Words for a rise call. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { riseCallWords } from "./forecast_backtest_views.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(riseCallWords("false_alarm", formatter("en")), "false alarm");
 * ```
 */
export function riseCallWords(call: RiseCall | undefined, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      call === undefined
        ? ""
        : { hit: "hit", miss: "miss", false_alarm: "false alarm", quiet: "no rise, none called" }[
          call
        ],
    zh: () =>
      call === undefined
        ? ""
        : { hit: "命中", miss: "漏报", false_alarm: "误报", quiet: "没有上升，也未预报" }[call],
  });
}

/** One row of the task table. */
export interface BacktestTaskRow {
  /** Source of the curves. */
  source: string;
  /** Task (with setting, family or metric). */
  task: string;
  /** Sizes fitted. */
  fitted: number;
  /** Measured score at the largest size. */
  measured: number;
  /** The forecast. */
  forecast: number;
  /** Prediction interval, formatted. */
  interval: string;
  /** The last observed value. */
  last: number;
  /** A straight line in log-scale. */
  line: number;
  /** Error of the forecast (share of the range). */
  error: number;
  /** Whether the interval held the measured score, in words. */
  covered: string;
  /** The rise call, in words (near-chance curves only). */
  call: string;
}

/** The task table for one hold-out: every curve, worst forecast error first. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { backtestTaskRows, forecastBacktest, predictedVsMeasured } from "./mod.ts";
 * import { formatter } from "../locale/format.ts";
 * const points = [7, 8, 9, 10, 11].map((x) => ({ scale: 10 ** x, score: 10 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "GPT-3", label: "t", points, higherIsBetter: true, bounds: [0, 100] }], { resamples: 20 });
 * assert.equal(backtestTaskRows(b, 1, formatter("en"))[0]!.measured, 50);
 * assert.equal(predictedVsMeasured(b, 1)[0]!.measured, 0.5);
 * ```
 */
export function backtestTaskRows(
  b: ForecastBacktest,
  holdOut: number,
  f: Formatter,
): BacktestTaskRow[] {
  const yes = inLang(f.lang, { en: () => "yes", zh: () => "是" }),
    no = inLang(f.lang, { en: () => "no", zh: () => "否" });
  return b.rows.filter((r) => r.holdOut === holdOut)
    .sort((a, c) => c.errors.forecast - a.errors.forecast || a.label.localeCompare(c.label))
    .map((r) => ({
      source: r.source,
      task: r.label,
      fitted: r.fitted,
      measured: r.actual,
      forecast: r.forecast,
      interval: f.interval(r.interval[0], r.interval[1]),
      last: r.last,
      line: r.line,
      error: r.errors.forecast,
      covered: r.covered ? yes : no,
      call: riseCallWords(r.rise?.forecast, f),
    }));
}

/** A point of the predicted-against-measured chart (fractions of the metric's range). */
export interface PredictedPoint {
  /** Source of the curves. */
  source: string;
  /** Task (with setting, family or metric). */
  task: string;
  /** Measured score at the largest size. */
  measured: number;
  /** The forecast. */
  forecast: number;
  /** Lower end of the interval. */
  lower: number;
  /** Upper end of the interval. */
  upper: number;
  /** Whether the interval held the measured score. */
  covered: boolean;
}

/** Predicted against measured for one hold-out, bounded metrics only, as fractions of the range. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { backtestTaskRows, forecastBacktest, predictedVsMeasured } from "./mod.ts";
 * import { formatter } from "../locale/format.ts";
 * const points = [7, 8, 9, 10, 11].map((x) => ({ scale: 10 ** x, score: 10 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "GPT-3", label: "t", points, higherIsBetter: true, bounds: [0, 100] }], { resamples: 20 });
 * assert.equal(backtestTaskRows(b, 1, formatter("en"))[0]!.measured, 50);
 * assert.equal(predictedVsMeasured(b, 1)[0]!.measured, 0.5);
 * ```
 */
export function predictedVsMeasured(b: ForecastBacktest, holdOut: number): PredictedPoint[] {
  // Four decimals: enough for a chart, and the page's data table stays readable.
  const unit = (r: BacktestRow, v: number) =>
    Math.round(1e4 * (v - r.bounds![0]) / (r.bounds![1] - r.bounds![0])) / 1e4;
  return b.rows.filter((r) => r.holdOut === holdOut && r.bounds).map((r) => ({
    source: r.source,
    task: r.label,
    measured: unit(r, r.actual),
    forecast: unit(r, r.forecast),
    lower: unit(r, r.interval[0]),
    upper: unit(r, r.interval[1]),
    covered: r.covered,
  }));
}
