/**
 * Static prose in a second language (docs/second-language.md): markdown cells substituted from a
 * per-language catalogue keyed by cell id. Fixture: tests/fixtures/i18n/greeting.ipynb and its
 * catalogue in the test-only language "xx" (the catalogue code works on strings, so a code that
 * is not in lib/locale's LANGS is fine here).
 */
import assert from "node:assert/strict";
import { readNotebook } from "../lib/jupyter/ipynb.ts";
import { runNotebook } from "../lib/notebook/run.ts";
import {
  catalogueFile,
  catalogueSkeleton,
  localizeNotebook,
  parseCatalogue,
  translateNotebook,
} from "../lib/notebook/translate.ts";
import { renderNotebook } from "../lib/render/notebook.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const NOTEBOOK = "tests/fixtures/i18n/greeting.ipynb";
const CATALOGUE = "tests/fixtures/i18n/i18n/xx/greeting.md";
const svg = () => Promise.resolve('<svg role="img" aria-label="x"></svg>');

async function fixture() {
  const notebook = await readNotebook(`${ROOT}/${NOTEBOOK}`);
  const catalogue = parseCatalogue(await Deno.readTextFile(`${ROOT}/${CATALOGUE}`), CATALOGUE);
  return { notebook, catalogue };
}

Deno.test("translate: the catalogue of a notebook lives in i18n/<lang>/<stem>.md beside it", () => {
  assert.equal(catalogueFile(NOTEBOOK, "xx"), CATALOGUE);
  assert.equal(catalogueFile("a.ipynb", "zh"), "i18n/zh/a.md");
});

Deno.test("translate: every markdown cell is substituted; code and empty cells are kept", async () => {
  const { notebook, catalogue } = await fixture();
  assert.deepEqual([...catalogue.keys()], ["title", "method", "close"]);
  const xx = await localizeNotebook(notebook, NOTEBOOK, "xx", ROOT);
  assert.deepEqual(xx.cells.map((c) => c.source.split("\n")[0]), [
    "# XX Greetings",
    "// Parameters: the language of the computed prose.",
    "## XX Method",
    'const greetings = ["hello", "hi"];',
    "",
    "XX that is all: $x^2$ stays math.",
  ]);
  assert.equal(xx.cells[2]!.source, catalogue.get("method"));
  for (const i of [1, 3, 4]) assert.equal(xx.cells[i], notebook.cells[i], `cell ${i} kept`);
  assert.equal(notebook.cells[0]!.source.split("\n")[0], "# Greetings", "input not mutated");
  const page = await renderNotebook(xx, NOTEBOOK, { svg });
  assert.equal(page.title, "XX Greetings");
  assert.match(page.html, /XX we count the <strong>greetings<\/strong>/);
  assert.match(page.html, /<math>/, "math in a translation still renders");
  assert.equal(await localizeNotebook(notebook, NOTEBOOK, "en", ROOT), notebook, "en: as is");
});

Deno.test("translate: a markdown cell without a translation fails, naming notebook, cell and file", async () => {
  const { notebook, catalogue } = await fixture();
  catalogue.delete("method");
  catalogue.delete("close");
  assert.throws(
    () => translateNotebook(notebook, catalogue, { notebook: NOTEBOOK, file: CATALOGUE }),
    (error: Error) => {
      assert.ok(error instanceof RangeError);
      assert.equal(
        error.message,
        `${NOTEBOOK}: markdown cell method, close has no translation in ${CATALOGUE}; ` +
          `add a "<!-- cell: method -->" section for each`,
      );
      return true;
    },
  );
});

Deno.test("translate: a section for a cell that is not markdown, or a cell without id, fails", async () => {
  const { notebook, catalogue } = await fixture();
  const where = { notebook: NOTEBOOK, file: CATALOGUE };
  catalogue.set("count", "translated code?");
  catalogue.set("gone", "an old cell");
  assert.throws(
    () => translateNotebook(notebook, catalogue, where),
    /greeting\.md: cell count, gone is not a markdown cell of tests\/fixtures\/i18n\/greeting\.ipynb/,
  );
  const { id: _id, ...anonymous } = notebook.cells[0]!;
  assert.throws(
    () => translateNotebook({ ...notebook, cells: [anonymous] }, new Map(), where),
    /greeting\.ipynb: markdown cell 1 has no id/,
  );
});

Deno.test("translate: malformed catalogues and a missing catalogue file are reported", async () => {
  assert.throws(
    () => parseCatalogue("<!-- cell: a -->\nA\n<!-- cell: a -->\nB\n", "x.md"),
    /x\.md:3: cell a appears twice/,
  );
  assert.throws(
    () => parseCatalogue("<!-- header -->\nstray text\n<!-- cell: a -->\nA\n", "x.md"),
    (error: Error) =>
      error instanceof SyntaxError && /x\.md:2: text before the first/.test(error.message),
  );
  const { notebook } = await fixture();
  await assert.rejects(
    () => localizeNotebook(notebook, NOTEBOOK, "yy", ROOT),
    /no yy translation: tests\/fixtures\/i18n\/i18n\/yy\/greeting\.md is missing/,
  );
});

Deno.test("translate: a skeleton catalogue holds the source text and translates to itself", async () => {
  const { notebook } = await fixture();
  const skeleton = parseCatalogue(catalogueSkeleton(notebook, NOTEBOOK), "skeleton.md");
  assert.deepEqual([...skeleton.keys()], ["title", "method", "close"]);
  const same = translateNotebook(notebook, skeleton, { notebook: NOTEBOOK, file: "skeleton.md" });
  assert.deepEqual(same.cells.map((c) => c.source), notebook.cells.map((c) => c.source));
});

Deno.test("translate: the lang parameter feeds computed prose, the catalogue the static prose", async () => {
  const run = await runNotebook(`${ROOT}/${NOTEBOOK}`, { root: ROOT, params: { lang: "xx" } });
  const xx = await localizeNotebook(run.notebook, NOTEBOOK, "xx", ROOT);
  const page = await renderNotebook(xx, NOTEBOOK, { svg });
  assert.match(page.html, /2 greetings \(xx\)/, "computed in the notebook's language");
  assert.match(page.html, /<h1[^>]*>XX Greetings/);
});
