/**
 * Issue 14's sentence functions for chapters 1 and 4, fed the real results and contrary numbers:
 * each count, direction and membership changes its wording when the numbers do.
 */
import assert from "./_assert.ts";
import {
  bendSentence,
  beyondFitted,
  computeAllocation,
  formatter,
  HOFFMANN_2022,
  inferenceRangeSentence,
  kaplanLaws,
  kaplanRangeSentence,
  kaplanTitle,
  loadPythiaEvals,
  pythiaScaling,
  pythiaTasksSentence,
  rangeCell,
  ratioSentence,
  runsTitle,
  threeAnswersSentence,
} from "../lib/mod.ts";

const f = formatter("en");
const FITTED = {
  params: { lower: 5.73e7, upper: 1.62e10 },
  tokens: { lower: 8.19e8, upper: 3.18e11 },
  flops: { lower: 1.4e18, upper: 1.3e22 },
};

Deno.test("kaplanTitle and kaplanRangeSentence: directions and the fitted range follow the numbers", () => {
  const k = kaplanLaws();
  assert.equal(
    kaplanTitle(k, f),
    "Loss falls as a straight line on log–log axes with parameters, data and compute",
  );
  const none = { exponents: { params: -0.1, tokens: 0, compute: -0.2 } };
  assert.equal(kaplanTitle(none, f), "Loss does not fall with parameters, data and compute");
  // The chapter's grid reaches 10¹² parameters and 10¹³ tokens, past 1.5B and 23B.
  assert.match(
    kaplanRangeSentence(k, f),
    /768 to 1\.5B non-embedding parameters and 22M to 23B tokens\. L\(N\) is drawn out to 1T parameters, past the fitted range; L\(D\) out to 10T tokens, past it too — those stretches are extrapolations/,
  );
  const inside = { rows: k.rows.filter((r) => r.law === "params" ? r.x <= 1e9 : r.x <= 1e10) };
  assert.match(
    kaplanRangeSentence(inside, f),
    /L\(N\) stays within the fitted range; L\(D\) stays within it\.$/,
  );
});

Deno.test("runsTitle: 'every data budget' only when loss falls with size in every group", () => {
  const run = (decade: number, params: number, loss: number) => ({ decade, params, loss });
  const flat = { residualTrend: { slope: 0.001, standardError: 0.002 } };
  const down = [run(9, 1e8, 3), run(9, 1e9, 2.8), run(10, 1e8, 2.9), run(10, 1e9, 2.7)];
  assert.equal(
    runsTitle({ ...flat, runs: down }, f),
    "Loss falls with model size at every data budget, and the fitted law follows it",
  );
  const mixed = [...down, run(11, 1e8, 2.5), run(11, 1e9, 2.6)];
  const drift = { residualTrend: { slope: 0.01, standardError: 0.002 } };
  assert.equal(
    runsTitle({ ...drift, runs: mixed }, f),
    "Loss falls with model size at 2 of 3 data budgets, but the fitted law drifts from it with size",
  );
  // One size only: no direction, the group is not counted.
  assert.match(runsTitle({ ...flat, runs: [...down, run(8, 1e8, 3.2)] }, f), /every data budget/);
});

Deno.test("Pythia: tasks counted and named; the bend reading follows the verdicts", async () => {
  const p = pythiaScaling(await loadPythiaEvals());
  assert.equal(
    pythiaTasksSentence(p, f),
    "We take the final checkpoint (300B training tokens) of each of the 8 sizes, from 70.4M to " +
      "11.8B parameters, on 6 tasks: LAMBADA, SciQ, PIQA, ARC-Easy, ARC-Challenge and WinoGrande.",
  );
  // The real table: 2 on trend, 3 up, 1 down (tests/analyze_scaling_laws_test.ts).
  assert.equal(
    bendSentence(p, f),
    "On 2 of the 6 tasks the largest model lies within two standard errors of the power law " +
      "fitted to the smaller half: LAMBADA, SciQ and WinoGrande bend up (better than the trend); " +
      "PIQA bends down (worse than the trend). Benchmark accuracy does not simply inherit the " +
      "smoothness of the loss here.",
  );
  const s = (task: string, verdict: "on_trend" | "accelerates" | "saturates") => ({
    task,
    verdict,
  });
  const most = {
    threshold: 3,
    scaling: [s("a", "on_trend"), s("b", "on_trend"), s("c", "on_trend"), s("d", "saturates")],
  };
  assert.match(bendSentence(most, f), /^On 3 of the 4 tasks .* three standard errors/);
  assert.match(bendSentence(most, f), /d bends down .* Most tasks inherit the smoothness/);
  const half = { threshold: 2, scaling: [s("a", "on_trend"), s("b", "accelerates")] };
  assert.match(bendSentence(half, f), /does not simply inherit/); // "most" only above half
  const all = {
    threshold: 2,
    scaling: [s("a", "on_trend"), s("b", "on_trend"), s("c", "on_trend")],
  };
  assert.match(bendSentence(all, f), /^On all 3 tasks .* inherits the smoothness of the loss\.$/);
});

Deno.test("extrapolation: plans and sweep points beyond the fitted runs are counted and marked", () => {
  assert.deepEqual(beyondFitted({ params: 7.3e10, tokens: 1.3e12 }, FITTED), ["N", "D"]);
  assert.deepEqual(beyondFitted({ params: 1e10, tokens: 1e12 }, FITTED), ["D"]);
  assert.deepEqual(beyondFitted({ params: 1e7, tokens: 1e10 }, FITTED), ["N"]); // below counts too
  assert.equal(rangeCell({ params: 1e9, tokens: 1e10 }, FITTED, f), "within");
  assert.equal(rangeCell({ params: 1e9, tokens: 1e10 }, undefined, f), "—");
  const plan = (params: number, tokens: number) => ({ params, tokens });
  const r = (plans: { params: number; tokens: number }[], sweep: { params: number }[]) => ({
    fitted: FITTED,
    inference: { plans, sweep },
  });
  assert.match(
    inferenceRangeSentence(r([plan(7e10, 1e12), plan(3e10, 4e12)], [plan(3e10, 0)]), f),
    /All 2 plans in the table and all 1 points of the chart below need a larger model/,
  );
  assert.match(
    inferenceRangeSentence(r([plan(1e9, 1e10), plan(3e10, 4e12)], [plan(1e9, 0)]), f),
    /1 of the 2 plans in the table and none of the 1 points/,
  );
  const inside = inferenceRangeSentence(r([plan(1e9, 1e10)], [plan(1e9, 0)]), f);
  assert.match(inside, /need no larger model or more data than any fitted run\.$/);
  assert.equal(inferenceRangeSentence({ ...r([], []), fitted: undefined }, f), "");
});

Deno.test("ratioSentence: the printed law's direction and Table 3's range are computed", () => {
  // numpy: a = 0.28/0.62, ratio(C) = G⁻² (C/6)^(b−a); 25.67 at 1e18 and 190.7 at 1e27.
  const text = ratioSentence({ fitted: FITTED, table3: [{ ratio: 20.1 }, { ratio: 22.4 }] }, f);
  assert.match(text, /printed law it grows with compute, from 25\.7 at 10¹⁸ to 191 at 10²⁷ FLOP/);
  assert.match(text, /Table 3 \(Approach 1\) keeps it between 20\.1 and 22\.4\./);
  assert.match(
    text,
    /95% bootstrap percentile interval; the shaded stretch .*1\.4×10¹⁸ to 1\.3×10²² FLOP/,
  );
  assert.doesNotMatch(ratioSentence({ fitted: undefined, table3: [] }, f), /shaded|Table 3/);
});

Deno.test("threeAnswersSentence: 'mis-reported' only when the printed fit differs from the refit", () => {
  const boot = {
    resamples: 10,
    converged: 10,
    intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) as Record<
      string,
      { lower: number; upper: number }
    >,
  };
  const r = computeAllocation(HOFFMANN_2022, boot, { models: [], table3: [] });
  const text = threeAnswersSentence(r, f);
  assert.match(text, /Pearce & Song 2024 .*arXiv:2406\.12907.* non-embedding parameters/);
  assert.match(text, /Porian et al\. 2024 .*arXiv:2406\.19146.* last layer's FLOPs/);
  assert.match(text, /\$a = 0\.45\$\) was mis-reported, and their refit gives \$a = 0\.51\$/);
  const agreeing = { ...r, exponents: { ...r.exponents, printedLaw: r.exponents.besiroglu } };
  assert.match(threeAnswersSentence(agreeing, f), /\$a = 0\.51\$\) holds up, and their refit/);
});

Deno.test("flopsBasisSentence: the models whose reported FLOPs differ from 6ND, from the data", async () => {
  const { loadTrainedModels, placeModels, BESIROGLU_2024_GRID, flopsBasisSentence } = await import(
    "../lib/mod.ts"
  );
  const models = await loadTrainedModels();
  // LaMDA: Thoppilan et al. 2022 report 3.55e23 FLOPs; 6 × 137e9 × 168e9 = 1.381e23 (Hoffmann's tokens).
  const lamda = models.find((m) => m.model === "LaMDA 137B")!;
  assert.equal(lamda.flops, 3.55e23);
  assert.equal(lamda.flopsReported, true);
  const placed = placeModels(BESIROGLU_2024_GRID, models);
  assert.deepEqual(placed.reportedFlops.map((m) => m.model), [
    "LaMDA 137B",
    "OPT-175B",
    "Gopher 280B",
  ]);
  const text = flopsBasisSentence({ models: placed }, f);
  assert.match(text, /LaMDA 137B \(3\.55×10²³ reported, 1\.38×10²³ as 6ND\)/);
  const close = placeModels(BESIROGLU_2024_GRID, models.filter((m) => m.model.startsWith("GPT-3")));
  assert.match(flopsBasisSentence({ models: close }, f), /no source reports a count more than 10%/);
});

Deno.test("Gopher vs Chinchilla: 'wins' only when the bootstrap interval of the gap excludes zero", async () => {
  const { placeModels, placementsSentence, lossGapInterval } = await import("../lib/mod.ts");
  const model = (name: string, params: number, tokens: number) => ({
    model: name,
    organization: "",
    year: 2022,
    params,
    tokens,
    flops: 6 * params * tokens,
    flopsReported: false,
    source: "",
  });
  const models = [model("Gopher 280B", 280e9, 300e9), model("Chinchilla 70B", 70e9, 1.4e12)];
  const law = { E: 1.82, A: 482, B: 2085, alpha: 0.348, beta: 0.367 };
  const same = (x: number) => [x, x, x, x];
  // Every resample is the law itself: the gap's interval is the point estimate, above zero.
  const sure = {
    E: same(law.E),
    A: same(law.A),
    B: same(law.B),
    alpha: same(law.alpha),
    beta: same(law.beta),
  };
  const placed = placeModels(law, models, sure);
  const gap = placed.gopherVsChinchilla!.lossGap!;
  assert.ok(gap.lower > 0 && Math.abs(gap.lower - gap.estimate) < 1e-12);
  const r = { models: placed } as Parameters<typeof placementsSentence>[0];
  assert.match(
    placementsSentence(r, f),
    /the smaller model wins \(gap 0\.0\d\d, 95% bootstrap percentile interval/,
  );
  // Resamples on both sides of zero: the second has a huge parameter term and no data term, so
  // the larger model (Gopher) is predicted better there.
  const torn = {
    E: [1.8, 1.8, 1.8],
    A: [482, 482, 5000],
    B: [2085, 2085, 1],
    alpha: [0.348, 0.348, 0.3],
    beta: [0.367, 0.367, 0.3],
  };
  const interval = lossGapInterval(torn, models[0]!, models[1]!)!;
  assert.ok(interval.lower < 0 && interval.upper > 0, JSON.stringify(interval));
  const open = { models: placeModels(law, models, torn) } as Parameters<
    typeof placementsSentence
  >[0];
  assert.match(placementsSentence(open, f), /includes zero: our law cannot tell them apart\./);
  assert.doesNotMatch(placementsSentence(open, f), /wins/);
});
