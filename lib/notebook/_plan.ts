/**
 * Build phase 2, plan: look every notebook up in the cache (keyed by the notebook, deno.lock, the
 * runner's sources and the run options) and order the runs longest first.
 *
 * @module
 */
import { type CacheEntry, cacheFile, loadEntry, loadTimings } from "./_cache.ts";
import { hashFile, hashFolder, sha256 } from "./_hash.ts";
import { relativePath } from "./_paths.ts";
import type { Targets } from "./_targets.ts";
import { catalogueKey } from "./_localize.ts";

/** One notebook to build. */
export interface Plan {
  abs: string;
  /** Path relative to the root. */
  rel: string;
  params: Record<string, string>;
  /** Its cache file. */
  file: string;
  /** Hash of everything the run depends on besides the files it reads. */
  inputs: string;
  /** The cached run, when still valid. */
  entry: CacheEntry | undefined;
  /** The hash a cached page body must carry: the renderer's, and the translation catalogue's. */
  renderKey: string;
}

/** The plans, and the hash a cached page body must carry to be reused. */
export interface BuildPlan {
  plans: Plan[];
  renderHash: string;
  cacheDir: string;
  useCache: boolean;
}

const LIB = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** Hash over lib folders (their `.ts` files). */
async function hashLib(folders: string[]): Promise<string> {
  return await sha256((await Promise.all(folders.map((f) => hashFolder(`${LIB}/${f}`)))).join());
}

/**
 * Plans the build: cache lookups first, so the runs can share the cores between them; then
 * longest processing time first (by each notebook's last run time; unknown ones first, then the
 * cached ones), so the slowest run does not start last and hold up the build.
 */
export async function planBuild(
  targets: Targets,
  options: { cache?: boolean; allowErrors?: boolean; stubSvg: boolean },
): Promise<BuildPlan> {
  const { root } = targets;
  const cacheDir = `${root}/.cache/report`;
  const useCache = options.cache ?? true;
  const lockHash = await hashFile(`${root}/deno.lock`);
  const runnerHash = await hashLib(["notebook", "jupyter"]);
  // The page body depends on the renderer, the formats and the SVG drawing in lib/charts.
  const renderHash = await sha256(
    (await hashLib(["render", "jupyter", "charts"])) + lockHash + (options.stubSvg ? "stub" : ""),
  );
  const plans = await Promise.all(targets.notebooks.map(async (abs): Promise<Plan> => {
    const rel = relativePath(root, abs);
    const params = targets.paramsFor(abs);
    const variant = { params, allowErrors: !!options.allowErrors };
    const file = await cacheFile(cacheDir, rel, variant);
    const inputs = await sha256(
      [await hashFile(abs), lockHash, runnerHash, JSON.stringify(variant)].join("\n"),
    );
    const entry = useCache ? await loadEntry(file, inputs, root) : undefined;
    // Another language: its catalogue must cover the notebook before anything runs.
    const catalogue = await catalogueKey(root, rel, targets.lang);
    const renderKey = catalogue ? await sha256(renderHash + catalogue) : renderHash;
    return { abs, rel, params, file, inputs, entry, renderKey };
  }));
  const lastRun = await loadTimings(cacheDir);
  const expected = (p: Plan) => p.entry ? -1 : lastRun[p.rel] ?? Number.POSITIVE_INFINITY;
  plans.sort((a, b) => expected(b) - expected(a) || (a.rel < b.rel ? -1 : 1));
  return { plans, renderHash, cacheDir, useCache };
}
