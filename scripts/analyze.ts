/**
 * `deno task analyze INPUT [--out FILE.html] [--format F] [--metric NAME] [--chance P]
 * [--sizes FILE.csv] [--json FILE|-] [--csv FILE|-] [--predict SIZE]… [--prior P] [--lang L]`
 *
 * One report page for your own results: an lm-evaluation-harness output folder (or results file),
 * a wide spreadsheet (one row per model, one column per task) or the long CSV (`task`, `model`,
 * `params`, `score`; optional `family`, `metric`, `n`, `chance`, `tokens`, `flops`,
 * `higher_is_better`), detected automatically. Every curve classified with its evidence,
 * emergence thresholds, power-law fits, a summary table, small multiples and — with tokens and a
 * loss — a Chinchilla fit; `--json`/`--csv` write every curve's results for scripts
 * (lib/analyze/own_data_results.ts documents the schema), `--predict SIZE` (repeatable) forecasts
 * every curve at that size with an 80% prediction interval and backtests the forecast on curves
 * with five or more sizes, and a summary goes to the terminal. `--prior uniform` holds every shape
 * equally likely before the data (default: as common as among the bundled benchmark curves; the
 * confidences depend on it). `--lang zh` writes the page in
 * Chinese (default `reports/zh/analyze/<name>.html`; docs/second-language.md).
 *
 * The input is read once, here (`loadOwnData`): a bad input stops with one sentence naming the
 * file and line or key, exit code 1 and nothing written. The notebook
 * `notebooks/analyze/analyze.ipynb` receives the checked rows as a prepared file under
 * `.cache/analyze/` and is built with `buildReports`; the page and results are moved into place
 * only when everything succeeded. Output may go anywhere you can write: without write access the
 * script re-runs itself with `--allow-write` for the folders named (scripts/_cli.ts). A watchdog
 * ends the notebook children and removes the run's files if the script is killed; the next run
 * removes what a killed run left.
 *
 * Relative paths resolve from the folder the command was run in (`..` and `~/` included). Exit
 * codes (scripts/_cli.ts): 0 written (whatever the shapes), 1 input or notebook error, 2 usage
 * error; `--help` prints the usage.
 *
 * @module
 */
// Light imports only: when the script re-runs itself for write access (ensureWritable), this
// process just waits, so the analysis modules load in the child (dynamic import below).
import { OWN_DATA_FORMATS, type OwnDataFormat } from "../lib/data/own_data_types.ts";
import { LANGS, parseLang } from "../lib/locale/lang.ts";
import {
  ensureWritable,
  EXIT_FAILED,
  flagName,
  flagValue,
  folderOf,
  parseOrExit,
  UsageError,
  userCwd,
  userPath,
} from "./_cli.ts";
import type { AnalyzeArgs } from "./_analyze_run.ts";
export type { AnalyzeArgs, AnalyzeResult } from "./_analyze_run.ts";

const USAGE = "usage: deno task analyze INPUT [--out FILE.html] [--format long|wide|lm-eval]\n" +
  "                         [--metric NAME] [--chance P] [--sizes FILE.csv] [--json FILE|-] [--csv FILE|-]\n" +
  "                         [--predict SIZE]… [--prior benchmarks|uniform] [--lang L]\n" +
  "  INPUT     your results: an lm-evaluation-harness output folder or results_*.json, a wide\n" +
  "            spreadsheet (model, params, one column per task) or a long CSV (task, model,\n" +
  "            params, score; optional family, metric, n, chance, tokens, flops, higher_is_better);\n" +
  "            comma, semicolon or tab separated; relative to this folder\n" +
  "  --out     the page to write, anywhere (default reports/analyze/<input name>.html)\n" +
  "  --format  read INPUT as this format instead of detecting it\n" +
  "  --metric  long: analyse only this metric; lm-eval: use this metric for every task\n" +
  "  --chance  chance level for rows without a chance column, 0–1 (e.g. 0.25 for 4 options)\n" +
  "  --sizes   lm-eval: a CSV of model,parameters[,tokens] for models without a parameter count\n" +
  "  --json    write every curve's results as JSON (schema scaling-report/own-data-results v1);\n" +
  "            - for stdout\n" +
  "  --csv     the same as a CSV table, one row per curve\n" +
  "  --predict forecast every curve at SIZE parameters (e.g. 70e9; repeatable), with an 80%\n" +
  "            prediction interval; curves with 5+ sizes also get a hold-out check\n" +
  "  --prior   how common each shape is taken to be before the data: benchmarks (default, as\n" +
  "            among the bundled benchmark curves) or uniform (every shape equally likely)\n" +
  `  --lang    the page's language: ${LANGS.join(" or ")} (default en; another language goes to\n` +
  "            reports/<lang>/analyze/<input name>.html)\n" +
  "  --help    this text\n" +
  "exit codes: 0 page written (whatever the shapes), 1 input error (nothing written), 2 usage error";

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
    else if (flag === "--sizes") parsed.sizes = value();
    else if (flag === "--json") parsed.json = value();
    else if (flag === "--csv") parsed.csv = value();
    else if (flag === "--lang") {
      const raw = value();
      try {
        parsed.lang = parseLang(raw);
      } catch (error) {
        throw new UsageError(`--lang: ${(error as Error).message}`);
      }
    } else if (flag === "--format") {
      const format = value();
      if (!(OWN_DATA_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(
          `--format must be one of ${OWN_DATA_FORMATS.join(", ")}, got "${format}"`,
        );
      }
      parsed.format = format as OwnDataFormat;
    } else if (flag === "--prior") {
      const prior = value();
      if (prior !== "benchmarks" && prior !== "uniform") {
        throw new UsageError(`--prior must be benchmarks or uniform, got "${prior}"`);
      }
      parsed.prior = prior;
    } else if (flag === "--chance") {
      const raw = value();
      const chance = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(chance) || chance < 0 || chance > 1) {
        throw new UsageError(`--chance must be a number between 0 and 1, got "${raw}"`);
      }
      parsed.chance = chance;
    } else if (flag === "--predict") {
      const raw = value();
      const size = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(size) || size <= 0) {
        throw new UsageError(
          `--predict must be a model size in parameters, a positive number such as 70e9, got "${raw}"`,
        );
      }
      parsed.predict = [...(parsed.predict ?? []), size];
    } else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) {
    throw new UsageError(
      files.length === 0
        ? "give the results file or folder to analyse"
        : `give one results file or folder, got ${files.length}`,
    );
  }
  if (parsed.out !== undefined && !parsed.out.endsWith(".html")) {
    throw new UsageError(`--out must name an .html file, got "${parsed.out}"`);
  }
  if (parsed.json !== undefined && parsed.json !== "-" && !parsed.json.endsWith(".json")) {
    throw new UsageError(`--json must name a .json file or - for stdout, got "${parsed.json}"`);
  }
  if (parsed.csv !== undefined && parsed.csv !== "-" && !parsed.csv.endsWith(".csv")) {
    throw new UsageError(`--csv must name a .csv file or - for stdout, got "${parsed.csv}"`);
  }
  if (parsed.json === "-" && parsed.csv === "-") {
    throw new UsageError("--json - and --csv - cannot both go to stdout; give one a file name");
  }
  if (parsed.metric === "") throw new UsageError("--metric needs a metric name");
  return { ...parsed, input: files[0]! };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
/** `reports/[<lang>/]analyze/<input name>.html` (as `defaultOut` of _analyze_run.ts). */
const defaultPage = (root: string, input: string, lang: string = "en") =>
  `${root}/reports/${lang === "en" ? "" : `${lang}/`}analyze/${
    input.replace(/\/+$/, "").replace(/^.*\//, "").replace(/\.[^.]*$/, "") || "results"
  }.html`;

if (import.meta.main) {
  const started = performance.now();
  const args = parseOrExit(Deno.args, USAGE, () => parseAnalyzeArgs(Deno.args)) as AnalyzeArgs;
  const root = Deno.cwd();
  const cwd = userCwd();
  const out = args.out === undefined
    ? defaultPage(root, args.input, args.lang)
    : userPath(args.out, cwd);
  if (folderOf(out) === `${root}/reports`) {
    console.error(
      "note: reports/*.html belongs to `deno task report`, which removes pages it did not build; " +
        "write analyses to reports/analyze/ (the default) to keep them",
    );
  }
  try {
    const targets = [out, args.json, args.csv].filter((p): p is string => !!p && p !== "-")
      .map((p) => folderOf(userPath(p, cwd)));
    await ensureWritable(targets, [`${root}/reports`, `${root}/.cache`], import.meta.filename!);
    const { analyze } = await import("./_analyze_run.ts");
    const result = await analyze(args, { root });
    const shown = (p: string) => (p.startsWith(`${cwd}/`) ? p.slice(cwd.length + 1) : p);
    console.error(
      `wrote ${[result.out, ...result.results.filter((p) => p !== "-")].map(shown).join(", ")}: ` +
        `${count(result.curves, "curve")} from ${count(result.rows, "row")}; loading ` +
        `${seconds(result.loadMs)}, notebook ${seconds(result.buildMs)}, total ` +
        `${seconds(performance.now() - started)}`,
    );
  } catch (error) {
    const { NotebookError } = await import("../lib/notebook/mod.ts");
    if (error instanceof NotebookError) {
      // The injected parameters cell is not in the file: count cells as the file does.
      const cell = error.cell > 1 ? error.cell - 1 : error.cell;
      console.error(
        `error: ${error.path}, cell ${cell}${error.line ? `, line ${error.line}` : ""}: ` +
          `${error.output.ename}: ${error.output.evalue}`,
      );
    } else if (
      error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
    ) {
      console.error(`error: ${(error as Error).message}`);
    } else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    console.error("No report was written.");
    Deno.exit(EXIT_FAILED);
  }
}
