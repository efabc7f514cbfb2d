/**
 * `deno task report`: notebooks → executed (in parallel subprocesses, cached by content hash)
 * → HTML pages plus `index.html`, written atomically; or, with `check`, compared against the
 * committed pages. Which notebooks make the site, in what order, comes from the chapter registry
 * (`notebooks/chapters.json`, see `./chapters.ts`).
 *
 * @module
 */
import type { SvgRenderer } from "../render/figure.ts";
import { planBuild } from "./_plan.ts";
import { runStale } from "./_run_stale.ts";
import { checkSite, renderPages, writeSiteAtomically } from "./_site.ts";
import { resolveTargets } from "./_targets.ts";
import { BUILD_SPEC, checkOptions } from "./_options.ts";
import { type Lang, parseLang } from "../locale/lang.ts";

/** Options of {@linkcode buildReports}. */
export interface BuildOptions {
  /** Repository root; default the current directory. */
  root?: string;
  /** Notebooks to build; default the registry's chapters (else every `notebooks/*.ipynb`). */
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
  /**
   * The edition's language (default English): runs every notebook with `--param lang=…` and
   * substitutes its markdown from `notebooks/i18n/<lang>/` (docs/second-language.md). The caller
   * picks the folder (`reports/<lang>/`, see {@linkcode editionOut}).
   */
  lang?: Lang;
}

/**
 * The folder of a language's edition of the site built into `out`: English in `out` itself, any
 * other language in `out/<lang>` (`reports/zh/`), so every page keeps its file name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { editionOut } from "./build.ts";
 * assert.equal(editionOut("reports", "en"), "reports");
 * ```
 */
export function editionOut(out: string, lang: Lang): string {
  const tag: string = lang;
  return tag === "en" ? out : `${out.replace(/\/+$/, "")}/${tag}`;
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

/**
 * Builds the reports in five phases: resolve the targets, plan (cache lookups, run order), run
 * what is stale and render the bodies, render the pages and the index, then check or write the
 * site atomically. Throws the first `NotebookError` (unless `allowErrors`), leaving `out`
 * untouched.
 *
 * @example
 * ```ts ignore
 * import { buildReports } from "./build.ts";
 * const result = await buildReports({ out: "reports" });
 * ```
 */
export async function buildReports(options: BuildOptions = {}): Promise<BuildResult> {
  checkOptions("buildReports", options, BUILD_SPEC);
  if (options.lang !== undefined) parseLang(options.lang);
  const log = options.log ?? ((line: string) => console.error(line));
  const started = performance.now();
  const targets = await resolveTargets(options);
  const plan = await planBuild(targets, { ...options, stubSvg: options.svg !== undefined });
  const pages = await runStale(targets, plan, { ...options, log });
  const site = await renderPages(targets, pages, options.svg);
  const outcome = options.check
    ? await checkSite(targets, site)
    : await writeSiteAtomically(targets, site);
  log(
    `built ${pages.length} notebook(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  return {
    pages: pages.map((p) => ({
      notebook: p.notebook,
      page: p.href,
      title: p.title,
      cached: p.cached,
      ms: p.ms,
      errors: p.errors,
    })),
    ...outcome,
  };
}
