/**
 * Links added to a built page (issue 16): every in-text citation ("Kaplan et al. 2020",
 * "arXiv:2203.15556") links to its entry in a References list appended to the page, each entry
 * linking to the paper's arXiv or DOI page; and the first use of each glossary term links to the
 * glossary page. Done once, on the rendered HTML, so the notebooks stay plain in Jupyter. Text
 * inside links, code, headings, SVG, math, scripts and styles is left alone.
 * @module
 */
import { words } from "./_words.ts";
import { citationForms } from "../analyze/citations.ts";
import { type Reference, REFERENCES } from "../analyze/references.ts";
import { GLOSSARY } from "../analyze/glossary.ts";
import type { Lang } from "../locale/lang.ts";
import { escapeHtml } from "./escape.ts";

/** Elements whose text is never linked. */
const SKIP = new Set([
  "a",
  "code",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "svg",
  "math",
  "script",
  "style",
  "title",
  "button",
  "summary",
]);

/**
 * Applies `edit` to every text run of `html` outside {@linkcode SKIP} elements (and outside
 * `<details class="code">`-style source, which is in `<pre>`).
 */
function mapText(html: string, edit: (text: string) => string): string {
  let depth = 0;
  return html.replace(/<[^>]*>|[^<]+/g, (token) => {
    if (token.startsWith("<")) {
      const m = /^<(\/?)([a-zA-Z0-9-]+)/.exec(token);
      if (m && SKIP.has(m[2]!.toLowerCase()) && !token.endsWith("/>")) {
        depth += m[1] ? -1 : 1;
        if (depth < 0) depth = 0;
      }
      return token;
    }
    return depth === 0 ? edit(token) : token;
  });
}

/** Result of {@linkcode linkCitations}. */
export interface LinkedCitations {
  /** The HTML with citations linked to `#ref-<id>`. */
  html: string;
  /** The references cited, in order of first citation. */
  cited: Reference[];
}

/**
 * Links every in-text citation of a page body to `#ref-<id>`; returns the references cited in
 * order of first citation. Two papers sharing an in-text form ("Wei et al. 2022") are both listed;
 * the citation links to the first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { linkCitations } from "./links.ts";
 * assert.match(linkCitations("<p>Pearce &amp; Song 2024 show</p>").html, /href="#ref-pearce2024">Pearce &amp; Song 2024</);
 * const { html, cited } = linkCitations("<p>As Kaplan et al. 2020 found.</p><pre>Kaplan et al. 2020</pre>");
 * assert.equal(html, '<p>As <a class="cite" href="#ref-kaplan2020">Kaplan et al. 2020</a> found.</p><pre>Kaplan et al. 2020</pre>');
 * assert.deepEqual(cited.map((r) => r.id), ["kaplan2020"]);
 * ```
 */
export function linkCitations(html: string): LinkedCitations {
  const patterns = REFERENCES.flatMap((ref) =>
    // In HTML text "&" is written "&amp;" ("Pearce &amp; Song 2024").
    citationForms(ref).map((re) => ({
      ref,
      re: new RegExp(re.source.replaceAll("&", "(?:&amp;|&)"), "g"),
    }))
  );
  const order = new Map<string, Reference>();
  const out = mapText(html, (text) => {
    // One pass per text run: the earliest match of any form, then on from its end.
    let result = "", rest = text;
    for (;;) {
      let best: { index: number; length: number; ref: Reference } | undefined;
      for (const { ref, re } of patterns) {
        re.lastIndex = 0;
        const m = re.exec(rest);
        if (
          m &&
          (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))
        ) {
          best = { index: m.index, length: m[0].length, ref };
        }
      }
      if (!best) return result + rest;
      const matched = rest.slice(best.index, best.index + best.length);
      for (const { ref, re } of patterns) {
        re.lastIndex = 0;
        if (re.test(matched) && !order.has(ref.id)) order.set(ref.id, ref);
      }
      result += `${
        rest.slice(0, best.index)
      }<a class="cite" href="#ref-${best.ref.id}">${matched}</a>`;
      rest = rest.slice(best.index + best.length);
    }
  });
  return { html: out, cited: [...order.values()] };
}

/**
 * The References section of a page: one entry per cited paper with an anchor `ref-<id>` and a
 * link to the paper.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { referencesSection } from "./links.ts";
 * import { REFERENCES } from "../analyze/references.ts";
 * const html = referencesSection(REFERENCES.filter((r) => r.id === "kaplan2020"), "en");
 * assert.match(html, /<h2 id="references">References<\/h2>/);
 * assert.match(html, /<li id="ref-kaplan2020">.*<a href="https:\/\/arxiv\.org\/abs\/2001\.08361">/);
 * ```
 */
export function referencesSection(cited: readonly Reference[], lang: Lang): string {
  if (cited.length === 0) return "";
  const items = cited.map((r) =>
    `<li id="ref-${r.id}">${escapeHtml(r.authors)} (${r.year}). <a href="${escapeHtml(r.link)}">${
      escapeHtml(r.title)
    }</a>${r.venue ? `. ${escapeHtml(r.venue)}` : ""}.</li>`
  ).join("\n");
  return `<section class="references">\n<h2 id="references">${
    words(lang, "references")
  }</h2>\n<ol>\n${items}\n</ol>\n</section>`;
}

/**
 * Links the first use of each glossary term on a page (in paragraphs, lists and tables; never in
 * headings, links or code) to `<glossary>#<id>`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { linkGlossary } from "./links.ts";
 * const html = linkGlossary("<h2>Scaling laws</h2><p>A scaling law here; a scaling law there.</p>", "en");
 * assert.equal(html, '<h2>Scaling laws</h2><p>A <a class="term" href="glossary.html#scaling-law">scaling law</a> here; a scaling law there.</p>');
 * ```
 */
export function linkGlossary(html: string, lang: Lang, href = "glossary.html"): string {
  const pending = new Map(
    GLOSSARY.map((t) => [
      t.id,
      new RegExp(
        `(?<![\\w-])(${
          [...t.phrases[lang]].sort((a, b) => b.length - a.length)
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")
        })(?![\\w-])`,
        "i",
      ),
    ]),
  );
  return mapText(html, (text) => {
    // Plain pieces and links already made; a later term searches only the plain pieces.
    const pieces: { text: string; link?: true }[] = [{ text }];
    for (const [id, re] of pending) {
      const i = pieces.findIndex((p) => !p.link && re.test(p.text));
      if (i === -1) continue;
      pending.delete(id);
      const piece = pieces[i]!.text, m = re.exec(piece)!;
      pieces.splice(
        i,
        1,
        { text: piece.slice(0, m.index) },
        { text: `<a class="term" href="${href}#${id}">${m[0]}</a>`, link: true },
        { text: piece.slice(m.index + m[0].length) },
      );
    }
    return pieces.map((p) => p.text).join("");
  });
}
