/**
 * Sources and glossary on every committed page (issue 16): each citation links to its entry in
 * the page's References list, each entry links to the paper, and every glossary term the page uses
 * links to the glossary page at its first use. Generic over notebooks/chapters.json, so a new
 * chapter is covered without editing this file.
 */
import assert from "./_assert.ts";
import { readChapters } from "../lib/notebook/mod.ts";
import { GLOSSARY } from "../lib/analyze/glossary.ts";
import { linkCitations, linkGlossary } from "../lib/render/links.ts";
import { sitePages } from "./_chapters.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

/** The page's main content (what the links pass sees). */
function main(html: string): string {
  return html.slice(html.indexOf("<main"), html.lastIndexOf("</main>"));
}

const pages = sitePages((await readChapters(ROOT))!);

for (const page of pages) {
  Deno.test(`links: ${page} — citations link to its References, terms to the glossary`, async () => {
    const html = main(await Deno.readTextFile(`${ROOT}/reports/${page}`));
    // Every citation is already a link: linking again finds nothing new.
    const again = linkCitations(html);
    assert.equal(again.html, html, `${page}: a citation without a link`);
    // Every in-text link has its entry, and every entry links to the paper.
    for (const [, id] of html.matchAll(/href="#ref-([a-z0-9]+)"/g)) {
      const entry = new RegExp(
        `<li id="ref-${id}">[^\\n]*<a href="https://(arxiv\\.org|doi\\.org|[^"]+)`,
      );
      assert.match(html, entry, `${page}: ref-${id} has no linked entry`);
    }
    if (page === "glossary.html") return;
    // Every term the page uses is linked once, at its first use.
    for (const term of GLOSSARY) {
      const links = html.split(`class="term" href="glossary.html#${term.id}"`).length - 1;
      assert.ok(links <= 1, `${page}: ${term.id} linked ${links} times`);
      if (links === 1) continue;
      assert.doesNotMatch(
        linkGlossary(html, "en"),
        new RegExp(`href="glossary\\.html#${term.id}"`),
        `${page}: "${term.id}" is used but not linked`,
      );
    }
  });
}

Deno.test("links: the glossary page has every term's anchor and is in every page's navigation", async () => {
  const glossary = await Deno.readTextFile(`${ROOT}/reports/glossary.html`);
  for (const term of GLOSSARY) assert.match(glossary, new RegExp(` id="${term.id}"`), term.id);
  for (const page of pages) {
    const html = await Deno.readTextFile(`${ROOT}/reports/${page}`);
    assert.match(html, /<a href="glossary\.html"/, `${page}: no link to the glossary`);
  }
});
