/**
 * Chapter 5's figures and tables, built from a lib/analyze `ForecastBacktest`: the summary table
 * per source and hold-out, the task table, and the forecast of the largest size against what it
 * scored, with the prediction intervals.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import type { ForecastBacktest } from "../../analyze/forecast_backtest.ts";
import {
  backtestGroupRows,
  backtestTaskRows,
  predictedVsMeasured,
} from "../../analyze/forecast_backtest_views.ts";
import { predictedTitle } from "../../analyze/forecast_backtest_text.ts";
import { BACKTEST_SOURCES } from "../../analyze/_backtest_curves.ts";
import { Chart, specHeader } from "../chart.ts";
import { colorEncoding, positional } from "../_axis.ts";
import { type Table, table } from "../table.ts";
import { Tooltips } from "../_tooltip.ts";
import type { Row } from "../_validate.ts";

const SOURCE =
  "BIG-bench (BIG-G), Pythia evaluations, GPT-3 Table H.1, MMLU tables, Inverse Scaling Prize (data/)";

const DESCRIPTION =
  "Each point is one bundled task curve with a bounded metric: the score its largest size measured (x) against the forecast made from the smaller sizes (y), both as shares of the metric's range, with the prediction interval as a vertical line; on the dashed diagonal the forecast is exact.";

/** Okabe & Ito colours of the sources, in BACKTEST_SOURCES order. */
const COLOURS = ["#D55E00", "#009E73", "#0072B2", "#CC79A7", "#E69F00", "#56B4E9"];

/**
 * Forecast against measured score (fractions of each metric's range), with the intervals and the
 * line where they are equal.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { forecastBacktest } from "../../analyze/forecast_backtest.ts";
 * import { predictedFigure } from "./forecast.ts";
 * const points = [7, 8, 9, 10, 11, 12].map((x) => ({ scale: 10 ** x, score: 0.1 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "Pythia", label: "t", points, higherIsBetter: true, bounds: [0, 1] }], { resamples: 20 });
 * assert.equal(predictedFigure(b, formatter("en")).rows.length, 1);
 * ```
 */
export function predictedFigure(b: ForecastBacktest, f: Formatter, holdOut = 1): Chart {
  const rows = predictedVsMeasured(b, holdOut) as unknown as Row[];
  const total = b.totals.find((t) => t.holdOut === holdOut)!.totals;
  const bounded = { count: rows.length, covered: rows.filter((r) => r.covered === true).length };
  const title = predictedTitle(bounded.count ? bounded : total, b.level, holdOut, f);
  const axis = (field: string, text: string) =>
    positional({ field, title: text, domain: [0, 1], quantity: "percent" }, rows, f.lang);
  const x = axis("measured", "Measured score (share of the metric's range)");
  const y = axis("forecast", "Forecast (share of the metric's range)");
  const color = colorEncoding({
    field: "source",
    title: "Source",
    domain: [...BACKTEST_SOURCES],
    range: COLOURS,
    presentOnly: true,
  }, rows);
  const tips = new Tooltips(f.lang).raw("source", "Source", "nominal").raw(
    "task",
    "Task",
    "nominal",
  )
    .number({ field: "measured", title: "Measured" }, "percent")
    .number({ field: "forecast", title: "Forecast" }, "percent")
    .number({ field: "lower", title: "Interval from" }, "percent")
    .number({ field: "upper", title: "to" }, "percent");
  const spec = {
    ...specHeader({ title, description: DESCRIPTION, source: SOURCE }, "predictedFigure"),
    width: 420,
    height: 420,
    layer: [
      {
        data: { values: [{ measured: 0, forecast: 0 }, { measured: 1, forecast: 1 }] },
        mark: { type: "line", color: "#888888", strokeDash: [4, 4] },
        encoding: { x, y },
      },
      {
        data: { values: rows },
        mark: { type: "rule", opacity: 0.35 },
        encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color },
      },
      {
        data: { values: rows },
        ...tips.layer(),
        mark: { type: "point", filled: true, size: 28 },
        encoding: { x, y, color, ...tips.channels() },
      },
    ],
  };
  return new Chart({ spec, rows, title, description: DESCRIPTION, source: SOURCE });
}

/**
 * The summary table: per source and hold-out, and over all sources.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { forecastBacktest } from "../../analyze/forecast_backtest.ts";
 * import { backtestTable } from "./forecast.ts";
 * const points = [7, 8, 9, 10, 11, 12].map((x) => ({ scale: 10 ** x, score: 0.1 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "Pythia", label: "t", points, higherIsBetter: true, bounds: [0, 1] }], { resamples: 20 });
 * assert.ok(backtestTable(b, formatter("en")).text().includes("All sources"));
 * ```
 */
export function backtestTable(b: ForecastBacktest, f: Formatter): Table {
  const level = f.percent(b.level, 0);
  return table(backtestGroupRows(b, f), [
    { key: "source", title: "Source" },
    { key: "heldOut", title: "Held out" },
    { key: "curves", title: "Curves", format: "integer" },
    { key: "forecastError", title: "Error: forecast", format: "percent" },
    { key: "lastError", title: "Error: last value", format: "percent" },
    { key: "lineError", title: "Error: straight line", format: "percent" },
    { key: "coverage", title: `${level} interval coverage`, format: "percent" },
    { key: "hits", title: "Hits", format: "integer" },
    { key: "misses", title: "Misses", format: "integer" },
    { key: "falseAlarms", title: "False alarms", format: "integer" },
  ], {
    caption:
      `Backtest per source and hold-out: mean absolute error as a share of the metric's range (of the measured value for loss and perplexity), share of ${level} prediction intervals that held the measured score, and the calls on curves near chance at every fitted size.`,
    lang: f.lang,
  });
}

/** Every curve of one hold-out, worst forecast first. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { forecastBacktest } from "../../analyze/forecast_backtest.ts";
 * import { backtestTaskTable } from "./forecast.ts";
 * const points = [7, 8, 9, 10, 11].map((x) => ({ scale: 10 ** x, score: 0.1 * (x - 6), n: 1000 }));
 * const b = forecastBacktest([{ source: "Pythia", label: "t", points, higherIsBetter: true, bounds: [0, 1] }], { resamples: 20 });
 * assert.ok(backtestTaskTable(b, formatter("en")).text().includes("Pythia"));
 * ```
 */
export function backtestTaskTable(b: ForecastBacktest, f: Formatter, holdOut = 1): Table {
  return table(backtestTaskRows(b, holdOut, f), [
    { key: "source", title: "Source" },
    { key: "task", title: "Task" },
    { key: "fitted", title: "Sizes fitted", format: "integer" },
    { key: "measured", title: "Measured" },
    { key: "forecast", title: "Forecast" },
    { key: "interval", title: `${f.percent(b.level, 0)} interval` },
    { key: "last", title: "Last value" },
    { key: "line", title: "Straight line" },
    { key: "error", title: "Error", format: "percent" },
    { key: "covered", title: "Held?" },
    { key: "call", title: "Rise call" },
  ], {
    caption:
      "Every backtested curve (scores in the metric's own units), worst forecast error first; the rise call is given for curves near chance at every fitted size.",
    lang: f.lang,
  });
}
