/**
 * Issue 14: every number a chapter's summary (its key finding on the index) states equals the
 * value in the lib/analyze result it came from — the numbers are read back out of the sentence,
 * in order, and compared with the result's values written by the same formatter. Chapter 1's
 * plain-words story on the index is checked the same way.
 */
import assert from "./_assert.ts";
import {
  allocationSummary,
  analyzeComputeAllocation,
  bootstrapChinchilla,
  chinchillaRefit,
  fitChinchilla,
  formatter,
  loadChinchillaRuns,
  loadChinchillaTable3,
  loadPythiaEvals,
  loadTrainedModels,
  pythiaScaling,
  scalingLawsSummary,
  scalingStory,
} from "../lib/mod.ts";

const f = formatter("en");

/** The numbers of a sentence, in order ("1.82", "70.4M", "29%", "10T"); TeX-free prose. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?(?:[KMBT]|%)?/g)].map((m) => m[0]);
}

/** "0.481–0.556" → ["0.481", "0.556"]. */
const both = (interval: string) => interval.split("–");

Deno.test("chapter 1 summary: each number is the refit's or the Pythia analysis's", async () => {
  const all = await loadChinchillaRuns({ includeOutliers: true });
  const runs = all.filter((r) => !r.outlier);
  const law = await fitChinchilla(runs, { workers: 1 });
  const boot = await bootstrapChinchilla(runs, { resamples: 20, seed: 1, fit: law, workers: 1 });
  const refit = chinchillaRefit(all, law, boot);
  const pythia = pythiaScaling(await loadPythiaEvals());
  const text = scalingLawsSummary(refit, pythia, f);
  const iv = (p: string, digits: number) => {
    const row = refit.parameters.find((x) => x.parameter === p)!;
    return row.interval.map((x) => f.fixed(x, digits));
  };
  const n = pythia.scaling.length;
  const up = pythia.scaling.filter((s) => s.verdict === "accelerates").length;
  const down = pythia.scaling.filter((s) => s.verdict === "saturates").length;
  const improved = pythia.scaling.filter((s) => s.gain > pythia.threshold).length;
  assert.deepEqual(numbersIn(text), [
    f.number(refit.counts.fitted),
    f.fixed(refit.law.E, 2),
    ...iv("E", 2),
    f.fixed(refit.law.alpha, 3),
    ...iv("alpha", 3),
    f.fixed(refit.law.beta, 3),
    ...iv("beta", 3),
    f.percent(refit.bootstrap.level, 0),
    f.params(pythia.params[0]),
    f.params(pythia.params[1]),
    f.number(improved),
    f.number(up + down),
    f.number(n),
    f.number(up),
    f.number(down),
  ]);
  assert.match(text, /more than two standard errors/); // the threshold, spelled
  assert.equal(pythia.threshold, 2);
  // The index story (issue 16) says the same law in plain words: the share of the reducible loss
  // one doubling removes, 1 − 2^−exponent, with the exponent's interval carried through.
  const story = scalingStory(refit, f);
  const share = (x: number) => f.percent(1 - 2 ** -x, 0);
  const shares = (p: string) =>
    refit.parameters.find((x) => x.parameter === p)!.interval.map(share);
  assert.deepEqual(numbersIn(story), [
    f.number(refit.counts.fitted),
    share(refit.law.alpha),
    f.percent(refit.bootstrap.level, 0),
    ...shares("alpha"),
    share(refit.law.beta),
    ...shares("beta"),
    f.fixed(refit.law.E, 2),
  ]);
});

Deno.test("chapter 4 summary: each number is the allocation result's", async () => {
  const r = await analyzeComputeAllocation({
    runs: await loadChinchillaRuns(),
    models: await loadTrainedModels(),
    table3: await loadChinchillaTable3(),
  }, { resamples: 40 });
  const text = allocationSummary(r, f);
  const { a, b, tokensPerParam } = r.intervals;
  assert.deepEqual(numbersIn(text), [
    f.fixed(r.optimum.a, 2),
    f.percent(0.95, 0), // bootstrapChinchilla's default level, which ComputeAllocation's intervals use
    ...both(f.interval(a.lower, a.upper)),
    f.fixed(r.optimum.b, 2),
    ...both(f.interval(b.lower, b.upper)),
    f.number(r.optimum.tokensPerParam, 2),
    ...both(f.interval(tokensPerParam.lower, tokensPerParam.upper)),
    f.number(r.models.verdicts["under-trained"].length),
    f.number(r.models.placements.length),
    f.tokens(r.inference.heavy.inferenceTokens),
    f.percent(r.inference.heavy.savings, 0),
  ]);
});
