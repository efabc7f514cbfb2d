/**
 * Static prose in another language (docs/second-language.md): a notebook's markdown cells are
 * written in English, and each other language has a catalogue beside the notebooks,
 * `notebooks/i18n/<lang>/<notebook-stem>.md`, with one `<!-- cell: <id> -->` section per markdown
 * cell (by nbformat cell id). Building another language substitutes every markdown cell from its
 * catalogue; a cell without a translation fails the build, naming the notebook, the cell id and
 * the catalogue file. Computed prose is not here: it comes from sentence functions in lib/analyze
 * (`inLang(f.lang, { … })`) fed the notebook's `lang` parameter.
 *
 * @module
 */
import type { Notebook } from "../jupyter/ipynb.ts";
import { type Lang, LANGS } from "../locale/lang.ts";

/** The language the notebooks are written in; it needs no catalogue. */
export const SOURCE_LANG = "en";

/** A catalogue: cell id → translated markdown. */
export type Catalogue = Map<string, string>;

const MARKER = /^<!--\s*cell:\s*([A-Za-z0-9_.-]+)\s*-->\s*$/;

/**
 * The catalogue file of a notebook for a language: `i18n/<lang>/<stem>.md` in the notebook's
 * folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { catalogueFile } from "./translate.ts";
 * assert.equal(catalogueFile("notebooks/01-scaling-laws.ipynb", "zh"), "notebooks/i18n/zh/01-scaling-laws.md");
 * ```
 */
export function catalogueFile(notebook: string, lang: string): string {
  const slash = notebook.lastIndexOf("/");
  const stem = notebook.slice(slash + 1).replace(/\.ipynb$/, "");
  return `${notebook.slice(0, slash + 1)}i18n/${lang}/${stem}.md`;
}

/**
 * Parses a catalogue: sections start at a `<!-- cell: <id> -->` line and run to the next one;
 * blank lines around a section's text are dropped. Before the first section only blank lines and
 * HTML comments (a header for translators) may stand.
 *
 * @param file The catalogue's path, for messages.
 * @throws {SyntaxError} on text before the first section or an id that appears twice.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCatalogue } from "./translate.ts";
 * const catalogue = parseCatalogue(
 *   "<!-- header -->\n<!-- cell: c00 -->\n# Titre\n\nTexte.\n\n<!-- cell: c02 -->\nSuite.\n",
 *   "fr.md",
 * );
 * assert.equal(catalogue.get("c00"), "# Titre\n\nTexte.");
 * assert.equal(catalogue.get("c02"), "Suite.");
 * ```
 */
export function parseCatalogue(text: string, file: string): Catalogue {
  const catalogue: Catalogue = new Map();
  let id: string | undefined;
  let lines: string[] = [];
  const close = () => {
    if (id !== undefined) catalogue.set(id, lines.join("\n").replace(/^\s*\n|\s+$/g, ""));
  };
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const marker = MARKER.exec(line);
    if (marker) {
      close();
      id = marker[1]!;
      if (catalogue.has(id)) {
        throw new SyntaxError(`${file}:${i + 1}: cell ${id} appears twice; keep one section`);
      }
      lines = [];
    } else if (id !== undefined) lines.push(line);
    else if (line.trim() !== "" && !/^\s*<!--.*-->\s*$/.test(line)) {
      throw new SyntaxError(
        `${file}:${i + 1}: text before the first "<!-- cell: <id> -->" line; ` +
          `start each cell's translation with its marker`,
      );
    }
  }
  close();
  return catalogue;
}

/**
 * Substitutes every markdown cell of a notebook from a catalogue; code cells are untouched.
 *
 * @param where The notebook's and the catalogue's paths, for messages.
 * @throws {RangeError} naming the notebook, the cell ids and the catalogue file when a markdown
 * cell has no id or no translation, or the catalogue translates a cell that is not markdown.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { translateNotebook } from "./translate.ts";
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [
 *   { id: "a", cell_type: "markdown" as const, source: "# Title", metadata: {} },
 *   { id: "b", cell_type: "code" as const, source: "1", metadata: {}, outputs: [] },
 * ] };
 * const out = translateNotebook(nb, new Map([["a", "# Titre"]]), { notebook: "n.ipynb", file: "fr.md" });
 * assert.equal(out.cells[0]?.source, "# Titre");
 * assert.equal(out.cells[1], nb.cells[1]);
 * assert.throws(
 *   () => translateNotebook(nb, new Map(), { notebook: "n.ipynb", file: "fr.md" }),
 *   /n\.ipynb: markdown cell a has no translation in fr\.md/,
 * );
 * ```
 */
export function translateNotebook(
  notebook: Notebook,
  catalogue: Catalogue,
  where: { notebook: string; file: string },
): Notebook {
  const missing: string[] = [];
  const cells = notebook.cells.map((cell, i) => {
    if (cell.cell_type !== "markdown" || cell.source.trim() === "") return cell;
    if (cell.id === undefined) {
      throw new RangeError(
        `${where.notebook}: markdown cell ${i + 1} has no id, so ${where.file} cannot name it; ` +
          `save the notebook as nbformat 4.5 (Jupyter adds ids)`,
      );
    }
    const text = catalogue.get(cell.id);
    if (text === undefined) missing.push(cell.id);
    return { ...cell, source: text ?? cell.source };
  });
  if (missing.length > 0) {
    throw new RangeError(
      `${where.notebook}: markdown cell ${missing.join(", ")} has no translation in ` +
        `${where.file}; add a "<!-- cell: ${missing[0]} -->" section for each`,
    );
  }
  const markdown = new Set(
    notebook.cells.filter((c) => c.cell_type === "markdown").map((c) => c.id),
  );
  const stray = [...catalogue.keys()].filter((id) => !markdown.has(id));
  if (stray.length > 0) {
    throw new RangeError(
      `${where.file}: cell ${stray.join(", ")} is not a markdown cell of ${where.notebook}; ` +
        `remove the section or fix the id`,
    );
  }
  return { ...notebook, cells };
}

/**
 * Translates a notebook's markdown into `lang` from its catalogue under `root`; the default
 * language (`en`, the notebooks' own) returns the notebook unchanged.
 *
 * @param notebook The notebook's path relative to the root (it names the catalogue).
 * @throws {RangeError} when the catalogue file is missing (naming it) or incomplete.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { localizeNotebook } from "./translate.ts";
 * const root = await Deno.makeTempDir();
 * await Deno.mkdir(`${root}/nb/i18n/fr`, { recursive: true });
 * await Deno.writeTextFile(`${root}/nb/i18n/fr/a.md`, "<!-- cell: t -->\n# Bonjour\n");
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ id: "t", cell_type: "markdown" as const, source: "# Hello", metadata: {} }] };
 * assert.equal((await localizeNotebook(nb, "nb/a.ipynb", "fr", root)).cells[0]?.source, "# Bonjour");
 * assert.equal(await localizeNotebook(nb, "nb/a.ipynb", "en", root), nb);
 * await assert.rejects(() => localizeNotebook(nb, "nb/a.ipynb", "de", root), /nb\/i18n\/de\/a\.md/);
 * await Deno.remove(root, { recursive: true });
 * ```
 */
export async function localizeNotebook(
  notebook: Notebook,
  path: string,
  lang: string,
  root: string,
): Promise<Notebook> {
  if (lang === SOURCE_LANG) return notebook;
  const file = catalogueFile(path, lang);
  let text: string;
  try {
    text = await Deno.readTextFile(`${root}/${file}`);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new RangeError(
      `${path}: no ${lang} translation: ${file} is missing; start it with catalogueSkeleton()`,
    );
  }
  return translateNotebook(notebook, parseCatalogue(text, file), { notebook: path, file });
}

/**
 * A catalogue to start a translation from: every markdown cell's current text under its marker.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { catalogueSkeleton, parseCatalogue } from "./translate.ts";
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ id: "t", cell_type: "markdown" as const, source: "# Hello", metadata: {} }] };
 * const text = catalogueSkeleton(nb, "notebooks/a.ipynb");
 * assert.deepEqual([...parseCatalogue(text, "a.md")], [["t", "# Hello"]]);
 * ```
 */
export function catalogueSkeleton(notebook: Notebook, path: string): string {
  const sections = notebook.cells
    .filter((c) => c.cell_type === "markdown" && c.source.trim() !== "")
    .map((c) => `<!-- cell: ${c.id ?? "?"} -->\n${c.source.trim()}\n`);
  return [`<!-- Translation of ${path}: one section per markdown cell, by cell id. -->\n`]
    .concat(sections).join("\n");
}

/**
 * The editions of a folder of notebooks: English plus every other language of `LANGS` whose
 * catalogues sit beside them (`<folder>/i18n/<lang>/`). A site's pages link exactly these, and
 * `deno task report` builds them; a folder without translations is English only.
 *
 * @param folder The notebooks' folder, absolute or relative to the working directory.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { siteEditions } from "./translate.ts";
 * const folder = await Deno.makeTempDir();
 * assert.deepEqual(await siteEditions(folder), ["en"]);
 * await Deno.mkdir(`${folder}/i18n/zh`, { recursive: true });
 * assert.deepEqual(await siteEditions(folder), ["en", "zh"]);
 * await Deno.remove(folder, { recursive: true });
 * ```
 */
export async function siteEditions(folder: string): Promise<Lang[]> {
  const translated = async (lang: Lang) =>
    lang === SOURCE_LANG ||
    await Deno.stat(`${folder}/i18n/${lang}`).then((s) => s.isDirectory, () => false);
  const found = await Promise.all(LANGS.map(translated));
  return LANGS.filter((_, i) => found[i]);
}
