/**
 * Build phase 1, resolve the targets: the root, where the pages go, which notebooks to build and
 * in what order (the chapter registry's, then the others by path), and which chapter each is.
 *
 * @module
 */
import { type Chapter, CHAPTERS_FILE, readChapters } from "./chapters.ts";
import { absolutePath, relativePath } from "./_paths.ts";
import type { Lang } from "../locale/lang.ts";

/** What a build makes and where. */
export interface Targets {
  root: string;
  /** `--out` as given (absolute): a folder, or one `.html` file. */
  outArg: string;
  singleFile: boolean;
  /** The folder the pages go to. */
  outDir: string;
  /** Absolute notebook paths, in reading order. */
  notebooks: string[];
  /** The registry's entry of each chapter notebook (by absolute path). */
  chapters: Map<string, Chapter>;
  /**
   * The `--param` values of a notebook (those named on the command line, else all, get them),
   * and `lang` for every notebook of an edition in another language than English.
   */
  paramsFor: (abs: string) => Record<string, string>;
  /** The edition's language (docs/second-language.md). */
  lang: Lang;
}

/**
 * Resolves the targets. Naming some notebooks builds those; into `reports/` the whole site comes
 * along (from the cache when unchanged), so no page, link or index card goes missing.
 */
export async function resolveTargets(options: {
  root?: string;
  out?: string;
  notebooks?: string[];
  params?: Record<string, string>;
  lang?: Lang;
}): Promise<Targets> {
  const lang = options.lang ?? "en";
  const langParam: Record<string, string> = lang === "en" ? {} : { lang: String(lang) };
  const root = absolutePath(options.root ?? Deno.cwd());
  const outArg = absolutePath(options.out ?? `${root}/reports`);
  const singleFile = outArg.endsWith(".html");
  const registry = await readChapters(root) ?? [];
  const chapters = new Map(registry.map((c) => [`${root}/${c.notebook}`, c]));
  const named = (options.notebooks ?? []).map(absolutePath);
  let notebooks = named.length > 0 ? named : await siteNotebooks(root, registry);
  // reports/ (or reports/<lang>/ for another language's edition) is the site.
  const site = `${root}/reports${langParam.lang ? `/${langParam.lang}` : ""}`;
  if (named.length > 0 && !singleFile && outArg === site) {
    notebooks = [...new Set([...named, ...await siteNotebooks(root, registry)])];
  }
  if (singleFile && notebooks.length !== 1) {
    throw new TypeError(
      `--out ${outArg} is a file: give exactly one notebook (got ${notebooks.length})`,
    );
  }
  const order = (abs: string) => chapters.get(abs)?.order ?? Number.POSITIVE_INFINITY;
  notebooks.sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const withParams = new Set(named.length > 0 ? named : notebooks);
  return {
    root,
    outArg,
    singleFile,
    outDir: singleFile ? outArg.slice(0, outArg.lastIndexOf("/")) : outArg,
    notebooks,
    chapters,
    paramsFor: (abs) => ({
      ...(withParams.has(abs) ? options.params ?? {} : {}),
      ...langParam,
    }),
    lang,
  };
}

/**
 * The notebooks of the site: the registry's chapters, each of which must exist, and no other
 * `notebooks/*.ipynb`; without a registry every `notebooks/*.ipynb`.
 */
async function siteNotebooks(root: string, registry: Chapter[]): Promise<string[]> {
  const found = await listNotebooks(root);
  if (registry.length === 0) return found;
  const listed = new Set(registry.map((c) => `${root}/${c.notebook}`));
  for (const c of registry) {
    if (!found.includes(`${root}/${c.notebook}`)) {
      throw new TypeError(`${CHAPTERS_FILE}: chapter ${c.order}: ${c.notebook} does not exist`);
    }
  }
  const stray = found.filter((abs) => !listed.has(abs)).map((abs) => relativePath(root, abs));
  if (stray.length > 0) {
    throw new TypeError(
      `${stray.join(", ")}: not in ${CHAPTERS_FILE}; add an entry ` +
        `{ "order", "notebook", "title", "lead" } for each chapter`,
    );
  }
  return [...listed];
}

async function listNotebooks(root: string): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const e of Deno.readDir(`${root}/notebooks`)) {
      if (e.isFile && e.name.endsWith(".ipynb")) out.push(`${root}/notebooks/${e.name}`);
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return out.sort();
}
