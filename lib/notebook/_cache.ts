/**
 * The build cache: one JSON file per notebook (and parameter set) under `.cache/report/`,
 * valid while the notebook, deno.lock, the runner, and every module and data file the notebook
 * used hash the same. A rendered body is reused while the renderer's sources are unchanged.
 *
 * @module
 */
import type { RenderedNotebook } from "../render/notebook.ts";
import type { Notebook } from "../jupyter/ipynb.ts";
import { hashFile, sha256 } from "./_hash.ts";

/** What is stored per notebook. */
export interface CacheEntry {
  inputs: string;
  /** Path relative to the root → content hash. */
  deps: Record<string, string>;
  notebook: Notebook;
  /** Messages of errors rendered in place (with --allow-errors). */
  errors: string[];
  render?: { hash: string; page: RenderedNotebook };
}

/** Cache file for a notebook run with these options. */
export async function cacheFile(dir: string, rel: string, variant: unknown): Promise<string> {
  return `${dir}/${(await sha256(rel + "\n" + JSON.stringify(variant))).slice(0, 20)}.json`;
}

/** Reads an entry; `undefined` when missing, unreadable or stale. */
export async function loadEntry(
  file: string,
  inputs: string,
  root: string,
): Promise<CacheEntry | undefined> {
  let entry: CacheEntry;
  try {
    entry = JSON.parse(await Deno.readTextFile(file));
  } catch {
    return undefined;
  }
  if (entry.inputs !== inputs) return undefined;
  for (const [rel, hash] of Object.entries(entry.deps)) {
    if (await hashFile(`${root}/${rel}`) !== hash) return undefined;
  }
  return entry;
}

/** Writes an entry atomically (temp file + rename). */
export async function saveEntry(file: string, entry: CacheEntry): Promise<void> {
  const dir = file.slice(0, file.lastIndexOf("/"));
  await Deno.mkdir(dir, { recursive: true });
  const tmp = `${file}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  await Deno.writeTextFile(tmp, JSON.stringify(entry));
  await Deno.rename(tmp, file);
}

/**
 * How long each notebook's last run took (ms, by path relative to the root), kept beside the
 * cache as a scheduling hint: builds start the slowest notebooks first. Read and written even
 * when outputs are not cached; a missing or unreadable file is no hint.
 */
export async function loadTimings(dir: string): Promise<Record<string, number>> {
  try {
    const value = JSON.parse(await Deno.readTextFile(`${dir}/timings.json`));
    return value && typeof value === "object" ? value as Record<string, number> : {};
  } catch {
    return {};
  }
}

/** Stores the run times, merged into what is there. */
export async function saveTimings(dir: string, timings: Record<string, number>): Promise<void> {
  if (Object.keys(timings).length === 0) return;
  const merged = { ...await loadTimings(dir), ...timings };
  await Deno.mkdir(dir, { recursive: true });
  const tmp = `${dir}/timings.json.${crypto.randomUUID().slice(0, 8)}.tmp`;
  await Deno.writeTextFile(tmp, JSON.stringify(merged, Object.keys(merged).sort()));
  await Deno.rename(tmp, `${dir}/timings.json`);
}
