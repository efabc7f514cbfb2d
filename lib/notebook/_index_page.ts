/**
 * The index page of a build: `index.md` beside the notebooks (optional; its first `# heading` is the page
 * title, the text before a `<!-- chapters -->` line comes before the chapter cards and the rest
 * after), the key findings gathered from every chapter's cell tagged `summary`, and a card per
 * chapter with the chart of its cell tagged `lead` as a thumbnail.
 */
import type { SvgRenderer } from "../render/chart.ts";
import { markdownContext, renderMarkdown } from "../render/markdown.ts";
import type { RenderedNotebook } from "../render/notebook.ts";
import { type NavItem, renderIndex } from "../render/page.ts";

const _SPLIT = "<!-- chapters -->";

export async function indexPage(
  root: string,
  pages: { href: string; notebook: string; rendered: RenderedNotebook }[],
  nav: NavItem[],
  svg?: SvgRenderer,
): Promise<string> {
  let source = "";
  try {
    const folder = (pages[0]?.notebook ?? "notebooks/x").replace(/[^/]*$/, "");
    source = await Deno.readTextFile(`${root}/${folder}index.md`);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  const heading = /^#\s+(.+)$/m.exec(source);
  const body = heading ? source.replace(heading[0], "") : source;
  const [intro = "", outro = ""] = body.split(_SPLIT);
  const context = markdownContext();
  const findings = pages.map((p) => p.rendered.findings?.trim()).filter(Boolean).join(" ");
  const renderer = svg ?? (await import("../render/svg.ts")).renderVegaLiteSvg as SvgRenderer;
  const entries = [];
  for (const [i, page] of pages.entries()) {
    const item = nav.find((n) => n.href === page.href)!;
    const thumbnail = page.rendered.lead
      ? await renderer(_thumbnailSpec(page.rendered.lead), {
        idPrefix: `thumb${i + 1}`,
        responsive: true,
      })
      : undefined;
    entries.push({
      ...item,
      summary: _teaser(page.rendered.summary),
      ...(thumbnail ? { thumbnail } : {}),
    });
  }
  return renderIndex(entries, {
    ...(heading ? { title: heading[1]!.trim() } : {}),
    introHtml: renderMarkdown(intro, context),
    ...(findings ? { findingsHtml: renderMarkdown(`**Key findings.** ${findings}`, context) } : {}),
    outroHtml: renderMarkdown(outro, context),
  });
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

/**
 * A card's teaser: the first paragraph without TeX markup, cut after the sentence that passes
 * 160 characters.
 */
function _teaser(text: string): string {
  const plain = text.replace(/\$+([^$]*)\$+/g, (_m, tex: string) => tex.replace(/[\\{}^_]/g, ""));
  const end = plain.slice(160).search(/[.!?](\s|$)/);
  return end === -1 ? plain : plain.slice(0, 160 + end + 1);
}
