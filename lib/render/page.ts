/**
 * The page shell: one self-contained HTML file per page (inline CSS, no script, nothing from
 * the network, enforced by a Content-Security-Policy `<meta>`), with navigation to the other
 * pages and a table of contents; and the index page.
 *
 * @module
 */
import { escapeHtml } from "./escape.ts";
import type { Heading } from "./markdown.ts";
import { PAGE_CSS } from "./styles.ts";
import type { Lang } from "../locale/lang.ts";
import { editionHref, HTML_LANG, LANGUAGE_NAME, words } from "./_words.ts";

/** The CSP of every page: no script, no network; inline styles, `data:` images. */
export const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Marks pages written by this generator (stale ones may be removed on rebuild). */
export const GENERATOR = "scaling-report";

/** A link to a page in the site navigation. */
export interface NavItem {
  href: string;
  title: string;
}

/** Which language a page is in, and the editions it links to (issue 17). */
export interface PageLang {
  /** The page's language; default English. */
  lang?: Lang;
  /**
   * Every edition of the site (the page's own included), linked with `hreflang` and by the
   * language switch; default none. English sits at the root, another language in `<lang>/`.
   */
  editions?: readonly Lang[];
}

/** `<link rel="alternate">`s and the visible language switch of a page. */
function alternates(href: string, page: PageLang) {
  const lang = page.lang ?? "en";
  const editions = page.editions ?? [];
  if (editions.length < 2) return { head: "", switch: "" };
  const link = (to: Lang) => escapeHtml(editionHref(lang, to, href));
  const head =
    editions.map((to) => `<link rel="alternate" hreflang="${HTML_LANG[to]}" href="${link(to)}">`)
      .join("\n") + "\n";
  const others = editions.filter((to) => to !== lang).map((to) =>
    `<a href="${link(to)}" hreflang="${HTML_LANG[to]}" lang="${HTML_LANG[to]}">${
      LANGUAGE_NAME[to]
    }</a>`
  ).join("");
  return {
    head,
    switch: `<nav class="lang-switch" aria-label="${words(lang, "language")}">${others}</nav>`,
  };
}

/**
 * Each `##`/`###` heading of a body gets a link to the same section in every other edition
 * (section ids are the same in every language), after its `#` anchor.
 */
function sectionSwitch(body: string, href: string, page: PageLang): string {
  const lang = page.lang ?? "en";
  const others = (page.editions ?? []).filter((to) => to !== lang);
  if (others.length === 0) return body;
  return body.replace(
    /(<h([23]) id="([^"]+)">[\s\S]*?<a class="anchor" href="#[^"]+" aria-label="[^"]*">#<\/a>)(<\/h\2>)/g,
    (_m, open: string, _level: string, id: string, close: string) =>
      open + others.map((to) =>
        `<a class="anchor-lang" href="${escapeHtml(editionHref(lang, to, href))}#${id}" ` +
        `hreflang="${HTML_LANG[to]}" lang="${HTML_LANG[to]}">${LANGUAGE_NAME[to]}</a>`
      ).join("") + close,
  );
}

function shell(
  title: string,
  nav: NavItem[],
  current: string,
  body: string,
  source: string | undefined,
  page: PageLang,
) {
  const lang = page.lang ?? "en";
  const alt = alternates(current, page);
  const links = nav.map((item) =>
    `<li><a href="${escapeHtml(item.href)}"${item.href === current ? ' aria-current="page"' : ""}>${
      escapeHtml(item.title)
    }</a></li>`
  ).join("");
  const tool = "<code>deno task report</code>";
  const from = source
    ? words(lang, "fromSource", { source: `<code>${escapeHtml(source)}</code>`, tool })
    : words(lang, "generated", { tool });
  return `<!doctype html>
<html lang="${HTML_LANG[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="${GENERATOR}">
<title>${escapeHtml(title)}</title>
${alt.head}<style>${PAGE_CSS}</style>
</head>
<body>
<a class="skip" href="#main">${words(lang, "skip")}</a>
<header class="site">${alt.switch}<nav aria-label="${
    words(lang, "navLabel")
  }"><a href="index.html"${current === "index.html" ? ' aria-current="page"' : ""}>${
    words(lang, "allReports")
  }</a><ul>${links}</ul></nav></header>
${body}
<footer class="site"><p>${from}</p></footer>
</body>
</html>
`;
}

function toc(headings: Heading[], lang: Lang): string {
  const items = headings.filter((h) => h.level >= 2 && h.level <= 3);
  if (items.length === 0) return "";
  const list = items.map((h) =>
    `<li class="level-${h.level}"><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`
  ).join("\n");
  const contents = words(lang, "contents");
  return `<nav class="toc" aria-label="${contents}"><h2>${contents}</h2><ul>\n${list}\n</ul></nav>`;
}

/** Inputs of {@linkcode renderPage}. */
export interface PageInput extends PageLang {
  title: string;
  /** The page's own file name, e.g. `01-scaling-laws.html`. */
  href: string;
  /** Rendered cells ({@linkcode RenderedNotebook.html}). */
  body: string;
  headings: Heading[];
  nav: NavItem[];
  /** The notebook path, shown in the footer. */
  source: string;
}

/**
 * A full notebook page.
 *
 * @example
 * ```ts
 * import { renderPage } from "./page.ts";
 * const html = renderPage({ title: "A <b>", href: "a.html", body: "<p>x</p>", headings: [],
 *   nav: [{ href: "a.html", title: "A" }], source: "notebooks/a.ipynb" });
 * if (!html.includes("<title>A &lt;b&gt;</title>") || html.includes("<script")) throw new Error();
 * ```
 */
export function renderPage(input: PageInput): string {
  const contents = toc(input.headings, input.lang ?? "en");
  const body = `<div class="layout">\n${contents || "<div></div>"}\n<main id="main">\n` +
    `${sectionSwitch(input.body, input.href, input)}\n</main>\n</div>`;
  return shell(input.title, input.nav, input.href, body, input.source, input);
}

/** One entry of the index page. */
export interface IndexEntry extends NavItem {
  /** Plain text of the chapter's first paragraph. */
  summary: string;
  /** The chapter's lead chart as inline SVG (rendered by our own renderer), for a thumbnail card. */
  thumbnail?: string;
}

/** Optional content of the index page around the list of chapters. */
export interface IndexContent extends PageLang {
  /** Page title (default "Reports"). */
  title?: string;
  /** HTML before the chapter cards (already rendered and escaped). */
  introHtml?: string;
  /** HTML of the key findings gathered from the chapters (already rendered). */
  findingsHtml?: string;
  /** HTML after the chapter cards (already rendered). */
  outroHtml?: string;
  /** Pages after the chapters in the navigation (e.g. the glossary). */
  moreNav?: NavItem[];
}

/**
 * The index page: title, optional introduction and key findings, a card per notebook (title,
 * first paragraph, lead chart thumbnail) and optional closing sections.
 *
 * @example
 * ```ts
 * import { renderIndex } from "./page.ts";
 * const html = renderIndex([{ href: "a.html", title: "A", summary: "First words." }]);
 * if (!html.includes("First words.")) throw new Error();
 * ```
 */
export function renderIndex(entries: IndexEntry[], options: IndexContent = {}): string {
  const lang = options.lang ?? "en";
  const title = options.title ?? words(lang, "reports");
  const items = entries.map((e) =>
    `<li class="card"><a href="${escapeHtml(e.href)}">` +
    (e.thumbnail ? `<span class="thumb" aria-hidden="true">${e.thumbnail}</span>` : "") +
    `<span class="card-title">${escapeHtml(e.title)}</span></a>` +
    (e.summary ? `<p>${escapeHtml(e.summary)}</p>` : "") + `</li>`
  ).join("\n");
  const list = entries.length > 0
    ? `<ul class="index">\n${items}\n</ul>`
    : `<p>${words(lang, "noNotebooks")}</p>`;
  const findings = options.findingsHtml
    ? `<section class="findings" aria-label="${
      words(lang, "keyFindings")
    }">\n${options.findingsHtml}\n</section>\n`
    : "";
  const body = `<div class="layout"><div></div><main id="main">\n<h1>${escapeHtml(title)}</h1>\n` +
    `${options.introHtml ?? ""}\n${findings}${list}\n${options.outroHtml ?? ""}\n</main></div>`;
  return shell(
    title,
    [...entries, ...(options.moreNav ?? [])],
    "index.html",
    body,
    undefined,
    options,
  );
}
