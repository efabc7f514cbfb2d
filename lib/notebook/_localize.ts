/**
 * The build's translation step (docs/second-language.md): a notebook run with `lang = L` gets its
 * markdown cells from `notebooks/i18n/L/<stem>.md`, and every translated heading keeps the anchor
 * id of its English heading, so a section has the same address in every edition and the language
 * switch lands on it.
 *
 * @module
 */
import { type Notebook, readNotebook } from "../jupyter/ipynb.ts";
import { markdownContext, renderMarkdown } from "../render/markdown.ts";
import { catalogueFile, localizeNotebook, SOURCE_LANG } from "./translate.ts";
import { sha256 } from "./_hash.ts";

/** A markdown heading line (ATX), with an optional `{#id}` at its end. */
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const EXPLICIT = /\{#[a-z0-9][a-z0-9-]*\}$/;

/**
 * Checks that the catalogue of `rel` in `lang` covers the notebook (before anything runs) and
 * returns a hash of it for the page cache; "" for the source language.
 *
 * @throws {RangeError} naming the notebook, the cell id and the catalogue file (translate.ts).
 */
export async function catalogueKey(root: string, rel: string, lang: string): Promise<string> {
  if (lang === SOURCE_LANG) return "";
  const source = await readNotebook(`${root}/${rel}`);
  anchorHeadings(source, await localizeNotebook(source, rel, lang, root), rel);
  return await sha256(await Deno.readTextFile(`${root}/${catalogueFile(rel, lang)}`));
}

/** An executed notebook with its markdown in `lang`, headings anchored as in English. */
export async function localizedNotebook(
  executed: Notebook,
  rel: string,
  lang: string,
  root: string,
): Promise<Notebook> {
  if (lang === SOURCE_LANG) return executed;
  return anchorHeadings(executed, await localizeNotebook(executed, rel, lang, root), rel);
}

/**
 * Gives each heading of each translated markdown cell the id its English heading has on the
 * English page (rendered in page order, so repeated titles get the same `-2` suffixes).
 *
 * @throws {RangeError} when a translated cell has a different number of headings.
 */
export function anchorHeadings(english: Notebook, translated: Notebook, rel: string): Notebook {
  const ctx = markdownContext();
  const ids = new Map<string, string[]>();
  for (const cell of english.cells) {
    if (cell.cell_type !== "markdown" || cell.id === undefined) continue;
    const before = ctx.headings.length;
    renderMarkdown(cell.source, ctx);
    ids.set(cell.id, ctx.headings.slice(before).map((h) => h.id));
  }
  const cells = translated.cells.map((cell) => {
    const wanted = cell.cell_type === "markdown" && cell.id ? ids.get(cell.id) : undefined;
    if (!wanted || wanted.length === 0) return cell;
    const lines = cell.source.split("\n");
    const at = headingLines(lines);
    if (at.length !== wanted.length) {
      throw new RangeError(
        `${rel}: markdown cell ${cell.id} has ${wanted.length} heading(s) in English but ` +
          `${at.length} in its translation; give the translation the same headings`,
      );
    }
    at.forEach((line, i) => {
      const text = lines[line]!.replace(/[ \t]+$/, "");
      if (!EXPLICIT.test(text)) lines[line] = `${text} {#${wanted[i]}}`;
    });
    return { ...cell, source: lines.join("\n") };
  });
  return { ...translated, cells };
}

/** Indexes of the ATX heading lines outside fenced code. */
function headingLines(lines: string[]): number[] {
  const out: number[] = [];
  let fence = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    else if (!fence && HEADING.test(line)) out.push(i);
  });
  return out;
}
