/**
 * lib/analyze for chapter 2 (emergence): hand-computed values on small inputs, the sentence
 * functions fed contrary numbers, and the facts the page states checked on the real data.
 */
import assert from "./_assert.ts";
import {
  censusExemplars,
  censusPanels,
  censusText,
  censusTitle,
  classifyCurve,
  cotByScale,
  cotText,
  cotTitle,
  emergenceCensus,
  emergenceScales,
  emergenceSummary,
  emergentRobustness,
  exemplarDescription,
  exemplarTitle,
  formatter,
  iclByScale,
  iclText,
  iclTitle,
  knowledgeText,
  loadBigBenchCurves,
  loadPaperScores,
  loadPublishedEmergence,
  loadPythiaEvals,
  metricCheck,
  metricText,
  mirageToy,
  mmluByScale,
  mmluText,
  mmluTitle,
  type PaperScore,
  poolingText,
  type PythiaEval,
  scaleRange,
  scalesText,
  thresholdPlaces,
  thresholdTableRows,
} from "../lib/mod.ts";

const f = formatter("en");

/** A classified row as censusExemplars / thresholdTableRows read it (hand-made, no classifier). */
function row(task: string, shape: string, scores: number[], chance = 0.25) {
  return {
    task,
    shape,
    confidence: 0.9,
    breakthroughness: 1,
    linearity: 2,
    curve: { chance, points: scores.map((score, i) => ({ scale: 10 ** (8 + i), score })) },
  };
}

Deno.test("scaleRange: median is the mean of the middle two for even n (R type 7)", () => {
  // [4e9, 68e9, 73.4e9, 137e9]: (68 + 73.4)/2 = 70.7 (hand-computed).
  assert.deepEqual(scaleRange([68e9, 137e9, 4e9, 73.4e9]), {
    count: 4,
    min: 4e9,
    max: 137e9,
    median: 70.7e9,
  });
  assert.equal(scaleRange([5, 1, 3]).median, 3);
  assert.throws(() => scaleRange([]), /values is empty/);
  assert.throws(() => scaleRange([1, NaN]), /finite, got NaN/);
});

Deno.test("emergenceCensus: an empty list is refused", () => {
  assert.throws(() => emergenceCensus([]), /emergenceCensus: curves is empty/);
});

Deno.test("censusExemplars: widest spread for jump and climb, narrowest for flat", () => {
  const rows = [
    row("e_small", "emergent", [0.25, 0.25, 0.4]), // spread 0.15
    row("e_wide", "emergent", [0.25, 0.25, 0.85]), // spread 0.60: picked
    row("s_wide", "smooth", [0.3, 0.5, 0.7]), // spread 0.40: picked
    row("f_wide", "flat", [0.25, 0.3, 0.25]), // spread 0.05
    row("f_narrow", "flat", [0.25, 0.26, 0.25]), // spread 0.01: picked
  ];
  const ex = censusExemplars({ rows } as never);
  assert.deepEqual(ex.picks.map((p) => [p.role, p.row.task]), [
    ["jump", "e_wide"],
    ["climb", "s_wide"],
    ["flat", "f_narrow"],
  ]);
  // (0.85 − 0.25)/(1 − 0.25) = 0.8 (hand-computed)
  assert.ok(Math.abs(ex.rows[2]!.normalized - 0.8) < 1e-12);
  assert.equal(ex.rows[0]!.curve, "e wide (emergent)");
  assert.equal(
    exemplarTitle(ex, f),
    "Three BIG-bench tasks, three shapes: a jump, a steady climb, nothing",
  );
  // Only a flat curve: the title and the description say so.
  const flatOnly = censusExemplars({ rows: [rows[3]] } as never);
  assert.equal(exemplarTitle(flatOnly, f), "One BIG-bench task, one shape: nothing");
  assert.match(exemplarDescription(flatOnly, f), /the flat task with the narrowest range/);
  assert.doesNotMatch(exemplarDescription(flatOnly, f), /widest/);
});

Deno.test("thresholdTableRows: a point with its interval inside the data, a bound at the edge", () => {
  const scores = [0.25, 0.25, 0.26, 0.6, 0.9];
  const rows = [row("a", "emergent", scores), row("b", "flat", [0.25, 0.25, 0.25])].map((r) => ({
    ...r,
    result: { evidence: { noise: { sigma: 0.02 } } },
    curve: { ...r.curve, higherIsBetter: true },
  }));
  const threshold = { estimate: 70.7e9, interval: [31.2e9, 134e9] };
  const census = { rows, thresholds: [{ row: rows[0], threshold }] } as never;
  const [a, b] = thresholdTableRows(census, f);
  // scales 100M…1T: 70.7B lies inside (below the second largest, 100B).
  assert.equal(a!.thresholdText, "70.7B (31.2B–134B)");
  // 0.6 and 0.9 exceed chance 0.25 by more than 2 × 0.02.
  assert.equal(a!.aboveText, "2 of 5");
  assert.equal(b!.thresholdText, "");
  assert.equal(b!.aboveText, "");
  // The same threshold between the two largest sizes is a bound, not a point.
  const late = { estimate: 500e9, interval: [200e9, 900e9] };
  const [c] = thresholdTableRows(
    { rows, thresholds: [{ row: rows[0], threshold: late }] } as never,
    f,
  );
  assert.equal(c!.thresholdText, "between 100B and 1T — only the largest size is past it");
});

Deno.test("emergenceScales: ranges, medians, examples; contrast must exist", () => {
  const published = [
    { ability: "Add (3 digit)", params: 13e9, flops: 2.3e22, model: "GPT-3" },
    { ability: "Many tasks", model: "various" },
    { ability: "Word in Context (WiC)", params: 540e9, flops: 2.5e24, model: "PaLM" },
  ].map((r) => ({ setting: "few-shot", source: "s", ...r }));
  const census = {
    thresholds: [1e9, 4e9].map((estimate) => ({ threshold: { estimate } })),
    unpinned: [],
  } as never;
  const scales = emergenceScales(published, census);
  assert.equal(scales.params.median, (13e9 + 540e9) / 2);
  assert.equal(scales.ours.median, 2.5e9);
  assert.deepEqual(scales.examples.map((e) => e.model), ["GPT-3", "PaLM"]);
  assert.throws(() => emergenceScales(published, census, { contrast: "Nope" }), /contrast "Nope"/);
  // Medians 2.5B and 276.5B are more than a decade apart: the sentence must not say they agree.
  const placesOf = (inside: number[], median: number) => ({
    total: inside.length,
    atLastSize: 0,
    beyond: 0,
    inside,
    median: { low: median, high: median },
    secondLargest: 29e9,
    largest: 137e9,
  });
  const text = scalesText(scales, f, placesOf([1e9, 4e9], 2.5e9));
  assert.match(text, /differ by more than an order of magnitude/);
  assert.match(text, /The median threshold is \*\*2.5B\*\*/);
  assert.match(text, /from 2.3×10²² to 2.5×10²⁴ training FLOPs/);
  // 276.5B against a median of 100B: outside, but within an order of magnitude (log10 2.765 < 1).
  assert.match(
    scalesText(scales, f, placesOf([100e9], 100e9)),
    /the published median, 277B, is within an order of magnitude of ours, but not on it/,
  );
  // No claim about "different sizes than GPT-3 or PaLM" that the numbers do not support.
  assert.doesNotMatch(text, /reach the same ability at different sizes/);
});

Deno.test("census sentences: counts, all/none, unpinned tasks", () => {
  const census = {
    rows: Array(35),
    emergent: 11,
    unpinned: ["a_b", "c"],
    counts: [{ shape: "emergent", count: 11 }, { shape: "flat", count: 24 }],
    sizes: { count: 12, smallest: 2.1e6, largest: 137e9 },
  } as never;
  assert.equal(
    censusText(census, f),
    "Of 35 BIG-G tasks (12 sizes, 2.1M to 137B non-embedding parameters): **11 emergent**, " +
      "**24 flat**. For a b and c the rise is too close to the noise to place a threshold inside the data.",
  );
  assert.doesNotMatch(censusText({ ...census as object, unpinned: [] } as never, f), /noise/);
  assert.equal(censusTitle(census, f), "11 of 35 BIG-bench tasks stay near chance and then jump");
  assert.match(censusTitle({ rows: Array(3), emergent: 3 } as never, f), /^All 3 /);
  assert.match(censusTitle({ rows: Array(3), emergent: 0 } as never, f), /^None of the 3 /);
});

/** Pythia-like evaluations: gains (5-shot − 0-shot) per task at two sizes, stderr 0.01 each. */
function evals(gains: Record<string, [number, number]>): PythiaEval[] {
  return Object.entries(gains).flatMap(([task, pair]) =>
    pair.flatMap((gain, i) =>
      [0, 5].map((shots) => ({
        model: `m${i}`,
        params: [70e6, 12e9][i]!,
        step: 143000,
        tokens: 3e11,
        shots,
        task,
        metric: "acc",
        value: 0.5 + (shots === 5 ? gain : 0),
        stderr: 0.01,
        line: 0,
      }))
    )
  );
}

Deno.test("iclByScale and its sentences: 'most' only above half, losers named", () => {
  // Change in SE: (large − small)/√(4 · 0.01²) = (large − small)/0.02 (hand-computed).
  const data = evals({ a: [0, 0.1], b: [0, 0.01], c: [-0.06, -0.01], d: [0, 0] });
  const icl = iclByScale(data, ["a", "b", "c", "d"]);
  assert.deepEqual(icl.byTask.map((t) => Math.round(t.change * 100) / 100), [5, 0.5, 2.5, 0]);
  assert.deepEqual(icl.grows.map((t) => t.task), ["a", "c"]);
  assert.deepEqual(icl.losesAtLargest, ["c"]);
  // 2 of 4 is not "most".
  assert.equal(
    iclTitle(icl, f),
    "The gain from five in-context examples grows with Pythia size on 2 of 4 tasks",
  );
  const text = iclText(icl, f);
  // Each gain quotes its standard error: √(0.01² + 0.01²) = 0.0141 (hand-computed).
  assert.match(
    text,
    /on 2 of 4 tasks \(a: 0 ± 0.014 → 0.1 ± 0.014; c: −0.06 ± 0.014 → −0.01 ± 0.014; ± one standard error, conservative\)\./,
  );
  assert.match(
    text,
    /c still loses accuracy with examples at 12B\. A step between neighbouring sizes raises the gain by more than two standard errors on 2 of 4 tasks/,
  );
  // With two sizes, a rise of more than 2 SE is one step: the text must not call it gradual there.
  assert.match(text, /on the other 2 the gain changes gradually within Pythia's range \(70M–12B\)/);
  assert.doesNotMatch(text, /not as a sudden switch/);
  assert.doesNotMatch(text, /LAMBADA/);
  // Contrary: 3 of 4 grow → "most"; nobody loses → "No task still loses".
  const more = iclByScale(evals({ a: [0, 0.1], b: [0, 0.1], c: [0, 0.1], d: [0, 0] }), [
    "a",
    "b",
    "c",
    "d",
  ]);
  assert.match(iclTitle(more, f), /grows with Pythia size on most tasks$/);
  assert.match(iclText(more, f), /No task still loses/);
  assert.throws(() => iclByScale(data, []), /tasks is empty/);
  assert.throws(() => iclByScale(data, ["a"], { z: 0 }), /z must be/);
  assert.throws(() => iclByScale(data, ["zz"]), /no evaluations of task "zz"/);
});

/** CoT table rows: [family, params, standard, chain_of_thought] for one benchmark. */
function cotRows(rows: [string, number, number, number][]): PaperScore[] {
  return rows.flatMap(([family, params, standard, cot]) =>
    ([["standard", standard], ["chain_of_thought", cot]] as const).map(([prompting, value]) => ({
      benchmark: "GSM8K",
      family,
      model: `${family}-${params}`,
      params,
      prompting,
      value,
      source: "s",
      table: "T2",
    }))
  );
}

Deno.test("cotByScale and its sentences: effects at the ends, 'only' only when all pairs", () => {
  const scores = cotRows([
    ["A", 1e9, 5, 4], // −1 at the smallest
    ["A", 8e9, 10, 30], // +20 at the largest
    ["B (API)", 1e9, 5, 7], // +2 at the smallest: CoT helps the small model here
    ["B (API)", 9e9, 20, 23], // +3
  ]);
  const cot = cotByScale(scores, ["A", "B (API)"], ["GSM8K"]);
  assert.deepEqual(cot.effects.map((e) => [e.smallest, e.largest]), [[-1, 20], [2, 3]]);
  assert.equal(cot.rows[4]!.panel, "GSM8K · B"); // rows 0–3 are family A
  assert.equal(cot.hurtsSmall, 1);
  // Half the pairs fail the smallest model: neither "only" nor "mostly".
  assert.equal(
    cotTitle(cot, f),
    "Chain-of-thought prompting at the smallest and the largest models",
  );
  assert.equal(
    cotText(cot, f),
    "Chain of thought does not help (or hurts) the smallest model in 1 of 2 benchmark × family " +
      "pairs, and helps the largest in 2, by 3 to 20 percentage points.",
  );
  const all = cotByScale(scores, ["A"], ["GSM8K"]);
  assert.equal(cotTitle(all, f), "Chain-of-thought prompting pays off only for the largest models");
  const none = cotByScale(cotRows([["A", 1e9, 5, 4], ["A", 8e9, 10, 9]]), ["A"], ["GSM8K"]);
  assert.match(cotText(none, f), /helps the largest in none\.$/);
  assert.throws(() => cotByScale(scores, ["C"], ["GSM8K"]), /no scores for GSM8K × C/);
  assert.throws(
    () => cotByScale(scores.filter((s) => s.value !== 30), ["A"], ["GSM8K"]),
    /lacks chain_of_thought/,
  );
});

Deno.test("mmluByScale: the largest GPT-3 within the margin of chance", () => {
  const score = (family: string, params: number | undefined, value: number) => ({
    benchmark: "MMLU",
    family,
    model: family,
    value,
    subset: "average",
    source: "s",
    table: "T1",
    ...(params !== undefined ? { params } : {}),
  });
  const scores = [
    score("Random baseline", undefined, 25),
    score("GPT-3", 2.7e9, 25.9),
    score("GPT-3", 13e9, 26.0),
    score("GPT-3", 175e9, 43.9),
  ];
  const mmlu = mmluByScale(scores);
  assert.equal(mmlu.chance, 0.25);
  assert.equal(mmlu.largestAtChance, 13e9);
  assert.equal(mmlu.rows.length, 3);
  assert.match(mmluTitle(mmlu, f), /within 2 points of chance up to 13B parameters/);
  // Contrary: a tighter margin leaves no GPT-3 model at chance.
  assert.match(mmluTitle(mmluByScale(scores, { margin: 0.5 }), f), /no GPT-3 model is within 0.5/);
  assert.throws(() => mmluByScale(scores.slice(1)), /Random baseline/);
});

Deno.test("mirageToy: p, p^L and 1 − edit distance / L", () => {
  const rows = mirageToy({ from: 7, step: 1, points: 2, answerLength: 4 });
  // Toy: L(N) = (N/2e7)^−0.35; at N = 1e7, p = exp(−2^0.35) (hand-computed).
  const p = Math.exp(-(2 ** 0.35));
  assert.ok(Math.abs(rows[0]!.value - p) < 1e-12);
  assert.ok(Math.abs(rows[1]!.value - p ** 4) < 1e-12);
  assert.ok(Math.abs(rows[2]!.value - p) < 1e-12);
  assert.deepEqual(rows.slice(0, 3).map((r) => r.metric), [
    "per-token probability p",
    "exact match p^4",
    "1 − edit distance / 4",
  ]);
});

Deno.test("real data: the census, the medians and the counts the page states", async () => {
  const curves = await loadBigBenchCurves();
  const census = emergenceCensus(curves.filter((c) => c.family === "BIG-G T=0"));
  assert.equal(census.rows.length, 35);
  assert.equal(census.emergent, 11);
  // One definition: every emergent curve's threshold and interval are the classifier's own.
  assert.deepEqual(census.unpinned, []);
  for (const { row, threshold } of census.thresholds) {
    assert.equal(threshold.estimate, row.threshold);
    assert.deepEqual(threshold.interval, row.thresholdInterval);
    assert.equal(
      threshold.estimate,
      classifyCurve(row.curve.points, { chance: row.curve.chance }).threshold,
    );
  }
  assert.equal(census.sizes.count, 12);
  // Every row carries its own curve: no re-join by task name.
  assert.ok(census.rows.every((r) => r.curve.task === r.task && r.curve.family === "BIG-G T=0"));

  const published = await loadPublishedEmergence();
  const scales = emergenceScales(published, census);
  // Independent medians: sort, then the mean of the middle two (even n).
  const mid = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b), n = s.length;
    return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  };
  const ours = census.thresholds.map((t) => t.threshold.estimate);
  assert.equal(ours.length, 11);
  assert.equal(scales.ours.median, mid(ours));
  assert.equal(f.params(scales.ours.median), "46.1B"); // the sixth of eleven
  // Wei et al. Table 1: 22 rows give parameters; numpy.median of them is 68e9, of FLOPs 2.9e23.
  assert.equal(scales.params.count, 22);
  assert.equal(scales.params.median, 68e9);
  assert.equal(scales.flops.median, 2.9e23);

  const icl = iclByScale(await loadPythiaEvals(), [
    "arc_easy",
    "arc_challenge",
    "sciq",
    "piqa",
    "winogrande",
    "lambada_openai",
  ]);
  assert.deepEqual(icl.grows.map((t) => t.task), ["sciq", "lambada_openai"]);
  assert.match(iclTitle(icl, f), /grows with Pythia size on 2 of 6 tasks$/);

  const cot = cotByScale(
    await loadPaperScores("cot"),
    ["LaMDA", "GPT-3 (InstructGPT API)", "PaLM"],
    ["GSM8K", "SVAMP", "MAWPS"],
  );
  assert.equal(cot.hurtsSmall, 7); // PaLM on SVAMP and MAWPS gains at the smallest size
  assert.equal(cot.helpsLarge.length, 9);
  assert.equal(mmluByScale(await loadPaperScores("mmlu")).largestAtChance, 13e9);

  const check = metricCheck(curves, ["GPT-2", "T5", "GPT-J", "Falcon", "LLaMA", "GPT-3"]);
  assert.deepEqual(
    [check.emergentSomewhere.length, check.artefacts.length, check.sameUnderEvery.length],
    [27, 7, 6],
  );
  assert.match(metricText(check, f), /^Of 27 task-and-setting curves .* \*\*7\*\* are smooth/);
  const robustness = emergentRobustness(census.rows);
  const places = thresholdPlaces(census);
  const summary = emergenceSummary(census, scales, check, f, { robustness, places });
  assert.match(summary, /11 of 35 BIG-bench tasks .* \(published emergence scales: median 68B\)/);

  // Thresholds and labels at the edge of the data (hand-checked against the table): 8 of 11 labels
  // change without 137B, two without 2.1M; 7 of 11 thresholds lie between 29B and 137B or at
  // 137B.
  assert.equal(robustness.filter((r) => r.changesWithout.includes("largest")).length, 8);
  assert.deepEqual(
    robustness.filter((r) => r.changesWithout.includes("smallest")).map((r) => r.task),
    ["implicit_relations", "general_knowledge"],
  );
  assert.deepEqual([places.total, places.atLastSize, places.beyond], [11, 6, 1]);
  // The chart marks a bound, not a point, where only 137B is past the threshold (29B–137B band).
  const panels = censusPanels(census, f);
  assert.deepEqual(panels.thresholds["hindu knowledge"], {
    value: 28991404032,
    low: 28991404032,
    high: 137440272384,
    label: "> 29B",
  });
  assert.equal(panels.thresholds["intent recognition"]?.label, undefined);
  const byTask = new Map(robustness.map((r) => [r.task, r]));
  assert.equal(byTask.get("hindu_knowledge")?.withoutLargest, "flat");
  assert.equal(byTask.get("general_knowledge")?.withoutLargest, "smooth");
  assert.equal(byTask.get("intent_recognition")?.fragile, false);
  const knowledge = knowledgeText(robustness, {
    tasks: ["hindu_knowledge", "general_knowledge"],
    metric: "multiple-choice accuracy",
    sizes: census.sizes.count,
    largest: census.sizes.largest,
  }, f);
  assert.match(knowledge, /Neither label survives leaving out the largest size/);

  // Every number the summary states, in order, is the value in the result it came from.
  const numbers = summary.match(/\d+(?:\.\d+)?[MBT]?/g);
  assert.deepEqual(numbers, [
    String(census.emergent),
    String(census.rows.length),
    String(robustness.filter((r) => r.changesWithout.includes("largest")).length),
    String(robustness.length),
    f.params(places.largest),
    String(places.atLastSize + places.beyond),
    String(places.total),
    f.params(places.median.low),
    f.params(places.median.high),
    f.params(scales.params.median),
    String(check.artefacts.length),
    String(check.emergentSomewhere.length),
  ]);
  assert.deepEqual(numbers, [
    "11",
    "35",
    "8",
    "11",
    "137B",
    "7",
    "11",
    "29B",
    "137B",
    "68B",
    "7",
    "27",
  ]);
  // 4 thresholds lie inside the data (2.76B, 3.15B, 5.33B, 13.1B); with 6 between 29B and 137B and
  // one at 137B, the 6th of 11 sorted values is in that gap: the median is bounded by 29B–137B.
  assert.deepEqual(places.inside.map((v) => f.params(v)), ["2.76B", "3.15B", "5.33B", "13.1B"]);
  assert.deepEqual(places.median, { low: 28991404032, high: 137440272384 });
  const scalesSentence = scalesText(scales, f, places);
  assert.match(
    scalesSentence,
    /The median threshold is therefore a bound too: between \*\*29B and 137B\*\*/,
  );
  assert.match(scalesSentence, /the published median, 68B, lies inside our median's bounds/);
  assert.doesNotMatch(scalesSentence, /reach the same ability at different sizes/);

  // Lu et al. families: GPT-J and GPT-3 have one size each, LLaMA three (not "two or three each").
  assert.deepEqual(check.familySizes.map((s) => s.sizes), [2, 2, 1, 2, 3, 1]);
  assert.match(
    poolingText(check, f),
    /have 1 to 3 sizes each .*; 5 of 6 have fewer than the three/,
  );

  // MMLU: the title counts later-family models above the margin (PaLM 8B is within it).
  const mmlu = mmluByScale(await loadPaperScores("mmlu"), { margin: 2 });
  assert.match(
    mmluTitle(mmlu, f),
    /; 13 of 14 later-family models are more than 2 points above it$/,
  );
  assert.doesNotMatch(mmluTitle(mmlu, f), /far above/);
  assert.match(mmluText(mmlu, f), /Llama 2 7B \(45.3%\) with 25 times fewer parameters/);
  // In-context learning: one step between neighbouring sizes exceeds 2 SE (sciq, smallest two).
  assert.deepEqual(icl.jumps.map((j) => j.task), ["sciq"]);
  assert.doesNotMatch(iclText(icl, f), /not as a sudden switch/);
});
