/**
 * Build phase 3, run what is stale: the notebooks without a valid cache entry run in parallel
 * subprocesses (the cores shared out between them), and every page body is rendered unless the
 * cache holds one from the same renderer.
 *
 * @module
 */
import type { Notebook } from "../jupyter/ipynb.ts";
import type { SvgRenderer } from "../render/figure.ts";
import type { RenderedNotebook } from "../render/notebook.ts";
import { type CacheEntry, saveEntry, saveTimings } from "./_cache.ts";
import { hashFile } from "./_hash.ts";
import { relativePath } from "./_paths.ts";
import type { BuildPlan, Plan } from "./_plan.ts";
import type { Targets } from "./_targets.ts";
import { localizedNotebook } from "./_localize.ts";

/** A built page before its shell: the run's outcome and the rendered body. */
export interface BuiltPage {
  notebook: string;
  /** The page's file name (the `--out` file's name for a single page). */
  href: string;
  title: string;
  cached: boolean;
  ms: number;
  errors: string[];
  rendered: RenderedNotebook;
  /** The executed notebook (the index takes the lead chart from it). */
  executed: Notebook;
  abs: string;
}

/** Options of {@linkcode runStale}. */
export interface RunOptions {
  allowErrors?: boolean;
  concurrency?: number;
  svg?: SvgRenderer;
  log: (line: string) => void;
}

/** Runs and renders every planned notebook; pages come back in the targets' reading order. */
export async function runStale(
  targets: Targets,
  build: BuildPlan,
  options: RunOptions,
): Promise<BuiltPage[]> {
  const cores = navigator.hardwareConcurrency ?? 1;
  const concurrency = Math.max(1, options.concurrency ?? cores);
  const running = Math.min(concurrency, build.plans.filter((p) => !p.entry).length);
  // Each run gets an equal share of the cores (at least one) for its own worker pools.
  const share = Math.max(1, Math.floor(cores / Math.max(1, running)));
  const runTimes: Record<string, number> = {};
  const pages: BuiltPage[] = [];
  await pool(build.plans, concurrency, async (plan) => {
    const t0 = performance.now();
    const entry = plan.entry ?? await runOne(targets.root, plan, share, options, runTimes);
    const rendered = await renderBody(entry, plan, build, targets, options.svg);
    const ms = performance.now() - t0;
    const name = plan.abs.slice(plan.abs.lastIndexOf("/") + 1).replace(/\.ipynb$/, ".html");
    pages.push({
      notebook: plan.rel,
      href: targets.singleFile ? targets.outArg.slice(targets.outArg.lastIndexOf("/") + 1) : name,
      title: rendered.title,
      cached: plan.entry !== undefined,
      ms,
      errors: entry.errors,
      rendered,
      executed: entry.notebook,
      abs: plan.abs,
    });
    options.log(`${plan.rel}: done in ${(ms / 1000).toFixed(2)} s${plan.entry ? " (cached)" : ""}`);
  });
  await saveTimings(build.cacheDir, runTimes);
  const order = new Map(targets.notebooks.map((abs, i) => [abs, i]));
  return pages.sort((a, b) => order.get(a.abs)! - order.get(b.abs)!);
}

/** Runs one notebook and records what it read, for the cache. */
async function runOne(
  root: string,
  plan: Plan,
  cores: number,
  options: RunOptions,
  runTimes: Record<string, number>,
): Promise<CacheEntry> {
  const t0 = performance.now();
  options.log(`${plan.rel}: running`);
  // Loaded only when something runs: it brings the TypeScript compiler (cell transform).
  const { runNotebook } = await import("./run.ts");
  const run = await runNotebook(plan.abs, {
    root,
    params: plan.params,
    allowErrors: options.allowErrors,
    cores,
    onCell: (n, total) =>
      options.log(
        `${plan.rel}: cell ${n}/${total}, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      ),
  });
  runTimes[plan.rel] = Math.round(run.ms);
  const deps: Record<string, string> = {};
  for (const p of [...run.modules, ...run.reads]) {
    if (p.startsWith(root + "/") && !p.startsWith(`${root}/.cache/`)) {
      deps[relativePath(root, p)] = await hashFile(p);
    }
  }
  return {
    inputs: plan.inputs,
    deps,
    notebook: run.notebook,
    errors: run.errors.map((e) => e.message),
  };
}

/** The page body, from the cache entry when the renderer is unchanged; caches a new one. */
async function renderBody(
  entry: CacheEntry,
  plan: Plan,
  build: BuildPlan,
  targets: Targets,
  svg?: SvgRenderer,
): Promise<RenderedNotebook> {
  if (entry.render?.hash === plan.renderKey) return entry.render.page;
  const { renderNotebook } = await import("../render/notebook.ts");
  const { root, lang } = targets;
  const notebook = await localizedNotebook(entry.notebook, plan.rel, lang, root);
  const rendered = await renderNotebook(notebook, plan.rel, { svg, lang });
  entry.render = { hash: plan.renderKey, page: rendered };
  if (build.useCache) await saveEntry(plan.file, entry);
  return rendered;
}

/** Runs `work` over `items`, `size` at a time; stops at and rethrows the first error. */
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
