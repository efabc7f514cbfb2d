/**
 * Issue 16, item 12: the index tells the story first. On every edition's committed index page, a
 * numbered list of three plain-words findings, each with its numbers, comes after the introduction
 * and before any parameter symbol or detail; a reading path links every chapter and the glossary;
 * and the story's counts are the ones the chapters' detailed findings give.
 */
import assert from "./_assert.ts";
import { readChapters } from "../lib/notebook/chapters.ts";
import { LANGS } from "../lib/locale/lang.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const CHAPTERS = (await readChapters(ROOT)) ?? [];

/** The index page of an edition, as committed. */
function indexOf(lang: string): string {
  return Deno.readTextFileSync(`${ROOT}/reports/${lang === "en" ? "" : `${lang}/`}index.html`);
}

/** Text of an HTML fragment without tags. */
const text = (html: string) => html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();

for (const lang of LANGS) {
  Deno.test(`index (${lang}): three plain-words findings with numbers before any detail`, () => {
    const page = indexOf(lang);
    const main = page.slice(page.indexOf("<main"));
    const story = /<h2 id="story">[\s\S]*?<ol>([\s\S]*?)<\/ol>/.exec(main);
    assert.ok(story, "no story list after the story heading");
    const items = [...story[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
    assert.equal(items.length, 3, `story items: ${items.join(" | ")}`);
    for (const item of items) {
      assert.match(item, /\d/, `a finding without a number: ${item}`);
      assert.doesNotMatch(
        item,
        /[αβ∝]|\b[ENDC] =|\bE =/,
        `a parameter symbol in the story: ${item}`,
      );
    }
    const storyAt = main.indexOf('<h2 id="story">');
    const firstSymbol = main.search(/α|β|∝|E = \d/);
    assert.ok(storyAt < firstSymbol, "a parameter symbol comes before the story");
    assert.ok(storyAt < main.indexOf('class="findings"'), "the detailed findings come first");
    assert.ok(storyAt < main.indexOf('<ul class="index">'), "the chapter cards come first");
  });

  Deno.test(`index (${lang}): a reading path links every chapter and the glossary, in order`, () => {
    const page = indexOf(lang);
    const path = /<h2 id="reading-path">[\s\S]*?<\/p>/.exec(page)?.[0];
    assert.ok(path, "no reading path section");
    const links = [...path.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) =>
      !h.startsWith("#")
    );
    const chapters = CHAPTERS.map((c) => c.notebook.split("/").pop()!.replace(".ipynb", ".html"));
    assert.deepEqual(links.filter((h) => chapters.includes(h)), chapters);
    assert.ok(
      links.some((h) => h.startsWith("glossary.html")),
      "the reading path lacks the glossary",
    );
  });
}

Deno.test("index (en): the story's counts are the chapters' detailed counts", () => {
  const page = indexOf("en");
  const story = text(/<ol>([\s\S]*?)<\/ol>/.exec(page.slice(page.indexOf('id="story"')))![1]!);
  const findings = text(/<section class="findings"[\s\S]*?<\/section>/.exec(page)![0]);
  const pairs = [
    [/(\d+) training runs/, /to (\d+) training runs/],
    [/(\d+ of \d+) BIG-bench tasks/, /(\d+ of \d+) BIG-bench tasks/],
    [/and (\d+ of \d+) apparent jumps/, /; (\d+ of \d+) emergent-looking curves/],
  ] as const;
  for (const [inStory, inFindings] of pairs) {
    const a = inStory.exec(story)?.[1], b = inFindings.exec(findings)?.[1];
    assert.ok(a !== undefined && a === b, `story ${inStory}: ${a} vs findings ${b}`);
  }
});
