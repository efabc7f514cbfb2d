/**
 * `deno task report`: notebooks → executed (in parallel subprocesses, cached by content hash)
 * → HTML pages plus `index.html`, written atomically; or, with `check`, compared against the
 * committed pages.
 *
 * @module
 */
import type { SvgRenderer } from "../render/chart.ts";
import type { RenderedNotebook } from "../render/notebook.ts";
import { GENERATOR, renderPage } from "../render/page.ts";
import {
  type CacheEntry,
  cacheFile,
  loadEntry,
  loadTimings,
  saveEntry,
  saveTimings,
} from "./_cache.ts";
import { hashFile, hashFolder, sha256 } from "./_hash.ts";
import { absolutePath, relativePath } from "./_paths.ts";

/** Options of {@linkcode buildReports}. */
export interface BuildOptions {
  /** Repository root; default the current directory. */
  root?: string;
  /** Notebooks to build; default every `notebooks/*.ipynb`. */
  notebooks?: string[];
  /** Output folder (default `reports`), or one `.html` file for a single notebook. */
  out?: string;
  /** Build into a temporary folder and report which pages differ from `out`; write nothing. */
  check?: boolean;
  allowErrors?: boolean;
  params?: Record<string, string>;
  /**
   * Parallel notebook runs; default the core count. The cores are shared out between the runs:
   * each notebook sees its share as `navigator.hardwareConcurrency`.
   */
  concurrency?: number;
  /** Use and update `.cache/report`; default true. */
  cache?: boolean;
  /** Progress lines; default `console.error`. */
  log?: (line: string) => void;
  /** Vega-Lite → SVG renderer (tests inject a stub). */
  svg?: SvgRenderer;
}

/** Per-notebook outcome. */
export interface PageResult {
  notebook: string;
  page: string;
  title: string;
  cached: boolean;
  ms: number;
  errors: string[];
}

/** What {@linkcode buildReports} did. */
export interface BuildResult {
  pages: PageResult[];
  /** Files written (relative to the root), or with `check` the pages that differ. */
  files: string[];
  /** With `check`: pages that are missing, changed or extra. */
  stale: string[];
  ok: boolean;
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

async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length && errors.length === 0) {
      try {
        await work(items[next++]!);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  if (errors.length > 0) throw errors[0];
}

async function readBytes(path: string): Promise<Uint8Array | undefined> {
  try {
    return await Deno.readFile(path);
  } catch {
    return undefined;
  }
}

/**
 * Builds the reports (see the module doc). Throws the first `NotebookError` (unless
 * `allowErrors`), leaving `out` untouched.
 *
 * @example
 * ```ts ignore
 * import { buildReports } from "./build.ts";
 * const result = await buildReports({ out: "reports" });
 * ```
 */
export async function buildReports(options: BuildOptions = {}): Promise<BuildResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const root = absolutePath(options.root ?? Deno.cwd());
  const outArg = absolutePath(options.out ?? `${root}/reports`);
  const singleFile = outArg.endsWith(".html");
  let notebooks = options.notebooks?.length
    ? options.notebooks.map(absolutePath)
    : await listNotebooks(root);
  // reports/ is always the whole site: naming some notebooks builds those, and the others come
  // along (from the cache when unchanged), so no page, link or index card goes missing.
  if (options.notebooks?.length && !singleFile && outArg === `${root}/reports`) {
    notebooks = [...new Set([...notebooks, ...await listNotebooks(root)])];
  }
  if (singleFile && notebooks.length !== 1) {
    throw new TypeError(
      `--out ${outArg} is a file: give exactly one notebook (got ${notebooks.length})`,
    );
  }
  const outDir = singleFile ? outArg.slice(0, outArg.lastIndexOf("/")) : outArg;
  const cacheDir = `${root}/.cache/report`;
  const useCache = options.cache ?? true;
  // --param applies to the notebooks named on the command line (all of them when none is named).
  const named = new Set(
    options.notebooks?.length ? options.notebooks.map(absolutePath) : notebooks,
  );
  const paramsFor = (abs: string) => (named.has(abs) ? options.params ?? {} : {});
  const lockHash = await hashFile(`${root}/deno.lock`);
  const here = new URL(".", import.meta.url).pathname.replace(/\/$/, "");
  const runnerHash = await hashFolder(here);
  const renderHash = await sha256(
    (await hashFolder(`${here}/../render`)) + lockHash + (options.svg ? "stub" : ""),
  );
  const pages: (PageResult & { rendered: RenderedNotebook; href: string })[] = [];
  const started = performance.now();
  // Look every notebook up in the cache first, so the runs can share the cores between them.
  const plans = await Promise.all(notebooks.map(async (abs) => {
    const rel = relativePath(root, abs);
    const params = paramsFor(abs);
    const variant = { params, allowErrors: !!options.allowErrors };
    const file = await cacheFile(cacheDir, rel, variant);
    const inputs = await sha256(
      [await hashFile(abs), lockHash, runnerHash, JSON.stringify(variant)].join("\n"),
    );
    const entry = useCache ? await loadEntry(file, inputs, root) : undefined;
    return { abs, rel, params, file, inputs, entry };
  }));
  // Longest processing time first (by each notebook's last run time; unknown ones first, then
  // the cached ones), so the slowest run does not start last and hold up the build.
  const lastRun = await loadTimings(cacheDir);
  const expected = (p: (typeof plans)[number]) =>
    p.entry ? -1 : lastRun[p.rel] ?? Number.POSITIVE_INFINITY;
  plans.sort((a, b) => expected(b) - expected(a) || (a.rel < b.rel ? -1 : 1));
  const runTimes: Record<string, number> = {};
  const cores = navigator.hardwareConcurrency ?? 1;
  const concurrency = Math.max(1, options.concurrency ?? cores);
  const running = Math.min(concurrency, plans.filter((p) => !p.entry).length);
  // Each run gets an equal share of the cores (at least one) for its own worker pools.
  const share = Math.max(1, Math.floor(cores / Math.max(1, running)));
  await pool(plans, concurrency, async ({ abs, rel, params, file, inputs, entry }) => {
    const t0 = performance.now();
    const cached = entry !== undefined;
    if (!entry) {
      log(`${rel}: running`);
      // Loaded only when something runs: it brings the TypeScript compiler (cell transform).
      const { runNotebook } = await import("./run.ts");
      const run = await runNotebook(abs, {
        root,
        params,
        allowErrors: options.allowErrors,
        cores: share,
        onCell: (n, total) =>
          log(`${rel}: cell ${n}/${total}, ${((performance.now() - t0) / 1000).toFixed(1)} s`),
      });
      runTimes[rel] = Math.round(run.ms);
      const deps: Record<string, string> = {};
      for (const p of [...run.modules, ...run.reads]) {
        if (p.startsWith(root + "/") && !p.startsWith(`${root}/.cache/`)) {
          deps[relativePath(root, p)] = await hashFile(p);
        }
      }
      entry = { inputs, deps, notebook: run.notebook, errors: run.errors.map((e) => e.message) };
    }
    let rendered = entry.render?.hash === renderHash ? entry.render.page : undefined;
    if (!rendered) {
      const { renderNotebook } = await import("../render/notebook.ts");
      rendered = await renderNotebook(entry.notebook, rel, { svg: options.svg });
      entry.render = { hash: renderHash, page: rendered };
      if (useCache) await saveEntry(file, entry as CacheEntry);
    }
    const ms = performance.now() - t0;
    const name = abs.slice(abs.lastIndexOf("/") + 1).replace(/\.ipynb$/, ".html");
    const href = singleFile ? outArg.slice(outArg.lastIndexOf("/") + 1) : name;
    pages.push({
      notebook: rel,
      page: href,
      href,
      title: rendered.title,
      cached,
      ms,
      errors: entry.errors,
      rendered,
    });
    log(`${rel}: done in ${(ms / 1000).toFixed(2)} s${cached ? " (cached)" : ""}`);
  });
  await saveTimings(cacheDir, runTimes);
  pages.sort((a, b) => a.notebook < b.notebook ? -1 : a.notebook > b.notebook ? 1 : 0);
  const nav = pages.map((p) => ({ href: p.href, title: p.title }));
  const files = new Map<string, string>();
  for (const p of pages) {
    files.set(
      p.href,
      renderPage({
        title: p.title,
        href: p.href,
        body: p.rendered.html,
        headings: p.rendered.headings,
        nav,
        source: p.notebook,
      }),
    );
  }
  if (!singleFile) {
    const { indexPage } = await import("./_index_page.ts");
    files.set("index.html", await indexPage(root, pages, nav, options.svg));
  }
  const result: BuildResult = {
    pages: pages.map(({ rendered: _r, href: _h, ...rest }) => rest),
    files: [],
    stale: [],
    ok: true,
  };
  const encoder = new TextEncoder();
  const existing = singleFile ? [] : await generatedPages(outDir);
  if (options.check) {
    for (const [name, html] of files) {
      const old = await readBytes(`${outDir}/${name}`);
      const bytes = encoder.encode(html);
      if (!old || old.length !== bytes.length || !old.every((b, i) => b === bytes[i])) {
        result.stale.push(relativePath(root, `${outDir}/${name}`));
      }
    }
    for (const name of existing) {
      if (!files.has(name)) result.stale.push(relativePath(root, `${outDir}/${name}`));
    }
    result.files = [...result.stale];
    result.ok = result.stale.length === 0;
  } else {
    await Deno.mkdir(`${root}/.cache`, { recursive: true });
    const tmp = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "build-" });
    try {
      for (const [name, html] of files) await Deno.writeTextFile(`${tmp}/${name}`, html);
      await Deno.mkdir(outDir, { recursive: true });
      for (const name of files.keys()) {
        await Deno.rename(`${tmp}/${name}`, `${outDir}/${name}`);
        result.files.push(relativePath(root, `${outDir}/${name}`));
      }
      for (const name of existing) if (!files.has(name)) await Deno.remove(`${outDir}/${name}`);
    } finally {
      await Deno.remove(tmp, { recursive: true }).catch(() => {});
    }
  }
  log(
    `built ${pages.length} notebook(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  return result;
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
