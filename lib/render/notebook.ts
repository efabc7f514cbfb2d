/**
 * An executed notebook → the HTML of its page body: markdown cells, folded highlighted code
 * cells with their outputs in place, and the title, summary and headings for the page shell.
 *
 * @module
 */
import type { Cell, Notebook } from "../jupyter/ipynb.ts";
import { MIME } from "../jupyter/mime.ts";
import { CELL_TAGS, hasTag } from "../jupyter/tags.ts";
import type { SvgRenderer } from "./figure.ts";
import { highlight } from "./highlight.ts";
import { firstParagraph, type Heading, markdownContext, renderMarkdown } from "./markdown.ts";
import { type OutputContext, renderOutput } from "./outputs.ts";
import type { Lang } from "../locale/lang.ts";
import { words } from "./_words.ts";

/** What the page shell needs from a rendered notebook. */
export interface RenderedNotebook {
  /** The `<article>` content. */
  html: string;
  /** The first level-1 heading, else the file name. */
  title: string;
  /** Plain text of the first paragraph of markdown. */
  summary: string;
  /** Markdown of the output of the cell tagged `summary` (computed findings), when there is one. */
  findings?: string;
  /** Markdown of the output of the cell tagged `story` (the plain-words finding), if any. */
  story?: string;
  headings: Heading[];
}

/**
 * Renders an executed notebook's cells.
 *
 * @param path The notebook's path (used for the fallback title).
 * @example
 * ```ts
 * import { renderNotebook } from "./notebook.ts";
 * const page = await renderNotebook({
 *   nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [
 *     { cell_type: "markdown", source: "# Hello\n\nFirst words.", metadata: {} },
 *     { cell_type: "code", source: "1 + 1", metadata: {}, execution_count: 1, outputs: [
 *       { output_type: "execute_result", data: { "text/plain": "2" }, metadata: {} },
 *     ] },
 *   ],
 * }, "hello.ipynb");
 * if (page.title !== "Hello" || page.summary !== "First words.") throw new Error();
 * if (!page.html.includes("<details")) throw new Error(page.html);
 * ```
 */
export async function renderNotebook(
  notebook: Notebook,
  path: string,
  options: { svg?: SvgRenderer; lang?: Lang } = {},
): Promise<RenderedNotebook> {
  const markdown = markdownContext(options.lang);
  const ctx: OutputContext = { markdown, figures: 0, svg: options.svg };
  const parts: string[] = [];
  let summary = "";
  let findings: string | undefined;
  let story: string | undefined;
  for (const cell of notebook.cells) {
    if (hasTag(cell, CELL_TAGS.removeCell)) continue;
    if (cell.cell_type === "markdown") {
      summary ||= firstParagraph(cell.source);
      parts.push(
        `<section class="cell markdown">\n${renderMarkdown(cell.source, markdown)}</section>`,
      );
    } else if (cell.cell_type === "code") {
      if (hasTag(cell, CELL_TAGS.summary)) findings ??= _markdownOutput(cell);
      if (hasTag(cell, CELL_TAGS.story)) story ??= _markdownOutput(cell);
      const html = await _codeCell(cell, ctx);
      if (html) parts.push(html);
    }
  }
  const h1 = markdown.headings.find((h) => h.level === 1);
  const file = path.split("/").pop() ?? path;
  return {
    html: parts.join("\n"),
    title: h1?.text ?? file.replace(/\.ipynb$/, ""),
    summary,
    ...(findings !== undefined ? { findings } : {}),
    ...(story !== undefined ? { story } : {}),
    headings: markdown.headings,
  };
}

/** A code cell's section: its folded, highlighted source and its outputs, as the tags allow. */
async function _codeCell(cell: Cell, ctx: OutputContext): Promise<string | undefined> {
  const out: string[] = [];
  if (!hasTag(cell, CELL_TAGS.removeInput) && cell.source.trim() !== "") {
    const lang = ctx.markdown.lang ?? "en";
    const label = words(
      lang,
      hasTag(cell, CELL_TAGS.injectedParameters)
        ? "injected"
        : hasTag(cell, CELL_TAGS.parameters)
        ? "parameters"
        : "code",
    );
    const n = cell.execution_count ? ` <span class="count">[${cell.execution_count}]</span>` : "";
    out.push(
      `<details class="source"><summary>${label}${n}</summary>` +
        `<pre tabindex="0"><code class="hljs language-ts">${
          highlight(cell.source)
        }</code></pre></details>`,
    );
  }
  if (!hasTag(cell, CELL_TAGS.removeOutput)) {
    for (const output of cell.outputs ?? []) {
      const html = await renderOutput(output, ctx);
      if (html) out.push(html);
    }
  }
  return out.length > 0 ? `<section class="cell code">\n${out.join("\n")}\n</section>` : undefined;
}

/** The first markdown output of a cell (the computed findings of a `summary` cell). */
function _markdownOutput(cell: Cell): string | undefined {
  for (const output of cell.outputs ?? []) {
    if (!("data" in output)) continue;
    const text = (output.data as Record<string, unknown>)[MIME.markdown];
    if (text !== undefined) return Array.isArray(text) ? text.join("") : String(text);
  }
  return undefined;
}
