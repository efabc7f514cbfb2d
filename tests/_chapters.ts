/**
 * What the whole-report tests derive from the chapter registry (notebooks/chapters.json), so a
 * new chapter is built, compared and opened in the browser with no edit here.
 */
import type { Chapter } from "../lib/notebook/chapters.ts";

/** Chapters built together in one quick build, with their `--param` arguments. */
export interface QuickGroup {
  notebooks: string[];
  params: string[];
}

/**
 * The chapters grouped by their `quickParams` (a `--param` must be declared in the parameters
 * cell of every notebook it is given to), in reading order.
 */
export function quickGroups(chapters: Chapter[]): QuickGroup[] {
  const groups = new Map<string, QuickGroup>();
  for (const chapter of chapters) {
    const entries = Object.entries(chapter.quickParams).sort(([a], [b]) => (a < b ? -1 : 1));
    const key = JSON.stringify(entries);
    const params = entries.flatMap(([name, value]) => ["--param", `${name}=${value}`]);
    const group = groups.get(key) ?? { notebooks: [], params };
    group.notebooks.push(chapter.notebook);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The pages a full build writes: the index, one page per chapter and the glossary (in each
 * edition: reports/ and reports/<lang>/).
 */
export function sitePages(chapters: Chapter[]): string[] {
  return ["index.html", ...chapters.map((c) => c.page), "glossary.html"];
}
