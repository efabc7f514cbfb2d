/**
 * `deno task analyze PATH.csv [--out FILE.html] [--chance P] [--metric NAME]`
 *
 * One report page for your own results in the long format (`task`, `model`, `params`, `score`;
 * optional `family`, `metric`, `n`, `chance`, `tokens`, `flops`, `higher_is_better`): every curve
 * classified with its evidence, emergence thresholds, power-law fits, a summary table, small
 * multiples and — with tokens and a loss — a Chinchilla fit and compute-optimal frontier.
 *
 * The file is checked with the data layer first (`readLongFormat`): a bad file stops here with the
 * data layer's `file:line: …` message, exit code 1 and nothing written. Then the parameterised
 * notebook `notebooks/analyze/analyze.ipynb` is built with `buildReports` (the same machinery as
 * `deno task report`), and the page is moved into place only when the build succeeded.
 *
 * The default output is `reports/analyze/<file name>.html`: `deno task report` owns
 * `reports/*.html` (it removes pages it did not build, and `--check` flags them), but never looks
 * into sub-folders. Relative paths (the CSV, `--out`) resolve from the folder the command was run
 * in, `..` included. Exit codes (scripts/_cli.ts): 0 written, 1 data or notebook error, 2 usage
 * error; `--help` prints the usage.
 *
 * @module
 */
import { readLongFormat } from "../lib/data/mod.ts";
import { buildReports, NotebookError, sha256 } from "../lib/notebook/mod.ts";
import {
  EXIT_FAILED,
  flagName,
  flagValue,
  parseOrExit,
  UsageError,
  userCwd,
  userPath,
} from "./_cli.ts";

const USAGE = "usage: deno task analyze PATH.csv [--out FILE.html] [--chance P] [--metric NAME]\n" +
  "  PATH.csv  your results in the long format (task, model, params, score; optional family,\n" +
  "            metric, n, chance, tokens, flops, higher_is_better), relative to this folder\n" +
  "  --out     the page to write (default reports/analyze/<file name>.html)\n" +
  "  --chance  chance level for rows without a chance column, 0–1 (e.g. 0.25 for 4 options)\n" +
  "  --metric  analyse only the rows of this metric\n" +
  "  --help    this text\n" +
  "exit codes: 0 page written, 1 data or notebook error (nothing written), 2 usage error";

const NOTEBOOK = "notebooks/analyze/analyze.ipynb";
/** The classifier needs three sizes to tell a shape from a line. */
const MIN_SIZES = 3;

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
    const flag = flagName(arg);
    const value = () => {
      const { value, next } = flagValue(args, i);
      i = next;
      return value;
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
/** "1 row", "3 rows" (plain digits: the log is for scripts too). */
const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

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
  options: { root?: string; cwd?: string; log?: (line: string) => void } = {},
): Promise<AnalyzeResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const root = userPath(options.root ?? Deno.cwd(), Deno.cwd());
  const cwd = options.cwd ?? userCwd();
  const csv = userPath(args.csv, cwd);
  const name = baseName(csv);
  const out = args.out === undefined ? defaultOut(root, csv) : userPath(args.out, cwd);

  // Ask for (or fail on) write access to the target before doing any work.
  const outDir = out.slice(0, out.lastIndexOf("/")) || "/";
  const access = await Deno.permissions.request({ name: "write", path: outDir });
  if (access.state !== "granted") {
    throw new Deno.errors.NotCapable(`no write access to ${outDir} for ${out}`);
  }

  // The notebook runs with read access to the repository only: a file outside it is copied into
  // .cache/ under a content-addressed name (so the page, which shows the path, is reproducible).
  const bytes = await readInput(csv, args.csv);
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
      checked = check(args, bytes);
    } catch (error) {
      await building.catch(() => {});
      throw error;
    }
    log(
      `read ${count(checked.rows, "row")}, ${count(checked.curves, "curve")} from ${args.csv} in ` +
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

/** The file's bytes; a missing file or a folder is one sentence naming the path as given. */
async function readInput(path: string, given: string): Promise<Uint8Array> {
  try {
    return await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new TypeError(
        `${given}: file not found; check the path (relative paths are resolved from the folder ` +
          "you ran the command in)",
      );
    }
    if (error instanceof Deno.errors.IsADirectory || (await Deno.stat(path)).isDirectory) {
      throw new TypeError(`${given}: is a folder; give the CSV file inside it`);
    }
    throw error;
  }
}

/** Reads the file with the data layer and checks that some curve has three model sizes. */
function check(args: AnalyzeArgs, bytes: Uint8Array) {
  const t0 = performance.now();
  const { rows, curves } = readLongFormat(new TextDecoder().decode(bytes), {
    file: args.csv,
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
  const args = parseOrExit(Deno.args, USAGE, () => parseAnalyzeArgs(Deno.args)) as AnalyzeArgs;
  const root = Deno.cwd();
  const wouldBeDeleted = args.out !== undefined &&
    userPath(args.out).replace(/\/[^/]*$/, "") === `${root}/reports`;
  if (wouldBeDeleted) {
    console.error(
      "note: reports/*.html belongs to `deno task report`, which removes pages it did not build; " +
        "write analyses to reports/analyze/ (the default) to keep them",
    );
  }
  try {
    const result = await analyze(args, { root });
    const cwd = userCwd();
    const shown = result.out.startsWith(`${cwd}/`) ? result.out.slice(cwd.length + 1) : result.out;
    console.error(
      `wrote ${shown}: ${count(result.curves, "curve")} from ${
        count(result.rows, "row")
      }; loading ` +
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
    Deno.exit(EXIT_FAILED);
  }
}
