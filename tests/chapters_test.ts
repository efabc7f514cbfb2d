/**
 * The chapter registry (notebooks/chapters.json): adding a chapter is one notebook plus one
 * entry, and the build, the index page and the whole-report tests pick it up with no other edit.
 * Runs on a temporary repository (deno.json, deno.lock, two small notebooks, a registry).
 */
import assert from "node:assert/strict";
import { buildReports } from "../lib/notebook/build.ts";
import { type Chapter, parseChapters, readChapters } from "../lib/notebook/chapters.ts";
import { quickGroups, sitePages } from "./_chapters.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const quiet = () => {};
/** Stub SVG renderer: marks each drawing with its id prefix and first data value. */
const svg = (spec: Record<string, unknown>, o: { idPrefix: string }) =>
  Promise.resolve(
    `<svg role="img" aria-label="${o.idPrefix}" data-n="${
      JSON.stringify((spec.data as { values: unknown[] }).values[0])
    }"></svg>`,
  );

function notebook(title: string, n: number): string {
  const spec = { data: { values: [{ n }] }, mark: "point", description: `Point ${n}` };
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { id: "intro", cell_type: "markdown", metadata: {}, source: `# ${title}\n\nAbout ${n}.` },
      {
        id: "params",
        cell_type: "code",
        metadata: { tags: ["parameters"] },
        source: "const n = 1;",
      },
      {
        id: "plot",
        cell_type: "code",
        metadata: {},
        outputs: [],
        execution_count: null,
        source: `await Deno.jupyter.display({ "application/vnd.vegalite.v5+json": ${
          JSON.stringify(spec)
        } }, { raw: true });`,
      },
    ],
  });
}

const FIRST = { order: 1, notebook: "01-first.ipynb", title: "First chapter", lead: "plot" };
const ADDED = {
  order: 2,
  notebook: "02-added.ipynb",
  title: "An added chapter",
  lead: "plot",
  quickParams: { n: "3" },
};

async function tempRepo(chapters: object[]): Promise<string> {
  await Deno.mkdir(`${ROOT}/.cache`, { recursive: true });
  const dir = await Deno.makeTempDir({ dir: `${ROOT}/.cache`, prefix: "chapters-" });
  for (const f of ["deno.json", "deno.lock"]) await Deno.copyFile(`${ROOT}/${f}`, `${dir}/${f}`);
  await Deno.mkdir(`${dir}/notebooks`);
  await Deno.writeTextFile(`${dir}/notebooks/01-first.ipynb`, notebook("First chapter", 1));
  await Deno.writeTextFile(`${dir}/notebooks/index.md`, "# Book\n\n<!-- chapters -->\n");
  await writeRegistry(dir, chapters);
  return dir;
}

async function writeRegistry(dir: string, chapters: object[]): Promise<void> {
  await Deno.writeTextFile(`${dir}/notebooks/chapters.json`, JSON.stringify({ chapters }));
}

Deno.test("chapters: a new notebook plus a registry entry is built, indexed and checked", async () => {
  const dir = await tempRepo([FIRST]);
  try {
    const build = (check = false) =>
      buildReports({ root: dir, svg, log: quiet, cache: false, check });
    await build();
    // Add the chapter: the notebook and its entry, nothing else.
    await Deno.writeTextFile(`${dir}/notebooks/02-added.ipynb`, notebook("An added chapter", 2));
    await writeRegistry(dir, [ADDED, FIRST]);
    assert.equal((await build(true)).ok, false, "--check sees the site is stale");
    const result = await build();
    assert.deepEqual(result.pages.map((p) => p.page), ["01-first.html", "02-added.html"]);
    const added = await Deno.readTextFile(`${dir}/reports/02-added.html`);
    assert.match(added, /<title>An added chapter<\/title>/);
    const first = await Deno.readTextFile(`${dir}/reports/01-first.html`);
    assert.match(first, /<a href="02-added\.html">An added chapter<\/a>/, "in every page's nav");
    const index = await Deno.readTextFile(`${dir}/reports/index.html`);
    const cards = [...index.matchAll(/<li class="card"><a href="([^"]+)">(.*?)<\/li>/g)];
    assert.deepEqual(cards.map((m) => m[1]), ["01-first.html", "02-added.html"], "in order");
    assert.match(
      cards[1]![2]!,
      /aria-label="thumb2" data-n="\{"n":2\}"/,
    );
    assert.match(cards[1]![2]!, /About 2\./, "the card's teaser");
    assert.doesNotMatch(cards[0]![2]!, /"n":2/, "each card its own lead chart");
    assert.equal((await build(true)).ok, true, "--check: the rebuilt site is fresh");
    // The whole-report tests read the registry: the determinism test builds the new chapter
    // with its quick parameters, the browser test opens its page.
    const chapters = (await readChapters(dir))!;
    assert.deepEqual(quickGroups(chapters), [
      { notebooks: ["notebooks/01-first.ipynb"], params: [] },
      { notebooks: ["notebooks/02-added.ipynb"], params: ["--param", "n=3"] },
    ]);
    assert.deepEqual(sitePages(chapters), [
      "index.html",
      "01-first.html",
      "02-added.html",
      "glossary.html",
    ]);
    const quick = await buildReports({
      root: dir,
      notebooks: [`${dir}/notebooks/02-added.ipynb`],
      params: chapters[1]!.quickParams,
      out: `${dir}/quick`,
      svg,
      log: quiet,
      cache: false,
    });
    assert.deepEqual(quick.pages.map((p) => p.errors), [[]], "quick parameters are declared");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("chapters: a notebook left out of the registry, or a wrong entry, fails the build", async () => {
  const dir = await tempRepo([FIRST]);
  const build = () => buildReports({ root: dir, svg, log: quiet, cache: false });
  try {
    await Deno.writeTextFile(`${dir}/notebooks/02-added.ipynb`, notebook("An added chapter", 2));
    await assert.rejects(build, /notebooks\/02-added\.ipynb: not in notebooks\/chapters\.json/);
    await writeRegistry(dir, [FIRST, { ...ADDED, title: "Another title" }]);
    await assert.rejects(
      build,
      /chapter 2 is titled "Another title" but notebooks\/02-added\.ipynb is headed "An added chapter"/,
    );
    await writeRegistry(dir, [FIRST, { ...ADDED, lead: "nope" }]);
    await assert.rejects(build, /02-added\.ipynb: lead chart: no cell with id "nope"/);
    await writeRegistry(dir, [FIRST, { ...ADDED, lead: "intro" }]);
    await assert.rejects(build, /cell "intro" displays no Vega-Lite chart/);
    await writeRegistry(dir, [FIRST, { ...ADDED, notebook: "03-missing.ipynb" }]);
    await assert.rejects(build, /chapter 2: notebooks\/03-missing\.ipynb does not exist/);
    assert.ok(!(await Deno.stat(`${dir}/reports`).catch(() => undefined)), "nothing written");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("chapters: the registry is validated field by field", () => {
  const parse = (chapters: unknown[]) =>
    parseChapters(JSON.stringify({ chapters }), "notebooks/chapters.json");
  assert.throws(() => parse([{ ...FIRST, title: "" }]), /chapter 1: "title" must be a non-empty/);
  assert.throws(() => parse([{ ...FIRST, order: "1" }]), /chapter 1: "order" must be a number/);
  assert.throws(() => parse([{ ...FIRST, notebook: "x.md" }]), /"notebook" must be a file name/);
  assert.throws(() => parse([FIRST, { ...ADDED, order: 1 }]), /order 1 appears twice/);
  assert.throws(() => parse([{ ...FIRST, quickParams: { n: 3 } }]), /"quickParams" must map/);
  assert.throws(() => parseChapters("[]", "c.json"), /expected \{ "chapters": \[ … \] \}/);
  const chapters: Chapter[] = parse([ADDED, FIRST]);
  assert.deepEqual(chapters.map((c) => c.notebook), [
    "notebooks/01-first.ipynb",
    "notebooks/02-added.ipynb",
  ]);
  assert.deepEqual(chapters[0]!.quickParams, {});
});

Deno.test("chapters: the repository's registry lists every chapter notebook", async () => {
  const chapters = (await readChapters(ROOT))!;
  const notebooks = [...Deno.readDirSync(`${ROOT}/notebooks`)]
    .filter((e) => e.isFile && e.name.endsWith(".ipynb"))
    .map((e) => `notebooks/${e.name}`)
    .sort();
  assert.deepEqual(chapters.map((c) => c.notebook).sort(), notebooks);
});
