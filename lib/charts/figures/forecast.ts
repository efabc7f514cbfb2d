/**
 * Chapter 5's figures and tables, built from a lib/analyze `ForecastBacktest`: the summary table
 * per source and hold-out, the task table, and the forecast of the largest size against what it
 * scored, with the prediction intervals.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
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

/** The words of this file's figures and tables in `f`'s language. */
function words(f: Formatter) {
  return inLang(f.lang, {
    en: () => ({
      source:
        "BIG-bench (BIG-G), Pythia evaluations, GPT-3 Table H.1, MMLU tables, Inverse Scaling Prize (data/)",
      description:
        "Each point is one bundled task curve with a bounded metric: the score its largest size measured (x) against the forecast made from the smaller sizes (y), both as shares of the metric's range, with the prediction interval as a vertical line; on the dashed diagonal the forecast is exact.",
      measuredAxis: "Measured score (share of the metric's range)",
      forecastAxis: "Forecast (share of the metric's range)",
      Source: "Source",
      Task: "Task",
      Measured: "Measured",
      Forecast: "Forecast",
      from: "Interval from",
      to: "to",
      heldOut: "Held out",
      curves: "Curves",
      errForecast: "Error: forecast",
      errLast: "Error: last value",
      errLine: "Error: straight line",
      coverage: (level: string) => `${level} interval coverage`,
      hits: "Hits",
      misses: "Misses",
      falseAlarms: "False alarms",
      groupCaption: (level: string) =>
        `Backtest per source and hold-out: mean absolute error as a share of the metric's range (of the measured value for loss and perplexity), share of ${level} prediction intervals that held the measured score, and the calls on curves near chance at every fitted size.`,
      fitted: "Sizes fitted",
      interval: (level: string) => `${level} interval`,
      last: "Last value",
      line: "Straight line",
      error: "Error",
      held: "Held?",
      call: "Rise call",
      taskCaption:
        "Every backtested curve (scores in the metric's own units), worst forecast error first; the rise call is given for curves near chance at every fitted size.",
    }),
    zh: () => ({
      source:
        "BIG-bench（BIG-G）、Pythia 评测、GPT-3 Table H.1、MMLU 表、Inverse Scaling Prize（data/）",
      description:
        "每个点是一条使用有界指标的内置任务曲线：最大规模测得的分数（x）与由较小规模做出的预测（y），都以指标范围的比例表示，竖线是预测区间；落在虚线对角线上表示预测完全准确。",
      measuredAxis: "测得的分数（占指标范围的比例）",
      forecastAxis: "预测（占指标范围的比例）",
      Source: "来源",
      Task: "任务",
      Measured: "测得值",
      Forecast: "预测值",
      from: "区间下限",
      to: "区间上限",
      heldOut: "留出",
      curves: "曲线数",
      errForecast: "误差：预测",
      errLast: "误差：最后一个值",
      errLine: "误差：直线",
      coverage: (level: string) => `${level} 区间覆盖率`,
      hits: "命中",
      misses: "漏报",
      falseAlarms: "误报",
      groupCaption: (level: string) =>
        `按来源和留出方式的回测：平均绝对误差占指标范围的比例（损失和困惑度则占测得值的比例）、包含测得分数的 ${level} 预测区间的比例，以及对每个拟合规模上都接近随机水平的曲线所做的判断。`,
      fitted: "拟合的规模数",
      interval: (level: string) => `${level} 区间`,
      last: "最后一个值",
      line: "直线",
      error: "误差",
      held: "包含？",
      call: "上升判断",
      taskCaption:
        "每条回测过的曲线（分数为指标自身的单位），预测误差最大的在前；对每个拟合规模上都接近随机水平的曲线给出上升判断。",
    }),
  });
}

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
  const w = words(f);
  const x = axis("measured", w.measuredAxis);
  const y = axis("forecast", w.forecastAxis);
  const color = colorEncoding({
    field: "source",
    title: w.Source,
    domain: [...BACKTEST_SOURCES],
    range: COLOURS,
    presentOnly: true,
  }, rows);
  const tips = new Tooltips(f.lang).raw("source", w.Source, "nominal").raw(
    "task",
    w.Task,
    "nominal",
  )
    .number({ field: "measured", title: w.Measured }, "percent")
    .number({ field: "forecast", title: w.Forecast }, "percent")
    .number({ field: "lower", title: w.from }, "percent")
    .number({ field: "upper", title: w.to }, "percent");
  const spec = {
    ...specHeader(
      { title, description: w.description, source: w.source, lang: f.lang },
      "predictedFigure",
    ),
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
  return new Chart({ spec, rows, title, description: w.description, source: w.source });
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
  const level = f.percent(b.level, 0), w = words(f);
  return table(backtestGroupRows(b, f), [
    { key: "source", title: w.Source },
    { key: "heldOut", title: w.heldOut },
    { key: "curves", title: w.curves, format: "integer" },
    { key: "forecastError", title: w.errForecast, format: "percent" },
    { key: "lastError", title: w.errLast, format: "percent" },
    { key: "lineError", title: w.errLine, format: "percent" },
    { key: "coverage", title: w.coverage(level), format: "percent" },
    { key: "hits", title: w.hits, format: "integer" },
    { key: "misses", title: w.misses, format: "integer" },
    { key: "falseAlarms", title: w.falseAlarms, format: "integer" },
  ], { caption: w.groupCaption(level), lang: f.lang });
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
  const w = words(f);
  return table(backtestTaskRows(b, holdOut, f), [
    { key: "source", title: w.Source },
    { key: "task", title: w.Task },
    { key: "fitted", title: w.fitted, format: "integer" },
    { key: "measured", title: w.Measured },
    { key: "forecast", title: w.Forecast },
    { key: "interval", title: w.interval(f.percent(b.level, 0)) },
    { key: "last", title: w.last },
    { key: "line", title: w.line },
    { key: "error", title: w.error, format: "percent" },
    { key: "covered", title: w.held },
    { key: "call", title: w.call },
  ], { caption: w.taskCaption, lang: f.lang });
}
