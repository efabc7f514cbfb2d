/**
 * The other-language editions (issue 17), generic over LANGS: every markdown cell of every
 * registered notebook (and the analyze notebook, and the index) is translated in every catalogue
 * language; a missing section fails the build naming the notebook, the cell and the catalogue; a
 * translated heading keeps its English anchor; the page chrome has every word in every language;
 * and each built edition (reports/<lang>/) has every page of the English site with the same
 * charts, `<html lang>`, hreflang links both ways to existing files, a language switch landing on
 * the same page and section, and no untranslated English sentence (tests/_edition.ts states the
 * heuristic); the Jupyter editions (notebooks/<lang>/) are fresh.
 */
import assert from "node:assert/strict";
import { readChapters } from "../lib/notebook/chapters.ts";
import { buildReports } from "../lib/notebook/build.ts";
import { anchorHeadings, catalogueKey } from "../lib/notebook/_localize.ts";
import { catalogueFile } from "../lib/notebook/translate.ts";
import type { Notebook } from "../lib/jupyter/ipynb.ts";
import { HTML_LANG, PHRASE_KEYS, type WordLang, words } from "../lib/render/_words.ts";
import type { Lang } from "../lib/locale/lang.ts";
import { catalogueLangs, EDITIONS, sectionIds, untranslatedRuns } from "./_edition.ts";
import { sitePages } from "./_chapters.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const ANALYZE = "notebooks/analyze/analyze.ipynb";
const CHAPTERS = (await readChapters(ROOT)) ?? [];
const svg = () => Promise.resolve('<svg role="img" aria-label="x"></svg>');

Deno.test("editions: every markdown cell of every notebook has a section in each catalogue", async () => {
  const notebooks = [...CHAPTERS.map((c) => c.notebook), ANALYZE];
  const langs = catalogueLangs(ROOT);
  for (const lang of langs) {
    for (const notebook of notebooks) {
      // Throws naming the notebook, the cell id and the catalogue file (translate.ts).
      await catalogueKey(ROOT, notebook, lang);
    }
    await Deno.stat(`${ROOT}/notebooks/i18n/${lang}/index.md`).catch(() => {
      assert.fail(
        `notebooks/index.md has no ${lang} translation (notebooks/i18n/${lang}/index.md)`,
      );
    });
  }
});

/** A temporary repository with one notebook and a catalogue in `lang` holding `sections`. */
async function tempRepo(lang: string, sections: string): Promise<string> {
  await Deno.mkdir(`${ROOT}/.cache`, { recursive: true });
  const dir = await Deno.makeTempDir({ dir: `${ROOT}/.cache`, prefix: "edition-" });
  for (const f of ["deno.json", "deno.lock"]) await Deno.copyFile(`${ROOT}/${f}`, `${dir}/${f}`);
  await Deno.mkdir(`${dir}/notebooks/i18n/${lang}`, { recursive: true });
  const notebook: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { id: "t", cell_type: "markdown", metadata: {}, source: "# A title\n\nFirst words." },
      {
        id: "p",
        cell_type: "code",
        metadata: { tags: ["parameters"] },
        source: 'const lang = "en";',
        outputs: [],
        execution_count: null,
      },
      { id: "s", cell_type: "markdown", metadata: {}, source: "## Some section\n\nMore." },
    ],
  };
  await Deno.writeTextFile(`${dir}/notebooks/a.ipynb`, JSON.stringify(notebook));
  await Deno.writeTextFile(`${dir}/notebooks/index.md`, "# Book\n\n<!-- chapters -->\n");
  await Deno.writeTextFile(
    `${dir}/notebooks/i18n/${lang}/index.md`,
    "# Buch\n\n<!-- chapters -->\n",
  );
  await Deno.writeTextFile(catalogueFile(`${dir}/notebooks/a.ipynb`, lang), sections);
  return dir;
}

Deno.test("editions: the Jupyter editions (notebooks/<lang>/) are fresh: deno task notebooks --check", async () => {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["task", "notebooks", "--check"],
    cwd: ROOT,
    env: { INIT_CWD: "" },
    stdout: "null",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  for (const lang of EDITIONS) {
    for (const { notebook } of CHAPTERS) {
      const copy = notebook.replace(/^notebooks\//, `notebooks/${lang}/`);
      const text = await Deno.readTextFile(`${ROOT}/${copy}`);
      assert.match(text, new RegExp(`const lang = \\\\"${lang}\\\\";`), `${copy}: lang parameter`);
    }
  }
});

Deno.test("editions: a missing catalogue section names the notebook, the cell and the file", async () => {
  const dir = await tempRepo("xx", "<!-- cell: t -->\n# Ein Titel\n");
  try {
    await assert.rejects(
      () => catalogueKey(dir, "notebooks/a.ipynb", "xx"),
      /notebooks\/a\.ipynb: markdown cell s has no translation in notebooks\/i18n\/xx\/a\.md/,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "editions: the build of another language fails before running on a missing section",
  ignore: EDITIONS.length === 0,
  async fn() {
    const lang = EDITIONS[0]!;
    const dir = await tempRepo(lang, "<!-- cell: t -->\n# Ein Titel\n");
    try {
      const log: string[] = [];
      await assert.rejects(
        () => buildReports({ root: dir, lang, svg, log: (l) => log.push(l) }),
        new RegExp(`markdown cell s has no translation in notebooks/i18n/${lang}/a\\.md`),
      );
      assert.ok(!log.some((l) => l.includes("running")), "a notebook ran before the check");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "editions: a translated page keeps the English anchors and links both editions",
  ignore: EDITIONS.length === 0,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const lang = EDITIONS[0]!;
    const dir = await tempRepo(
      lang,
      "<!-- cell: t -->\n# Ein Titel\n\nErste Worte.\n\n<!-- cell: s -->\n## Ein Abschnitt\n\nMehr.\n",
    );
    try {
      await buildReports({ root: dir, lang, svg, out: `${dir}/reports/${lang}`, log: () => {} });
      const page = await Deno.readTextFile(`${dir}/reports/${lang}/a.html`);
      assert.match(page, new RegExp(`<html lang="${HTML_LANG[lang]}">`));
      assert.match(page, /<h2 id="some-section">Ein Abschnitt /);
      assert.match(page, /<link rel="alternate" hreflang="en" href="\.\.\/a\.html">/);
      assert.match(page, /class="anchor-lang" href="\.\.\/a\.html#some-section" hreflang="en"/);
      assert.match(page, /<title>Ein Titel<\/title>/);
      const index = await Deno.readTextFile(`${dir}/reports/${lang}/index.html`);
      assert.match(index, /<h1>Buch<\/h1>/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("editions: a translated heading keeps its English anchor; a lost heading fails", () => {
  const cell = (source: string) => ({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [{ id: "c", cell_type: "markdown" as const, metadata: {}, source }],
  });
  const english = cell("## Scaling laws\n\n### The $L(N, D)$ law\n\n```\n# not a heading\n```");
  const out = anchorHeadings(
    english,
    cell("## 伸缩法则\n\n### 法则 $L(N, D)$\n\n```\n# x\n```"),
    "n",
  );
  assert.equal(
    out.cells[0]!.source,
    "## 伸缩法则 {#scaling-laws}\n\n### 法则 $L(N, D)$ {#the-l-n-d-law}\n\n```\n# x\n```",
  );
  assert.throws(
    () => anchorHeadings(english, cell("## 伸缩法则"), "n.ipynb"),
    /n\.ipynb: markdown cell c has 2 heading\(s\) in English but 1 in its translation/,
  );
});

Deno.test("editions: the page chrome has every phrase in every language", () => {
  const langs: WordLang[] = ["en", "zh"];
  for (const key of PHRASE_KEYS) {
    for (const lang of langs) {
      const text = words(lang as Lang, key);
      assert.ok(text.trim() !== "", `${key} is empty in ${lang}`);
      if (lang !== "en") assert.notEqual(text, words("en", key), `${key} is not translated`);
    }
  }
});

for (const lang of EDITIONS) {
  Deno.test(`editions: reports/${lang}/ mirrors reports/ page by page`, async () => {
    const pages = sitePages(CHAPTERS);
    for (const name of pages) {
      const en = await Deno.readTextFile(`${ROOT}/reports/${name}`);
      const page = await Deno.readTextFile(`${ROOT}/reports/${lang}/${name}`).catch(() =>
        assert.fail(`reports/${lang}/${name} is missing; run deno task report`)
      );
      assert.match(page, new RegExp(`<html lang="${HTML_LANG[lang]}">`), name);
      assert.match(en, /<html lang="en">/, name);
      // hreflang both ways, to files that exist.
      for (const [html, dir] of [[en, "reports"], [page, `reports/${lang}`]] as const) {
        const links = [
          ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g),
        ];
        assert.deepEqual(links.map((m) => m[1]).sort(), ["en", HTML_LANG[lang]].sort(), name);
        for (const [, , href] of links) await Deno.stat(`${ROOT}/${dir}/${href}`);
        assert.match(html, /<nav class="lang-switch"[^>]*><a href="[^"]+" hreflang=/, name);
      }
      // The switch lands on the same section: the English section ids all exist here.
      const ids = new Set(sectionIds(page));
      const lost = sectionIds(en).filter((id) => !ids.has(id));
      assert.deepEqual(lost, [], `${name}: English sections without a ${lang} counterpart`);
      const count = (html: string) => html.split('<figure class="chart"').length - 1;
      assert.equal(count(page), count(en), `${name}: chart count differs`);
      assert.deepEqual(untranslatedRuns(page), [], `reports/${lang}/${name}: English text`);
    }
  });
}
