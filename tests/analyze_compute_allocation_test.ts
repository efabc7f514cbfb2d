/**
 * Chapter 4's analysis (lib/analyze/compute_allocation.ts and friends) and its sentences:
 * closed-form values computed with numpy, the real runs and models (every tokens-per-parameter
 * ratio computed from N and D), and every sentence fed contrary numbers.
 */
import assert from "./_assert.ts";
import {
  ALLOCATION_BUDGETS,
  allocationSummary,
  analyzeComputeAllocation,
  BESIROGLU_2024_GRID,
  type ComputeAllocation,
  computeAllocation,
  exponentsSentence,
  formatter,
  frontierTitle,
  HOFFMANN_2022,
  inferenceSentence,
  llamaSentence,
  loadChinchillaRuns,
  loadChinchillaTable3,
  loadTrainedModels,
  placementsSentence,
  ratioTitle,
  sweepTitle,
  threeAnswersSentence,
  type TrainedModel,
} from "../lib/mod.ts";

const f = formatter("en");
const close = (actual: number, expected: number, tol = 1e-12) =>
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${actual} ≠ ${expected}`,
  );

const model = (name: string, year: number, params: number, tokens: number): TrainedModel => ({
  model: name,
  organization: "",
  year,
  params,
  tokens,
  flops: 6 * params * tokens,
  flopsReported: false,
  source: "",
});
const MODELS = [
  model("Gopher 280B", 2021, 280e9, 300e9),
  model("Chinchilla 70B", 2022, 70e9, 1.4e12),
  model("LLaMA 7B", 2023, 6.7e9, 1e12),
];
/** A bootstrap whose every interval is [lower, upper]. */
const fakeBoot = (lower: number, upper: number, converged = 100) => ({
  resamples: 100,
  converged,
  intervals: new Proxy({}, { get: () => ({ lower, upper }) }) as Record<
    string,
    { lower: number; upper: number }
  >,
});

Deno.test("computeAllocation under Hoffmann et al.'s printed law matches the closed form (numpy)", () => {
  const r = computeAllocation(HOFFMANN_2022, fakeBoot(0.4, 0.6), { models: MODELS, table3: [] });
  // numpy: G = (αA/(βB))^(1/(α+β)); N = G(C/6)^(β/(α+β)); D = (C/6)^(α/(α+β))/G at C = 5.76e23
  close(r.optimum.params, 32189859151.368168, 1e-12);
  close(r.optimum.tokens, 2982305686662.796, 1e-12);
  close(r.optimum.tokensPerParam, 92.64736675730495, 1e-12);
  close(r.optimum.loss, 1.930748101731648, 1e-12);
  close(r.optimum.a, 0.28 / (0.34 + 0.28));
  assert.equal(r.frontier.length, 25);
  assert.equal(r.frontier[0]!.flops, 1e18);
  close(r.frontier.at(-1)!.flops, 1e27);
  assert.equal(r.inference.target, r.optimum.loss);
  assert.deepEqual(r.inference.plans.map((p) => p.inferenceTokens), [
    0,
    1e10,
    1e11,
    1e12,
    1e13,
    1e14,
  ]);
  assert.equal(r.inference.heavy.inferenceTokens, 1e13);
  close(r.inference.heavy.savingsPct, 100 * r.inference.heavy.savings);
  assert.throws(
    () =>
      computeAllocation(HOFFMANN_2022, { resamples: 1, converged: 1, intervals: {} }, {
        models: [],
        table3: [],
      }),
    /computeAllocation: the bootstrap has no interval "tokensPerParam@1000000000000000000"/,
  );
});

Deno.test("real models: every D/N is computed from N and D (LLaMA 7B 149, Chinchilla 20)", async () => {
  const models = await loadTrainedModels();
  const r = computeAllocation(BESIROGLU_2024_GRID, fakeBoot(0.4, 0.6), { models, table3: [] });
  assert.equal(r.models.placements.length, models.length);
  for (const p of r.models.placements) {
    const m = models.find((x) => x.model === p.model)!;
    assert.equal(p.tokensPerParam, m.tokens / m.params, p.model);
    assert.equal(p.flops, 6 * m.params * m.tokens, p.model);
  }
  // 1.0T / 6.7B = 149.25… (Touvron et al. 2023, Table 2), not "about 140"
  close(r.models.llama!.tokensPerParam, 149.2537313432836);
  assert.equal(r.models.chinchilla!.tokensPerParam, 20);
  assert.match(
    llamaSentence(r, f),
    /LLaMA 7B has 6\.7B parameters and was trained on 1T tokens, 149 tokens per parameter\./,
  );
  const sorted = r.models.placements.map((p) => p.flops);
  assert.deepEqual(sorted, [...sorted].sort((a, b) => a - b));
  const verdicts = Object.values(r.models.verdicts).flat();
  assert.equal(verdicts.length, models.length);
});

Deno.test("analyzeComputeAllocation on the 240 runs: Besiroglu's grid fit, the band holds the line", async () => {
  const data = {
    runs: await loadChinchillaRuns(),
    models: await loadTrainedModels(),
    table3: await loadChinchillaTable3(),
  };
  const r = await analyzeComputeAllocation(data, { resamples: 40 });
  close(r.law.alpha, BESIROGLU_2024_GRID.alpha, 1e-3);
  close(r.law.beta, BESIROGLU_2024_GRID.beta, 1e-3);
  // a = β/(α+β) = 0.3672/(0.3473+0.3672) = 0.51393 from Besiroglu et al.'s Table 1
  close(r.optimum.a, 0.5139258222533241, 1e-3);
  assert.equal(r.bootstrap.resamples, 40);
  for (const row of [...r.frontier, ...r.ratios]) {
    assert.ok(row.lower <= row.upper, `band at ${row.flops}`);
  }
  assert.ok(r.ratioBand.lower <= r.ratioRange.lower && r.ratioRange.upper <= r.ratioBand.upper);
  assert.deepEqual(r.underTrainedYears, { lower: 2020, upper: 2022 });
  assert.equal(r.table3.length, 9);
  r.table3.forEach((row, i) => close(row.ratio, data.table3[i]!.tokens / data.table3[i]!.params));
  assert.match(
    ratioTitle(r, f),
    /^Compute-optimal training uses 15–26 tokens per parameter from 10¹⁸ to 10²⁷ FLOP \(95% band [\d.]+–[\d.]+\)$/,
  );
  assert.match(
    frontierTitle(r, f),
    /^The compute-optimal model grows as C\^0\.51: the big models of 2020–2022 sit above the line$/,
  );
  await assert.rejects(
    () => analyzeComputeAllocation(data, { resamples: 0 }),
    /resamples must be a positive integer, got 0/,
  );
});

/** A result with some fields replaced. */
const withParts = (r: ComputeAllocation, parts: Partial<ComputeAllocation>): ComputeAllocation => ({
  ...r,
  ...parts,
});

Deno.test("exponent sentences: direction, convergence and agreement follow the numbers", () => {
  const law = { E: 1.69, A: 400, B: 400, alpha: 0.35, beta: 0.35 };
  const even = computeAllocation(law, fakeBoot(0.45, 0.55), { models: MODELS, table3: [] });
  assert.match(
    exponentsSentence(even, f),
    /from 100 resamples, all of which converged: parameters and data should grow at about the same rate\./,
  );
  const skewed = computeAllocation({ ...law, alpha: 0.2, beta: 0.4 }, fakeBoot(0.6, 0.7, 93), {
    models: MODELS,
    table3: [],
  });
  assert.match(
    exponentsSentence(skewed, f),
    /of which 93 \(93\.0%\) converged: parameters should grow faster than data\./,
  );
  const dataFirst = computeAllocation({ ...law, alpha: 0.4, beta: 0.2 }, fakeBoot(0.3, 0.4), {
    models: [],
    table3: [],
  });
  assert.match(
    exponentsSentence(dataFirst, f),
    /converged: data should grow faster than parameters\./,
  );
  assert.match(
    allocationSummary(dataFirst, f),
    /data should grow faster than parameters with compute/,
  );
  assert.match(
    allocationSummary(even, f),
    /parameters and data should grow about equally with compute/,
  );

  assert.match(
    threeAnswersSentence(even, f),
    /in line with the other two methods — as does our refit\.$/,
  );
  const contrary = withParts(skewed, {
    exponents: { ...skewed.exponents, kaplan: 0.4, besiroglu: 0.7 },
  });
  const text = threeAnswersSentence(contrary, f);
  assert.match(text, /found \$a \\approx 0\.4\$: put most of a bigger budget into data\./);
  assert.match(
    text,
    /unlike the other two methods — our refit's interval for a \(0\.6–0\.7\) excludes them\.$/,
  );
  // TeX stays on one line so it renders (issue 14: "$a \approx\n0.5$" was left raw).
  for (const span of text.match(/\$[^$]*\$/g)!) assert.ok(!span.includes("\n"), span);
});

Deno.test("frontier and sweep titles: years and rises follow the data", () => {
  const none = computeAllocation(HOFFMANN_2022, fakeBoot(0.4, 0.6), {
    models: [model("LLaMA 7B", 2023, 6.7e9, 1e12)],
    table3: [],
  });
  assert.match(frontierTitle(none, f), /: no model in the table sits above the line$/);
  const one = computeAllocation(HOFFMANN_2022, fakeBoot(0.4, 0.6), {
    models: [model("Gopher 280B", 2021, 280e9, 300e9)],
    table3: [],
  });
  assert.match(frontierTitle(one, f), /: the big models of 2021 sit above the line$/);
  assert.match(sweepTitle(one, f), /^The more a model will be used/);
  const falling = withParts(one, {
    inference: {
      ...one.inference,
      sweep: [{ inferenceTokens: 1, ratio: 30, params: 1 }, {
        inferenceTokens: 2,
        ratio: 20,
        params: 1,
      }],
    },
  });
  assert.equal(
    sweepTitle(falling, f),
    "Optimal training tokens per parameter against a model's expected use",
  );
  assert.equal(ALLOCATION_BUDGETS.length, 25);
});

Deno.test("placement and inference sentences: compute, winner, counts and savings follow the numbers", () => {
  const r = computeAllocation(BESIROGLU_2024_GRID, fakeBoot(0.4, 0.6), {
    models: MODELS,
    table3: [],
  });
  const text = placementsSentence(r, f);
  assert.match(
    text,
    /Both were trained with about the same compute \(5\.04×10²³ vs 5\.88×10²³ FLOP as 6ND\)/,
  );
  assert.match(text, /Chinchilla is 4× smaller and saw 4\.7× more tokens/);
  assert.match(text, /the smaller model wins, as it did on almost every benchmark/);
  const pair = r.models.gopherVsChinchilla!;
  const flipped = withParts(r, {
    models: {
      ...r.models,
      gopherVsChinchilla: {
        ...pair,
        gopher: { ...pair.gopher, flops: 2e24, predictedLoss: 1.5 },
      },
      verdicts: { "under-trained": [], "compute-optimal": [], "over-trained": ["LLaMA 7B"] },
    },
  });
  const contrary = placementsSentence(flipped, f);
  assert.match(contrary, /They were trained with different compute/);
  assert.match(contrary, /the larger model wins by our law\./);
  assert.match(
    contrary,
    /Under-trained by our law: none\.\nNear compute-optimal: none\.\nOver-trained: LLaMA 7B\.$/,
  );

  assert.match(
    inferenceSentence(r, f),
    /it costs more to train but saves \d+% of the total compute\. With no inference at all, the two plans coincide\./,
  );
  assert.match(inferenceSentence(r, f), /LLaMA 7B saw 1T tokens, 149 per parameter/);
  const heavy = r.inference.heavy;
  const odd = withParts(r, {
    inference: {
      ...r.inference,
      heavy: { ...heavy, trainingFlops: heavy.chinchilla.trainingFlops / 2 },
      none: { ...r.inference.none, savings: 0.1 },
    },
    models: { ...r.models, llama: undefined },
  });
  assert.match(inferenceSentence(odd, f), /costs less to train and saves/);
  assert.match(
    inferenceSentence(odd, f),
    /the two plans differ\. That is the case for LLaMA-style over-training: the training/,
  );
  assert.equal(llamaSentence(odd, f), "That is what LLaMA did (Touvron et al. 2023).");

  const under = r.models.verdicts["under-trained"].length;
  assert.match(
    allocationSummary(r, f),
    new RegExp(`; ${under} of 3 real models ${under === 1 ? "was" : "were"} too large`),
  );
  const single = withParts(r, {
    models: { ...r.models, verdicts: { ...r.models.verdicts, "under-trained": ["Gopher 280B"] } },
  });
  assert.match(allocationSummary(single, f), /; 1 of 3 real models was too large for their data/);
});
