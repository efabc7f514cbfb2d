/**
 * Jupyter suite. Hygiene (always runs): committed notebooks carry no outputs
 * or execution counts, are formatted as `deno fmt` formats them, and declare
 * the Deno kernelspec. Execution (needs python3-nbclient): every notebook in
 * notebooks/ plus a fixture runs in real Jupyter with the real Deno kernel;
 * no cell may error, every chart carries its full MIME bundle, and the
 * outputs match what the report's Deno-native runner (runNotebook) produces
 * for the same cells: same MIME types, same Vega-Lite specs.
 *
 * Execution skips with one line when python3-nbclient is missing, unless CI=true.
 */
import assert from "./_assert.ts";
import { unformattedNotebooks } from "../scripts/_notebook_format.ts";
import { executeInJupyter, haveJupyter, registerKernel } from "./_jupyter/kernel.ts";
import { runNotebook } from "../lib/notebook/mod.ts";
import { LANGS } from "../lib/locale/lang.ts";
import { untranslatedRuns } from "./_edition.ts";
import {
  type AnyCell,
  chartProblems,
  errorOutputs,
  RUNNER_CHART_MIMES,
  summarize,
} from "./_jupyter/outputs.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const FIXTURE = "tests/fixtures/jupyter/fixture.ipynb";
const inCi = Deno.env.get("CI") === "true";
const present = haveJupyter();
if (!present && !inCi) {
  console.warn(
    "jupyter suite skipped: python3 cannot import nbclient (apt-get install jupyter-nbconvert jupyter-client python3-nbclient)",
  );
}

function committedNotebooks(dir = "notebooks"): string[] {
  try {
    return [...Deno.readDirSync(`${ROOT}${dir}`)]
      .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
      .map((e) => `${dir}/${e.name}`)
      .sort();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

/** The Jupyter editions in other languages (scripts/jupyter_editions.ts). */
const TRANSLATED = LANGS.filter((l) => l !== "en").flatMap((l) =>
  committedNotebooks(`notebooks/${l}`)
);
const NOTEBOOKS = [FIXTURE, ...committedNotebooks()];
/** Run in Jupyter too: every English chapter and one translated chapter (the quickest). */
const EXECUTED = [...NOTEBOOKS, ...TRANSLATED.filter((p) => p.endsWith("/03-u-curves.ipynb"))];

/** The fixture's 200-line cell must arrive whole despite the kernel's post-idle messages. */
function assertLateOutputsKept(cells: AnyCell[]): void {
  const cell = cells.find((c) => [c.source].flat().join("").includes("i < 200"));
  assert.ok(cell, "fixture lost its 200-line cell");
  const stdout = (cell.outputs ?? []).filter((o) =>
    o.output_type === "stream" && o.name === "stdout"
  )
    .map((o) => [o.text as string | string[]].flat().join("")).join("");
  const expected = Array.from({ length: 200 }, (_, i) => `line ${i}\n`).join("");
  assert.equal(stdout, expected, "stdout lines lost or reordered (late IOPub messages dropped?)");
}

/**
 * A translated notebook shows one language in Jupyter: its markdown and its computed outputs
 * carry no untranslated English sentence (the editions' heuristic, tests/_edition.ts).
 */
function assertOneLanguage(cells: AnyCell[], path: string): void {
  const text = cells.flatMap((c) => {
    if (c.cell_type === "markdown") return [`<p>${[c.source].flat().join("")}</p>`];
    return (c.outputs ?? []).flatMap((o) => {
      const data = (o as { data?: Record<string, unknown> }).data ?? {};
      const text = data["text/html"] ?? data["text/markdown"];
      return text === undefined ? [] : [`<p>${[text as string | string[]].flat().join("")}</p>`];
    });
  }).join("\n")
    // Quotations (markdown "> " lines: prompts as the models were given them) stay as published,
    // as on the pages (tests/_edition.ts skips <blockquote>).
    .replace(/^\s*>.*$/gm, "");
  assert.deepEqual(untranslatedRuns(`<main>${text}</main>`), [], `${path}: English in Jupyter`);
  assert.ok(/[\u4e00-\u9fff]/.test(text), `${path}: no Chinese text in Jupyter`);
}

Deno.test("jupyter: committed notebooks have no outputs, are deno-fmt formatted and use the Deno kernel", async () => {
  for (const path of [...NOTEBOOKS, ...TRANSLATED]) {
    const nb = JSON.parse(await Deno.readTextFile(`${ROOT}${path}`)) as {
      cells: (AnyCell & { execution_count?: unknown })[];
      metadata: { kernelspec?: { name?: string; language?: string } };
    };
    const dirty = nb.cells.flatMap((cell, i) =>
      cell.cell_type === "code" && ((cell.outputs ?? []).length > 0 || cell.execution_count != null)
        ? [`cell ${i + 1}`]
        : []
    );
    assert.deepEqual(dirty, [], `${path}: committed with outputs or execution counts (clear them)`);
    assert.equal(nb.metadata.kernelspec?.name, "deno", `${path}: kernelspec.name must be "deno"`);
    assert.equal(nb.metadata.kernelspec?.language, "typescript", `${path}: kernelspec.language`);
  }
  const unformatted = await unformattedNotebooks(
    [...NOTEBOOKS, ...TRANSLATED].map((path) => `${ROOT}${path}`),
    {
      config: `${ROOT}deno.json`,
    },
  );
  assert.deepEqual(
    unformatted,
    [],
    `notebooks not formatted; run deno fmt ${unformatted.join(" ")}`,
  );
});

Deno.test({
  name:
    "jupyter: every notebook runs in real Jupyter with the Deno kernel and matches the report runner",
  ignore: !present && !inCi,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn(t) {
    assert.ok(
      present,
      "python3-nbclient is missing but CI=true: apt-get install python3-nbclient jupyter-client",
    );
    const work = await Deno.makeTempDir({ prefix: "jupyter-suite-" });
    try {
      const jupyterPath = await registerKernel(`${work}/data`);
      for (const path of EXECUTED) {
        await t.step(path, async () => {
          const outPath = `${work}/${path.replaceAll("/", "_")}`;
          const executed = await executeInJupyter(`${ROOT}${path}`, outPath, jupyterPath);
          assert.deepEqual(errorOutputs(executed.cells), [], `${path}: error outputs in Jupyter`);
          assert.deepEqual(chartProblems(executed.cells), [], `${path}: chart bundles in Jupyter`);
          if (path === FIXTURE) assertLateOutputsKept(executed.cells);
          if (TRANSLATED.includes(path)) assertOneLanguage(executed.cells, path);
          const report = await runNotebook(`${ROOT}${path}`, { root: ROOT });
          assert.deepEqual(
            chartProblems(report.notebook.cells, RUNNER_CHART_MIMES),
            [],
            `${path}: chart bundles in the report runner`,
          );
          // The runner tells display hooks it draws Vega-Lite itself, so our charts leave out the
          // SVG fallback there (a hook may also keep it): compare the bundles without it.
          assert.deepEqual(
            summarize(executed.cells, true),
            summarize(report.notebook.cells, true),
            `${path}: Jupyter (actual) and the report runner (expected) disagree`,
          );
        });
      }
    } finally {
      await Deno.remove(work, { recursive: true });
    }
  },
});

Deno.test("jupyter: chartProblems flags incomplete, mislabelled and missing chart bundles", () => {
  const svg = "<svg/>";
  const v5 = { $schema: "https://vega.github.io/schema/vega-lite/v5.json" };
  const v6 = { $schema: "https://vega.github.io/schema/vega-lite/v6.json" };
  const cell = (data: Record<string, unknown>, tags?: string[]): AnyCell => ({
    cell_type: "code",
    source: "chart",
    metadata: tags ? { tags } : {},
    outputs: [{ output_type: "display_data", data, metadata: {} }],
  });
  const full = { "application/vnd.vegalite.v5+json": v5, "image/svg+xml": svg, "text/plain": "c" };
  assert.deepEqual(chartProblems([cell(full, ["chart"])]), []);
  assert.match(
    chartProblems([cell({ "image/svg+xml": svg })])[0] ?? "",
    /lacks .*vegalite.*text\/plain/,
  );
  assert.match(
    chartProblems([cell({ ...full, "application/vnd.vegalite.v5+json": v6 })])[0] ?? "",
    /v6 \$schema \(mislabelled/,
  );
  assert.match(
    chartProblems([cell({ "text/plain": "x" }, ["chart"])])[0] ?? "",
    /displayed no chart/,
  );
  assert.deepEqual(summarize([cell(full)])[0]?.bundles, [Object.keys(full).sort()]);
  assert.deepEqual(
    errorOutputs([{
      cell_type: "code",
      source: "x",
      metadata: {},
      outputs: [{ output_type: "error", ename: "E", evalue: "v" }],
    }]),
    ["cell 1 (x): E: v"],
  );
});
