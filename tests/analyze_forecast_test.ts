// The forecast backtest (lib/analyze/forecast_backtest.ts) on tiny inputs with hand-computed
// expectations, and its sentences with contrary numbers.
import assert from "node:assert/strict";
import {
  type BacktestCurve,
  type BacktestRow,
  backtestTotals,
  coverageText,
  errorText,
  forecastBacktest,
  notBetterText,
  predictabilityAnswer,
  riseText,
} from "../lib/analyze/mod.ts";
import { heldOut, naiveLine, riseCall, scoreError } from "../lib/analyze/_backtest_rows.ts";
import { formatter } from "../lib/locale/format.ts";

const f = formatter("en");
const pts = (scores: number[], n?: number) =>
  scores.map((score, i) => ({ scale: 10 ** (7 + i), score, ...(n ? { n } : {}) }));

Deno.test("heldOut: the k largest sizes are held out, the largest predicted (mean of its rows)", () => {
  const points = [...pts([0.1, 0.2, 0.3, 0.4, 0.5]), { scale: 1e11, score: 0.7 }];
  const one = heldOut(points, 1);
  assert.equal(one.sizes, 4);
  assert.equal(one.targetScale, 1e11);
  assert.ok(Math.abs(one.actual - 0.6) < 1e-12); // (0.5 + 0.7) / 2
  assert.deepEqual(one.fit.map((p) => p.score), [0.1, 0.2, 0.3, 0.4]);
  const two = heldOut(points, 2);
  assert.deepEqual(two.fit.map((p) => p.score), [0.1, 0.2, 0.3]);
  assert.equal(two.targetScale, 1e11);
});

Deno.test("naiveLine and scoreError: hand-computed", () => {
  // Least squares through (7, 0.1), (8, 0.3), (9, 0.2): slope 0.05, mean 0.2 at x = 8.
  assert.ok(Math.abs(naiveLine(pts([0.1, 0.3, 0.2]), 1e10, [0, 1]) - 0.3) < 1e-12);
  assert.equal(naiveLine(pts([0.1, 0.3, 0.2]), 1e10, [0.5, 1]), 0.5); // kept in bounds
  assert.ok(Math.abs(scoreError(60, 50, [0, 100]) - 0.1) < 1e-12);
  assert.ok(Math.abs(scoreError(3, 2, undefined) - 0.5) < 1e-12); // relative for unbounded
});

Deno.test("riseCall: hit, miss, false alarm and quiet; not near chance; no chance", () => {
  const curve = { chance: 0.5, bounds: [0, 1] as [number, number], higherIsBetter: true };
  const fit = pts([0.5, 0.52, 0.51]); // bar = 0.5 + 0.1 · 0.5 = 0.55
  assert.deepEqual(riseCall(curve, fit, 0.7, 0.6, 0.6), { forecast: "hit", line: "hit" });
  assert.deepEqual(riseCall(curve, fit, 0.7, 0.54, 0.56), { forecast: "miss", line: "hit" });
  assert.deepEqual(riseCall(curve, fit, 0.52, 0.6, 0.5), {
    forecast: "false_alarm",
    line: "quiet",
  });
  assert.deepEqual(riseCall(curve, fit, 0.52, 0.5, 0.5), { forecast: "quiet", line: "quiet" });
  assert.equal(riseCall(curve, pts([0.5, 0.6]), 0.7, 0.7, 0.7), undefined); // 0.6 > bar
  assert.equal(riseCall({ ...curve, chance: undefined }, fit, 0.7, 0.7, 0.7), undefined);
  assert.equal(riseCall({ ...curve, higherIsBetter: false }, fit, 0.7, 0.7, 0.7), undefined);
});

Deno.test("backtestTotals: counts, coverage, wins and calls", () => {
  const row = (forecast: number, last: number, covered: boolean, call?: "hit" | "miss") =>
    ({
      errors: { forecast, last, line: 0.5 },
      covered,
      ...(call ? { rise: { forecast: call, line: "miss" } } : {}),
    }) as BacktestRow;
  const t = backtestTotals([
    row(0.1, 0.2, true, "hit"),
    row(0.3, 0.2, false, "miss"),
    row(0.2, 0.2, true),
  ]);
  assert.equal(t.count, 3);
  assert.equal(t.covered, 2);
  assert.deepEqual(t.beats, { last: 1, line: 3 });
  assert.ok(Math.abs(t.meanError.forecast - 0.2) < 1e-12);
  assert.equal(t.medianError.last, 0.2);
  assert.deepEqual(t.rise, { hit: 1, miss: 1, false_alarm: 0, quiet: 0 });
  assert.deepEqual(t.lineRise, { hit: 0, miss: 2, false_alarm: 0, quiet: 0 });
});

Deno.test("forecastBacktest: curves with too few sizes are counted but not backtested", () => {
  const curves: BacktestCurve[] = [
    {
      source: "Pythia",
      label: "line",
      points: pts([0.3, 0.4, 0.5, 0.6, 0.7], 1000),
      higherIsBetter: true,
      bounds: [0, 1],
    },
    {
      source: "MMLU",
      label: "short",
      points: pts([30, 40, 50, 60]),
      higherIsBetter: true,
      bounds: [0, 100],
      chance: 25,
    },
  ];
  const b = forecastBacktest(curves, { resamples: 50 });
  assert.deepEqual(b.sources.find((s) => s.source === "MMLU"), {
    source: "MMLU",
    curves: 1,
    used: 0,
    mostSizes: 4,
  });
  assert.equal(b.rows.length, 2); // one curve × two hold-outs
  const [one, two] = b.rows;
  assert.equal(one!.fitted, 4);
  assert.equal(two!.fitted, 3);
  assert.equal(one!.last, 0.6);
  assert.ok(Math.abs(one!.line - 0.7) < 1e-9); // the straight line is exact here
  assert.ok(one!.errors.forecast < one!.errors.last);
  assert.throws(() => forecastBacktest(curves, { holdOuts: [] }), RangeError);
  assert.throws(() => forecastBacktest(curves, { minsizes: 5 } as never), TypeError);
});

Deno.test("sentences: contrary numbers give contrary words", () => {
  const e = (forecast: number, last: number, line: number) => ({ forecast, last, line });
  const totals = (m: ReturnType<typeof e>) => ({ count: 1, meanError: m, medianError: m }) as never;
  assert.match(
    errorText(totals(e(0.2, 0.1, 0.3)), 2, f),
    /^With the two largest sizes held out, over 1 curve/,
  );
  assert.match(coverageText({ count: 100, covered: 84 }, 0.8, f), /close to the nominal 80%/);
  assert.match(coverageText({ count: 100, covered: 86 }, 0.8, f), /above the nominal 80%/);
  assert.match(coverageText({ count: 100, covered: 74 }, 0.8, f), /short of the nominal 80%/);
  const calls = (hit: number, miss: number) => ({ hit, miss, false_alarm: 0, quiet: 1 });
  assert.match(
    riseText({ rise: calls(1, 0), lineRise: calls(0, 1) }, f),
    /called 1 of those rises \(hits\) and missed 0, and raised 0 false alarms/,
  );
  const g = (forecast: number, last: number, line: number) =>
    ({
      groups: [{ source: "GPT-3", holdOut: 1, totals: { meanError: e(forecast, last, line) } }],
    }) as never;
  assert.match(notBetterText(g(0.1, 0.2, 0.2), f), /beat both naive forecasts for every source/);
  assert.match(
    notBetterText(g(0.2, 0.2, 0.3), f),
    /did not beat the last observed value for GPT-3 \(the largest size held out\)\.$/,
  );
  assert.match(
    notBetterText(g(0.2, 0.3, 0.1), f),
    /did not beat the straight line in log-scale for GPT-3/,
  );
  const answer = (forecast: number, last: number) =>
    predictabilityAnswer({
      level: 0.8,
      totals: [{
        holdOut: 1,
        totals: {
          count: 5,
          covered: 4,
          rise: calls(1, 1),
          meanError: e(forecast, last, 0.5),
        } as never,
      }],
    }, f);
  assert.match(answer(0.1, 0.2), /^Mostly not\..*was lower than the last observed value's 20\.0%/);
  assert.match(answer(0.3, 0.2), /was not lower than the last observed value's 20\.0%/);
});
