/**
 * A chapter notebook for Jupyter in another language (issue 17): a reader of a notebook sees one
 * language. `notebooks/<lang>/<stem>.ipynb` is generated from `notebooks/<stem>.ipynb` and its
 * catalogue (`notebooks/i18n/<lang>/<stem>.md`): every markdown cell translated, the `lang`
 * parameter set to the language (so the computed prose, tables and charts follow), imports one
 * folder deeper, and no outputs. `deno task notebooks` writes them; a test checks they are fresh.
 *
 * @module
 */
import { parseNotebook } from "../jupyter/ipynb.ts";
import { type Catalogue, translateNotebook } from "./translate.ts";

/** A raw nbformat cell as stored (source as a string or a list of lines). */
interface RawCell {
  cell_type: string;
  id?: string;
  metadata?: { tags?: string[] };
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}

/** The `lang` declaration of a notebook's `parameters` cell, English by default. */
const LANG_PARAMETER = /^const lang(: Lang)? = "en";$/m;

/**
 * The Jupyter edition of a notebook in `lang`, as nbformat JSON text (one-space indent, as
 * Jupyter writes it), for a copy one folder below the notebook.
 *
 * @param text The notebook's JSON text.
 * @param catalogue Its translation (parseCatalogue of `notebooks/i18n/<lang>/<stem>.md`).
 * @param where The notebook and catalogue paths, named in errors.
 * @throws {RangeError} when a markdown cell has no translation, or no `parameters` cell declares
 *   `const lang = "en";`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { jupyterEdition } from "./jupyter_edition.ts";
 * const nb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [
 *   { id: "m", cell_type: "markdown", metadata: {}, source: ["# Hello"] },
 *   { id: "p", cell_type: "code", metadata: { tags: ["parameters"] }, execution_count: 3,
 *     outputs: [{ output_type: "stream" }], source: ['const lang = "en";'] },
 *   { id: "c", cell_type: "code", metadata: {}, execution_count: null, outputs: [],
 *     source: ['import { x } from "../lib/mod.ts";'] },
 * ] };
 * const where = { notebook: "n.ipynb", file: "fr.md" };
 * const out = JSON.parse(jupyterEdition(JSON.stringify(nb), new Map([["m", "# Bonjour"]]), "fr", where));
 * assert.deepEqual(out.cells[0].source, ["# Bonjour"]);
 * assert.deepEqual(out.cells[1].source, ['const lang = "fr";']);
 * assert.deepEqual([out.cells[1].outputs, out.cells[1].execution_count], [[], null]);
 * assert.deepEqual(out.cells[2].source, ['import { x } from "../../lib/mod.ts";']);
 * assert.throws(() => jupyterEdition(JSON.stringify(nb), new Map(), "fr", where), /cell m has no translation/);
 * ```
 */
export function jupyterEdition(
  text: string,
  catalogue: Catalogue,
  lang: string,
  where: { notebook: string; file: string },
): string {
  const translated = translateNotebook(parseNotebook(text, where.notebook), catalogue, where);
  const raw = JSON.parse(text) as { cells: RawCell[] };
  let parameterSet = false;
  raw.cells = raw.cells.map((cell, i) => {
    if (cell.cell_type === "markdown") {
      return { ...cell, source: _lines(translated.cells[i]!.source) };
    }
    if (cell.cell_type !== "code") return cell;
    let source = [cell.source].flat().join("").replaceAll('"../', '"../../');
    if (cell.metadata?.tags?.includes("parameters") && LANG_PARAMETER.test(source)) {
      source = source.replace(LANG_PARAMETER, (_, type = "") => `const lang${type} = "${lang}";`);
      parameterSet = true;
    }
    return { ...cell, source: _lines(source), outputs: [], execution_count: null };
  });
  if (!parameterSet) {
    throw new RangeError(
      `${where.notebook}: no cell tagged "parameters" declares const lang = "en"; add it`,
    );
  }
  return `${JSON.stringify(raw, null, 1)}\n`;
}

/** nbformat's list-of-lines form: every line keeps its newline but the last. */
function _lines(source: string): string[] {
  return source === "" ? [] : source.split(/(?<=\n)/);
}
