/**
 * Sentences of the forecast section of an own-data page (`analyze --predict`): what was forecast
 * and how far out, and how the forecast did on the user's own curves when sizes were held out.
 * @module
 */

import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { OwnDataForecasts } from "./own_data_forecast.ts";
import { coverageText, errorText } from "./forecast_backtest_text.ts";
import { join } from "./_words.ts";
import { countOf } from "./_wording.ts";

/**
 * What was forecast: curves, sizes, the interval's level and how many forecasts reach more than
 * an order of magnitude past their curve's largest size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownForecastText } from "./own_data_forecast_text.ts";
 * const row = (extrapolation: number, label = "a") => ({ label, extrapolation }) as never;
 * const f = formatter("en");
 * const fc = { level: 0.8, sizes: [7e10], rows: [row(0.8), row(1.5, "b")], skipped: 1 } as never;
 * assert.equal(ownForecastText(fc, f),
 *   "Forecasts of 2 curves at 70B parameters, each with its 80% prediction interval. 1 of the 2 " +
 *   "forecasts lies more than one order of magnitude beyond the largest size measured on its " +
 *   "curve: the further out, the less the measured sizes constrain it. 1 curve with fewer than " +
 *   "three sizes is not forecast.");
 * const near = { level: 0.8, sizes: [1e9, 2e9], rows: [row(0.1)], skipped: 0 } as never;
 * assert.match(ownForecastText(near, f), /at 1B and 2B parameters.*No forecast lies more than one order/);
 * ```
 */
export function ownForecastText(fc: OwnDataForecasts, f: Formatter): string {
  const curves = new Set(fc.rows.map((r) => r.label)).size;
  const far = fc.rows.filter((r) => r.extrapolation > 1).length;
  const sizes = join(fc.sizes.map((s) => f.params(s)), f);
  return inLang(f.lang, {
    en: () =>
      `Forecasts of ${countOf(f, curves, "curve", "curves")} at ${sizes} parameters, each with ` +
      `its ${f.percent(fc.level, 0)} prediction interval. ` +
      (far === 0
        ? "No forecast lies more than one order of magnitude beyond the largest size measured " +
          "on its curve."
        : `${f.number(far)} of the ${f.number(fc.rows.length)} forecasts ${
          far === 1 ? "lies" : "lie"
        } more than one order of magnitude beyond the largest size measured on ${
          far === 1 ? "its" : "their"
        } curve: the further out, the less the measured sizes constrain ${
          far === 1 ? "it" : "them"
        }.`) +
      (fc.skipped === 0 ? "" : ` ${countOf(f, fc.skipped, "curve", "curves")} with fewer than ` +
        `three sizes ${fc.skipped === 1 ? "is" : "are"} not forecast.`),
    zh: () =>
      `对 ${f.number(curves)} 条曲线在 ${sizes}参数处的预测，每个都附有 ${
        f.percent(fc.level, 0)
      } 预测区间。` +
      (far === 0
        ? "没有哪个预测超出其曲线上测过的最大规模一个数量级以上。"
        : `${f.number(fc.rows.length)} 个预测中有 ${
          f.number(far)
        } 个超出其曲线上测过的最大规模一个数量级以上：外推得越远，测过的规模对它的约束就越弱。`) +
      (fc.skipped === 0 ? "" : `${f.number(fc.skipped)} 条不足三个规模的曲线没有做预测。`),
  });
}

/**
 * How far to trust the forecast on these data: the hold-out backtest on the user's curves with
 * five or more sizes, or why there is none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownBacktestText } from "./own_data_forecast_text.ts";
 * const f = formatter("en");
 * assert.match(ownBacktestText({ level: 0.8, rows: [], sizes: [1e9], skipped: 0 } as never, f),
 *   /^No curve has five or more sizes/);
 * const totals = { count: 4, covered: 3, meanError: { forecast: 0.02, last: 0.05, line: 0.04 },
 *   medianError: { forecast: 0.01, last: 0.04, line: 0.03 } };
 * const fc = { level: 0.8, backtest: { level: 0.8, totals: [{ holdOut: 1, totals }] } } as never;
 * assert.match(ownBacktestText(fc, f), /on 4 of your curves.*off by 2\.0% .*held the measured score in 3 of 4/);
 * ```
 */
export function ownBacktestText(fc: OwnDataForecasts, f: Formatter): string {
  const b = fc.backtest;
  if (!b) {
    return inLang(f.lang, {
      en: () =>
        "No curve has five or more sizes, so the forecast cannot be checked on these data " +
        "(a hold-out needs at least four sizes to fit and one to predict). Chapter 5 reports how " +
        "it did on the bundled curves.",
      zh: () =>
        "没有曲线有五个或更多的规模，所以无法在这些数据上检验预测（一次留出至少需要四个规模来拟合、" +
        "一个规模来预测）。第 5 章报告了它在内置曲线上的表现。",
    });
  }
  const first = b.totals.find((t) => t.holdOut === 1)!.totals;
  const lead = inLang(f.lang, {
    en: () =>
      `How far to trust it here: the same forecast, made from all but the largest sizes and ` +
      `checked against them, on ${f.number(first.count)} of your curves (those with five or ` +
      "more sizes; errors are shares of the metric's range, or of the measured value for " +
      "unbounded metrics such as loss).",
    zh: () =>
      `在这里能信它几分：用同样的预测方法，由除最大规模之外的所有规模做出预测，再与最大规模对照，` +
      `共检验了你的 ${
        f.number(first.count)
      } 条曲线（有五个或更多规模的那些；误差是指标范围的比例，` +
      "对损失这类无界指标则是测得值的比例）。",
  });
  const rest = b.totals.map((t) =>
    `${errorText(t.totals, t.holdOut, f)} ${coverageText(t.totals, b.level, f)}`
  );
  return [lead, ...rest].join(" ");
}

/**
 * The heading of the forecast section.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownForecastHeading } from "./own_data_forecast_text.ts";
 * assert.equal(ownForecastHeading(formatter("en")), "## Forecasts at larger sizes");
 * ```
 */
export function ownForecastHeading(f: Formatter): string {
  return inLang(f.lang, {
    en: () => "## Forecasts at larger sizes",
    zh: () => "## 更大规模上的预测",
  });
}
