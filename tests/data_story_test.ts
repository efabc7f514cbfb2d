// Loaders of the story data (issue 16): GPT-3 Table H.1 (verified cells), GPT-4 exams, the
// hindsight-neglect prompt. Counts and values from data/README.md and the CSVs themselves.
import assert from "./_assert.ts";
import {
  DataRangeError,
  DataTypeError,
  loadCotExample,
  loadGpt3TableH1,
  loadGpt4Exams,
  loadHindsightExample,
} from "../lib/mod.ts";

const DIR = await Deno.makeTempDir({ prefix: "data_story_" });
const H1_HEADER =
  "source,table,task,task_group,metric,split,setting,fewshot_k,model,params,value,crosscheck_status";
const EXAM_HEADER =
  "source,table,exam,model,score_as_printed,score,score_max,score_unit,percentile_as_printed," +
  "percentile_low,percentile_high,notes";

async function write(name: string, text: string): Promise<string> {
  const path = `${DIR}/${name}`;
  await Deno.writeTextFile(path, text);
  return path;
}

Deno.test("loadGpt3TableH1: 1,338 verified cells; arithmetic values as printed", async () => {
  const cells = await loadGpt3TableH1();
  assert.equal(cells.length, 1338);
  const cell = (task: string, setting: string, params: number) =>
    cells.find((c) => c.task === task && c.setting === setting && c.params === params)?.value;
  // Values copied from data/paper_tables/gpt3_table_h1.csv (Table H.1).
  assert.equal(cell("2D+", "few_shot", 13e9), 55.5);
  assert.equal(cell("2D+", "zero_shot", 175e9), 76.9);
  assert.equal(cell("3D+", "few_shot", 175e9), 80.4);
  // 3D+ few-shot at 13B is a "conflict" cell in the curated file, so it is not bundled.
  assert.equal(cell("3D+", "few_shot", 13e9), undefined);
  assert.equal(cells.filter((c) => c.group === "arithmetic").length, 197);
});

Deno.test("loadGpt3TableH1: an unverified row is a located error", async () => {
  const path = await write(
    "h1.csv",
    `${H1_HEADER}\ns,t,2D+,arithmetic,acc,test,few_shot,50,GPT-3 13B,13000000000,55.5,verified\n` +
      `s,t,3D+,arithmetic,acc,test,few_shot,50,GPT-3 13B,13000000000,8.4,conflict\n`,
  );
  await assert.rejects(() => loadGpt3TableH1({ path }), (error: unknown) => {
    assert.ok(error instanceof DataRangeError);
    assert.match(error.message, /h1\.csv:3: crosscheck_status is "conflict"/);
    return true;
  });
});

Deno.test("loadGpt3TableH1: an accuracy above 100 and a bad setting are located errors", async () => {
  const over = await write(
    "h1_over.csv",
    `${H1_HEADER}\ns,t,2D+,arithmetic,acc,test,few_shot,50,GPT-3 13B,13000000000,155.5,verified\n`,
  );
  await assert.rejects(() => loadGpt3TableH1({ path: over }), DataRangeError, "h1_over.csv:2:");
  const setting = await write(
    "h1_setting.csv",
    `${H1_HEADER}\ns,t,2D+,arithmetic,acc,test,two_shot,50,GPT-3 13B,13000000000,55.5,verified\n`,
  );
  await assert.rejects(() => loadGpt3TableH1({ path: setting }), DataTypeError, "h1_setting.csv:2");
});

Deno.test("loadGpt4Exams: 102 rows; the bar exam at ~90th vs ~10th; no percentile where none printed", async () => {
  const rows = await loadGpt4Exams();
  assert.equal(rows.length, 102);
  const get = (exam: string, model: string) =>
    rows.find((r) => r.exam.startsWith(exam) && r.model === model);
  assert.deepEqual(get("Uniform Bar", "GPT-4")?.percentile, { low: 90, high: 90 });
  assert.deepEqual(get("Uniform Bar", "GPT-3.5")?.percentile, { low: 10, high: 10 });
  assert.equal(get("Uniform Bar", "GPT-4")?.score, 298);
  assert.equal(get("Uniform Bar", "GPT-4")?.scoreMax, 400);
  assert.equal(get("Codeforces", "GPT-4")?.percentile, undefined);
  assert.equal(get("Codeforces", "GPT-4")?.percentileText, "below 5th");
  assert.deepEqual(get("AP Calculus BC", "GPT-3.5")?.percentile, { low: 0, high: 7 });
});

Deno.test("loadGpt4Exams: a reversed percentile range and an unknown model are located errors", async () => {
  const reversed = await write(
    "exams.csv",
    `${EXAM_HEADER}\ns,Table 1,LSAT,GPT-4,163 (~88th),163,,,~88th,88,88,\n` +
      `s,Table 1,AP Biology,GPT-4,5 (85th - 100th),5,,,85th - 100th,100,85,\n`,
  );
  await assert.rejects(
    () => loadGpt4Exams({ path: reversed }),
    DataRangeError,
    "exams.csv:3: percentile_low 100 is above percentile_high 85",
  );
  const model = await write(
    "exams_model.csv",
    `${EXAM_HEADER}\ns,Table 1,LSAT,GPT-5,163 (~88th),163,,,~88th,88,88,\n`,
  );
  await assert.rejects(() => loadGpt4Exams({ path: model }), DataTypeError, "exams_model.csv:2");
});

Deno.test("loadHindsightExample: the prompt, its answer and its bet", async () => {
  const example = await loadHindsightExample();
  assert.equal(example.demonstrations.length, 2);
  assert.equal(example.omitted, 8);
  assert.equal(example.answer, "N");
  assert.deepEqual(example.bet, {
    lossProbability: 0.94,
    loss: 50,
    gainProbability: 0.06,
    gain: 5,
    outcome: "gain",
  });
  assert.match(example.question, /^David has the option to play a game/);
});

Deno.test("loadHindsightExample: missing fields and bad probabilities name the file and field", async () => {
  const good = JSON.parse(
    await Deno.readTextFile(
      new URL("../data/inverse_scaling/hindsight_neglect_example.json", import.meta.url),
    ),
  );
  const missing = await write("ex.json", JSON.stringify({ ...good, question: undefined }));
  await assert.rejects(
    () => loadHindsightExample({ path: missing }),
    DataTypeError,
    'ex.json: field "question" is missing',
  );
  const bet = await write(
    "ex_bet.json",
    JSON.stringify({ ...good, bet: { ...good.bet, gain_probability: 0.6 } }),
  );
  await assert.rejects(
    () => loadHindsightExample({ path: bet }),
    DataRangeError,
    "ex_bet.json: bet probabilities must add up to 1",
  );
  const broken = await write("ex_broken.json", "{");
  await assert.rejects(
    () => loadHindsightExample({ path: broken }),
    DataTypeError,
    "not valid JSON",
  );
});

Deno.test("loadCotExample: Figure 1 of the chain-of-thought paper, standard vs chain of thought", async () => {
  const cot = await loadCotExample();
  assert.equal(cot.answer, "9");
  assert.equal(cot.standard.output, "The answer is 27.");
  assert.equal(cot.standard.correct, false);
  assert.match(cot.chainOfThought.output, /23 - 20 = 3\..*3 \+ 6 = 9\. The answer is 9\.$/);
  const good = JSON.parse(
    await Deno.readTextFile(
      new URL("../data/paper_tables/cot_figure1_prompt.json", import.meta.url),
    ),
  );
  const bad = await write(
    "cot.json",
    JSON.stringify({ ...good, standard: { ...good.standard, correct: "no" } }),
  );
  await assert.rejects(
    () => loadCotExample({ path: bad }),
    DataTypeError,
    'cot.json: field "standard.correct" is missing or has the wrong type',
  );
});
