/**
 * The readers of your own results (lib/data/own_data.ts and friends): the lm-evaluation-harness
 * rules (headline metric, stderr as noise, sizes from model_num_parameters / --sizes / the name,
 * groups, later runs replacing earlier ones), the wide spreadsheet, delimiter detection, format
 * detection and the prepared-input round trip. Expected values are hand-computed from the fixtures.
 */
import assert from "./_assert.ts";
import {
  decodeOwnData,
  detectDelimiter,
  encodeOwnData,
  loadOwnData,
  readLmEval,
  readOwnCsv,
  sizeFromName,
} from "../lib/data/mod.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const LM_EVAL = `${ROOT}/tests/fixtures/lm_eval`;

Deno.test("lm-eval: the fixture tree gives one curve per task, the group's subtasks named under it", async () => {
  const d = await loadOwnData(LM_EVAL, { label: "lm_eval" });
  assert.equal(d.notes.format, "lm-eval");
  assert.equal(d.notes.inputs.length, 6);
  assert.deepEqual(d.curves.map((c) => c.task), [
    "arc_easy",
    "gsm8k",
    "lambada_openai",
    "mmlu",
    "mmlu/mmlu_abstract_algebra",
    "mmlu/mmlu_anatomy",
  ]);
  for (const c of d.curves) {
    assert.equal(c.family, "EleutherAI/pythia");
    assert.equal(c.points.length, 5);
  }
});

Deno.test("lm-eval: headline metric acc_norm > acc > exact_match, filter none > strict-match", async () => {
  const d = await loadOwnData(LM_EVAL);
  const metric = Object.fromEntries(d.notes.metrics.map((m) => [m.task, m.metric]));
  assert.equal(metric.arc_easy, "acc_norm");
  assert.equal(metric.lambada_openai, "acc"); // acc is preferred over perplexity
  assert.equal(metric.gsm8k, "exact_match (strict-match)");
  // --metric overrides for every task that reports it.
  const p = await loadOwnData(LM_EVAL, { metric: "perplexity" });
  assert.deepEqual(p.curves.map((c) => `${c.task}:${c.metric}`), ["lambada_openai:perplexity"]);
  assert.equal(p.curves[0]!.higherIsBetter, false);
  await assert.rejects(
    () => loadOwnData(LM_EVAL, { metric: "bleu", label: "lm_eval" }),
    /no task reports metric "bleu"; check --metric/,
  );
});

Deno.test("lm-eval: sizes from model_num_parameters, else --sizes, else the name (reported)", async () => {
  const d = await loadOwnData(LM_EVAL);
  const sizes = new Map(d.rows.map((r) => [r.model, r.params]));
  assert.equal(sizes.get("EleutherAI/pythia-160m"), 162322944); // model_num_parameters
  assert.equal(sizes.get("EleutherAI/pythia-1.4b"), 1.4e9); // guessed from "1.4b"
  assert.deepEqual(d.notes.guesses.map((g) => g.model).sort(), [
    "EleutherAI/pythia-1.4b",
    "EleutherAI/pythia-1b",
  ]);
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(
      `${dir}/sizes.csv`,
      "model,parameters,tokens\nEleutherAI/pythia-1b,1011781632,3e11\n",
    );
    const s = await loadOwnData(LM_EVAL, { sizes: `${dir}/sizes.csv` });
    const row = s.rows.find((r) => r.model === "EleutherAI/pythia-1b")!;
    assert.equal(row.params, 1011781632);
    assert.equal(row.tokens, 3e11);
    assert.deepEqual(s.notes.guesses.map((g) => g.model), ["EleutherAI/pythia-1.4b"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  assert.equal(sizeFromName("facebook/opt-125m"), 1.25e8);
  assert.equal(sizeFromName("meta-llama/Llama-2-70b-hf"), 7e10);
  assert.equal(sizeFromName("gpt2"), undefined);
});

Deno.test("lm-eval: a later run replaces an earlier one, and the note says which", async () => {
  const d = await loadOwnData(LM_EVAL);
  const arc = d.curves.find((c) => c.task === "arc_easy")!;
  // The 2024-04-01 run said 0.05; the 2024-05-01 run 0.36 + 0.22 × 0.2 = 0.404.
  assert.equal(arc.points.find((p) => p.model === "EleutherAI/pythia-1b")!.score, 0.404);
  assert.equal(d.notes.replaced.length, 1);
  assert.match(d.notes.replaced[0]!.dropped, /results_2024-04-01/);
  assert.match(d.notes.replaced[0]!.kept, /results_2024-05-01/);
});

Deno.test("lm-eval: the reported stderr is the noise (n = p(1 − p) / se²) and is kept", async () => {
  const d = await loadOwnData(LM_EVAL);
  const row = d.rows.find((r) => r.task === "arc_easy" && r.model === "EleutherAI/pythia-160m")!;
  // acc_norm 0.36, acc_norm_stderr 0.0102: n = 0.36 × 0.64 / 0.0102² = 2214.5 → 2215 (hand).
  assert.equal(row.stderr, 0.0102);
  assert.equal(row.n, 2215);
});

Deno.test("lm-eval: broken files are one sentence naming the file and key", () => {
  const file = (text: string) => [{ path: "r/results_1.json", text }];
  assert.throws(() => readLmEval(file("{")), /r\/results_1\.json: not valid JSON/);
  assert.throws(() => readLmEval(file("{}")), /r\/results_1\.json: no "results" object/);
  assert.throws(
    () => readLmEval(file('{"results":{"t":{"acc,none":0.5}},"config":{}}')),
    /no model name \(config\.model_args "pretrained=…" or model_name\)/,
  );
  assert.throws(
    () => readLmEval(file('{"results":{"t":{"acc,none":0.5}},"model_name":"gpt2"}')),
    /no size for model "gpt2" .*give --sizes FILE\.csv with columns model,parameters/,
  );
});

Deno.test("wide: one row per model, a column per task; units, text columns and gaps", async () => {
  const d = await loadOwnData(`${ROOT}/tests/fixtures/wide/leaderboard.csv`, { label: "lb.csv" });
  assert.equal(d.notes.format, "wide");
  assert.deepEqual(d.notes.ignored, ["license"]);
  assert.deepEqual(d.curves.map((c) => c.task), ["arc_challenge", "gsm8k", "hellaswag", "mmlu"]);
  assert.equal(d.curves[0]!.points[0]!.scale, 7e7); // params_b 0.07 × 1e9
  assert.equal(d.curves[1]!.points.length, 7); // gsm8k of pythia-1.4b is empty
  assert.equal(d.rows.length, 8 * 4 - 1);
});

Deno.test("delimiters: comma, semicolon (with decimal commas) and tab are detected", async () => {
  assert.equal(detectDelimiter("a,b;c\n"), ",");
  assert.equal(detectDelimiter("\uFEFFa;b;c\r\n"), ";");
  assert.equal(detectDelimiter("a\tb\n"), "\t");
  const d = await loadOwnData(`${ROOT}/tests/fixtures/analyze/semicolon.csv`);
  assert.equal(d.notes.delimiter, "semicolon");
  assert.deepEqual(d.curves[0]!.points.map((p) => p.scale), [7e7, 4.1e8, 1e9, 2.8e9, 1.2e10]);
  assert.equal(d.curves[0]!.points[0]!.score, 0.25);
});

Deno.test("format detection and --format; the prepared input round-trips exactly", async () => {
  assert.equal(readOwnCsv("task,model,params,score\nq,a,1,0.5\n").notes.format, "long");
  assert.equal(readOwnCsv("model,params,q\na,1,0.5\n").notes.format, "wide");
  assert.throws(
    () => readOwnCsv("model,params,q\na,1,0.5\n", { format: "long", label: "w.csv" }),
    /w\.csv:1: missing required column "task"/,
  );
  const d = await loadOwnData(LM_EVAL);
  const back = decodeOwnData(encodeOwnData(d));
  assert.deepEqual(back, d);
});

Deno.test("notices: sizes that look like billions, and two models of one size", () => {
  const d = readOwnCsv("task,model,params,score\nq,a,7,0.3\nq,b,7,0.4\nq,c,13,0.5\n");
  assert.deepEqual(d.notes.smallSizes, { largest: 13, model: "c" });
  assert.deepEqual(d.notes.sameSize.map((s) => s.models), [["a", "b"]]);
  assert.equal(d.curves[0]!.points[0]!.score, 0.35); // averaged (0.3 + 0.4) / 2
  const big = readOwnCsv("task,model,params,score\nq,a,7e9,0.3\nq,c,1.3e10,0.5\n");
  assert.equal(big.notes.smallSizes, undefined);
  assert.deepEqual(big.notes.sameSize, []);
});
