// Loaders on the real bundled files: row counts and known values from each PROVENANCE.md.
import assert from "./_assert.ts";
import {
  loadBigBenchCurves,
  loadBnslParameterSets,
  loadBnslPoints,
  loadChinchillaRuns,
  loadChinchillaTable3,
  loadInverseScalingCurves,
  loadLongFormat,
  loadPaperScores,
  loadPublishedEmergence,
  loadPythiaEvals,
  loadTrainedModels,
} from "../lib/mod.ts";

Deno.test("loadChinchillaRuns: 245 runs, 5 outliers dropped by default, ranges as documented", async () => {
  const all = await loadChinchillaRuns({ includeOutliers: true });
  assert.equal(all.length, 245);
  const kept = await loadChinchillaRuns();
  assert.equal(kept.length, 240);
  const outliers = all.filter((run) => run.outlier);
  assert.equal(outliers.length, 5);
  assert.ok(outliers.every((run) => run.loss >= 3.446995430227908));
  // First data row of the file (line 2), copied from the CSV.
  assert.deepEqual(all[0], {
    params: 6795600349.289497,
    tokens: 245105957.9245427,
    flops: 9.993852799709755e+18,
    loss: 5.005581996196243,
    outlier: true,
    line: 2,
  });
  const losses = all.map((run) => run.loss);
  assert.equal(Math.min(...losses).toFixed(3), "2.077");
  assert.equal(Math.max(...losses).toFixed(3), "5.006");
  // D = C / (6N) holds for every row (the derived column).
  for (const run of all) {
    assert.ok(Math.abs(run.tokens - run.flops / (6 * run.params)) / run.tokens < 1e-12);
  }
});

Deno.test("loadBigBenchCurves: 35 BIG-G tasks × 12 sizes with chance and n", async () => {
  const curves = await loadBigBenchCurves();
  const bigG = curves.filter((curve) => curve.family === "BIG-G T=0");
  assert.equal(bigG.length, 35);
  assert.ok(bigG.every((curve) => curve.points.length === 12));
  const date = bigG.find((curve) => curve.task === "date_understanding");
  assert.deepEqual(date?.points[0], { scale: 2098048, score: 0.168, n: 369, model: "2m" });
  assert.equal(date?.points[1]?.score, 0.2493);
  assert.equal(date?.chance, 0.1719);
  assert.equal(date?.points[11]?.scale, 137440272384);
  const luTasks = new Set(curves.filter((c) => c.family !== "BIG-G T=0").map((c) => c.task));
  assert.equal(luTasks.size, 8);
});

Deno.test("loadInverseScalingCurves: NeQA on OPT 125M–66B", async () => {
  const curves = await loadInverseScalingCurves();
  const neqa = curves.find((curve) => curve.task === "neqa" && curve.metric === "accuracy");
  assert.equal(neqa?.family, "OPT");
  assert.deepEqual(neqa?.points.map((p) => p.scale), [
    125e6,
    350e6,
    1.3e9,
    2.7e9,
    6.7e9,
    13e9,
    30e9,
    66e9,
  ]);
  assert.ok(neqa?.points.every((p) => p.n === 300));
  assert.equal(curves.filter((curve) => curve.metric === "logodds_difference_mean").length, 0);
});

Deno.test("loadPythiaEvals: 105,024 rows; 70m and 12b parameter counts", async () => {
  const evals = await loadPythiaEvals();
  assert.equal(evals.length, 105024);
  assert.deepEqual(evals[0], {
    model: "pythia-70m",
    params: 70426624,
    step: 0,
    tokens: 0,
    shots: 0,
    task: "arc_challenge",
    metric: "acc",
    value: 0.21416382252559726,
    stderr: 0.011988383205966508,
    line: 2,
  });
  assert.ok(evals.some((row) => row.params === 11846072320));
  assert.equal(new Set(evals.map((row) => row.model)).size, 16);
  const final = evals.filter((row) => row.step === 143000);
  assert.ok(final.every((row) => row.tokens === 299892736000));
});

Deno.test("paper tables: trained models, Chinchilla Table 3, Wei Table 1, CoT, MMLU", async () => {
  const models = await loadTrainedModels();
  assert.equal(models.find((m) => m.model === "Gopher 280B")?.flops, 5.76e23);
  assert.equal(models.find((m) => m.model === "LLaMA 7B")?.flopsReported, false);
  const table3 = await loadChinchillaTable3();
  assert.equal(table3.length, 9);
  const wei = await loadPublishedEmergence();
  assert.equal(wei.length, 23);
  assert.equal(wei.find((row) => row.ability.startsWith("Word in Context"))?.params, 540e9);
  assert.equal(wei.filter((row) => row.params === undefined).length, 1);
  assert.equal((await loadPaperScores("cot")).length, 500);
  assert.equal((await loadPaperScores("mmlu")).length, 81);
});

Deno.test("BNSL: 14 fit points + 3 targets, two parameter sets", async () => {
  const points = await loadBnslPoints();
  assert.equal(points.length, 17);
  assert.equal(points[0]?.x, 160);
  assert.equal(points[0]?.y, 2.13809046);
  assert.equal(points.filter((p) => p.role === "extrapolation_target").length, 3);
  const sets = await loadBnslParameterSets();
  assert.equal(sets[0]?.breaks[0]?.d, 612.5836172918001);
  assert.equal(sets[1]?.breaks[1]?.c, -0.811);
});

Deno.test("loadLongFormat: the bundled example file", async () => {
  const path = new URL("../data/examples/pythia_final_checkpoints.csv", import.meta.url).pathname;
  const { rows, curves } = await loadLongFormat(path);
  assert.equal(rows.length, 96);
  assert.equal(curves.length, 12);
  assert.ok(curves.every((curve) => curve.points.length === 8));
  assert.equal(curves.find((c) => c.task === "sciq")?.chance, 0.25);
});

Deno.test("loadLongFormat: a missing file says so", async () => {
  await assert.rejects(
    () => loadLongFormat("no/such/file.csv"),
    (error: unknown) => {
      assert.ok(error instanceof TypeError);
      assert.equal(
        (error as Error).message,
        "no/such/file.csv: file not found; check the path (relative paths are resolved from the " +
          "current folder)",
      );
      return true;
    },
  );
});
