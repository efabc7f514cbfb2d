/**
 * Sentences about the forecast backtest (forecast_backtest.ts): errors against the two naive
 * forecasts, interval coverage against its nominal level, the calls on rises from near chance,
 * where the forecast does not beat the naive ones, and the computed answer to "is emergence
 * predictable from smaller models?". Numbers in, wording out, per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { BacktestTotals, ForecastBacktest } from "./forecast_backtest.ts";
import { shareOf } from "./_share.ts";
import { join } from "./_words.ts";

/** "the largest size" / "the two largest sizes" / "the 3 largest sizes". *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { heldOutWords } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(heldOutWords(2, formatter("en")), "the two largest sizes");
 * ```
 */
export function heldOutWords(k: number, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      k === 1 ? "the largest size" : k === 2 ? "the two largest sizes" : `the ${k} largest sizes`,
    zh: () => (k === 1 ? "最大的规模" : k === 2 ? "最大的两个规模" : `最大的 ${k} 个规模`),
  });
}

/**
 * Mean (median) errors of the forecast and of both naive forecasts, for one hold-out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { errorText } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const e = (forecast: number, last: number, line: number) => ({ forecast, last, line });
 * const t = { count: 10, meanError: e(0.05, 0.08, 0.1), medianError: e(0.03, 0.04, 0.05) } as never;
 * assert.equal(
 *   errorText(t, 1, formatter("en")),
 *   "With the largest size held out, over 10 curves the forecast was off by 5.0% of the metric's range on average (median 3.0%), the last observed value by 8.0% (4.0%) and a straight line in log-scale by 10.0% (5.0%).",
 * );
 * ```
 */
export function errorText(t: BacktestTotals, holdOut: number, f: Formatter): string {
  const m = t.meanError, d = t.medianError;
  return inLang(f.lang, {
    en: () =>
      `With ${heldOutWords(holdOut, f)} held out, over ${f.number(t.count)} ${
        t.count === 1 ? "curve" : "curves"
      } the forecast was off by ${f.percent(m.forecast)} of the metric's range on average ` +
      `(median ${f.percent(d.forecast)}), the last observed value by ${f.percent(m.last)} ` +
      `(${f.percent(d.last)}) and a straight line in log-scale by ${f.percent(m.line)} ` +
      `(${f.percent(d.line)}).`,
    zh: () =>
      `留出${heldOutWords(holdOut, f)}时，在 ${
        f.number(t.count)
      } 条曲线上，预测平均偏离指标范围的 ${f.percent(m.forecast)}（中位数 ${
        f.percent(d.forecast)
      }），最后一个观测值偏离 ${f.percent(m.last)}（${f.percent(d.last)}），对数坐标下的直线偏离 ${
        f.percent(m.line)
      }（${f.percent(d.line)}）。`,
  });
}

/** Within this many percentage points of the nominal level, coverage counts as "close". */
export const COVERAGE_TOLERANCE = 0.05;

/**
 * How often the intervals held the measured score, against their nominal level.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { coverageText } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * assert.equal(coverageText({ count: 10, covered: 8 } as never, 0.8, f),
 *   "Its 80% intervals held the measured score in 8 of 10 cases (80.0%), close to the nominal 80%.");
 * assert.match(coverageText({ count: 10, covered: 5 } as never, 0.8, f), /short of the nominal 80%: the intervals are too narrow/);
 * assert.match(coverageText({ count: 10, covered: 10 } as never, 0.8, f), /above the nominal 80%: the intervals are wider/);
 * ```
 */
export function coverageText(
  t: Pick<BacktestTotals, "count" | "covered">,
  level: number,
  f: Formatter,
): string {
  const rate = t.covered / t.count, nominal = f.percent(level, 0);
  return inLang(f.lang, {
    en: () => {
      const verdict = Math.abs(rate - level) <= COVERAGE_TOLERANCE
        ? `close to the nominal ${nominal}`
        : rate < level
        ? `short of the nominal ${nominal}: the intervals are too narrow`
        : `above the nominal ${nominal}: the intervals are wider than they need to be`;
      return `Its ${nominal} intervals held the measured score in ${f.number(t.covered)} of ` +
        `${f.number(t.count)} cases (${f.percent(rate)}), ${verdict}.`;
    },
    zh: () => {
      const verdict = Math.abs(rate - level) <= COVERAGE_TOLERANCE
        ? `接近名义上的 ${nominal}`
        : rate < level
        ? `低于名义上的 ${nominal}：区间太窄了`
        : `高于名义上的 ${nominal}：区间比需要的更宽`;
      return `它的 ${nominal} 区间在 ${f.number(t.count)} 个案例中有 ${
        f.number(t.covered)
      } 个包含了测得的分数（${f.percent(rate)}），${verdict}。`;
    },
  });
}

/**
 * The calls on curves near chance at every fitted size: hits, misses, false alarms — the
 * forecast's and the straight line's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { riseText } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * const calls = (hit: number, miss: number, false_alarm: number, quiet: number) => ({ hit, miss, false_alarm, quiet });
 * assert.equal(riseText({ rise: calls(2, 3, 1, 10), lineRise: calls(1, 4, 0, 11) } as never, f),
 *   "Of 16 curves near chance at every fitted size, 5 rose past it at the held-out size: the forecast called 2 of those rises (hits) and missed 3, and raised 1 false alarm among the 11 that stayed near chance (a straight line in log-scale: 1 hit, 0 false alarms).");
 * assert.equal(riseText({ rise: calls(0, 0, 2, 3), lineRise: calls(0, 0, 0, 5) } as never, f),
 *   "Of 5 curves near chance at every fitted size, none rose past it at the held-out size; the forecast raised 2 false alarms (a straight line in log-scale: 0).");
 * assert.equal(riseText({ rise: calls(0, 0, 0, 0), lineRise: calls(0, 0, 0, 0) } as never, f),
 *   "No curve stayed near chance at every fitted size.");
 * ```
 */
export function riseText(t: Pick<BacktestTotals, "rise" | "lineRise">, f: Formatter): string {
  const { hit, miss, false_alarm: fa, quiet } = t.rise;
  const near = hit + miss + fa + quiet, rose = hit + miss;
  const n = (k: number, one: string, many: string) => `${f.number(k)} ${k === 1 ? one : many}`;
  return inLang(f.lang, {
    en: () => {
      if (near === 0) return "No curve stayed near chance at every fitted size.";
      const head = `Of ${n(near, "curve", "curves")} near chance at every fitted size`;
      if (rose === 0) {
        return `${head}, none rose past it at the held-out size; the forecast raised ` +
          `${n(fa, "false alarm", "false alarms")} (a straight line in log-scale: ` +
          `${f.number(t.lineRise.false_alarm)}).`;
      }
      return `${head}, ${f.number(rose)} rose past it at the held-out size: the forecast called ` +
        `${f.number(hit)} of those rises (hits) and missed ${f.number(miss)}, and raised ` +
        `${n(fa, "false alarm", "false alarms")} among the ${f.number(near - rose)} that stayed ` +
        `near chance (a straight line in log-scale: ${n(t.lineRise.hit, "hit", "hits")}, ` +
        `${n(t.lineRise.false_alarm, "false alarm", "false alarms")}).`;
    },
    zh: () => {
      if (near === 0) return "没有曲线在每个拟合规模上都停在随机水平附近。";
      const head = `在每个拟合规模上都接近随机水平的 ${f.number(near)} 条曲线中`;
      if (rose === 0) {
        return `${head}，没有一条在留出的规模上越过随机水平；预测发出了 ${
          f.number(fa)
        } 次误报（对数坐标下的直线：${f.number(t.lineRise.false_alarm)} 次）。`;
      }
      return `${head}，有 ${f.number(rose)} 条在留出的规模上越过了随机水平：预测命中了其中 ${
        f.number(hit)
      } 次上升，漏掉了 ${f.number(miss)} 次，并在仍停在随机水平附近的 ${
        f.number(near - rose)
      } 条中发出了 ${f.number(fa)} 次误报（对数坐标下的直线：命中 ${
        f.number(t.lineRise.hit)
      } 次，误报 ${f.number(t.lineRise.false_alarm)} 次）。`;
    },
  });
}

/** The sources (with their hold-out) where the forecast's mean error is not below a naive one's. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notBetter } from "./forecast_backtest_text.ts";
 * const g = { source: "BIG-G", holdOut: 1, totals: { meanError: { forecast: 0.2, last: 0.1, line: 0.3 } } };
 * assert.deepEqual(notBetter({ groups: [g] } as never, "last"), [{ source: "BIG-G", holdOut: 1 }]);
 * assert.deepEqual(notBetter({ groups: [g] } as never, "line"), []);
 * ```
 */
export function notBetter(
  b: Pick<ForecastBacktest, "groups">,
  naive: "last" | "line",
): { source: string; holdOut: number }[] {
  return b.groups.filter((g) => !(g.totals.meanError.forecast < g.totals.meanError[naive]))
    .map((g) => ({ source: g.source, holdOut: g.holdOut }));
}

/**
 * Where the forecast does not beat the naive forecasts on average (mean error per source and
 * hold-out).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notBetterText } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * const g = (source: string, holdOut: number, forecast: number, last: number, line: number) =>
 *   ({ source, holdOut, totals: { meanError: { forecast, last, line } } });
 * assert.equal(notBetterText({ groups: [g("BIG-G", 1, 0.1, 0.2, 0.3)] } as never, f),
 *   "On average the forecast beat both naive forecasts for every source and hold-out.");
 * assert.equal(notBetterText({ groups: [g("BIG-G", 1, 0.1, 0.05, 0.3), g("Pythia", 2, 0.1, 0.2, 0.1)] } as never, f),
 *   "On average the forecast did not beat the last observed value for BIG-G (the largest size held out), nor the straight line in log-scale for Pythia (the two largest sizes held out).");
 * ```
 */
export function notBetterText(b: Pick<ForecastBacktest, "groups">, f: Formatter): string {
  const name = (g: { source: string; holdOut: number }) =>
    inLang(f.lang, {
      en: () => `${g.source} (${heldOutWords(g.holdOut, f)} held out)`,
      zh: () => `${g.source}（留出${heldOutWords(g.holdOut, f)}）`,
    });
  const last = notBetter(b, "last").map(name), line = notBetter(b, "line").map(name);
  return inLang(f.lang, {
    en: () => {
      if (last.length === 0 && line.length === 0) {
        return "On average the forecast beat both naive forecasts for every source and hold-out.";
      }
      const parts = [
        ...(last.length ? [`the last observed value for ${join(last, f)}`] : []),
        ...(line.length ? [`the straight line in log-scale for ${join(line, f)}`] : []),
      ];
      return `On average the forecast did not beat ${parts.join(", nor ")}.`;
    },
    zh: () => {
      if (last.length === 0 && line.length === 0) {
        return "平均而言，对每个来源和每种留出方式，预测都胜过了两种朴素预测。";
      }
      const parts = [
        ...(last.length ? [`在 ${join(last, f)} 上没有胜过最后一个观测值`] : []),
        ...(line.length ? [`在 ${join(line, f)} 上没有胜过对数坐标下的直线`] : []),
      ];
      return `平均而言，预测${parts.join("，")}。`;
    },
  });
}

/**
 * The computed answer to "is emergence predictable from smaller models?": how many of the rises
 * from near chance the forecast called with the largest size held out (and with the two largest),
 * its false alarms, and whether its errors beat the naive forecasts. The verdict follows the
 * share of rises called: "Yes" only when all, "Mostly" above half, "Mostly not" at half or below,
 * "No" when none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictabilityAnswer } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * const calls = (hit: number, miss: number, false_alarm: number, quiet: number) => ({ hit, miss, false_alarm, quiet });
 * const t = (hit: number, miss: number) => ({ count: 9, covered: 7, rise: calls(hit, miss, 1, 5),
 *   meanError: { forecast: 0.05, last: 0.07, line: 0.1 } });
 * const b = (h1: number, m1: number) => ({ level: 0.8, totals: [{ holdOut: 1, totals: t(h1, m1) }, { holdOut: 2, totals: t(1, 3) }] }) as never;
 * assert.match(predictabilityAnswer(b(1, 9), f), /^Mostly not\. Of the 10 curves/);
 * assert.match(predictabilityAnswer(b(0, 4), f), /^No\. /);
 * assert.match(predictabilityAnswer(b(3, 1), f), /^Mostly\. /);
 * assert.match(predictabilityAnswer(b(4, 0), f), /^Yes, in this backtest\. /);
 * assert.match(predictabilityAnswer(b(0, 0), f), /^The backtest cannot tell: no curve near chance rose/);
 * assert.match(predictabilityAnswer(b(1, 9), f), /called 1 \(10\.0%\) and raised 1 false alarm/);
 * assert.match(predictabilityAnswer(b(1, 9), f), /lower than the last observed value's 7\.0%/);
 * ```
 */
export function predictabilityAnswer(
  b: Pick<ForecastBacktest, "totals" | "level">,
  f: Formatter,
): string {
  const first = b.totals[0]!, more = b.totals.slice(1);
  const { hit, miss, false_alarm: fa } = first.totals.rise, rose = hit + miss;
  const m = first.totals.meanError;
  return inLang(f.lang, {
    en: () => {
      const also = more.map((o) =>
        `with ${heldOutWords(o.holdOut, f)} held out it called ${f.number(o.totals.rise.hit)} of ` +
        `${f.number(o.totals.rise.hit + o.totals.rise.miss)}`
      );
      const errors = `Over all ${f.number(first.totals.count)} curves its error, ` +
        `${f.percent(m.forecast)} of the range on average, was ${
          m.forecast < m.last ? "lower" : "not lower"
        } than the last observed value's ${f.percent(m.last)} and ${
          m.forecast < m.line ? "lower" : "not lower"
        } than a straight line's ${f.percent(m.line)}.`;
      if (rose === 0) {
        return `The backtest cannot tell: no curve near chance rose at ${
          heldOutWords(first.holdOut, f)
        }. ${errors}`;
      }
      const share = shareOf(hit, rose);
      const verdict = share === "all"
        ? "Yes, in this backtest."
        : share === "most"
        ? "Mostly."
        : share === "some"
        ? "Mostly not."
        : "No.";
      return `${verdict} Of the ${f.number(rose)} curves that sat near chance at every smaller ` +
        `size and then rose at ${heldOutWords(first.holdOut, f)}, the forecast from the smaller ` +
        `sizes called ${f.number(hit)} (${f.percent(hit / rose)}) and raised ${f.number(fa)} ` +
        `false ${fa === 1 ? "alarm" : "alarms"}${also.length ? `; ${also.join("; ")}` : ""}. ` +
        errors;
    },
    zh: () => {
      const also = more.map((o) =>
        `留出${heldOutWords(o.holdOut, f)}时，它预测对了 ${
          f.number(o.totals.rise.hit + o.totals.rise.miss)
        } 次中的 ${f.number(o.totals.rise.hit)} 次`
      );
      const errors = `在全部 ${f.number(first.totals.count)} 条曲线上，它的误差平均为范围的 ${
        f.percent(m.forecast)
      }，${m.forecast < m.last ? "低于" : "不低于"}最后一个观测值的 ${f.percent(m.last)}，也${
        m.forecast < m.line ? "低于" : "不低于"
      }直线的 ${f.percent(m.line)}。`;
      if (rose === 0) {
        return `回测无法判断：在${
          heldOutWords(first.holdOut, f)
        }上，没有接近随机水平的曲线上升。${errors}`;
      }
      const share = shareOf(hit, rose);
      const verdict = share === "all"
        ? "在这次回测中，能。"
        : share === "most"
        ? "大多能。"
        : share === "some"
        ? "大多不能。"
        : "不能。";
      return `${verdict}在每个较小规模上都停在随机水平附近、然后在${
        heldOutWords(first.holdOut, f)
      }上上升的 ${f.number(rose)} 条曲线中，由较小规模做出的预测命中了 ${f.number(hit)} 条（${
        f.percent(hit / rose)
      }），并发出了 ${f.number(fa)} 次误报${also.length ? `；${also.join("；")}` : ""}。` +
        errors;
    },
  });
}

/**
 * Title of the predicted-against-measured chart: how many intervals held the measured score.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictedTitle } from "./forecast_backtest_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(predictedTitle({ count: 10, covered: 6 }, 0.8, 1, formatter("en")),
 *   "Forecasts of the largest size against what it scored: 6 of 10 of the 80% intervals held it");
 * ```
 */
export function predictedTitle(
  t: { count: number; covered: number },
  level: number,
  holdOut: number,
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () =>
      `Forecasts of ${heldOutWords(1, f)} against what it scored: ${f.number(t.covered)} of ` +
      `${f.number(t.count)} of the ${f.percent(level, 0)} intervals held it` +
      (holdOut > 1 ? ` (${heldOutWords(holdOut, f)} held out)` : ""),
    zh: () =>
      `对${heldOutWords(1, f)}的预测与其实际得分：${f.number(t.count)} 个 ${
        f.percent(level, 0)
      } 区间中有 ${f.number(t.covered)} 个包含了它` +
      (holdOut > 1 ? `（留出${heldOutWords(holdOut, f)}）` : ""),
  });
}
