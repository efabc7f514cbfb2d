/**
 * Parse once, hand over a compact copy: the analysis of `compactOwnData(d)` (what the notebook of
 * `deno task analyze` receives, through the prepared input file) equals the analysis of `d`, and a
 * large file parsed in pieces gives the same rows, curves and error lines as one parse.
 */
import assert from "./_assert.ts";
import {
  analyzeOwnData,
  compactOwnData,
  decodeOwnData,
  encodeOwnData,
  groupCurves,
  loadOwnData,
  ownDataResults,
  readLongFormat,
  rowsToCurves,
} from "../lib/mod.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

for (
  const file of [
    "data/examples/pythia_final_checkpoints.csv",
    "tests/fixtures/analyze/chinchilla_runs.csv",
    "tests/fixtures/lm_eval",
  ]
) {
  Deno.test(`compact: ${file} analyses the same through the prepared input`, async () => {
    const d = await loadOwnData(`${ROOT}/${file}`, { label: file });
    const full = await analyzeOwnData(d, { fileName: "x" });
    const prepared = decodeOwnData(encodeOwnData(compactOwnData(d)));
    const compact = await analyzeOwnData(prepared, { fileName: "x" });
    assert.deepEqual(ownDataResults(compact, prepared.notes), ownDataResults(full, d.notes));
    assert.equal(compact.rowCount, full.rowCount);
    assert.equal(compact.mergedCount, full.mergedCount);
    assert.deepEqual(compact.allocation, full.allocation);
    assert.deepEqual(compact.smallest, full.smallest);
    assert.deepEqual(compact.largest, full.largest);
    // Reading only the rows the analysis needs (what deno task analyze does) gives the same.
    const needed = await loadOwnData(`${ROOT}/${file}`, { label: file, keep: "needed" });
    const lean = await analyzeOwnData(compactOwnData(needed), { fileName: "x" });
    assert.deepEqual(ownDataResults(lean, needed.notes), ownDataResults(full, d.notes));
    assert.deepEqual([lean.rowCount, lean.allocation], [full.rowCount, full.allocation]);
  });
}

Deno.test("compact: rows grouped into curves exactly as groupCurves does", async () => {
  const d = await loadOwnData(`${ROOT}/data/examples/pythia_final_checkpoints.csv`);
  const rows = [...d.rows, { ...d.rows[0]!, model: "twin", score: 0.9, n: undefined }];
  const expected = groupCurves(rows.map((r) => ({
    task: r.task,
    family: r.family,
    metric: r.metric,
    higherIsBetter: r.higherIsBetter,
    scale: r.params,
    score: r.score,
    model: r.model,
    ...(r.chance !== undefined ? { chance: r.chance } : {}),
    ...(r.n !== undefined ? { n: r.n } : {}),
  })));
  assert.deepEqual(rowsToCurves(rows), expected);
});

Deno.test("compact: 2,000 sizes per curve are merged once, and counted as merged", async () => {
  const lines = ["task,model,params,score,n"];
  for (let i = 0; i < 2000; i++) lines.push(`t,m${i},${1e6 * 1.005 ** i},${0.3 + i / 10000},100`);
  const d = readLongFormat(lines.join("\n"));
  const full = await analyzeOwnData(d, { fileName: "x" });
  const c = compactOwnData({ ...d, notes: {} as never });
  const compact = await analyzeOwnData(c, { fileName: "x" });
  assert.equal(full.mergedCount, 1);
  assert.equal(compact.mergedCount, 1);
  assert.equal(compact.rowCount, 2000);
  assert.deepEqual(compact.curves.map((x) => x.shape), full.curves.map((x) => x.shape));
});

/** A quote-free file of many pieces (100 kB each): 120,000 rows of about 40 bytes. */
function big(extra = ""): string {
  const lines = ["task,model,params,score,n"];
  for (let t = 0; t < 120; t++) {
    for (let m = 0; m < 1000; m++) lines.push(`task_${t},model_${m},${1e6 * (m + 1)},0.5,1000`);
  }
  return lines.join("\n") + "\n" + extra;
}

Deno.test("chunked parse: same rows and lines as one parse; errors name the file's line", () => {
  const text = big();
  assert.ok(text.length > 4_000_000);
  const { rows, curves } = readLongFormat(text, { file: "big.csv" });
  assert.equal(rows.length, 120_000);
  assert.equal(rows[0]!.line, 2);
  assert.equal(rows.at(-1)!.line, 120_001);
  assert.ok(rows.every((r, i) => r.line === i + 2), "every row's line");
  assert.equal(curves.length, 120);
  // The same text with one quote goes through one parse: identical rows.
  const quoted = readLongFormat(text.replace("task_0,", '"task_0",'), { file: "big.csv" });
  assert.deepEqual(quoted.rows, rows);
  // An error in the last piece names its line in the file.
  assert.throws(
    () => readLongFormat(big("task_0,model_5,1e9,0.5,1000\n"), { file: "big.csv" }),
    /big\.csv:120002: duplicate row: .*model "model_5" already appears on line 7;/,
  );
  assert.throws(
    () => readLongFormat(big("task_x,m,1e9,oops,1000\n"), { file: "big.csv" }),
    /big\.csv:120002: column "score" must be a/,
  );
});
