/**
 * Build phases 4 and 5: the page shells and the index page, then either a comparison with the
 * pages in the output folder (`check`) or an atomic write of the whole site.
 *
 * @module
 */
import type { SvgRenderer } from "../render/figure.ts";
import { leadChart, renderIndexPage } from "../render/index_page.ts";
import { GENERATOR, renderPage } from "../render/page.ts";
import { linkCitations, linkGlossary, referencesSection } from "../render/links.ts";
import { markdownContext, renderMarkdown } from "../render/markdown.ts";
import { glossaryMarkdown } from "../analyze/glossary.ts";
import { siteEditions } from "./translate.ts";
import { CHAPTERS_FILE } from "./chapters.ts";
import { relativePath } from "./_paths.ts";
import type { BuiltPage } from "./_run_stale.ts";
import type { Heading } from "../render/markdown.ts";
import type { Targets } from "./_targets.ts";
import type { Lang } from "../locale/lang.ts";
import { words } from "../render/_words.ts";
import { SOURCE_LANG } from "./translate.ts";

/** Page file name → HTML. */
export type Site = Map<string, string>;

/** What the last phase did: files written, or with `check` the pages that differ. */
export interface SiteOutcome {
  files: string[];
  stale: string[];
  ok: boolean;
}

/**
 * Wraps every page body in its shell (with the site navigation) and renders the index page from
 * `index.md` beside the notebooks, with the registry's lead charts as thumbnails. A chapter's
 * notebook heading must equal its registry title.
 */
export async function renderPages(
  targets: Targets,
  pages: BuiltPage[],
  svg?: SvgRenderer,
): Promise<Site> {
  const { lang } = targets;
  for (const p of pages) {
    const chapter = targets.chapters.get(p.abs);
    // The registry holds the English titles; a translation's title is its catalogue's heading.
    if (chapter && lang === SOURCE_LANG && chapter.title !== p.title) {
      throw new TypeError(
        `${CHAPTERS_FILE}: chapter ${chapter.order} is titled "${chapter.title}" but ` +
          `${p.notebook} is headed "${p.title}"; make them agree`,
      );
    }
  }
  // The glossary belongs to the report (a registered chapter set), not to any folder of notebooks.
  const glossary = !targets.singleFile && pages.some((p) => targets.chapters.has(p.abs));
  const nav = [
    ...pages.map((p) => ({ href: p.href, title: p.title })),
    ...(glossary ? [{ href: GLOSSARY_PAGE, title: words(lang, "glossary") }] : []),
  ];
  // A site links its editions (English at its root, another language in `<lang>/`): the languages
  // its notebooks' folder has catalogues for; a single page stands alone.
  const folder = `${targets.root}/${
    (pages[0]?.notebook ?? "notebooks/x").replace(/\/?[^/]*$/, "")
  }`;
  const editions = targets.singleFile ? [] : await siteEditions(folder);
  const page = { lang, editions };
  const site: Site = new Map();
  for (const p of pages) {
    const linked = withLinks(p.rendered.html, p.rendered.headings, glossary, lang);
    site.set(
      p.href,
      renderPage({ title: p.title, href: p.href, ...linked, nav, source: p.notebook, ...page }),
    );
  }
  if (!targets.singleFile) {
    const index = await indexHtml(targets, pages, svg, nav.slice(pages.length), editions);
    site.set("index.html", linkMain(index, glossary, lang));
  }
  if (glossary) site.set(GLOSSARY_PAGE, glossaryPage(nav, lang, editions));
  return site;
}

/** The glossary page's file name. */
const GLOSSARY_PAGE = "glossary.html";

/**
 * A page body with its citations linked to a References section appended to it (and listed in
 * the contents), and the first use of each glossary term linked to the glossary page.
 */
function withLinks(html: string, headings: Heading[], glossary: boolean, lang: Lang) {
  const { html: cited, cited: refs } = linkCitations(html);
  const body = (glossary ? linkGlossary(cited, lang, GLOSSARY_PAGE) : cited) +
    (refs.length ? `\n${referencesSection(refs, lang)}` : "");
  const toc = refs.length ? [{ level: 2, id: "references", text: words(lang, "references") }] : [];
  return { body, headings: [...headings, ...toc] };
}

/** The index page with its citations and glossary terms linked in its main content. */
function linkMain(page: string, glossary: boolean, lang: Lang): string {
  const start = page.indexOf("<main"), end = page.lastIndexOf("</main>");
  if (start === -1 || end === -1) return page;
  return page.slice(0, start) + withLinks(page.slice(start, end), [], glossary, lang).body +
    page.slice(end);
}

/** reports/glossary.html from lib/analyze/glossary.ts, with its references. */
function glossaryPage(
  nav: { href: string; title: string }[],
  lang: Lang,
  editions: readonly Lang[],
): string {
  const ctx = markdownContext(lang);
  const title = words(lang, "glossary");
  const intro = `# ${title} {#glossary}\n\n${words(lang, "glossaryIntro")}\n\n`;
  const html = renderMarkdown(intro + glossaryMarkdown(lang), ctx);
  const { body, headings } = withLinks(html, ctx.headings, false, lang);
  return renderPage({
    title,
    href: GLOSSARY_PAGE,
    body,
    headings,
    nav,
    source: "lib/analyze/glossary.ts",
    lang,
    editions,
  });
}

async function indexHtml(
  targets: Targets,
  pages: BuiltPage[],
  svg: SvgRenderer | undefined,
  moreNav: { href: string; title: string }[],
  editions: readonly Lang[],
) {
  let source = "";
  const folder = (pages[0]?.notebook ?? "notebooks/x").replace(/[^/]*$/, "");
  try {
    source = await Deno.readTextFile(`${targets.root}/${folder}index.md`);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  // Another language's index is translated whole: `<folder>i18n/<lang>/index.md`.
  if (source && targets.lang !== SOURCE_LANG) {
    const file = `${folder}i18n/${targets.lang}/index.md`;
    source = await Deno.readTextFile(`${targets.root}/${file}`).catch((error) => {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      throw new RangeError(
        `${folder}index.md has no ${targets.lang} translation: ${file} is missing; ` +
          `translate the whole file there`,
      );
    });
  }
  const cards = pages.map((p) => {
    const chapter = targets.chapters.get(p.abs);
    const where = `${CHAPTERS_FILE}: ${p.notebook}`;
    return {
      href: p.href,
      title: p.title,
      rendered: p.rendered,
      ...(chapter ? { lead: leadChart(p.executed, chapter.lead, where) } : {}),
    };
  });
  return await renderIndexPage(cards, source, svg, moreNav, {
    lang: targets.lang,
    editions,
  });
}

/** Compares the site with the output folder; writes nothing. */
export async function checkSite(targets: Targets, site: Site): Promise<SiteOutcome> {
  const { root, outDir } = targets;
  const stale: string[] = [];
  const encoder = new TextEncoder();
  for (const [name, html] of site) {
    const old = await readBytes(`${outDir}/${name}`);
    const bytes = encoder.encode(html);
    if (!old || old.length !== bytes.length || !old.every((b, i) => b === bytes[i])) {
      stale.push(relativePath(root, `${outDir}/${name}`));
    }
  }
  const existing = targets.singleFile ? [] : await generatedPages(outDir);
  for (const name of existing) {
    if (!site.has(name)) stale.push(relativePath(root, `${outDir}/${name}`));
  }
  return { files: [...stale], stale, ok: stale.length === 0 };
}

/**
 * Writes the site into a temporary folder under `.cache`, then renames each page into place and
 * removes generated pages the site no longer has; a failed build leaves the old pages. The renames
 * run back to back, synchronously, with nothing else between them: a kill can still land between
 * two of them (renaming several files is not one atomic step), but the window is a few microseconds
 * instead of several event-loop turns.
 */
export async function writeSiteAtomically(targets: Targets, site: Site): Promise<SiteOutcome> {
  const { root, outDir } = targets;
  const existing = targets.singleFile ? [] : await generatedPages(outDir);
  const files: string[] = [];
  await Deno.mkdir(`${root}/.cache`, { recursive: true });
  const tmp = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "build-" });
  try {
    for (const [name, html] of site) await Deno.writeTextFile(`${tmp}/${name}`, html);
    await Deno.mkdir(outDir, { recursive: true });
    const moves = [...site.keys()].map((name) => [`${tmp}/${name}`, `${outDir}/${name}`] as const);
    for (const [from, to] of moves) Deno.renameSync(from, to);
    for (const [, to] of moves) files.push(relativePath(root, to));
    for (const name of existing) if (!site.has(name)) await Deno.remove(`${outDir}/${name}`);
  } finally {
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
  return { files, stale: [], ok: true };
}

async function readBytes(path: string): Promise<Uint8Array | undefined> {
  try {
    return await Deno.readFile(path);
  } catch {
    return undefined;
  }
}

/** `.html` files in `dir` written by this generator. */
async function generatedPages(dir: string): Promise<string[]> {
  const names: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      if (!e.isFile || !e.name.endsWith(".html")) continue;
      const head = (await Deno.readTextFile(`${dir}/${e.name}`)).slice(0, 2000);
      if (head.includes(`<meta name="generator" content="${GENERATOR}">`)) names.push(e.name);
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return names.sort();
}
