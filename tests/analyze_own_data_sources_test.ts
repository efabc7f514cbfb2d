/**
 * The wording about the input (lib/analyze/own_data_sources.ts), with contrary numbers: one guess
 * and several, no notices at all, many replaced runs, and the terminal summary with and without
 * emergent and U-shaped curves.
 */
import assert from "./_assert.ts";
import {
  formatter,
  type OwnDataNotes,
  ownDataNoticeLines,
  ownDataSummaryLines,
} from "../lib/mod.ts";
import { ownDataSources } from "../lib/analyze/own_data_sources.ts";

const f = formatter("en");
const base: OwnDataNotes = {
  format: "lm-eval",
  inputs: ["a/results_1.json"],
  metrics: [],
  guesses: [],
  replaced: [],
  ignored: [],
  sameSize: [],
};

Deno.test("notices: one guess reads in the singular, two in the plural, none says nothing", () => {
  const one = { ...base, guesses: [{ model: "m-7b", params: 7e9, file: "x" }] };
  assert.match(
    ownDataNoticeLines(one, f)[0]!,
    /^1 model size was guessed from the model name: "m-7b" → 7B;/,
  );
  const two = { ...one, guesses: [...one.guesses, { model: "m-13b", params: 1.3e10, file: "x" }] };
  assert.match(ownDataNoticeLines(two, f)[0]!, /^2 model sizes were guessed/);
  assert.deepEqual(ownDataNoticeLines(base, f), []);
});

Deno.test("notices: replaced runs are listed up to five, then counted", () => {
  const replaced = Array.from({ length: 7 }, (_, i) => ({
    model: "m",
    task: `t${i}`,
    kept: "new.json",
    dropped: "old.json",
  }));
  const lines = ownDataNoticeLines({ ...base, replaced }, f);
  assert.equal(lines.filter((l) => l.startsWith("the run of")).length, 5);
  assert.equal(lines.at(-1), "7 runs were replaced in all");
  assert.equal(ownDataNoticeLines({ ...base, replaced: replaced.slice(0, 1) }, f).length, 1);
});

Deno.test("sources: the page names format and files, escapes names, links results", () => {
  const md = ownDataSources(
    { ...base, metrics: [{ task: "t_<b>", metric: "acc_norm", available: ["acc", "acc_norm"] }] },
    { json: "r s.json" },
    f,
  );
  assert.match(md, /Read from lm-evaluation-harness results: /);
  assert.match(md, /t\\_&lt;b&gt;/);
  assert.match(md, /\[JSON\]\(r%20s\.json\)/);
  assert.ok(!md.includes("[CSV]"));
});

Deno.test("summary: counts per shape, the most confident emergent, or says there is none", () => {
  const shapes = {
    emergent: 1,
    smooth: 0,
    flat: 0,
    inverse: 0,
    u_shaped: 0,
    inverted_u: 0,
    insufficient: 0,
  };
  const curve = { label: "qa", shape: "emergent", confidence: 0.42, threshold: 7e9 };
  const lines = ownDataSummaryLines(
    { summary: { curves: 1, shapes, prior: "benchmarks" }, curves: [curve] as never },
    f,
  );
  assert.deepEqual(lines, [
    "shape         curves",
    "emergent           1",
    "total              1",
    'most confident emergent: "qa" (confidence 42.0%, threshold 7B)',
    "no u-shaped curve",
  ]);
});
