/**
 * The forecast section of an own-data page (`analyze --predict`): the forecasts with their
 * intervals, and the hold-out backtest on the user's curves.
 * @module
 */

import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import type { OwnDataForecasts } from "../../analyze/own_data_forecast.ts";
import { type Table, table } from "../table.ts";
import { shapeColumn } from "../shape_scale.ts";

/**
 * One row per curve and size: the forecast, its interval and how far beyond the data it reaches.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { ownForecastTable } from "./own_data_forecast.ts";
 * const fc = { level: 0.8, sizes: [7e10], skipped: 0, rows: [{ label: "arc · pythia", size: 7e10,
 *   largest: 1.2e10, extrapolation: 0.77, prediction: 0.712, interval: [0.65, 0.77], shape: "smooth" }] } as never;
 * const t = ownForecastTable(fc, formatter("en"));
 * assert.equal(t.rows[0]?.interval, "0.65–0.77");
 * assert.equal(t.rows[0]?.beyond, "0.8 orders of magnitude");
 * ```
 */
export function ownForecastTable(fc: OwnDataForecasts, f: Formatter): Table {
  const rows = fc.rows.map((r) => ({
    curve: r.label,
    size: f.params(r.size),
    largest: f.params(r.largest),
    prediction: r.prediction,
    interval: f.interval(r.interval[0], r.interval[1], "number"),
    beyond: inLang(f.lang, {
      en: () =>
        r.extrapolation <= 0
          ? "inside the data"
          : `${f.fixed(r.extrapolation, 1)} order${
            f.fixed(r.extrapolation, 1) === "1.0" ? "" : "s"
          } of magnitude`,
      zh: () => r.extrapolation <= 0 ? "在数据范围内" : `${f.fixed(r.extrapolation, 1)} 个数量级`,
    }),
    shape: r.shape,
  }));
  return inLang(f.lang, {
    en: () =>
      table(rows, [
        { key: "curve", title: "Curve" },
        { key: "size", title: "Forecast at" },
        { key: "largest", title: "Largest measured" },
        { key: "prediction", title: "Forecast", format: "auto" },
        { key: "interval", title: `${f.percent(fc.level, 0)} prediction interval` },
        { key: "beyond", title: "Beyond the data" },
        shapeColumn("shape", f.lang),
      ], {
        caption:
          "Each curve's forecast score at the sizes asked for (lib/forecast: the candidate shapes weighted by the classifier's support; a seeded parametric bootstrap gives the interval).",
        lang: f.lang,
      }),
    zh: () =>
      table(rows, [
        { key: "curve", title: "曲线" },
        { key: "size", title: "预测规模" },
        { key: "largest", title: "测过的最大规模" },
        { key: "prediction", title: "预测值", format: "auto" },
        { key: "interval", title: `${f.percent(fc.level, 0)} 预测区间` },
        { key: "beyond", title: "超出数据" },
        shapeColumn("shape", f.lang),
      ], {
        caption:
          "每条曲线在所要求规模上的预测分数（lib/forecast：候选形状按分类器的支持度加权；区间来自带种子的参数自助法）。",
        lang: f.lang,
      }),
  });
}
