/**
 * The chapter registry, `notebooks/chapters.json`: the one place that says which notebooks are
 * the report's chapters, their titles, the cell whose chart is each index card's thumbnail, their
 * reading order, and the parameters quick test builds use. The build, the index page, the
 * determinism and browser tests and the README screenshots read it; adding a chapter is one
 * notebook plus one entry here.
 *
 * ```json
 * { "chapters": [
 *   { "order": 1, "notebook": "01-scaling-laws.ipynb", "lead": "c08",
 *     "title": "Scaling laws: smooth, predictable improvement",
 *     "quickParams": { "resamples": "200" } } ] }
 * ```
 *
 * @module
 */

/** Where the registry lives, relative to the repository root. */
export const CHAPTERS_FILE = "notebooks/chapters.json";

/** One chapter of the report. */
export interface Chapter {
  /** Reading order (nav links and index cards follow it); unique. */
  order: number;
  /** The notebook, relative to the root (`notebooks/01-scaling-laws.ipynb`). */
  notebook: string;
  /** The page's file name (`01-scaling-laws.html`). */
  page: string;
  /** The chapter title; must equal the notebook's first `# heading` (the build checks). */
  title: string;
  /** Id of the cell whose chart is the chapter's thumbnail on the index page. */
  lead: string;
  /** `--param` values for quick test builds (e.g. fewer bootstrap resamples); default none. */
  quickParams: Record<string, string>;
}

/**
 * Parses the registry's JSON text; chapters come back in reading order. Notebook paths in the
 * file are relative to the file's folder.
 *
 * @param text The file's content.
 * @param where The file's path relative to the root (for messages and to resolve notebooks).
 * @throws {TypeError} naming the chapter and field when an entry is malformed, or an order or
 * notebook appears twice.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseChapters } from "./chapters.ts";
 * const [first] = parseChapters(
 *   '{"chapters":[{"order":1,"notebook":"a.ipynb","title":"A","lead":"c1"}]}',
 *   "notebooks/chapters.json",
 * );
 * assert.equal(first?.notebook, "notebooks/a.ipynb");
 * assert.equal(first?.page, "a.html");
 * assert.throws(() => parseChapters('{"chapters":[{"order":1}]}', "c.json"), /notebook/);
 * ```
 */
export function parseChapters(text: string, where: string): Chapter[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const list = (raw as { chapters?: unknown } | null)?.chapters;
  if (!Array.isArray(list)) throw new TypeError(`${where}: expected { "chapters": [ … ] }`);
  const folder = where.includes("/") ? where.slice(0, where.lastIndexOf("/") + 1) : "";
  const chapters = list.map((entry, i) => _chapter(entry, `${where}: chapter ${i + 1}`, folder));
  for (const key of ["order", "notebook"] as const) {
    const seen = new Set<unknown>();
    for (const c of chapters) {
      if (seen.has(c[key])) {
        throw new TypeError(`${where}: ${key} ${JSON.stringify(c[key])} appears twice`);
      }
      seen.add(c[key]);
    }
  }
  return chapters.sort((a, b) => a.order - b.order);
}

function _chapter(entry: unknown, where: string, folder: string): Chapter {
  const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
  const text = (key: string): string => {
    const value = e[key];
    if (typeof value !== "string" || value.trim() === "") {
      throw new TypeError(`${where}: "${key}" must be a non-empty string, got ${value}`);
    }
    return value;
  };
  if (!Number.isFinite(e.order)) {
    throw new TypeError(`${where}: "order" must be a number, got ${e.order}`);
  }
  const notebook = text("notebook");
  if (!notebook.endsWith(".ipynb") || notebook.includes("/")) {
    throw new TypeError(
      `${where}: "notebook" must be a file name ending in .ipynb beside the registry, got ${notebook}`,
    );
  }
  const quick = e.quickParams ?? {};
  if (
    typeof quick !== "object" || quick === null ||
    Object.values(quick).some((v) => typeof v !== "string")
  ) {
    throw new TypeError(`${where}: "quickParams" must map names to strings`);
  }
  return {
    order: e.order as number,
    notebook: folder + notebook,
    page: notebook.replace(/\.ipynb$/, ".html"),
    title: text("title"),
    lead: text("lead"),
    quickParams: { ...(quick as Record<string, string>) },
  };
}

/**
 * Reads `notebooks/chapters.json` under `root`; `undefined` when there is none (a repository
 * without a registry builds every `notebooks/*.ipynb` in file-name order, without thumbnails).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readChapters } from "./chapters.ts";
 * const root = await Deno.makeTempDir();
 * assert.equal(await readChapters(root), undefined);
 * await Deno.mkdir(`${root}/notebooks`);
 * await Deno.writeTextFile(`${root}/notebooks/chapters.json`,
 *   '{"chapters":[{"order":2,"notebook":"b.ipynb","title":"B","lead":"x"},' +
 *   '{"order":1,"notebook":"a.ipynb","title":"A","lead":"y"}]}');
 * assert.deepEqual((await readChapters(root))?.map((c) => c.page), ["a.html", "b.html"]);
 * await Deno.remove(root, { recursive: true });
 * ```
 */
export async function readChapters(root: string): Promise<Chapter[] | undefined> {
  let text: string;
  try {
    text = await Deno.readTextFile(`${root}/${CHAPTERS_FILE}`);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
  return parseChapters(text, CHAPTERS_FILE);
}
