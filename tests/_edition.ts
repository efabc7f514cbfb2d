/**
 * What the tests of the other-language editions (issue 17) share: which editions there are, where
 * their pages live, and the heuristic that finds untranslated English on a translated page.
 */
import { type Lang, LANGS } from "../lib/locale/lang.ts";

/** The languages other than English, each built into `reports/<lang>/`. */
export const EDITIONS: readonly Lang[] = LANGS.filter((l) => l !== "en");

/** The languages with catalogues in `notebooks/i18n/` (checked even before they join LANGS). */
export function catalogueLangs(root: string): string[] {
  const found = new Set<string>(EDITIONS);
  try {
    for (const e of Deno.readDirSync(`${root}/notebooks/i18n`)) {
      if (e.isDirectory) found.add(e.name);
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return [...found].sort();
}

/**
 * Common English function words: a run of ASCII words holding two of them reads as an English
 * sentence, while names ("Future of Life Institute", "BIG-bench", "GPT-3 175B") hold at most one.
 */
const FUNCTION_WORDS = new Set(
  ("the a an of and or to in on at by for with from as is are was were be been this that these " +
    "those it its which what when where how not no but if than then so can may will would has " +
    "have had do does did there their they we our you your each every all any")
    .split(" "),
);

/**
 * Elements whose text is not prose to translate: code, math, charts (their words come from
 * lib/charts, checked by the figure tests), italics (paper and book titles), citation links and the
 * References list (published titles stay as published), and data cells of tables (task and model
 * names; the headers and captions are checked) and quotations (the prompts models were given, as
 * published).
 */
const SKIPPED = [
  /<pre\b[\s\S]*?<\/pre>/g,
  /<code\b[\s\S]*?<\/code>/g,
  /<math\b[\s\S]*?<\/math>/g,
  /<svg\b[\s\S]*?<\/svg>/g,
  /<em\b[\s\S]*?<\/em>/g,
  /<a class="cite"[\s\S]*?<\/a>/g,
  /<section class="references">[\s\S]*?<\/section>/g,
  /<style\b[\s\S]*?<\/style>/g,
  /<td\b[\s\S]*?<\/td>/g,
  /<blockquote\b[\s\S]*?<\/blockquote>/g,
];

/**
 * Runs of untranslated English in a page's `<main>`: five or more consecutive ASCII words (letters,
 * digits, `'` and `-`, separated by spaces and light punctuation, within one block) of which at
 * least two are common English function words, in the text outside code, math, charts, italics
 * (titles), citations, the References list, table data cells and quotations.
 *
 * @example
 * ```ts
 * untranslatedRuns("<main><p>模型 the loss falls as the model grows</p></main>");
 * // → ["the loss falls as the model grows"]
 * ```
 */
export function untranslatedRuns(html: string): string[] {
  const start = html.indexOf("<main"), end = html.lastIndexOf("</main>");
  let main = start === -1 ? html : html.slice(start, end === -1 ? undefined : end);
  for (const pattern of SKIPPED) main = main.replace(pattern, " ");
  // A block boundary ends a run: words in two cells or paragraphs are not one sentence.
  const text = main.replace(
    /<\/?(p|li|div|th|tr|caption|summary|h[1-6]|figcaption|section)\b[^>]*>/g,
    "|",
  )
    .replace(/<[^>]*>/g, " ").replace(/&amp;/g, "&").replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"').replace(/&[a-z]+;/g, " ");
  const runs: string[] = [];
  const word = "[A-Za-z0-9][A-Za-z0-9'’-]*";
  const pattern = new RegExp(`${word}(?:[\\s,;:()"“”]+${word}){4,}`, "g");
  for (const [run] of text.matchAll(pattern)) {
    const words = run.toLowerCase().split(/[^a-z0-9'’-]+/).filter(Boolean);
    if (words.filter((w) => FUNCTION_WORDS.has(w)).length >= 2) runs.push(run);
  }
  return runs;
}

/** Ids of the `<h2>`/`<h3>` headings of a page, in order. */
export function sectionIds(html: string): string[] {
  return [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]!);
}
