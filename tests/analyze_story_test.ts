// Issue 16's analyses on the real bundled data: the numbers the pages will state, each checked
// against the CSVs by hand (values quoted in comments) or against numpy (the Approach-2 fit).
import assert from "./_assert.ts";
import {
  applicationsText,
  approachesText,
  arithmeticMirage,
  campsText,
  computeCamps,
  cotCallout,
  emergenceCensus,
  emergenceWindow,
  examComparison,
  examSentence,
  examText,
  fewShotCallout,
  gpt3FewShotGain,
  gpt3IclText,
  hindsightBet,
  hindsightText,
  mirageTaskText,
  ruleOfThumb,
  ruleOursText,
  rulePublishedText,
  smootherPerDigit,
  windowFlopsText,
  windowText,
  windowTitle,
} from "../lib/analyze/mod.ts";
import {
  loadBigBenchCurves,
  loadChinchillaRuns,
  loadCotExample,
  loadGpt3TableH1,
  loadGpt4Exams,
  loadHindsightExample,
  loadPaperScores,
  loadPublishedEmergence,
  loadTrainedModels,
} from "../lib/data/mod.ts";
import { formatter } from "../lib/locale/mod.ts";

const f = formatter("en");
const gpt3 = await loadGpt3TableH1();

Deno.test("emergence window: which curves cross 10B–100B parameters", async () => {
  const w = emergenceWindow({
    gpt3,
    mmlu: await loadPaperScores("mmlu"),
    bigbench: await loadBigBenchCurves(),
    models: await loadTrainedModels(),
  });
  const names = (list: { panel: string; family: string }[]) =>
    list.map((c) => `${c.panel}/${c.family}`);
  // GPT-3 runs 125M–175B (Table H.1); PaLM 8.6B–540B, GPT-3 API 2.7B–175B on MMLU.
  assert.deepEqual(names(w.crossing), [
    "2D+/GPT-3",
    "3D+/GPT-3",
    "4D+/GPT-3",
    "2Dx/GPT-3",
    "mmlu/GPT-3 (OpenAI API)",
    "mmlu/PaLM",
  ]);
  // LLaMA (6.7B–65.2B) and Llama 2 (7B–70B) enter the window but stop inside it.
  assert.deepEqual(
    w.curves.filter((c) => c.position === "enters").map((c) => c.family),
    ["LLaMA", "Llama 2"],
  );
  // The Lu et al. base families with two sizes (T5, GPT-2) end at 1.5B or below, on both tasks.
  assert.ok(w.endBelow.length === 4 && w.endBelow.every((c) => c.largest <= 1.5e9));
  // Ten families: each keeps its own colour in Vega's ten-colour palette.
  assert.equal(new Set(w.points.map((p) => p.family)).size, 10);
  // 2D+ few-shot: 11.9% at 6.7B, 55.5% at 13B, 100% at 175B → largest rise 13B → 175B.
  const add2 = w.curves.find((c) => c.panel === "2D+")!;
  assert.deepEqual([add2.largestRise.from, add2.largestRise.to], [13e9, 175e9]);
  assert.ok(Math.abs(add2.largestRise.rise - 0.445) < 1e-12);
  // PaLM MMLU 25.3% (8.63B) → 53.7% (62.5B) → 69.3% (540B): largest rise 8.63B → 62.5B.
  const palm = w.curves.find((c) => c.family === "PaLM")!;
  assert.deepEqual([palm.largestRise.from, palm.largestRise.to], [8.63e9, 62.5e9]);
  assert.equal(w.riseInWindow.length, 8);
  assert.equal(
    windowTitle(w, f),
    "For every curve that reaches 10B–100B parameters, the largest rise overlaps that range",
  );
  assert.match(windowText(w, f), /^Of 12 curves with two or more sizes, 6 start below 10B/);
  // GPT-3 13B: 2.31×10²² FLOP (Table D.1), inside the FLOP window.
  const flops13 = w.points.find((p) => p.model === "GPT-3 13B")?.flops;
  assert.equal(flops13, 2.31e22);
  // Conflict cells left out of the bundled Table H.1 (data/README.md): 3D+ few-shot 6.7B and 13B,
  // 4D+ few-shot XL (1.3B) and 2.7B, 2Dx few-shot 13B.
  assert.deepEqual(w.gaps, [
    { panel: "3D+", family: "GPT-3", missing: [6.7e9, 13e9] },
    { panel: "4D+", family: "GPT-3", missing: [1.3e9, 2.7e9] },
    { panel: "2Dx", family: "GPT-3", missing: [13e9] },
  ]);
  // GPT-3 runs 2.25×10²⁰ (125M) to 3.14×10²³ FLOP (175B); PaLM 8B is 6·8.63B·780B ≈ 4.0×10²².
  assert.equal(
    windowFlopsText(w, f),
    "Of 6 curves whose training compute is known, 4 start below 10²² FLOP and end above 10²³: " +
      "GPT-3 on 2-digit addition, GPT-3 on 3-digit addition, GPT-3 on 4-digit addition and " +
      "GPT-3 on 2-digit multiplication.",
  );
});

Deno.test("mirage check: GPT-3 few-shot arithmetic, exact match vs implied per digit", () => {
  const m = arithmeticMirage(gpt3);
  assert.deepEqual(m.tasks.map((t) => t.task), [
    "2D+",
    "2D-",
    "3D+",
    "3D-",
    "4D+",
    "4D-",
    "5D+",
    "5D-",
    "2Dx",
  ]);
  const add3 = m.tasks.find((t) => t.task === "3D+")!;
  // 3D+ few-shot: 0.15% at 125M and 80.4% at 175B; L = 4 → 0.0015^(1/4), 0.804^(1/4).
  assert.ok(Math.abs(add3.ends.smallest.perDigit - 0.0015 ** 0.25) < 1e-12);
  assert.ok(Math.abs(add3.ends.largest.perDigit - 0.804 ** 0.25) < 1e-12);
  // 5D- is 0 up to 13B, so both views take the whole rise in one step: not smoother.
  assert.deepEqual(
    smootherPerDigit(m).map((t) => t.task),
    ["2D+", "2D-", "3D+", "3D-", "4D+", "4D-", "5D+", "2Dx"],
  );
  assert.match(mirageTaskText(add3, f), /\(0\.15% at 125M, 80\.4% at 175B\)/);
});

Deno.test("GPT-3 few-shot gain: median over tasks by size", () => {
  const g = gpt3FewShotGain(gpt3);
  assert.equal(g.tasks.length, 48);
  assert.equal(g.grows.length, 43);
  // 2D+ accuracy: few-shot 100.0 − zero-shot 76.9 at 175B.
  const add = g.rows.find((r) => r.task === "2D+" && r.params === 175e9)!;
  assert.ok(Math.abs(add.gain - 23.1) < 1e-9);
  assert.match(gpt3IclText(g, f), /^Across 48 tasks of GPT-3's Table H\.1/);
});

Deno.test("exams: GPT-4 vs GPT-3.5 percentiles from Table 1", async () => {
  const r = examComparison(await loadGpt4Exams());
  assert.equal(r.exams.length, 25);
  assert.equal(r.noPercentile.length, 9);
  assert.equal(r.higher.length, 12);
  assert.equal(r.same.length, 7);
  assert.deepEqual(r.lower.map((e) => e.exam), ["AMC 10"]); // 6th–12th vs 10th–19th
  assert.equal(r.largestGain.exam, "Uniform Bar Exam (MBE+MEE+MPT)");
  assert.equal(r.largestGain.gain, 80); // ~90th vs ~10th
  assert.equal(
    examSentence(r.exams[0]!, r.model, f),
    "On the Uniform Bar Exam (MBE+MEE+MPT), GPT-4 places at the 90th percentile of test-takers " +
      "and GPT-3.5 at the 10th percentile.",
  );
  assert.match(examText(r, f), /wholly above GPT-3.5's on 12, overlaps it from above on 5/);
});

Deno.test("rule of thumb: Table 1's median is 68B; our thresholds are censored at 137B", async () => {
  const published = await loadPublishedEmergence();
  const curves = (await loadBigBenchCurves()).filter((c) => c.family === "BIG-G T=0");
  const census = emergenceCensus(curves);
  const r = ruleOfThumb(published, census);
  // 22 rows with sizes; sorted, the 11th and 12th are both 68B.
  assert.equal(r.published.count, 22);
  assert.equal(r.published.median, 68e9);
  assert.equal(r.publishedAtLeastTypical, 13); // 68B ×3, 70B, 175B ×5, 280B ×3, 540B
  assert.equal(r.publishedAboveBetter, 9);
  assert.equal(r.examples[0]?.published?.params, 13e9);
  assert.equal(r.examples[1]?.published?.params, 540e9);
  assert.equal(r.unpinned, 0);
  assert.match(rulePublishedText(r, f), /their median is 68B, 13 of 22 \(most\) emerge at 68B/);
  // Chapter 2's bounds: 4 thresholds inside the data (2.76B–13.1B, all below 68B), 6 between the
  // two largest BIG-G sizes (29B and 137B), 1 above 137B (irony identification: the fit does not
  // reach the threshold), so the median is bounded by 29B and 137B.
  assert.deepEqual(
    [r.ours.total, r.ours.inside.length, r.ours.atLastSize, r.ours.beyond, r.ours.atFirstSize],
    [11, 4, 6, 1, 0],
  );
  assert.equal(r.oursBelowTypical, 4);
  assert.match(
    ruleOursText(r, f),
    /^Of our 11 BIG-bench thresholds, 4 can be placed inside the data, all below 68B \(from 2\.7\dB to 13\.\dB\)\. For 6 others, only the largest model \(137B\) is past the threshold, so each lies somewhere between 29B and 137B, a range that contains 68B/,
  );
  assert.match(
    ruleOursText(r, f),
    / For 1 more, the fitted curve does not reach the threshold within the data: it lies above 137B\. /,
  );
  assert.match(ruleOursText(r, f), /censored by the sizes measured\.$/);
  assert.match(applicationsText(r, f), /beyond 137B/);
  assert.match(applicationsText(r, f), /Of our 11 thresholds, 4 are placed inside the data/);
  assert.match(
    applicationsText(r, f),
    /for 6 only the largest model measured is past the threshold, so they are bounds, not points; for 1 the fitted curve does not reach the threshold within the data, so it lies above 137B\./,
  );
});

Deno.test("three camps: our Approach-2 exponent matches numpy; camps from the papers", async () => {
  const approach3 = {
    optimum: { a: 0.46, b: 0.54 },
    intervals: { a: { lower: 0.44, upper: 0.48 }, b: { lower: 0.52, upper: 0.56 } },
    inference: {},
  } as never;
  // Default 1000 resamples: some resamples have a nearly flat parabola whose minimum lies at
  // infinity; they must count as not converged, not poison the interval with NaN.
  const c = computeCamps(await loadChinchillaRuns(), await loadTrainedModels(), approach3);
  const i = c.approach2.intervals!;
  assert.ok([i.a.lower, i.a.upper, i.b.lower, i.b.upper].every(Number.isFinite));
  assert.ok(i.a.lower < c.approach2.a && c.approach2.a < i.a.upper);
  // numpy: polyfit(log10 N, loss, 2) per band [0.9C, 1.15C] of the 9 budgets, then
  // polyfit(log10 C, log10 N_opt, 1) → a = 0.5180858202415867.
  assert.ok(Math.abs(c.approach2.a - 0.5180858202415867) < 1e-9);
  assert.ok(Math.abs(c.approach2.b - (1 - 0.5180858202415867)) < 1e-9);
  assert.equal(c.approach2.budgets, 9);
  assert.deepEqual(c.camps.meta.map((m) => m.model), [
    "LLaMA 7B",
    "LLaMA 13B",
    "LLaMA 33B",
    "LLaMA 65B",
    "Llama 2 7B",
    "Llama 2 70B",
  ]);
  assert.equal(c.chinchillaVsGopher?.gopher.flops, c.chinchillaVsGopher?.chinchilla.flops);
  assert.match(campsText(c, f), /Chinchilla 70B \(1\.4T tokens, 20 per parameter\)/);
  assert.match(campsText(c, f), /Llama 2 7B \(2T tokens, 290 per parameter\)/);
  assert.match(approachesText(c, f), /Kaplan et al\.'s 0\.73 lies outside both intervals\.$/);
});

Deno.test("hindsight neglect: the bet's expected value and the two tasks", async () => {
  const bet = hindsightBet(await loadHindsightExample());
  // 0.06 × 5 − 0.94 × 50 = 0.3 − 47 = −46.7
  assert.ok(Math.abs(bet.expectedValue + 46.7) < 1e-9);
  assert.match(hindsightText(bet, f), /= −\$46\.7, so the right answer is N\./);
  assert.match(hindsightText(bet, f), /\(a win, which points to Y\)/);
});

Deno.test("prompt callouts: blockquotes of the chain-of-thought paper's Figure 1, cited", async () => {
  const cot = await loadCotExample();
  for (const md of [fewShotCallout(cot, f), cotCallout(cot, f)]) {
    // Every line inside the quote; the citation links to the arXiv abstract page.
    assert.ok(md.split("\n").every((line) => line.startsWith(">")));
    assert.ok(md.includes("[Wei et al. 2022](https://arxiv.org/abs/2201.11903)"));
    assert.ok(md.includes("Roger has 5 tennis balls"));
  }
  // Figure 1: standard prompting answers 27 (wrong), chain of thought 9 (right).
  assert.match(fewShotCallout(cot, f), /The answer is 27\\\._ \(wrong: the answer is 9\)\.$/);
  assert.match(cotCallout(cot, f), /The answer is 9\\\._ \(right\)\.$/);
});
