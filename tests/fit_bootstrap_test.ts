import assert from "./_assert.ts";
import {
  bootstrap,
  bootstrapChinchilla,
  chinchillaLoss,
  fitChinchillaSync,
  fitPowerLaw,
  seededRandom,
} from "../lib/fit/mod.ts";
import { normal, resampleCounts } from "../lib/_random.ts";
import { fitFromStarts, reweight, runResampleTask } from "../lib/fit/_chinchilla_core.ts";
import { gaussNewtonInverse, HOFFMANN_START, prepareRuns } from "../lib/fit/_chinchilla_setup.ts";
import { chinchillaRuns } from "./_fit_chinchilla_data.ts";

Deno.test("bootstrapChinchilla(runs, 4,000 resamples) reproduces Besiroglu et al.'s 95% intervals", async () => {
  const runs = await chinchillaRuns();
  const result = await bootstrapChinchilla(runs, { resamples: 4000, seed: 0, flops: [5.76e23] });
  // Besiroglu et al. 2024 (arXiv:2404.10102), Table 1: bootstrap 95% intervals.
  const published: Record<string, [number, number]> = {
    E: [1.769, 1.871],
    A: [285, 744],
    B: [1042, 5810],
    alpha: [0.317, 0.373],
    beta: [0.331, 0.415],
  };
  for (const [k, [lo, hi]] of Object.entries(published)) {
    const i = result.intervals[k]!;
    const tol = 0.25 * (hi - lo);
    assert.ok(Math.abs(i.lower - lo) <= tol, `${k} lower ${i.lower} vs ${lo}`);
    assert.ok(Math.abs(i.upper - hi) <= tol, `${k} upper ${i.upper} vs ${hi}`);
  }
  assert.ok(result.convergedFraction > 0.99, String(result.convergedFraction));
  assert.equal(result.resamples, 4000);
  const a = result.intervals.a!, tpp = result.intervals["tokensPerParam@5.76e+23"]!;
  assert.ok(a.lower < a.estimate && a.estimate < a.upper);
  assert.ok(tpp.lower < 20 && 20 < tpp.upper, `${tpp.lower}..${tpp.upper}`);
});

Deno.test("bootstrapChinchilla is deterministic for a seed, inline or on workers", async () => {
  const runs = await chinchillaRuns();
  const fit = fitChinchillaSync(runs);
  const a = await bootstrapChinchilla(runs, { resamples: 60, seed: 7, fit, workers: 2 });
  const b = await bootstrapChinchilla(runs, { resamples: 60, seed: 7, fit, workers: 1 });
  assert.deepEqual(a.samples, b.samples);
  const c = await bootstrapChinchilla(runs, { resamples: 60, seed: 8, fit, workers: 1 });
  assert.notDeepEqual(a.samples.alpha, c.samples.alpha);
});

Deno.test("bootstrapChinchilla's quick refit agrees with the three-start refit on every resample", async () => {
  // 400 resamples of the real runs, refitted both ways: the preconditioned refit from the
  // full-data optimum settles every one, at the optimum the three plain starts find.
  const runs = await chinchillaRuns();
  const fit = fitChinchillaSync(runs);
  const data = prepareRuns(runs, "test");
  const n = data.logN.length, count = 400;
  const random = seededRandom(11);
  const weights = new Float64Array(count * n);
  for (let k = 0; k < count; k++) weights.set(resampleCounts(n, random), k * n);
  const starts = [fit.x.slice(0, 5), [...HOFFMANN_START], fit.bestStart];
  const lbfgs = { gradientTolerance: 1e-8, maxIterations: 2000 };
  const preconditioner = gaussNewtonInverse(data, fit.x)!;
  assert.equal(preconditioner.length, 25);
  const quick = runResampleTask({
    kind: "resample",
    data,
    delta: 1e-3,
    weights,
    starts,
    lbfgs,
    estimator: "huber",
    quick: { x0: fit.x.slice(0, 5), lbfgs: { ...lbfgs, preconditioner } },
  });
  let compared = 0, largest = 0;
  for (let k = 0; k < count; k++) {
    const full = fitFromStarts(reweight(data, weights, k * n), 1e-3, starts, lbfgs, "huber");
    assert.equal(quick[k]!.converged, true, `resample ${k}: the quick refit did not settle`);
    if (!full.converged) continue;
    compared++;
    assert.ok(quick[k]!.value <= full.value * (1 + 1e-9), `resample ${k}: higher objective`);
    for (let i = 0; i < 5; i++) largest = Math.max(largest, Math.abs(quick[k]!.x[i]! - full.x[i]!));
  }
  assert.ok(compared >= 0.99 * count, `${compared} resamples compared`);
  assert.ok(largest < 1e-5, `largest parameter difference ${largest}`);
  console.log(
    `quick vs three-start refit: largest parameter difference ${largest.toExponential(1)}`,
  );
});

Deno.test("bootstrap(data, fit) is generic, seeded and counts failed refits", () => {
  const data = [1, 2, 4, 8, 16, 32, 64, 128].map((x, i) => ({
    x,
    y: 2 * x ** -0.3 * (1 + 0.02 * Math.sin(i)),
  }));
  const fit = (s: typeof data) => fitPowerLaw(s, { E: 0 });
  const a = bootstrap(data, fit, { resamples: 100, seed: 3 });
  const b = bootstrap(data, fit, { resamples: 100, seed: 3 });
  assert.deepEqual(a.intervals, b.intervals);
  assert.ok(a.intervals.alpha!.lower < 0.3 && 0.3 < a.intervals.alpha!.upper);
  let calls = 0;
  const flaky = bootstrap(data, (s) => {
    if (calls++ % 2 === 1) throw new Error("no fit");
    return { ...fit(s), converged: calls % 4 !== 1 };
  }, { resamples: 40, seed: 1, derived: (f) => ({ twiceAlpha: 2 * f.alpha }) });
  assert.ok(flaky.convergedFraction < 0.6);
  assert.ok("twiceAlpha" in flaky.intervals);
  assert.throws(() => bootstrap(data, fit, { level: 1.5 }), RangeError);
});

Deno.test("coverage: 95% bootstrap intervals contain the true Chinchilla parameters ~95% of the time", async () => {
  // 100 seeded synthetic datasets (6 model sizes × 6 token counts, log-normal noise σ = 0.02),
  // each fitted and bootstrapped (100 resamples); count how often each true parameter lies
  // inside its 95% percentile interval.
  const truth = { E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37 };
  const random = seededRandom(2024);
  const keys = ["E", "A", "B", "alpha", "beta"] as const;
  const hits: Record<string, number> = { E: 0, A: 0, B: 0, alpha: 0, beta: 0 };
  const datasets = 100;
  const start = [Math.log(480), Math.log(2100), Math.log(1.8), 0.35, 0.37];
  for (let k = 0; k < datasets; k++) {
    const runs = [];
    for (const params of [3e7, 1e8, 3e8, 1e9, 3e9, 1e10]) {
      for (const tokens of [1e9, 3e9, 1e10, 3e10, 1e11, 3e11]) {
        const loss = chinchillaLoss(truth, params, tokens) * Math.exp(0.02 * normal(random));
        runs.push({ params, tokens, loss });
      }
    }
    const fit = fitChinchillaSync(runs, { starts: [start, [5, 7, 0.5, 0.3, 0.3]] });
    const result = await bootstrapChinchilla(runs, { resamples: 100, seed: k, fit, workers: 1 });
    for (const key of keys) {
      const i = result.intervals[key]!;
      if (i.lower <= truth[key] && truth[key] <= i.upper) hits[key]!++;
    }
  }
  for (const key of keys) {
    const coverage = hits[key]! / datasets;
    console.log(`coverage of ${key}: ${coverage}`);
    // Binomial SD at 95% with 100 datasets is 2.2%; allow ~3 SD below and above.
    assert.ok(coverage >= 0.88 && coverage <= 1, `${key}: coverage ${coverage}`);
  }
});
