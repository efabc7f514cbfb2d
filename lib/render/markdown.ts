/**
 * Markdown → HTML with marked, TeX math (`$…$`, `$$…$$`, as Jupyter renders it) as MathML,
 * headings with stable anchors, TypeScript code blocks highlighted, raw HTML sanitized.
 *
 * @module
 */
import { Marked, type Tokens } from "marked";
import { escapeHtml, slugify } from "./escape.ts";
import { highlight } from "./highlight.ts";
import { renderTex } from "./math.ts";
import { sanitizeHtml } from "./_sanitize.ts";
import type { Lang } from "../locale/lang.ts";
import { words } from "./_words.ts";

/** A heading seen while rendering, for the table of contents. */
export interface Heading {
  level: number;
  id: string;
  /** Plain text of the heading. */
  text: string;
}

/** Per-page state: heading ids must be unique within a page. */
export interface MarkdownContext {
  /** Ids already used on the page (filled in by {@linkcode renderMarkdown}). */
  ids: Set<string>;
  /** Headings in document order (filled in). */
  headings: Heading[];
  /** The page's language (the anchor links' label); default English. */
  lang?: Lang;
}

/**
 * A fresh per-page context.
 *
 * @example
 * ```ts
 * import { markdownContext } from "./markdown.ts";
 * if (markdownContext().headings.length !== 0) throw new Error();
 * ```
 */
export function markdownContext(lang?: Lang): MarkdownContext {
  return { ids: new Set(), headings: [], ...(lang ? { lang } : {}) };
}

let context: MarkdownContext = markdownContext();

/** A heading's explicit anchor, `{#some-id}` at its end. */
const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

function plain(html: string): string {
  return html.replace(/<annotation[\s\S]*?<\/annotation>/g, "").replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&").trim();
}

const marked = new Marked({
  gfm: true,
  extensions: [
    {
      name: "blockMath",
      level: "block",
      start: (src: string) => src.match(/^\$\$/m)?.index,
      tokenizer(src: string) {
        const m = /^\$\$([\s\S]+?)\$\$[ \t]*(?:\n|$)/.exec(src);
        return m ? { type: "blockMath", raw: m[0], text: m[1]!.trim() } : undefined;
      },
      renderer: (token) =>
        `<div class="math-display" tabindex="0">${renderTex(token.text as string, true)}</div>\n`,
    },
    {
      name: "inlineMath",
      level: "inline",
      start: (src: string) => src.indexOf("$") >= 0 ? src.indexOf("$") : undefined,
      tokenizer(src: string) {
        const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
        if (display) {
          return { type: "inlineMath", raw: display[0], text: display[1]!.trim(), display: true };
        }
        const m = /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/.exec(src);
        return m ? { type: "inlineMath", raw: m[0], text: m[1]!, display: false } : undefined;
      },
      renderer: (token) => renderTex(token.text as string, token.display === true),
    },
  ],
  renderer: {
    heading({ tokens, depth }: Tokens.Heading) {
      // An explicit `{#id}` at the end names the anchor (a translated heading keeps the English
      // one, so a section has the same address in every language; docs/second-language.md).
      let inner = this.parser.parseInline(tokens);
      const explicit = EXPLICIT_ID.exec(inner);
      if (explicit) inner = inner.slice(0, explicit.index);
      const text = plain(inner);
      const base = explicit?.[1] ?? slugify(text);
      let id = base;
      for (let n = 2; context.ids.has(id); n++) id = `${base}-${n}`;
      context.ids.add(id);
      context.headings.push({ level: depth, id, text });
      return `<h${depth} id="${id}">${inner} <a class="anchor" href="#${id}" ` +
        `aria-label="${words(context.lang ?? "en", "anchor")}">#</a></h${depth}>\n`;
    },
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return sanitizeHtml(text);
    },
    code({ text, lang }: Tokens.Code) {
      const language = (lang ?? "").split(/\s/)[0] ?? "";
      return `<pre tabindex="0"><code class="hljs">${
        highlight(text, language || "text")
      }</code></pre>\n`;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const inner = this.parser.parseInline(tokens);
      const ok = /^(https?:|mailto:|#|[\w./-]+(#[\w-]*)?$)/i.test(href);
      if (!ok) return inner;
      const titled = title ? ` title="${escapeHtml(title)}"` : "";
      return `<a href="${escapeHtml(href)}"${titled}>${inner}</a>`;
    },
    image({ href, title, text }: Tokens.Image) {
      if (!/^data:image\/(png|jpeg|gif|webp);/i.test(href)) {
        return `<span class="image-omitted">[image: ${escapeHtml(text)}]</span>`;
      }
      const titled = title ? ` title="${escapeHtml(title)}"` : "";
      return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${titled}>`;
    },
  },
});

/**
 * Renders markdown to HTML. Headings get ids unique within `ctx` and are recorded there; raw
 * HTML passes an allow-list sanitizer; images other than `data:` URIs are replaced by their
 * alt text (pages load nothing from the network).
 *
 * @example
 * ```ts
 * import { markdownContext, renderMarkdown } from "./markdown.ts";
 * const ctx = markdownContext();
 * const html = renderMarkdown("# Scaling laws\n\nLoss $L = E + A/N^\\alpha$.", ctx);
 * if (!html.includes('id="scaling-laws"') || !html.includes("<math")) throw new Error(html);
 * if (ctx.headings[0]?.text !== "Scaling laws") throw new Error();
 * // A translated heading keeps its English anchor:
 * const zh = renderMarkdown("## 伸缩法则 {#scaling-laws}", markdownContext("en"));
 * if (!zh.includes('<h2 id="scaling-laws">伸缩法则 <a')) throw new Error(zh);
 * ```
 */
export function renderMarkdown(source: string, ctx: MarkdownContext = markdownContext()): string {
  const saved = context;
  context = ctx;
  try {
    return marked.parse(source, { async: false });
  } finally {
    context = saved;
  }
}

/**
 * The plain text of the first paragraph of some markdown (for the index page), math kept as TeX.
 *
 * @example
 * ```ts
 * import { firstParagraph } from "./markdown.ts";
 * if (firstParagraph("# T\n\nHello *world*.\n\nMore.") !== "Hello world.") throw new Error();
 * ```
 */
export function firstParagraph(source: string): string {
  const token = marked.lexer(source).find((t) => t.type === "paragraph") as
    | Tokens.Paragraph
    | undefined;
  if (!token) return "";
  return token.text.replace(/[*_`]/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\s+/g, " ").trim();
}
