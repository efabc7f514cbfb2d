/**
 * `deno task analyze PATH.csv [--out FILE.html] [--chance P] [--metric NAME]`
 *
 * One report page for your own results in the long format (`task`, `model`, `params`, `score`;
 * optional `family`, `metric`, `n`, `chance`, `tokens`, `flops`, `higher_is_better`): every curve
 * classified with its evidence, emergence thresholds, power-law fits, a summary table, small
 * multiples and — with tokens and a loss — a Chinchilla fit and compute-optimal frontier.
 *
 * The file is checked with the data layer first (`loadLongFormat`): a bad file stops here with the
 * data layer's `file:line: …` message, exit code 1 and nothing written. Then the parameterised
 * notebook `notebooks/analyze/analyze.ipynb` is built with `buildReports` (the same machinery as
 * `deno task report`), and the page is moved into place only when the build succeeded.
 *
 * The default output is `reports/analyze/<file name>.html`: `deno task report` owns
 * `reports/*.html` (it removes pages it did not build, and `--check` flags them), but never looks
 * into sub-folders. Exit codes: 0 written, 1 data or notebook error, 2 usage error.
 *
 * @module
 */
import { loadLongFormat } from "../lib/data/mod.ts";
import { buildReports, NotebookError } from "../lib/notebook/mod.ts";

const USAGE = "usage: deno task analyze PATH.csv [--out FILE.html] [--chance P] [--metric NAME]\n" +
  "  --out     the page to write (default reports/analyze/<file name>.html)\n" +
  "  --chance  chance level for rows without a chance column, 0–1 (e.g. 0.25 for 4 options)\n" +
  "  --metric  analyse only the rows of this metric";

const NOTEBOOK = "notebooks/analyze/analyze.ipynb";
/** The classifier needs three sizes to tell a shape from a line. */
const MIN_SIZES = 3;

/** A command-line mistake: exit code 2 with the usage text. */
class UsageError extends TypeError {
  override name = "UsageError";
}

/** Parsed command line of {@linkcode analyze}. */
export interface AnalyzeArgs {
  csv: string;
  out?: string;
  chance?: number;
  metric?: string;
}

/** Parses the command line; throws {@linkcode UsageError} with a message naming the problem. */
export function parseAnalyzeArgs(args: string[]): AnalyzeArgs | "help" {
  const files: string[] = [];
  const parsed: Partial<AnalyzeArgs> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === "--help" || flag === "-h") return "help";
    else if (flag === "--out") parsed.out = value();
    else if (flag === "--metric") parsed.metric = value();
    else if (flag === "--chance") {
      const raw = value();
      const chance = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(chance) || chance < 0 || chance > 1) {
        throw new UsageError(`--chance must be a number between 0 and 1, got "${raw}"`);
      }
      parsed.chance = chance;
    } else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    throw new UsageError(
      files.length === 0
        ? "give the CSV file to analyse"
        : `give one CSV file, got ${files.length}`,
    );
  }
  if (parsed.out !== undefined && !parsed.out.endsWith(".html")) {
    throw new UsageError(`--out must name an .html file, got "${parsed.out}"`);
  }
  if (parsed.metric === "") throw new UsageError("--metric needs a metric name");
  return { ...parsed, csv: files[0]! };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const absolute = (path: string) =>
  (path.startsWith("/") ? path : `${Deno.cwd()}/${path}`).replace(/\/\.\//g, "/");
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The default page for a CSV: `reports/analyze/<file name without extension>.html`. */
export function defaultOut(root: string, csv: string): string {
  return `${root}/reports/analyze/${baseName(csv).replace(/\.[^.]*$/, "")}.html`;
}

/** What {@linkcode analyze} did. */
export interface AnalyzeResult {
  /** The page written (absolute path). */
  out: string;
  rows: number;
  curves: number;
  loadMs: number;
  buildMs: number;
}

/**
 * Checks the file, builds the page into `.cache/` and moves it to `out`. Throws the data layer's
 * error (SyntaxError / TypeError / RangeError with `file:line: …`) for a bad file, a RangeError
 * when no curve has three model sizes, and `NotebookError` when a cell fails; nothing is written
 * then.
 */
export async function analyze(
  args: AnalyzeArgs,
  options: { root?: string; log?: (line: string) => void } = {},
): Promise<AnalyzeResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const root = absolute(options.root ?? Deno.cwd()).replace(/\/$/, "");
  const csv = absolute(args.csv);
  const name = baseName(args.csv);
  const out = absolute(args.out ?? defaultOut(root, args.csv));

  // Ask for (or fail on) write access to the target before doing any work.
  const outDir = out.slice(0, out.lastIndexOf("/")) || "/";
  const access = await Deno.permissions.request({ name: "write", path: outDir });
  if (access.state !== "granted") {
    throw new Deno.errors.NotCapable(`no write access to ${outDir} for ${out}`);
  }

  // The notebook runs with read access to the repository only: a file outside it is copied into
  // .cache/ under a content-addressed name (so the page, which shows the path, is reproducible).
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(csv);
  } catch (error) {
    await loadLongFormat(args.csv); // throws the data layer's located error (e.g. not found)
    throw error;
  }
  let staged: string | undefined;
  let input = csv;
  if (!csv.startsWith(`${root}/`) || csv.startsWith(`${root}/.cache/`)) {
    staged = `${root}/.cache/analyze/input-${(await sha256(bytes)).slice(0, 16)}`;
    await Deno.mkdir(staged, { recursive: true });
    input = `${staged}/${name}`;
    await Deno.writeFile(input, bytes);
  }
  await Deno.mkdir(`${root}/.cache`, { recursive: true });
  const build = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "analyze-" });
  const built = `${build}/${baseName(out)}`;
  const params: Record<string, string> = {
    // Relative to the notebook's folder (its working directory), as in Jupyter.
    csv: `../../${input.slice(root.length + 1)}`,
    name,
  };
  if (args.chance !== undefined) params.chance = String(args.chance);
  if (args.metric !== undefined) params.metric = args.metric;
  try {
    // The check and the build run side by side; the page leaves .cache/ only if both succeed.
    const t1 = performance.now();
    const building = buildReports({
      root,
      notebooks: [`${root}/${NOTEBOOK}`],
      out: built,
      params,
      cache: false,
      log: () => {},
    }).then(() => performance.now() - t1);
    let checked;
    try {
      checked = await check(args);
    } catch (error) {
      await building.catch(() => {});
      throw error;
    }
    log(
      `read ${checked.rows} rows, ${checked.curves} curves from ${args.csv} in ` +
        seconds(checked.loadMs),
    );
    const buildMs = await building;
    // Copy next to the target, then rename: atomic even when `out` is on another file system.
    await Deno.mkdir(outDir, { recursive: true });
    const partial = `${outDir}/.${baseName(out)}.partial`;
    await Deno.copyFile(built, partial);
    await Deno.rename(partial, out);
    return { out, ...checked, buildMs };
  } finally {
    await Deno.remove(build, { recursive: true }).catch(() => {});
    if (staged) await Deno.remove(staged, { recursive: true }).catch(() => {});
  }
}

/** Loads the file with the data layer and checks that some curve has three model sizes. */
async function check(args: AnalyzeArgs) {
  const t0 = performance.now();
  const { rows, curves } = await loadLongFormat(args.csv, {
    ...(args.chance !== undefined ? { chance: args.chance } : {}),
    ...(args.metric !== undefined ? { metric: args.metric } : {}),
  });
  const loadMs = performance.now() - t0;
  let widest = curves[0]!;
  const sizes = (c: typeof widest) => new Set(c.points.map((p) => p.scale)).size;
  for (const c of curves) if (sizes(c) > sizes(widest)) widest = c;
  if (sizes(widest) < MIN_SIZES) {
    const example = `task "${widest.task}", family "${widest.family}", metric "${widest.metric}"`;
    throw new RangeError(
      `${args.csv}: needs at least ${MIN_SIZES} model sizes (distinct params) per curve to ` +
        `classify; got ${sizes(widest)} (e.g. ${example}); add rows for more model sizes`,
    );
  }
  return { rows: rows.length, curves: curves.length, loadMs };
}

if (import.meta.main) {
  const started = performance.now();
  let args: AnalyzeArgs | "help";
  try {
    args = parseAnalyzeArgs(Deno.args);
  } catch (error) {
    console.error(`error: ${(error as Error).message}\n${USAGE}`);
    Deno.exit(2);
  }
  if (args === "help") {
    console.log(USAGE);
    Deno.exit(0);
  }
  const root = Deno.cwd();
  const wouldBeDeleted = args.out !== undefined &&
    absolute(args.out).replace(/\/[^/]*$/, "") === `${root}/reports`;
  if (wouldBeDeleted) {
    console.error(
      "note: reports/*.html belongs to `deno task report`, which removes pages it did not build; " +
        "write analyses to reports/analyze/ (the default) to keep them",
    );
  }
  try {
    const result = await analyze(args, { root });
    const shown = result.out.startsWith(`${root}/`)
      ? result.out.slice(root.length + 1)
      : result.out;
    console.error(
      `wrote ${shown}: ${result.curves} curves from ${result.rows} rows; loading ` +
        `${seconds(result.loadMs)}, notebook ${seconds(result.buildMs)}, total ` +
        `${seconds(performance.now() - started)}`,
    );
  } catch (error) {
    if (error instanceof NotebookError) {
      console.error(`error: ${error.message}`);
      console.error(error.output.traceback.slice(1).join("\n"));
    } else if (
      error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
    ) {
      console.error(
        `error: ${(error as Error).message}\nThe analyze task may write only under reports/ and ` +
          ".cache/; choose an --out there, or run scripts/analyze.ts with your own --allow-write.",
      );
    } else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    console.error("No report was written.");
    Deno.exit(1);
  }
}
