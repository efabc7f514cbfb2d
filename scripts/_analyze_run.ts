/**
 * The work of `deno task analyze` (scripts/analyze.ts): read the input once, hand the notebook the
 * prepared rows, classify for the JSON/CSV results and the terminal summary while the notebook
 * builds, and write the page and results only when everything succeeded.
 * @module
 */
import {
  analyzeOwnData,
  compactOwnData,
  encodeOwnData,
  formatter,
  loadOwnData,
  type OwnData,
  ownDataForecasts,
  type OwnDataFormat,
  ownDataNoticeLines,
  ownDataResults,
  ownDataResultsCsv,
  ownDataSummaryLines,
} from "../lib/mod.ts";
import { buildReports, sha256 } from "../lib/notebook/mod.ts";
import type { Lang } from "../lib/locale/lang.ts";
import type { ShapePrior } from "../lib/classify/types.ts";
import { folderOf, userCwd, userPath } from "./_cli.ts";
import { cleanStale, release } from "./_stage.ts";

const NOTEBOOK = "notebooks/analyze/analyze.ipynb";
/** Print a progress line when a stage runs longer than this. */
const PROGRESS_MS = 2000;

/** Parsed command line of `analyze`. */
export interface AnalyzeArgs {
  input: string;
  out?: string;
  format?: OwnDataFormat;
  chance?: number;
  metric?: string;
  sizes?: string;
  json?: string;
  csv?: string;
  /** Sizes (parameters) to forecast every curve at (`--predict`, repeatable). */
  predict?: number[];
  /** The page's language (`--lang`, default English). */
  lang?: Lang;
  /** The prior on shapes (`--prior`, default "benchmarks"). */
  prior?: ShapePrior;
}

/** What {@linkcode analyze} did. */
export interface AnalyzeResult {
  /** The page written (absolute path). */
  out: string;
  rows: number;
  curves: number;
  loadMs: number;
  buildMs: number;
  /** Results files written (absolute paths; "-" for stdout). */
  results: string[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** "1 row", "3 rows" (plain digits: the log is for scripts too). */
export const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
export const baseName = (path: string) => path.replace(/\/+$/, "").replace(/^.*\//, "");

/**
 * The default page: `reports/analyze/<file or folder name without extension>.html`, and for
 * another language than English `reports/<lang>/analyze/…`.
 */
export function defaultOut(root: string, input: string, lang: string = "en"): string {
  return `${root}/reports/${lang === "en" ? "" : `${lang}/`}analyze/${
    baseName(input).replace(/\.[^.]*$/, "") || "results"
  }.html`;
}

/** Relative href from the page's folder to a file (for the page's links). */
function href(from: string, to: string): string {
  const a = from.split("/").filter((p) => p);
  const b = to.split("/").filter((p) => p);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Prints "… STAGE (N s)" every 2 s while a stage runs (for long inputs). */
function progress(log: (line: string) => void) {
  let stage = "", since = performance.now();
  const timer = setInterval(() => {
    const ms = performance.now() - since;
    if (stage && ms >= PROGRESS_MS) log(`… ${stage} (${Math.round(ms / 1000)} s)`);
  }, PROGRESS_MS);
  return {
    stage(name: string) {
      stage = name;
      since = performance.now();
    },
    stop: () => clearInterval(timer),
  };
}

/** Starts the watchdog that kills the notebook children and cleans up if this process dies. */
function watchdog(root: string, build: string): Deno.ChildProcess | undefined {
  if (Deno.build.os !== "linux") return undefined;
  try {
    const script = new URL("./_watchdog.ts", import.meta.url).pathname;
    const child = new Deno.Command("deno", {
      args: [
        "run",
        "--quiet",
        "--allow-all",
        script,
        String(Deno.pid),
        root,
        build,
      ],
      stdin: "piped",
      stdout: "null",
      stderr: "null",
    }).spawn();
    child.unref();
    return child;
  } catch {
    return undefined;
  }
}

/**
 * Loads the input; prints what was read and the notices. Returns the compact copy only (the full
 * rows are garbage once this returns).
 */
async function load(args: AnalyzeArgs, cwd: string, log: (line: string) => void) {
  const t0 = performance.now();
  const size = (await Deno.stat(userPath(args.input, cwd)).catch(() => undefined))?.size ?? 0;
  // Parsing runs without yielding: say so before a large file rather than after.
  if (size > 10e6) log(`reading ${args.input} (${(size / 1e6).toFixed(0)} MB)…`);
  const data = await loadOwnData(userPath(args.input, cwd), {
    label: args.input,
    keep: "needed",
    ...(args.format ? { format: args.format } : {}),
    ...(args.metric !== undefined ? { metric: args.metric } : {}),
    ...(args.chance !== undefined ? { chance: args.chance } : {}),
    ...(args.sizes !== undefined ? { sizes: userPath(args.sizes, cwd) } : {}),
  });
  const loadMs = performance.now() - t0;
  const format = { long: "long CSV", wide: "wide spreadsheet", "lm-eval": "lm-evaluation-harness" };
  log(
    `read ${count(data.rowCount ?? data.rows.length, "row")}, ` +
      `${count(data.curves.length, "curve")} from ` +
      `${args.input} (${format[data.notes.format]}) in ${seconds(loadMs)}`,
  );
  for (const line of ownDataNoticeLines(data.notes, formatter("en"))) log(`note: ${line}`);
  const sizes = (c: OwnData["curves"][number]) => new Set(c.points.map((p) => p.scale)).size;
  if (!data.curves.some((c) => sizes(c) >= 3)) {
    log("note: no curve has 3 model sizes, so every curve is classified insufficient; add sizes");
  }
  return { data: compactOwnData(data), loadMs };
}

/** Writes text atomically (copy next to the target, then rename), or to stdout for "-". */
async function writeAtomic(path: string, text: string | Uint8Array): Promise<void> {
  if (path === "-") {
    await Deno.stdout.write(typeof text === "string" ? new TextEncoder().encode(text) : text);
    return;
  }
  const partial = `${folderOf(path)}/.${baseName(path)}.partial`;
  await Deno.mkdir(folderOf(path), { recursive: true });
  if (typeof text === "string") await Deno.writeTextFile(partial, text);
  else await Deno.writeFile(partial, text);
  await Deno.rename(partial, path);
}

/**
 * Reads the input, builds the page into `.cache/analyze/` and moves it (and the results) to their
 * places. Throws the data layer's one-sentence error for a bad input and `NotebookError` when a
 * cell fails; nothing is written then.
 */
export async function analyze(
  args: AnalyzeArgs,
  options: { root?: string; cwd?: string; log?: (line: string) => void } = {},
): Promise<AnalyzeResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const root = userPath(options.root ?? Deno.cwd(), Deno.cwd());
  const cwd = options.cwd ?? userCwd();
  const out = args.out === undefined
    ? defaultOut(root, args.input, args.lang)
    : userPath(args.out, cwd);
  const target = (p?: string) => (p === undefined || p === "-" ? p : userPath(p, cwd));
  const json = target(args.json), csv = target(args.csv);
  await checkTargets([out, json, csv]);
  if (Deno.build.os !== "linux") await cleanStale(root);
  const p = progress(log);
  const base = `${root}/.cache/analyze`;
  await Deno.mkdir(base, { recursive: true });
  const build = await Deno.makeTempDir({ dir: base, prefix: `build-${Deno.pid}-` });
  let stage: string | undefined;
  const guard = watchdog(root, build);
  const tell = guard?.stdin.getWriter();
  try {
    const { data, loadMs } = await load(args, cwd, log);
    const prepared = new TextEncoder().encode(encodeOwnData(data));
    stage = `${base}/input-${(await sha256(prepared)).slice(0, 16)}`;
    // Another run of the same input may release the folder between mkdir and the owner file.
    for (let attempt = 0;; attempt++) {
      await Deno.mkdir(stage, { recursive: true });
      const owned = await Deno.writeTextFile(`${stage}/owner-${Deno.pid}`, "").then(
        () => true,
        (
          error,
        ) => (attempt < 3 && error instanceof Deno.errors.NotFound ? false : Promise.reject(error)),
      );
      if (owned) break;
    }
    const input = `${stage}/${baseName(args.input).replace(/\.[^.]*$/, "") || "input"}.json`;
    await Deno.writeFile(input, prepared);
    await tell?.write(new TextEncoder().encode(`${stage}\n`)).catch(() => {});
    const links: Record<string, string> = {};
    if (json && json !== "-") links.json = href(folderOf(out), json);
    if (csv && csv !== "-") links.csv = href(folderOf(out), csv);
    p.stage(`classifying ${count(data.curves.length, "curve")} and building the page`);
    const t1 = performance.now();
    const page = `${build}/page.html`;
    const building = buildReports({
      root,
      notebooks: [`${root}/${NOTEBOOK}`],
      out: page,
      params: {
        // Relative to the notebook's folder (its working directory), as in Jupyter.
        input: `../../${input.slice(root.length + 1)}`,
        name: baseName(args.input),
        ...(links.json ? { json: links.json } : {}),
        ...(links.csv ? { csv: links.csv } : {}),
        ...(args.predict?.length ? { predict: JSON.stringify(args.predict) } : {}),
        ...(args.prior ? { prior: args.prior } : {}),
      },
      cache: false,
      ...(args.lang ? { lang: args.lang } : {}),
      log: () => {},
    }).then(() => performance.now() - t1);
    building.catch(() => {});
    const a = await analyzeOwnData(data, {
      fileName: baseName(args.input),
      ...(args.prior ? { prior: args.prior } : {}),
    });
    const forecasts = args.predict?.length ? ownDataForecasts(a, args.predict) : undefined;
    const results = ownDataResults(a, data.notes, forecasts);
    const buildMs = await building;
    p.stop();
    // Everything succeeded: write the results, then the page.
    const written: string[] = [];
    if (json) await writeAtomic(json, JSON.stringify(results, null, 2) + "\n"), written.push(json);
    if (csv) await writeAtomic(csv, ownDataResultsCsv(results)), written.push(csv);
    await writeAtomic(out, await Deno.readFile(page));
    for (const line of ownDataSummaryLines(results, formatter("en"))) log(line);
    return {
      out,
      rows: data.rowCount ?? data.rows.length,
      curves: data.curves.length,
      loadMs,
      buildMs,
      results: written,
    };
  } finally {
    p.stop();
    await Deno.remove(build, { recursive: true }).catch(() => {});
    if (stage) await release(stage, Deno.pid);
    try {
      await tell?.close();
      await guard?.status;
    } catch { /* gone */ }
  }
}

/** Every output must be a file we can create: not a folder, in a folder the OS lets us write. */
async function checkTargets(paths: (string | undefined)[]): Promise<void> {
  for (const path of paths) {
    if (path === undefined || path === "-") continue;
    const info = await Deno.stat(path).catch(() => undefined);
    if (info?.isDirectory) {
      throw new TypeError(`${path} is a folder; give a file name inside it`);
    }
    // A folder that does not exist yet is created when the page is written.
    const dir = folderOf(path);
    const at = await Deno.stat(dir).catch((e: Error) => e);
    if (at instanceof Deno.errors.NotFound) continue;
    if (at instanceof Error) throw new TypeError(`${dir}: ${at.name}; fix the path of ${path}`);
    if (!at.isDirectory) throw new TypeError(`${dir} is a file, not a folder; fix the path`);
    const probe = `${dir}/.${baseName(path)}.probe-${Deno.pid}`;
    try {
      await Deno.writeTextFile(probe, "");
      await Deno.remove(probe);
    } catch (error) {
      if (error instanceof Deno.errors.NotCapable) throw error;
      throw new TypeError(
        `cannot write to ${dir} (${(error as Error).name}); choose a folder you can write`,
      );
    }
  }
}
