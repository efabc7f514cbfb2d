// The Chinese edition's computed prose (issue 17): a sample of sentence functions, on hand-made
// inputs and on the bundled data, says the same numbers in Chinese formatting as in English, keeps
// the same "most only above half" logic, and leaves no English sentence behind (no run of four or
// more English words outside names, citations, code and math — a heuristic).
import assert from "./_assert.ts";
import {
  cotText,
  coverageText,
  emergenceCensus,
  emergenceWindow,
  errorText,
  examComparison,
  examText,
  flopsBasisSentence,
  gpt3FewShotGain,
  gpt3IclText,
  gpt3IclTitle,
  hindsightBet,
  hindsightText,
  iclTitle,
  inferenceRangeSentence,
  kaplanSentence,
  notableReasons,
  ratioSentence,
  reasonWords,
  thresholdStatement,
  U_SHAPED_PAPER,
  uCurveCensus,
  uShapedText,
  windowText,
  windowTitle,
} from "../lib/analyze/mod.ts";
import {
  loadBigBenchCurves,
  loadGpt3TableH1,
  loadGpt4Exams,
  loadHindsightExample,
  loadInverseScalingCurves,
  loadPaperScores,
  loadTrainedModels,
} from "../lib/data/mod.ts";
import { type Formatter, formatter } from "../lib/locale/mod.ts";

const en = formatter("en"), zh = formatter("zh");

/** Names that stay as published in Chinese text (models, benchmarks, papers' own terms). */
const NAMES = [
  /Inverse Scaling Prize/g,
  /Uniform Bar Exam/g,
  /[A-Z][\w.&+-]*(?: [A-Z0-9][\w.&+-]*)+/g, // Title Case names: "Graduate Record Examination"
];

/** Runs of four or more English words left after names, citations, code, math and links. */
function englishRuns(text: string): string[] {
  const stripped = text
    .replace(/\[[^\]]*\]\([^)]*\)/g, " ") // markdown links (citations)
    .replace(/`[^`]*`|\$[^$]*\$|_[^_]+_/g, " ") // code, math, italic titles
    .replace(/\b[A-Z][a-z]+(?:,? (?:[A-Z][a-z]+|&|and))* et al\.(?: \d{4})?/g, " ")
    .replace(NAMES[0]!, " ").replace(NAMES[1]!, " ").replace(NAMES[2]!, " ");
  return [...stripped.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){3,}/g)]
    .map((m) => m[0]);
}

Deno.test("englishRuns: finds an untranslated sentence, passes names and citations", () => {
  assert.deepEqual(englishRuns("损失随参数下降。the loss falls with size。"), [
    "the loss falls with size",
  ]);
  assert.deepEqual(englishRuns("Kaplan et al. 2020 与 Hoffmann et al. 得到 GPT-3 Table H.1"), []);
  assert.deepEqual(englishRuns("在 Inverse Scaling Prize 的任务上"), []);
  assert.deepEqual(englishRuns("The loss falls with size."), ["The loss falls with size"]);
});

/** Both editions of one sentence and the numbers each must state. */
interface Case {
  name: string;
  say: (f: Formatter) => string;
  numbers?: (f: Formatter) => string[];
}

const fitted = {
  params: { lower: 5.73e7, upper: 1.62e10 },
  tokens: { lower: 8.19e8, upper: 3.18e11 },
  flops: { lower: 6e17, upper: 1.8e22 },
};
const plan = (params: number, tokens: number) => ({ params, tokens });

const CASES: Case[] = [
  {
    name: "inferenceRangeSentence",
    say: (f) =>
      inferenceRangeSentence({
        fitted,
        inference: { plans: [plan(7e10, 1.4e12), plan(3e9, 3e11)], sweep: [plan(3e10, 3e12)] },
      }, f),
    numbers: (f) => [
      f.params(5.73e7),
      f.params(1.62e10),
      f.tokens(8.19e8),
      f.tokens(3.18e11),
      f.flops(6e17),
      f.flops(1.8e22),
    ],
  },
  {
    name: "ratioSentence",
    say: (f) => ratioSentence({ table3: [{ ratio: 20 }, { ratio: 21.5 }], fitted }, f),
    // Hoffmann et al.'s printed law: 25.7 tokens per parameter at 10¹⁸ FLOP, 191 at 10²⁷.
    numbers: (f) => [f.number(25.7), f.number(191), f.number(21.5), f.flops(1e18), f.flops(1e27)],
  },
  {
    name: "flopsBasisSentence",
    say: (f) =>
      flopsBasisSentence({
        models: { reportedFlops: [{ model: "OPT-175B", reported: 4.3e23, sixND: 3.15e23 }] },
      }, f),
    numbers: (f) => [f.flops(4.3e23, 3), f.flops(3.15e23, 3), f.percent(0.1, 0)],
  },
  {
    name: "kaplanSentence",
    say: (f) =>
      kaplanSentence({
        exponents: { params: 0.076, tokens: 0.095, compute: 0.05 },
        tenfoldFactor: 0.839,
        tenfoldReduction: 0.161,
      } as never, f),
    numbers: (f) => [f.number(0.076), f.number(0.095), f.number(0.839), f.percent(0.161, 0)],
  },
  {
    name: "cotText",
    say: (f) =>
      cotText({
        hurtsSmall: 3,
        helpsLarge: [{ largest: 5.2 }, { largest: 12 }],
        effects: [{}, {}, {}, {}],
      } as never, f),
    numbers: (f) => [f.number(5.2), f.number(12)],
  },
  {
    name: "errorText",
    say: (f) =>
      errorText(
        {
          count: 40,
          meanError: { forecast: 0.081, last: 0.123, line: 0.2 },
          medianError: { forecast: 0.05, last: 0.09, line: 0.15 },
        } as never,
        2,
        f,
      ),
    numbers: (f) => [f.percent(0.081), f.percent(0.123), f.percent(0.2), f.percent(0.05)],
  },
  {
    name: "coverageText",
    say: (f) => coverageText({ count: 40, covered: 25 }, 0.8, f),
    numbers: (f) => [f.percent(0.8, 0), f.percent(25 / 40)],
  },
  {
    name: "thresholdStatement",
    say: (f) =>
      thresholdStatement({ estimate: 7.07e10, interval: [3.12e10, 1.34e11] }, [
        1e9,
        1e10,
        1e11,
        1e12,
      ], f),
    numbers: (f) => [f.params(7.07e10), f.interval(3.12e10, 1.34e11, "params")],
  },
  {
    name: "uShapedText",
    say: (f) => uShapedText(U_SHAPED_PAPER, f),
    numbers: (f) => [f.params(540e9)],
  },
];

Deno.test("Chinese sentences: no English sentence left, the same numbers in Chinese formatting", () => {
  for (const c of CASES) {
    const a = c.say(en), b = c.say(zh);
    assert.match(b, /[\u4e00-\u9fff]/, `${c.name}: no Chinese in "${b}"`);
    assert.deepEqual(englishRuns(b), [], `${c.name}: ${b}`);
    for (const n of c.numbers?.(en) ?? []) assert.ok(a.includes(n), `${c.name} en: ${n} in ${a}`);
    for (const n of c.numbers?.(zh) ?? []) assert.ok(b.includes(n), `${c.name} zh: ${n} in ${b}`);
  }
});

Deno.test("Chinese sentences: 'most' (大多数) only above half, 'all' only when all", () => {
  const tasks = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
  const icl = (k: number, n: number) =>
    iclTitle({ grows: tasks(k).map((task) => ({ task })), tasks: tasks(n) } as never, zh);
  assert.match(icl(2, 3), /大多数任务/);
  assert.doesNotMatch(icl(1, 2), /大多数/); // half is not most
  assert.match(icl(1, 2), /2 个任务中的 1 个/);
  assert.match(icl(3, 3), /每个任务/);
  assert.match(icl(0, 3), /所有任务上都不/);
  const gpt3 = (k: number, n: number) =>
    gpt3IclTitle({ grows: tasks(k), tasks: tasks(n) } as never, zh);
  assert.match(gpt3(3, 4), /大多数/);
  assert.doesNotMatch(gpt3(2, 4), /大多数/);
});

Deno.test("Chinese sentences on the bundled data: story sections", async () => {
  const gpt3Cells = await loadGpt3TableH1();
  const w = emergenceWindow({
    gpt3: gpt3Cells,
    mmlu: await loadPaperScores("mmlu"),
    bigbench: await loadBigBenchCurves(),
    models: await loadTrainedModels(),
  });
  const bet = hindsightBet(await loadHindsightExample());
  const g = gpt3FewShotGain(gpt3Cells);
  const exams = examComparison(await loadGpt4Exams());
  const cases: Case[] = [
    { name: "windowTitle", say: (f) => windowTitle(w, f) },
    { name: "windowText", say: (f) => windowText(w, f), numbers: (f) => [f.params(1.5e9)] },
    // 0.06 × $5 − 0.94 × $50 = −$46.7 (tests/analyze_story_test.ts).
    { name: "hindsightText", say: (f) => hindsightText(bet, f), numbers: () => ["−$46.7"] },
    { name: "gpt3IclText", say: (f) => gpt3IclText(g, f), numbers: () => ["48", "43"] },
    { name: "examText", say: (f) => examText(exams, f), numbers: () => ["25", "12", "80"] },
  ];
  for (const c of cases) {
    const a = c.say(en), b = c.say(zh);
    assert.deepEqual(englishRuns(b), [], `${c.name}: ${b}`);
    for (const n of c.numbers?.(en) ?? []) assert.ok(a.includes(n), `${c.name} en: ${n}`);
    for (const n of c.numbers?.(zh) ?? []) assert.ok(b.includes(n), `${c.name} zh: ${n} in ${b}`);
  }
  // The window is 10B–100B parameters: 100亿–1,000亿 in Chinese.
  assert.match(windowText(w, zh), /低于 100亿参数开始、到高于 1,000亿结束/);
});

Deno.test("the classifier's reasons in Chinese: every clause of its grammar rewritten", async () => {
  const census = uCurveCensus(await loadInverseScalingCurves());
  const bigbench = emergenceCensus(
    (await loadBigBenchCurves()).filter((c) => c.family === "BIG-G T=0"),
  );
  const reasons = [...census.classified, ...bigbench.rows].map((r) => r.reason);
  // Every shape the two data sets produce, so every branch of the grammar is met.
  const shapes = new Set([...census.classified, ...bigbench.rows].map((r) => r.shape));
  assert.ok(shapes.size >= 5, [...shapes].join(", "));
  for (const reason of reasons) {
    const zhReason = reasonWords(reason, zh);
    assert.deepEqual(englishRuns(zhReason), [], `${reason}\n→ ${zhReason}`);
    assert.doesNotMatch(zhReason, /\b(improves|worsens|beats|noise|best fit|then)\b/, zhReason);
    // The same numbers: every number of the English reason is in the Chinese one.
    for (const n of reason.match(/[\d.]+(?:e\d+)?%?/g) ?? []) assert.ok(zhReason.includes(n), n);
  }
  assert.deepEqual(englishRuns(notableReasons(census, zh)), []);
});
