/**
 * `deno task analyze --predict SIZE` (issue 20): the flag's checks, forecasts with intervals on the
 * page, in the JSON and in the CSV for every input format, and the hold-out check on the user's
 * curves with five or more sizes (or the sentence saying there is none).
 */
import { task } from "./_task.ts";
import assert from "./_assert.ts";
import { parseAnalyzeArgs } from "../scripts/analyze.ts";
import { analyzeOwnData, formatter, ownBacktestText, ownDataForecasts } from "../lib/mod.ts";
import { readLongFormat } from "../lib/data/long_format.ts";

Deno.test("--predict: repeatable, e-notation, and a usage error naming a bad size", () => {
  const args = parseAnalyzeArgs(["r.csv", "--predict", "70e9", "--predict=1000000000000"]);
  assert.deepEqual(args !== "help" && args.predict, [70e9, 1e12]);
  for (const bad of ["-5", "0", "abc", "", "Infinity"]) {
    assert.throws(() => parseAnalyzeArgs(["r.csv", "--predict", bad]), {
      message:
        `--predict must be a model size in parameters, a positive number such as 70e9, got "${bad}"`,
    });
  }
});

// Every format of the own-data reader: (name, input, curves, sizes of the largest curve ≥ 5?).
const FORMATS: [string, string, number][] = [
  ["lm-evaluation-harness tree", "tests/fixtures/lm_eval", 6],
  ["wide spreadsheet", "tests/fixtures/wide/leaderboard.csv", 4],
  ["long CSV", "data/examples/pythia_final_checkpoints.csv", 12],
];

Deno.test("--predict: forecasts on the page, in the JSON and in the CSV, for every format", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "predict-" });
  try {
    for (const [name, input, curves] of FORMATS) {
      await t.step(name, async () => {
        const run = await task([
          "analyze",
          input,
          "--predict",
          "70e9",
          "--out",
          `${dir}/page.html`,
          "--json",
          `${dir}/r.json`,
          "--csv",
          `${dir}/r.csv`,
        ]);
        assert.equal(run.code, 0, run.stderr);
        const html = await Deno.readTextFile(`${dir}/page.html`);
        assert.match(html, /Forecasts at larger sizes/);
        assert.match(html, /at 70B parameters, each with its 80% prediction interval/);
        const json = JSON.parse(await Deno.readTextFile(`${dir}/r.json`));
        assert.equal(json.curves.length, curves);
        assert.deepEqual(json.forecasts.sizes, [70e9]);
        assert.equal(json.forecasts.level, 0.8);
        const forecast = json.curves.filter((c: { sizes: number }) => c.sizes >= 3);
        assert.ok(forecast.length > 0);
        for (const c of forecast) {
          const [fc] = c.forecasts;
          assert.equal(fc.size, 70e9);
          assert.ok(fc.low <= fc.prediction && fc.prediction <= fc.high, JSON.stringify(fc));
          const largest = Math.max(...c.points.map((p: { params: number }) => p.params));
          assert.ok(Math.abs(fc.extrapolation - Math.log10(70e9 / largest)) < 1e-9);
        }
        const fiveSizes = json.curves.some((c: { sizes: number }) => c.sizes >= 5);
        assert.equal(json.forecasts.backtest !== null, fiveSizes);
        assert.match(
          html,
          fiveSizes ? /How far to trust it here/ : /No curve has five or more sizes/,
        );
        const csv = (await Deno.readTextFile(`${dir}/r.csv`)).trim().split("\n");
        assert.match(csv[0]!, /,forecast_7e10,forecast_7e10_low,forecast_7e10_high$/);
        assert.equal(csv.length, curves + 1);
      });
    }
    // Without --predict nothing of it is there.
    const plain = await task(["analyze", FORMATS[1]![1], "--out", `${dir}/plain.html`]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.doesNotMatch(await Deno.readTextFile(`${dir}/plain.html`), /Forecasts at larger sizes/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("ownDataForecasts: four sizes give forecasts but no hold-out check; five give one", async () => {
  const rows = (k: number) =>
    "task,model,params,score,n\n" +
    Array.from({ length: k }, (_, i) => `t,m${i},${10 ** (8 + i / 2)},${0.3 + 0.08 * i},1000`)
      .join("\n");
  const f = formatter("en");
  const four = ownDataForecasts(
    await analyzeOwnData(readLongFormat(rows(4)), { fileName: "a" }),
    [1e11],
    { resamples: 40 },
  );
  assert.equal(four.rows.length, 1);
  assert.equal(four.backtest, undefined);
  assert.match(ownBacktestText(four, f), /^No curve has five or more sizes/);
  const five = ownDataForecasts(
    await analyzeOwnData(readLongFormat(rows(5)), { fileName: "a" }),
    [1e11],
    { resamples: 40 },
  );
  assert.deepEqual(five.backtest?.holdOuts, [1]);
  assert.match(ownBacktestText(five, f), /on 1 of your curves/);
  assert.throws(() => ownDataForecasts(five as never, []), RangeError);
});
