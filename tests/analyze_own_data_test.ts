/**
 * lib/analyze/own_data*.ts: the analysis and sentences of `deno task analyze`'s page, on small
 * hand-built files whose expected values are worked out in the comments.
 */
import assert from "./_assert.ts";
import { readLongFormat } from "../lib/data/long_format.ts";
import { formatter } from "../lib/locale/format.ts";
import { ownDataResults } from "../lib/analyze/own_data_results.ts";
import { readOwnCsv } from "../lib/data/own_data.ts";
import { forecastBacktest } from "../lib/analyze/forecast_backtest.ts";
import {
  allocationSkipped,
  analyzeOwnData,
  chartedSentence,
  fitSummary,
  hasLaw,
  ownDataIntro,
  ownDataTableCaption,
  ownDataTitle,
} from "../lib/analyze/mod.ts";
import {
  ownDataCensusTable,
  ownDataCurveTable,
  ownDataFitTable,
  ownDataPanelsChart,
} from "../lib/charts/figures/own_data.ts";

const f = formatter("en");
const csv = (header: string, rows: (string | number)[][]) =>
  readLongFormat([header, ...rows.map((r) => r.join(","))].join("\n"));
const SIZES = [1e8, 1e9, 1e10, 1e11, 1e12];

/** A curve whose error 1 − score is exactly 0.1 + 0.5·(N/1e8)^−α. */
const powerRows = (task: string, alpha: number) =>
  SIZES.map((p, i) => [task, `m${i}`, p, 1 - (0.1 + 0.5 * (p / 1e8) ** -alpha), 100000]);

Deno.test("analyzeOwnData: counts, extremes and labels of a two-family file", async () => {
  const data = csv("task,family,model,params,score,n", [
    ...SIZES.map((p, i) => ["t", "Pythia (Pile)", `a${i}`, p, 0.3 + 0.1 * i, 1000]),
    ...SIZES.map((p, i) => ["t", "Pythia (deduped Pile)", `b${i}`, p, 0.3 + 0.1 * i, 1000]),
  ]);
  const a = await analyzeOwnData(data, { fileName: "x.csv" });
  assert.equal(a.rowCount, 10);
  assert.deepEqual(a.tasks, ["t"]);
  assert.equal(a.families.length, 2);
  assert.deepEqual(a.smallest, { model: "a0", params: 1e8 });
  assert.deepEqual(a.largest, { model: "a4", params: 1e12 });
  // The shared first word "Pythia" is dropped and the parentheses unwrapped.
  assert.deepEqual(a.curves.map((c) => c.label).sort(), ["t · Pile", "t · deduped Pile"]);
  // Both curves have the same shape: one census row per family, each counting one curve.
  assert.deepEqual(a.census.map((r) => r.curves), [1, 1]);
  const shape = a.curves[0]!.shape;
  assert.equal(a.byShape[shape].length, 2);
  assert.deepEqual(a.shapesPresent, [shape]);
  assert.equal(a.rangesDiffer, false);
  assert.equal(a.mergedCount, 0);
});

Deno.test("analyzeOwnData: curves with more sizes than maxScales are merged into log bins", async () => {
  // log10 sizes 8, 9, 10, 11 into 2 bins of width (11 − 8)/2 = 1.5: {8, 9} and {10, 11}.
  // Bin means (equal n): log-size 8.5 and 10.5, scores (0.2 + 0.4)/2 = 0.3 and 0.7, n 200.
  const data = csv("task,model,params,score,n", [
    ["t", "a", 1e8, 0.2, 100],
    ["t", "b", 1e9, 0.4, 100],
    ["t", "c", 1e10, 0.6, 100],
    ["t", "d", 1e11, 0.8, 100],
  ]);
  const a = await analyzeOwnData(data, { fileName: "x.csv", limits: { maxScales: 2 } });
  assert.equal(a.mergedCount, 1);
  const points = a.curves[0]!.curve.points;
  assert.equal(points.length, 2);
  assert.ok(Math.abs(Math.log10(points[0]!.scale) - 8.5) < 1e-12);
  assert.ok(Math.abs(points[1]!.score - 0.7) < 1e-12);
  assert.equal(points[0]!.n, 200);
});

Deno.test("analyzeOwnData: power laws recover α and the median of an even count is the mean of the middle two", async () => {
  const data = csv("task,model,params,score,n", [
    ...powerRows("slow", 0.2),
    ...powerRows("fast", 0.4),
  ]);
  const a = await analyzeOwnData(data, { fileName: "x.csv" });
  assert.equal(a.fitted.length, 2, JSON.stringify(a.curves.map((c) => c.shape)));
  for (const r of a.fitted) {
    const expected = r.curve.task === "slow" ? 0.2 : 0.4;
    assert.ok(Math.abs(r.fit.alpha - expected) < 1e-3, `${r.curve.task}: α = ${r.fit.alpha}`);
    assert.ok(Math.abs(r.fit.E - 0.1) < 1e-3);
    assert.ok(r.rms! < 1e-3);
  }
  // Median of {0.2, 0.4} = 0.3 (not the upper-middle 0.4 that v[floor(n/2)] gives).
  assert.ok(Math.abs(a.alpha!.median - 0.3) < 1e-3);
  assert.equal(a.steepest!.curve.task, "fast");
  assert.ok(a.drawn.length === 2 && a.panels.rows.length === 10);
});

Deno.test("analyzeOwnData: scores of 1 and failed fits are reported as skipped, not thrown", async () => {
  const data = csv("task,model,params,score,n", [
    ...SIZES.map((p, i) => ["perfect", `m${i}`, p, [0.2, 0.5, 0.9, 1, 1][i]!, 1000]),
  ]);
  const a = await analyzeOwnData(data, { fileName: "x.csv" });
  assert.equal(a.fits.length, 1, a.curves[0]!.shape);
  assert.deepEqual(a.fits[0]!.skipped, { reason: "score-of-1" });
  assert.equal(a.fitted.length, 0);
  assert.equal(a.alpha, undefined);
});

Deno.test("analyzeOwnData: the prior on shapes reaches the labels, the results and the backtest", async () => {
  // Scope neglect on GPT-2, one-shot (data/inverse_scaling): a dip and a climb back to chance.
  const scores = [0.491, 0.436, 0.475, 0.507];
  const data = readOwnCsv(
    "task,model,params,score,n,chance\n" +
      [124e6, 355e6, 774e6, 1.5e9].map((p, i) => `scope,m${i},${p},${scores[i]},1320,0.5`)
        .join("\n"),
  );
  const bench = await analyzeOwnData(data, { fileName: "x.csv" });
  const uniform = await analyzeOwnData(data, { fileName: "x.csv", prior: "uniform" });
  assert.equal(bench.prior, "benchmarks");
  assert.equal(uniform.prior, "uniform");
  // U-shapes are rare among the benchmark curves (prior 0.04), one in six under "uniform".
  const u = (a: typeof bench) => a.curves[0]!.result.probabilities!.u_shaped;
  assert.ok(u(uniform) > u(bench) + 0.1, `${u(uniform)} vs ${u(bench)}`);
  assert.equal(ownDataResults(uniform, data.notes).summary.prior, "uniform");
  await assert.rejects(
    () => analyzeOwnData(data, { fileName: "x.csv", prior: "flat" as never }),
    RangeError,
  );
  assert.throws(() => forecastBacktest([], { prior: "flat" as never }), RangeError);
});

Deno.test("analyzeOwnData: the allocation step says why it skipped", async () => {
  const noTokens = await analyzeOwnData(
    csv("task,model,params,score", powerRows("t", 0.3).map((r) => r.slice(0, 4))),
    { fileName: "x.csv" },
  );
  assert.deepEqual(noTokens.allocation, { reason: "no-tokens" });
  const accuracy = csv(
    "task,model,params,tokens,score",
    SIZES.map((p, i) => ["t", `m${i}`, p, 20 * p, 0.3 + 0.1 * i]),
  );
  assert.deepEqual((await analyzeOwnData(accuracy, { fileName: "x.csv" })).allocation, {
    reason: "no-loss",
  });
  // Three runs on the diagonal D = 20N: 3 pairs, 3 parameter counts, 3 token counts (< 8 pairs).
  const diagonal = csv(
    "task,model,params,tokens,metric,score",
    [1e8, 1e9, 1e10].map((p, i) => ["t", `m${i}`, p, 20 * p, "loss", 3 - 0.5 * i]),
  );
  const a = await analyzeOwnData(diagonal, { fileName: "x.csv" });
  assert.deepEqual(a.allocation, { reason: "too-few-runs", pairs: 3, params: 3, tokens: 3 });
  assert.equal(hasLaw(a.allocation), false);
  assert.deepEqual(a.allocationRows, []);
});

Deno.test("analyzeOwnData: a Chinchilla law is recovered from exact losses on a 4 × 3 grid", async () => {
  // L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28 (Hoffmann et al. 2022's fit), noise-free.
  const rows: (string | number)[][] = [];
  for (const n of [1e8, 3e8, 1e9, 3e9]) {
    for (const d of [2e9, 6e9, 2e10]) {
      rows.push([
        "pretraining",
        `n${n}d${d}`,
        n,
        d,
        "loss",
        1.69 + 406.4 / n ** 0.34 + 410.7 / d ** 0.28,
      ]);
    }
  }
  const a = await analyzeOwnData(csv("task,model,params,tokens,metric,score", rows), {
    fileName: "x.csv",
  });
  assert.ok(hasLaw(a.allocation), JSON.stringify(a.allocation));
  const { law, optimum, budgets, largestRunFlops } = a.allocation;
  assert.ok(
    Math.abs(law.alpha - 0.34) < 0.02 && Math.abs(law.beta - 0.28) < 0.02,
    `${law.alpha} ${law.beta}`,
  );
  // a = β/(α + β) = 0.28/0.62 = 0.4516.
  assert.ok(Math.abs(optimum[0]!.a - 0.4516) < 0.02);
  // Budgets: six log-spaced from 6·1e8·2e9 = 1.2e18 to 100 × 6·3e9·2e10 = 3.6e22.
  assert.equal(budgets.length, 6);
  assert.ok(
    Math.abs(budgets[0]! / 1.2e18 - 1) < 1e-12 && Math.abs(budgets[5]! / 3.6e22 - 1) < 1e-9,
  );
  assert.ok(Math.abs(largestRunFlops / 3.6e20 - 1) < 1e-12);
  assert.equal(a.allocationRows.length, 12);
});

Deno.test("own-data sentences: counts agree in number and quantifiers fit the numbers", () => {
  const limits = { maxScales: 30, maxTableRows: 200 };
  assert.equal(
    chartedSentence({ charted: 1, total: 1, merged: 0, limits }, f),
    "The one curve is drawn.",
  );
  assert.equal(
    chartedSentence({ charted: 12, total: 12, merged: 0, limits }, f),
    "All 12 curves are drawn.",
  );
  const some = chartedSentence({ charted: 24, total: 200, merged: 1, limits }, f);
  assert.match(some, /^24 of 200 curves are drawn, taken in turn .* The table lists 200\./);
  assert.ok(!some.includes("All"), "not 'all' when some are left out");
  assert.match(some, /1 curve had more than 30 model sizes; its points were merged/);
  assert.match(
    chartedSentence({ charted: 2, total: 2, merged: 2, limits }, f),
    /2 curves had .* their points/,
  );
  assert.match(
    fitSummary({ fits: 0, fitted: 0, drawn: 0 }, f),
    /^No power law was fitted: that needs/,
  );
  assert.equal(
    fitSummary({ fits: 3, fitted: 0, drawn: 0 }, f),
    "No power law was fitted; the table says why for each curve.",
  );
  assert.match(
    fitSummary({ fits: 1, fitted: 1, drawn: 1, alpha: { min: 1, median: 1, max: 1 } }, f),
    /^1 curve fitted; its exponent α is 1: doubling the model size cuts the reducible error by 50\.0%\./,
  );
  // 1 − 2^−0.3 = 0.1877.
  const many = fitSummary(
    { fits: 12, fitted: 12, drawn: 8, alpha: { min: 0.04, median: 0.3, max: 0.57 } },
    f,
  );
  assert.match(
    many,
    /^12 curves fitted; the exponent α runs from 0\.04 to 0\.57 \(median 0\.3\): .* by 18\.8% for the median curve\. The chart draws the first 8\./,
  );
  assert.match(
    allocationSkipped({ reason: "too-few-runs", pairs: 1, params: 1, tokens: 1 }, f),
    /1 distinct \(parameters, tokens\) pair with 1 parameter count and 1 token count\./,
  );
  assert.match(
    allocationSkipped({ reason: "too-few-runs", pairs: 5, params: 2, tokens: 3 }, f),
    /5 distinct \(parameters, tokens\) pairs with 2 parameter counts and 3 token counts\./,
  );
  assert.match(
    allocationSkipped({ reason: "no-tokens" }, f),
    /^\*\*Skipped:\*\* the file has no `tokens` column\./,
  );
});

Deno.test("own-data intro: one curve, names as literal text, and no emergent claim without one", async () => {
  const data = csv("task,model,params,score", [["<b>x</b>", "m*1", 1e8, 0.3], [
    "<b>x</b>",
    "m2",
    1e9,
    0.4,
  ]]);
  const a = await analyzeOwnData(data, { fileName: "my_file.csv" });
  const text = ownDataIntro(a, f);
  assert.match(
    text,
    /^This page reads 2 rows of \u2068my\\_file\\\.csv\u2069: 1 curve \(score against parameters\) for 1 task, 1 model family and 1 metric, with models from \u2068m\\\*1\u2069 \(100M parameters\) to \u2068m2\u2069 \(1B\)\./,
  );
  assert.match(text, /The classifier labels it \*\*insufficient\*\*\./);
  assert.match(text, /No curve is emergent/);
  assert.ok(!text.includes("<b>"));
  assert.equal(ownDataTitle("a<b>", f), "# Scaling analysis of a&lt;b&gt;");
  assert.equal(ownDataTableCaption("curves", a, f), "The one curve. Source: my_file.csv.");
});

Deno.test("own-data intro: more than 8 emergent curves are listed as '… and N more'", async () => {
  // Near chance (0.25) up to 3e9, then a rise to 0.9: ten identical emergent curves.
  const sizes = [1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11];
  const scores = [0.25, 0.251, 0.249, 0.25, 0.6, 0.85, 0.9];
  const rows = Array.from(
    { length: 10 },
    (_, k) => sizes.map((p, i) => [`t${k}`, `m${i}`, p, scores[i]!, 10000, 0.25]),
  ).flat();
  const a = await analyzeOwnData(csv("task,model,params,score,n,chance", rows), { fileName: "x" });
  assert.equal(a.byShape.emergent.length, 10);
  const text = ownDataIntro(a, f);
  assert.match(text, /labels them \*\*10 emergent\*\*\./);
  assert.match(text, /Emergent — near chance, then a sharp rise past a threshold: .* and 2 more\./);
  assert.ok(!text.includes("No curve is emergent"));
  assert.equal(a.lead, a.byShape.emergent[0]);
  // Every emergent panel gets a threshold marker.
  assert.equal(Object.keys(a.panels.thresholds).length, 10);
  assert.equal(a.panels.chances[a.curves[0]!.label], 0.25);
});

Deno.test("own-data figures: one curve of 3 sizes without n (insufficient) builds every figure", async () => {
  // issue 19: this file crashed the notebook with "table: rows is empty" in the fit table.
  const data = csv("task,model,params,score", [["t", "a", 1e8, 0.3], ["t", "b", 1e9, 0.4], [
    "t",
    "c",
    1e10,
    0.5,
  ]]);
  const a = await analyzeOwnData(data, { fileName: "three.csv" });
  assert.equal(a.curves[0]!.shape, "insufficient");
  assert.deepEqual(a.fits, []);
  assert.equal(ownDataFitTable(a, f), undefined);
  assert.equal(ownDataCensusTable(a, f).rows.length, 1);
  assert.equal(ownDataCurveTable(a, f).rows.length, 1);
  assert.equal(ownDataPanelsChart(a, f).rows.length, 3);
  assert.match(
    fitSummary({ fits: a.fits.length, fitted: 0, drawn: 0 }, f),
    /^No power law was fitted: that needs a curve with 3 or more sizes/,
  );
});
