import assert from "./_assert.ts";
import {
  buildReports,
  compileCells,
  injectParameters,
  NotebookError,
  runNotebook,
} from "../lib/notebook/mod.ts";
import type { Output } from "../lib/notebook/mod.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const fixture = (name: string) => `${root}/tests/fixtures/notebooks/${name}.ipynb`;
const texts = (outputs: Output[] | undefined) =>
  (outputs ?? []).map((o) =>
    o.output_type === "stream"
      ? `${o.name}:${o.text}`
      : o.output_type === "error"
      ? `error:${o.ename}`
      : JSON.stringify(o.data)
  );

/** Writes an nbformat 4 notebook with one code cell per source. */
async function writeNotebook(path: string, sources: string[]): Promise<void> {
  const cells = sources.map((source) => ({
    cell_type: "code",
    source,
    metadata: {},
    outputs: [],
    execution_count: null,
  }));
  await Deno.writeTextFile(
    path,
    JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells }),
  );
}

async function failure(name: string): Promise<NotebookError> {
  try {
    await runNotebook(fixture(name), { root });
  } catch (error) {
    assert.ok(error instanceof NotebookError, String(error));
    return error;
  }
  throw new Error(`${name} should fail`);
}

Deno.test("runNotebook: console output, top-level await, relative import, display protocol", async () => {
  const { notebook, modules } = await runNotebook(fixture("basics"), { root });
  const cells = notebook.cells;
  assert.deepEqual(texts(cells[1]!.outputs), [
    "stdout:hello from cell 2\n",
    "stderr:a warning\n",
    "stdout:value 42 and text { a: 1 }\n",
  ]);
  assert.deepEqual(texts(cells[2]!.outputs), ['{"text/plain":"42"}']);
  assert.deepEqual(texts(cells[3]!.outputs), [
    '{"text/markdown":"The answer is **42**, and $x^2$ is math."}',
    "stdout:after display\n",
    '{"text/plain":"{ answer: 42, list: [ 1, 2, 3 ] }"}',
  ]);
  assert.deepEqual(texts(cells[5]!.outputs), ['{"text/html":"<b>bold</b> <em>html</em>"}']);
  assert.deepEqual(cells[6]!.outputs, [], "undefined shows nothing");
  assert.ok(modules.some((m) => m.endsWith("tests/fixtures/notebooks/helper.ts")));
});

Deno.test("runNotebook: a rejected promise names the cell and the cell's own line", async () => {
  const error = await failure("rejected");
  assert.equal(error.cell, 3);
  assert.equal(error.output.ename, "RangeError");
  assert.match(
    error.message,
    /rejected\.ipynb, cell 3, line 3: RangeError: the promise was rejected/,
  );
  assert.ok(
    error.output.traceback.some((l) => l.includes("[cell 3]:5:7")),
    error.output.traceback.join("\n"),
  );
});

Deno.test("runNotebook: a syntax error is reported before running", async () => {
  const error = await failure("syntax");
  assert.equal(error.cell, 3);
  assert.equal(error.line, 2);
  assert.equal(error.output.ename, "SyntaxError");
});

Deno.test("runNotebook: a failing import is attributed to its cell", async () => {
  const error = await failure("bad_import");
  assert.equal(error.cell, 3);
  assert.match(error.output.evalue, /Module not found.*does_not_exist\.ts/);
});

Deno.test("runNotebook: redeclaring a top-level const is rejected naming both cells", async () => {
  const error = await failure("redeclare");
  assert.equal(error.cell, 3);
  assert.match(error.message, /cell 3.*"x" is already declared in cell 2/);
});

Deno.test("runNotebook: allowErrors renders the error in place and continues", async () => {
  const { notebook, errors } = await runNotebook(fixture("rejected"), { root, allowErrors: true });
  assert.equal(errors.length, 1);
  assert.deepEqual(texts(notebook.cells[2]!.outputs), [
    "stdout:about to fail\n",
    "error:RangeError",
  ]);
  assert.deepEqual(texts(notebook.cells[3]!.outputs), ["stdout:after the failure 1\n"]);
});

Deno.test("runNotebook: the parameters cell and an override", async () => {
  const plain = await runNotebook(fixture("params"), { root });
  assert.deepEqual(texts(plain.notebook.cells[2]!.outputs), [
    "stdout:csv=data/default.csv n=4 verbose=false\n",
  ]);
  const over = await runNotebook(fixture("params"), {
    root,
    params: { csv: "data/other.csv", n: "10", verbose: "true" },
  });
  const cells = over.notebook.cells;
  assert.deepEqual(cells[2]!.metadata.tags, ["injected-parameters"]);
  assert.deepEqual(texts(cells[3]!.outputs), ["stdout:csv=data/other.csv n=11 verbose=true\n"]);
});

Deno.test("injectParameters: unknown names and missing parameters cell are TypeErrors", () => {
  const cells = [{
    cell_type: "code" as const,
    source: "const a = 1;",
    metadata: { tags: ["parameters"] },
  }];
  assert.throws(() => injectParameters(cells, { b: "2" }, "x.ipynb"), TypeError);
  assert.throws(() => injectParameters(cells, { a: "two" }, "x.ipynb"), TypeError);
  assert.throws(
    () => injectParameters([{ ...cells[0]!, metadata: {} }], { a: "2" }, "x.ipynb"),
    TypeError,
  );
});

Deno.test("compileCells: imports become dynamic, relative specifiers absolute, lines preserved", () => {
  const out = compileCells([
    { index: 0, source: 'import { a, b as c } from "./x.ts";\nimport * as ns from "vega";' },
    { index: 1, source: "a + c\n" },
  ], { notebookUrl: "file:///repo/notebooks/n.ipynb" });
  assert.match(
    out.code,
    /const \{ a, b: c \} = await import\("file:\/\/\/repo\/notebooks\/x\.ts"\);/,
  );
  assert.match(out.code, /const ns = await import\("vega"\);/);
  assert.match(out.code, /await __nb\.result\(1, \(a \+ c\)\);/);
  assert.deepEqual(out.cells.map((c) => [c.index, c.startLine, c.lineCount]), [[0, 2, 2], [
    1,
    5,
    1,
  ]]);
});

Deno.test("runNotebook: least privilege — no network, no writes outside the temp folder, no env", async () => {
  await Deno.mkdir(`${root}/.cache`, { recursive: true });
  const dir = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "test-perm-" });
  try {
    await writeNotebook(`${dir}/perm.ipynb`, [
      'await fetch("http://127.0.0.1:8123/")',
      'await Deno.writeTextFile("../escape.txt", "x")',
      'Deno.env.get("HOME")',
    ]);
    const { notebook, errors } = await runNotebook(`${dir}/perm.ipynb`, {
      root,
      allowErrors: true,
    });
    assert.equal(errors.length, 3);
    for (const cell of notebook.cells) {
      const out = cell.outputs?.[0];
      assert.equal(out?.output_type, "error");
      if (out?.output_type === "error") assert.equal(out.ename, "NotCapable", out.evalue);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("runNotebook: `cores` is the notebook's navigator.hardwareConcurrency", async () => {
  await Deno.mkdir(`${root}/.cache`, { recursive: true });
  const dir = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "test-cores-" });
  try {
    await writeNotebook(`${dir}/cores.ipynb`, ["navigator.hardwareConcurrency"]);
    const seen = async (cores?: number) => {
      const { notebook } = await runNotebook(`${dir}/cores.ipynb`, {
        root,
        ...(cores ? { cores } : {}),
      });
      return texts(notebook.cells[0]!.outputs);
    };
    assert.deepEqual(await seen(1), ['{"text/plain":"1"}']);
    assert.deepEqual(await seen(), [`{"text/plain":"${navigator.hardwareConcurrency}"}`]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("buildReports starts the notebook whose last run was slowest first (timings hint)", async () => {
  const timings = `${root}/.cache/report/timings.json`;
  const before = await Deno.readTextFile(timings).catch(() => undefined);
  const out = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "test-order-" });
  try {
    const [fast, slow] = ["basics", "params"].map((n) => `tests/fixtures/notebooks/${n}.ipynb`);
    await Deno.mkdir(`${root}/.cache/report`, { recursive: true });
    const order = async (hint: Record<string, number>) => {
      await Deno.writeTextFile(timings, JSON.stringify(hint));
      const lines: string[] = [];
      await buildReports({
        root,
        notebooks: [`${root}/${fast}`, `${root}/${slow}`],
        out,
        cache: false,
        concurrency: 1,
        log: (line) => lines.push(line),
      });
      return lines.filter((l) => l.endsWith(": running")).map((l) => l.split(":")[0]);
    };
    assert.deepEqual(await order({ [fast!]: 10, [slow!]: 5000 }), [slow, fast]);
    assert.deepEqual(await order({ [fast!]: 5000, [slow!]: 10 }), [fast, slow]);
    // The build records its own run times for next time.
    const recorded = JSON.parse(await Deno.readTextFile(timings));
    assert.ok(recorded[fast!] > 0 && recorded[slow!] > 0, JSON.stringify(recorded));
  } finally {
    if (before === undefined) await Deno.remove(timings).catch(() => {});
    else await Deno.writeTextFile(timings, before);
    await Deno.remove(out, { recursive: true });
  }
});
