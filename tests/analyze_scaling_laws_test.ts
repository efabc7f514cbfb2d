/**
 * Chapter 1's analyses (lib/analyze/scaling_laws.ts, pythia_scaling.ts, pythia_training.ts) and
 * their sentences: hand-computed / scipy values on small inputs, contrary numbers for every
 * sentence that counts or compares, and a few checks on the real data.
 */
import assert from "./_assert.ts";
import {
  chinchillaRefit,
  declinesSentence,
  kaplanLaws,
  printedLawSentence,
  pythiaScaling,
  pythiaTitle,
  pythiaTraining,
  refitConvergenceSentence,
  refitRunsSentence,
  residualTitle,
  scalingLawsSummary,
  trainingSentence,
  trainingTitle,
} from "../lib/analyze/mod.ts";
import {
  type ChinchillaRun,
  loadChinchillaRuns,
  loadPythiaEvals,
  PYTHIA_FINAL_STEP,
  type PythiaEval,
} from "../lib/data/mod.ts";
import { bootstrapChinchilla, chinchillaLoss, fitChinchilla } from "../lib/fit/mod.ts";
import { formatter } from "../lib/locale/mod.ts";

const f = formatter("en");
const close = (actual: number, expected: number, tol = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} ≠ ${expected} (±${tol})`);

Deno.test("kaplanLaws: published constants on the chart grid", () => {
  const k = kaplanLaws();
  assert.equal(k.rows.length, 8 + 7 + 7);
  // Python: (8.8e13/1e9)**0.076, (5.4e13/1e10)**0.095, (3.1e8/1)**0.05 at 1 PF-day = 8.64e19 FLOP.
  close(k.rows.find((r) => r.law === "params" && r.x === 1e9)!.loss, 2.3756402951345246);
  close(k.rows.find((r) => r.law === "tokens" && r.x === 1e10)!.loss, 2.2624417538197132);
  close(k.rows.find((r) => r.law === "compute" && r.x === 8.64e19)!.loss, 2.6580802262455236);
  close(k.tenfoldFactor, 1.191242008027375); // 10**0.076
  close(k.tenfoldReduction, 0.16054001348060254); // 1 - 10**-0.076
});

const run = (params: number, tokens: number, outlier = false): ChinchillaRun => ({
  params,
  tokens,
  flops: 6 * params * tokens,
  loss: 3,
  outlier,
  line: 0,
});
const iv = (lower: number, upper: number) => ({ estimate: 0, lower, upper, median: 0 });
const smallLaw = {
  E: 1.8,
  A: 400,
  B: 2000,
  alpha: 0.35,
  beta: 0.3,
  objective: 1e-3,
  converged: true,
  gradientNorm: 1e-9,
  starts: 9,
  startsFinished: 4,
  startsConverged: 4,
  residuals: [0.01, -0.02, 0.005, 0.0, 0.015],
};
const smallBoot = {
  resamples: 10,
  converged: 10,
  level: 0.95,
  intervals: {
    E: iv(1.7, 1.9), // Hoffmann's 1.69 is outside
    A: iv(300, 700), // 406.4 inside
    B: iv(1000, 5000), // 410.7 outside
    alpha: iv(0.32, 0.37), // 0.34 inside
    beta: iv(0.33, 0.41), // 0.28 outside
  },
};
// File order deliberately not sorted by tokens; one outlier in the middle.
const extracted = [
  run(1e8, 9e9),
  run(2e8, 1e9),
  run(3e8, 5e9, true),
  run(5e8, 2e9),
  run(1e9, 3e9),
  run(3e9, 2e10),
];

Deno.test("chinchillaRefit: residuals stay with their runs, decade medians are R-7 medians", () => {
  const r = chinchillaRefit(extracted, smallLaw, smallBoot);
  assert.deepEqual(r.counts, { extracted: 6, dropped: 1, fitted: 5 });
  assert.deepEqual(r.runs.map((x) => x.tokens), [1e9, 2e9, 3e9, 9e9, 2e10]);
  // The residual of the run with 9e9 tokens (first non-outlier in file order) is 0.01.
  assert.deepEqual(r.runs.map((x) => x.residual), [-0.02, 0.005, 0.0, 0.01, 0.015]);
  // Decade 9 holds 1e9, 2e9, 3e9, 9e9: median (2e9 + 3e9) / 2, not v[floor(4/2)] = 3e9.
  assert.deepEqual(r.decades.map((d) => [d.decade, d.runs, d.medianTokens]), [
    [9, 4, 2.5e9],
    [10, 1, 2e10],
  ]);
  assert.deepEqual(r.range, { params: [1e8, 3e9], tokens: [1e9, 2e10] });
  assert.equal(r.worstResidual, 0.02);
  // scipy.stats.linregress(log10([1e8,2e8,5e8,1e9,3e9]), [0.01,-0.02,0.005,0,0.015])
  close(r.residualTrend.slope, 0.0094392498013001, 1e-12);
  close(r.residualTrend.standardError, 0.01230803869103547, 1e-12);
  assert.deepEqual(
    r.parameters.map((p) => [p.parameter, p.hoffmannOutside]),
    [["E", true], ["A", false], ["B", true], ["alpha", false], ["beta", true]],
  );
});

Deno.test("chinchillaRefit: rejects a fit of other runs", () => {
  assert.throws(
    () => chinchillaRefit(extracted, { ...smallLaw, residuals: [0.1] }, smallBoot),
    /1 residuals but there are 5 non-outlier runs/,
  );
  const { beta: _, ...missing } = smallBoot.intervals;
  assert.throws(
    () => chinchillaRefit(extracted, smallLaw, { ...smallBoot, intervals: missing }),
    /no interval for beta/,
  );
});

Deno.test("printedLawSentence: each printed value against its own interval", () => {
  const mixed = printedLawSentence(chinchillaRefit(extracted, smallLaw, smallBoot), f);
  assert.match(mixed, /printed E = 1\.69, B = 410\.7 and β = 0\.28 lie outside our 95% interval/);
  assert.match(mixed, /while A = 406\.4 and α = 0\.34 lie inside \(A: 300–700; α: 0\.320–0\.370\)/);
  assert.match(mixed, /not what this data says/);
  // Contrary: every interval wide enough → nothing outside, no rejection.
  const wide = {
    ...smallBoot,
    intervals: Object.fromEntries(
      Object.keys(smallBoot.intervals).map((k) => [k, iv(0, 1e4)]),
    ),
  };
  const none = printedLawSentence(chinchillaRefit(extracted, smallLaw, wide), f);
  assert.match(none, /^Every one of Hoffmann et al.'s printed values .* lies inside/);
  assert.doesNotMatch(none, /outside|not what this data says/);
  // Only β outside: singular, and α named as inside.
  const onlyBeta = { ...wide, intervals: { ...wide.intervals, beta: iv(0.33, 0.41) } };
  const one = printedLawSentence(chinchillaRefit(extracted, smallLaw, onlyBeta), f);
  assert.match(one, /printed β = 0\.28 lies outside our 95% interval for it \(β: 0\.330–0\.410\)/);
  assert.match(one, /α = 0\.34 lie inside/);
});

Deno.test("refit sentences: counts, convergence and trend follow the numbers", () => {
  const r = chinchillaRefit(extracted, smallLaw, smallBoot);
  assert.match(refitRunsSentence(r, f), /holds 6 runs; .* drop the 1 .* remaining 5, from 100M/);
  const kept = { ...r, counts: { extracted: 5, dropped: 0, fitted: 5 } };
  assert.match(refitRunsSentence(kept, f), /holds 5 runs; we fit all 5,/);
  assert.match(refitConvergenceSentence(r, f), /it converged .* all of them converged\. All 10 /);
  const poor = {
    ...r,
    law: { ...r.law, converged: false, startsConverged: 3 },
    bootstrap: { resamples: 10, converged: 9, level: 0.95 },
  };
  const text = refitConvergenceSentence(poor, f);
  assert.match(
    text,
    /it did not converge .* and 3 of those converged\. 9 of the 10 .* \(90\.00%\)/,
  );
  assert.equal(
    residualTitle(r, f),
    "Residuals stay within ±0.020 in log loss, with no trend in size",
  );
  const drift = { ...r, residualTrend: { slope: -0.0106, standardError: 0.0003 } };
  assert.equal(
    residualTitle(drift, f),
    "Residuals stay within ±0.020 in log loss, but drift down with size (−0.011 per decade)",
  );
});

function pythiaRow(model: string, params: number, step: number, value: number, task = "t") {
  return {
    model,
    params,
    step,
    tokens: step * 2.097152e6,
    shots: 0,
    task,
    metric: "acc",
    value,
    stderr: 0.01,
    line: 0,
  } satisfies PythiaEval;
}

/** Eight sizes whose error rate is exactly 0.1 + 2·N^−0.3; `last` shifts the largest's accuracy. */
function ladder(last = 0, dip = false): PythiaEval[] {
  const sizes = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10];
  return sizes.map((n, i) => {
    let accuracy = 1 - (0.1 + 2 * n ** -0.3);
    if (i === 7) accuracy += last;
    if (dip && i === 5) accuracy -= 0.2; // a setback from size 5 to 6, recovered after
    return pythiaRow(`pythia-${i}`, n, PYTHIA_FINAL_STEP, accuracy);
  });
}

Deno.test("pythiaScaling: on trend, accelerating and saturating largest models", () => {
  const on = pythiaScaling(ladder(), ["t"]).scaling[0]!;
  close(on.fit.alpha, 0.3, 1e-4);
  assert.equal(on.verdict, "on_trend");
  assert.ok(Math.abs(on.miss) < 0.1, `miss ${on.miss}`);
  // Gain in standard errors: (acc(3e10) − acc(1e7)) / hypot(0.01, 0.01), by hand.
  const acc = (n: number) => 1 - (0.1 + 2 * n ** -0.3);
  close(on.gain, (acc(3e10) - acc(1e7)) / Math.hypot(0.01, 0.01), 1e-9);
  assert.equal(on.setbacks, 0);
  assert.equal(pythiaScaling(ladder(0.05), ["t"]).scaling[0]!.verdict, "accelerates");
  assert.equal(pythiaScaling(ladder(-0.05), ["t"]).scaling[0]!.verdict, "saturates");
  assert.equal(pythiaScaling(ladder(0, true), ["t"]).scaling[0]!.setbacks, 1);
  assert.throws(() => pythiaScaling(ladder().slice(0, 3), ["t"]), /has 3 sizes .* need 4/);
  assert.throws(() => pythiaScaling(ladder(), ["t"], { threshold: 0 }), /threshold must be/);
});

Deno.test("pythiaTitle and scalingLawsSummary: 'every' and 'smoothly' only when true", () => {
  const p = (gains: number[], setbacks = 0) => ({
    params: [7e7, 1.2e10] as [number, number],
    threshold: 2,
    scaling: gains.map((gain) => ({ gain, setbacks })),
  });
  assert.equal(
    pythiaTitle(p([5, 9]), f),
    "Every task improves steadily from 70M to 12B parameters",
  );
  assert.equal(
    pythiaTitle(p([5, 9], 1), f),
    "Every task improves from 70M to 12B parameters, 2 with a step back on the way",
  );
  assert.equal(pythiaTitle(p([5, 1, 0]), f), "1 of 3 tasks improves from 70M to 12B parameters");
  const refit = chinchillaRefit(extracted, smallLaw, smallBoot);
  const pythia = (verdicts: ("on_trend" | "accelerates" | "saturates")[], gain = 9) => ({
    params: [7e7, 1.2e10] as [number, number],
    threshold: 2,
    scaling: verdicts.map((verdict) => ({ gain, verdict })),
  });
  const smooth = scalingLawsSummary(refit, pythia(["on_trend", "on_trend"]), f);
  assert.match(smooth, /improves smoothly from 70M to 12B parameters on all 2 tasks/);
  const bent = scalingLawsSummary(refit, pythia(["accelerates", "saturates", "on_trend"]), f);
  assert.doesNotMatch(bent, /smoothly/);
  assert.match(
    bent,
    /on all 3 tasks, but not as one smooth power law: on 2 of the 3 .*\(1 above it, 1 below\)/,
  );
  const flat = scalingLawsSummary(refit, pythia(["on_trend"], 1), f);
  assert.match(flat, /on 0 of the 1 tasks/);
  // Our law: E inside Besiroglu's 1.769–1.871? 1.8 yes, but A = 400, B = 2000 inside too;
  // alpha 0.35 and beta 0.30 → beta outside their 0.331–0.415: not a reproduction.
  assert.match(smooth, /outside Besiroglu et al.'s intervals and away from the printed law/);
});

function trajectory(sizes: [string, number, number[]][]): PythiaEval[] {
  return sizes.flatMap(([size, params, values]) =>
    values.map((v, i) => pythiaRow(`pythia-${size}`, params, 1000 * (i + 1), v, "lambada_openai"))
  );
}

Deno.test("pythiaTraining: declines, order by size, and their sentences", () => {
  const t = pythiaTraining(
    trajectory([
      ["70m", 7e7, [0.1, 0.3, 0.2, 0.15]],
      ["1b", 1e9, [0.2, 0.25, 0.4, 0.45]],
      ["12b", 1.2e10, [0.15, 0.5, 0.6, 0.7]],
    ]),
  );
  assert.deepEqual(t.sizes.map((s) => s.size), ["70m", "1b", "12b"]);
  // 70m: peak 0.3, end 0.15 → (0.3 − 0.15) / hypot(0.01, 0.01) = 10.6 > 2.
  assert.deepEqual(t.declines.map((d) => d.size), ["70m"]);
  close(t.sizes[0]!.drop, 0.15 / Math.hypot(0.01, 0.01), 1e-9);
  // In order from step 3000 (tokens 3000 × 2.097152e6) to the end.
  close(t.orderedFrom!, 3000 * 2.097152e6, 1e-3);
  assert.match(declinesSentence(t, f), /^The 70m model peaks at 0\.3 after 4\.19B tokens/);
  assert.match(declinesSentence(t, f), /the smallest model not only saturates, it loses ground/);
  assert.match(trainingSentence(t, f), /from 6\.29B tokens on, every checkpoint ranks the sizes/);
  assert.match(trainingTitle(t, f), /^LAMBADA accuracy grows with training tokens; the largest/);
  // Contrary: a middle size declines, the order breaks at the end, the smallest does not grow.
  const u = pythiaTraining(
    trajectory([
      ["70m", 7e7, [0.3, 0.3, 0.3, 0.3]],
      ["1b", 1e9, [0.2, 0.6, 0.5, 0.35]],
      ["12b", 1.2e10, [0.15, 0.7, 0.8, 0.34]],
    ]),
  );
  assert.deepEqual(u.declines.map((d) => d.size), ["1b", "12b"]);
  assert.match(declinesSentence(u, f), /2 of the 3 sizes lose ground late in training\.$/);
  assert.doesNotMatch(declinesSentence(u, f), /smallest/);
  assert.equal(u.orderedFrom, undefined);
  assert.match(trainingSentence(u, f), /^The accuracy of 2 of the 3 sizes rises .* out of order/);
  assert.match(trainingTitle(u, f), /grows with training tokens for 2 of 3 sizes/);
  const none = { ...t, declines: [] };
  assert.equal(declinesSentence(none, f), "No size gets worse late in training.");
});

Deno.test("real data: Pythia bends, declines and order match the chapter's table", async () => {
  const evals = await loadPythiaEvals();
  const p = pythiaScaling(evals);
  assert.equal(p.sizes, 8);
  assert.deepEqual(p.params, [70426624, 11846072320]);
  assert.deepEqual(p.scaling.map((s) => [s.task, s.verdict, Number(s.miss.toFixed(1))]), [
    ["lambada_openai", "accelerates", 6.6],
    ["sciq", "accelerates", 4.4],
    ["piqa", "saturates", -2.2],
    ["arc_easy", "on_trend", 1.8],
    ["arc_challenge", "on_trend", 1.7],
    ["winogrande", "accelerates", 7.4],
  ]);
  assert.equal(pythiaTitle(p, f), "Every task improves steadily from 70.4M to 11.8B parameters");
  const t = pythiaTraining(evals, { task: "lambada_openai" });
  assert.deepEqual(t.declines.map((d) => d.size), ["70m", "160m"]);
  assert.equal(f.tokens(t.orderedFrom!), "27.3B");
});

Deno.test("real data: the refit's residuals are log L − log L̂ of their own runs", async () => {
  const all = await loadChinchillaRuns({ includeOutliers: true });
  const runs = all.filter((r) => !r.outlier);
  const law = await fitChinchilla(runs, { workers: 1 });
  const boot = await bootstrapChinchilla(runs, { resamples: 20, seed: 1, fit: law, workers: 1 });
  const r = chinchillaRefit(all, law, boot);
  assert.deepEqual(r.counts, { extracted: 245, dropped: 5, fitted: 240 });
  for (const x of r.runs) {
    close(x.residual, Math.log(x.loss) - Math.log(chinchillaLoss(law, x.params, x.tokens)), 1e-9);
  }
  // numpy.median of training_tokens_derived per decade (outliers dropped), computed in Python.
  assert.deepEqual(r.decades.map((d) => [d.decade, d.runs]), [[8, 2], [9, 76], [10, 147], [
    11,
    15,
  ]]);
  const numpy = [846861386.9112236, 5761697189.807612, 24898976301.097374, 128261266129.41559];
  r.decades.forEach((d, i) => close(d.medianTokens, numpy[i]!, 1e-3));
  assert.match(printedLawSentence(r, f), /printed E = 1\.69, B = 410\.7 and β = 0\.28 lie outside/);
});
