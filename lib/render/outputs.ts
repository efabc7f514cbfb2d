/**
 * One cell output (stream, error, MIME bundle) → HTML. MIME types are chosen in this order:
 * Vega-Lite (rendered to inline SVG), HTML (sanitized), SVG and PNG/JPEG (as `data:` images),
 * markdown, LaTeX, JSON, plain text. Every string from an output is escaped or sanitized.
 *
 * @module
 */
import type { MimeBundle, Output } from "../jupyter/ipynb.ts";
import { isVegaLiteMime, MIME } from "../jupyter/mime.ts";
import { renderChartFigure, type SvgRenderer } from "./figure.ts";
import { escapeHtml, stripAnsi } from "./escape.ts";
import { type MarkdownContext, renderMarkdown } from "./markdown.ts";
import { renderTex } from "./math.ts";
import { sanitizeHtml } from "./_sanitize.ts";
import { words } from "./_words.ts";

/** Per-page state for output rendering. */
export interface OutputContext {
  markdown: MarkdownContext;
  /** Number of figures so far on the page (for unique SVG id prefixes). */
  figures: number;
  svg?: SvgRenderer;
}

function text(value: unknown): string {
  return Array.isArray(value) ? value.join("") : typeof value === "string" ? value : "";
}

function base64(value: unknown): string {
  return text(value).replace(/\s+/g, "");
}

function svgAlt(svg: string, ctx: OutputContext): string {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/.exec(svg);
  return m ? m[1]!.replace(/<[^>]*>/g, "").trim() : words(ctx.markdown.lang ?? "en", "image");
}

async function bundle(data: MimeBundle, ctx: OutputContext): Promise<string> {
  const vegaLite = Object.keys(data).sort().find(isVegaLiteMime);
  if (vegaLite && typeof data[vegaLite] === "object" && data[vegaLite] !== null) {
    ctx.figures++;
    return await renderChartFigure(
      data[vegaLite] as Record<string, unknown>,
      `fig${ctx.figures}`,
      ctx.svg,
      ctx.markdown.lang,
    );
  }
  if (MIME.html in data) {
    return `<div class="output html" tabindex="0">${sanitizeHtml(text(data[MIME.html]))}</div>`;
  }
  if (MIME.svg in data) {
    const svg = text(data[MIME.svg]);
    const uri = `data:image/svg+xml;base64,${
      btoa(String.fromCharCode(...new TextEncoder().encode(svg)))
    }`;
    return `<div class="output image"><img src="${uri}" alt="${
      escapeHtml(svgAlt(svg, ctx))
    }"></div>`;
  }
  for (const mime of [MIME.png, MIME.jpeg]) {
    if (mime in data) {
      return `<div class="output image"><img src="data:${mime};base64,${
        escapeHtml(base64(data[mime]))
      }" alt="${words(ctx.markdown.lang ?? "en", "imageOutput")}"></div>`;
    }
  }
  if (MIME.markdown in data) {
    return `<div class="output markdown">${
      renderMarkdown(text(data[MIME.markdown]), ctx.markdown)
    }</div>`;
  }
  if (MIME.latex in data) {
    const tex = text(data[MIME.latex]).trim().replace(/^\$\$?|\$\$?$/g, "");
    return `<div class="output math">${renderTex(tex, true)}</div>`;
  }
  if (MIME.json in data) {
    return `<pre tabindex="0" class="output json">${
      escapeHtml(JSON.stringify(data[MIME.json], null, 2))
    }</pre>`;
  }
  if (MIME.plain in data) {
    return `<pre tabindex="0" class="output text">${
      escapeHtml(stripAnsi(text(data[MIME.plain])))
    }</pre>`;
  }
  return "";
}

/**
 * Renders one nbformat output.
 *
 * @example
 * ```ts
 * import { renderOutput } from "./outputs.ts";
 * import { markdownContext } from "./markdown.ts";
 * const html = await renderOutput(
 *   { output_type: "stream", name: "stdout", text: "<b>hi</b>\n" },
 *   { markdown: markdownContext(), figures: 0 },
 * );
 * if (html !== '<pre tabindex="0" class="output stream stdout">&lt;b&gt;hi&lt;/b&gt;\n</pre>') throw new Error(html);
 * ```
 */
export async function renderOutput(output: Output, ctx: OutputContext): Promise<string> {
  switch (output.output_type) {
    case "stream":
      return `<pre tabindex="0" class="output stream ${
        output.name === "stderr" ? "stderr" : "stdout"
      }">${escapeHtml(stripAnsi(text(output.text)))}</pre>`;
    case "error":
      return `<div class="output error"><p><strong>${escapeHtml(output.ename)}</strong>: ${
        escapeHtml(stripAnsi(output.evalue))
      }</p><pre tabindex="0">${
        escapeHtml(stripAnsi(output.traceback.slice(1).join("\n")))
      }</pre></div>`;
    case "display_data":
    case "execute_result":
      return await bundle(output.data ?? {}, ctx);
    default:
      return "";
  }
}
