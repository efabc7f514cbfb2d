/**
 * The index page of a build: `index.md` beside the notebooks (optional; its first `# heading` is
 * the page title, the text before a `<!-- chapters -->` line comes before the chapter cards and
 * the rest after), the story — each chapter's plain-words finding (its cell tagged `story`) as a
 * numbered list at the `<!-- story -->` line, before any detail (issue 16) — then the key
 * findings gathered from every chapter's cell tagged `summary`, and a card per chapter with its
 * lead chart (the cell the chapter registry names) as a thumbnail.
 *
 * @module
 */
import type { Notebook } from "../jupyter/ipynb.ts";
import { isVegaLiteMime } from "../jupyter/mime.ts";
import type { SvgRenderer } from "./figure.ts";
import { markdownContext, renderMarkdown } from "./markdown.ts";
import type { RenderedNotebook } from "./notebook.ts";
import { type NavItem, type PageLang, renderIndex } from "./page.ts";
import { words } from "./_words.ts";

const _SPLIT = "<!-- chapters -->";
/** Where the story goes in `index.md` (default: right after the introduction). */
const _STORY = "<!-- story -->";

/** One card of the index page. */
export interface IndexChapter {
  /** The chapter page's file name. */
  href: string;
  /** The card title (the page title). */
  title: string;
  /**
   * The rendered chapter: its first paragraph is the teaser, its `summary` cell the finding, its
   * `story` cell the plain-words finding.
   */
  rendered: Pick<RenderedNotebook, "summary" | "findings" | "story">;
  /** The Vega-Lite spec of the chapter's lead chart, drawn as the card's thumbnail. */
  lead?: Record<string, unknown>;
}

/**
 * Renders the index page.
 *
 * @param chapters The cards, in reading order.
 * @param source The text of `index.md` ("" for none).
 * @param svg The Vega-Lite → SVG renderer for thumbnails (default lib/charts/svg.ts).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderIndexPage } from "./index_page.ts";
 * const html = await renderIndexPage(
 *   [{ href: "a.html", title: "A", rendered: { summary: "First words.", findings: "**x** holds.",
 *     story: "**Loss falls.** By 21% a doubling." } }],
 *   "# Book\n\nIntro.\n<!-- story -->\nThen read on.\n<!-- chapters -->\nOutro.",
 * );
 * assert.match(html, /<title>Book<\/title>/);
 * assert.match(html, /Intro\..*<h2 id="story">.*<ol>\s*<li><strong>Loss falls\.<\/strong> By 21% a doubling\.<\/li>\s*<\/ol>.*Then read on\./s);
 * assert.match(html, /findings in detail.*x<\/strong> holds/s);
 * assert.ok(html.indexOf("Intro.") < html.indexOf("First words.") && html.includes("Outro."));
 * ```
 */
export async function renderIndexPage(
  chapters: IndexChapter[],
  source: string,
  svg?: SvgRenderer,
  moreNav: NavItem[] = [],
  page: PageLang = {},
): Promise<string> {
  const heading = /^#\s+(.+)$/m.exec(source);
  const body = heading ? source.replace(heading[0], "") : source;
  const [intro = "", outro = ""] = body.split(_SPLIT);
  const [lead = "", afterStory = ""] = intro.split(_STORY);
  const context = markdownContext(page.lang);
  const stories = chapters.map((c) => c.rendered.story?.trim()).filter(Boolean);
  const story = stories.length === 0 ? "" : renderMarkdown(
    `## ${words(page.lang ?? "en", "storyHeading")} {#story}\n\n` +
      stories.map((s, i) => `${i + 1}. ${s!.replace(/\n+/g, " ")}`).join("\n"),
    context,
  );
  // One paragraph per chapter: a reader scans for the chapter they care about.
  const findings = chapters.map((c) => c.rendered.findings?.trim()).filter(Boolean).join("\n\n");
  const renderer = svg ?? (await import("../charts/svg.ts")).renderVegaLiteSvg as SvgRenderer;
  const entries = [];
  for (const [i, chapter] of chapters.entries()) {
    const thumbnail = chapter.lead
      ? _textFree(
        await renderer(_thumbnailSpec(chapter.lead), {
          idPrefix: `thumb${i + 1}`,
          responsive: true,
        }),
      )
      : undefined;
    entries.push({
      href: chapter.href,
      title: chapter.title,
      summary: _teaser(chapter.rendered.summary),
      ...(thumbnail ? { thumbnail } : {}),
    });
  }
  return renderIndex(entries, {
    ...page,
    moreNav,
    ...(heading ? { title: heading[1]!.trim() } : {}),
    introHtml: renderMarkdown(lead, context) + story + renderMarkdown(afterStory, context),
    ...(findings
      ? {
        findingsHtml: renderMarkdown(
          `${words(page.lang ?? "en", "keyFindingsLead")}\n\n${findings}`,
          context,
        ),
      }
      : {}),
    outroHtml: renderMarkdown(outro, context),
  });
}

/**
 * The Vega-Lite spec a cell displays: the chart a chapter registry's `lead` names.
 *
 * @param notebook The executed notebook.
 * @param cellId The cell's id.
 * @param where Names the notebook and the registry in error messages.
 * @throws {RangeError} when no cell has that id, or the cell displays no Vega-Lite chart.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { leadChart } from "./index_page.ts";
 * const spec = { mark: "point" };
 * const notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{
 *   cell_type: "code" as const, id: "c1", source: "", metadata: {}, outputs: [{
 *     output_type: "display_data" as const, metadata: {},
 *     data: { "application/vnd.vegalite.v5+json": spec },
 *   }],
 * }] };
 * assert.equal(leadChart(notebook, "c1", "a.ipynb"), spec);
 * assert.throws(() => leadChart(notebook, "c9", "a.ipynb"), /no cell with id "c9"/);
 * ```
 */
export function leadChart(
  notebook: Notebook,
  cellId: string,
  where: string,
): Record<string, unknown> {
  const cell = notebook.cells.find((c) => c.id === cellId);
  if (!cell) {
    throw new RangeError(`${where}: lead chart: no cell with id "${cellId}"; give an existing id`);
  }
  for (const output of cell.outputs ?? []) {
    if (!("data" in output)) continue;
    const key = Object.keys(output.data).find(isVegaLiteMime);
    if (key !== undefined) return output.data[key] as Record<string, unknown>;
  }
  throw new RangeError(
    `${where}: lead chart: cell "${cellId}" displays no Vega-Lite chart; name a chart cell`,
  );
}

/**
 * A thumbnail carries no text (a card is too small for legible labels; the card's title and
 * teaser say what it shows; the card hides it from assistive technology): `<text>`, `<title>` and
 * `<desc>` are dropped.
 */
function _textFree(svg: string): string {
  return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, "")
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, "")
    .replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/g, "");
}

/** A thumbnail drops the title block and legend so the plot fills the card. */
function _thumbnailSpec(spec: Record<string, unknown>): Record<string, unknown> {
  const config = (spec.config ?? {}) as Record<string, unknown>;
  return {
    ...spec,
    title: undefined,
    config: { ...config, legend: { disable: true } },
  };
}

/** TeX commands a teaser writes as their character (issue 14: "C approx 6ND" on the index). */
const _TEX_SYMBOLS: Record<string, string> = {
  approx: " ≈ ",
  times: " × ",
  cdot: " · ",
  propto: " ∝ ",
  le: " ≤ ",
  ge: " ≥ ",
  alpha: "α",
  beta: "β",
};

/**
 * A card's teaser: the first paragraph without TeX markup (symbols as their characters), cut
 * after the sentence that passes 160 characters.
 */
function _teaser(text: string): string {
  const plain = text.replace(
    /\$+([^$]*)\$+/g,
    (_m, tex: string) =>
      tex.replace(/\\([A-Za-z]+)\s*/g, (_cmd, name: string) => _TEX_SYMBOLS[name] ?? name).replace(
        /[{}^_]/g,
        "",
      ).replace(/\s+/g, " ").trim(),
  );
  const end = plain.slice(160).search(/[.!?](\s|$)|[。！？]/);
  return end === -1 ? plain : plain.slice(0, 160 + end + 1);
}
