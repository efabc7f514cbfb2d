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
    });
  }
  const first = b.totals.find((t) => t.holdOut === 1)!.totals;
  const lead = inLang(f.lang, {
    en: () =>
      `How far to trust it here: the same forecast, made from all but the largest sizes and ` +
      `checked against them, on ${f.number(first.count)} of your curves (those with five or ` +
      "more sizes; errors are shares of the metric's range, or of the measured value for " +
      "unbounded metrics such as loss).",
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
  return inLang(f.lang, { en: () => "## Forecasts at larger sizes" });
}
