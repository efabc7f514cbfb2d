/**
 * `deno task report [NOTEBOOK…] [--lang L] [--out DIR|FILE.html] [--check] [--allow-errors] [--param k=v]…`
 *
 * Runs the notebooks (in parallel, cached by content hash) and writes `reports/*.html` plus
 * `reports/index.html` atomically: English in `reports/`, and every other language `L` of `LANGS`
 * translated in `notebooks/i18n/L/` in `reports/L/` (its markdown from the catalogues, its
 * computed prose from a run with `--param lang=L`; docs/second-language.md); `--lang L` builds one
 * edition. `--check` writes nothing and exits 1 when the committed pages differ from a fresh
 * build. Exit codes (scripts/_cli.ts): 0 done, 1 failed (a notebook error, or stale reports with
 * `--check`), 2 usage error; `--help` prints the usage. `--out` may name any folder or file you
 * can write: without write access there, the script re-runs itself with `--allow-write` for it
 * (scripts/_cli.ts), never a raw permission error.
 *
 * @module
 */
import {
  buildReports,
  type BuildResult,
  editionOut,
  NotebookError,
  siteEditions,
} from "../lib/notebook/mod.ts";
import { type Lang, LANGS, parseLang } from "../lib/locale/lang.ts";
import {
  ensureWritable,
  EXIT_FAILED,
  flagValue,
  folderOf,
  parseOrExit,
  UsageError,
  userPath,
} from "./_cli.ts";

const USAGE =
  "usage: deno task report [NOTEBOOK…] [--lang L] [--out DIR|FILE.html] [--check] [--allow-errors] [--no-cache] [--param name=value]…\n" +
  "  NOTEBOOK        notebooks to build (default every notebooks/*.ipynb)\n" +
  `  --lang          build one edition: ${
    LANGS.join(" or ")
  } (default English and every language\n` +
  "                  translated in notebooks/i18n/<lang>/, which goes into <out>/<lang>/)\n" +
  "  --out           folder, or one .html file for a single notebook (default reports/)\n" +
  "  --check         write nothing; exit 1 when the committed pages differ from a fresh build\n" +
  "  --allow-errors  render a failing cell's error in the page instead of stopping\n" +
  "  --no-cache      run every notebook even when its inputs are unchanged\n" +
  "  --param         set a parameter of the notebooks' parameters cell (repeatable)\n" +
  "  --help          this text\n" +
  "exit codes: 0 done, 1 failed (notebook error or stale reports), 2 usage error";

function parseArgs(args: string[]) {
  const notebooks: string[] = [];
  const params: Record<string, string> = {};
  let out: string | undefined;
  let check = false, allowErrors = false, cache = true;
  let lang: Lang | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const { value, next } = flagValue(args, i);
      i = next;
      return value;
    };
    if (arg === "--check") check = true;
    else if (arg === "--allow-errors") allowErrors = true;
    else if (arg === "--no-cache") cache = false;
    else if (arg === "--out" || arg.startsWith("--out=")) out = userPath(value());
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const raw = value();
      try {
        lang = parseLang(raw);
      } catch (error) {
        throw new UsageError(`--lang: ${(error as Error).message}`);
      }
    } else if (arg === "--param" || arg.startsWith("--param=")) {
      const pair = value();
      const eq = pair.indexOf("=");
      if (eq <= 0) throw new UsageError(`--param ${pair}: expected name=value`);
      params[pair.slice(0, eq)] = pair.slice(eq + 1);
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else notebooks.push(userPath(arg));
  }
  return { notebooks, params, out, check, allowErrors, cache, lang };
}

/**
 * The editions to build: `--lang`'s, else English plus every other language of `LANGS` whose
 * catalogues sit beside the notebooks (`notebooks/i18n/<lang>/`; a folder of notebooks without
 * translations builds in English); one `.html` file holds one edition, English by default.
 */
async function editions(options: ReturnType<typeof parseArgs>): Promise<readonly Lang[]> {
  if (options.lang) return [options.lang];
  if (options.out?.endsWith(".html")) return ["en"];
  const first = options.notebooks[0];
  return await siteEditions(
    first ? first.slice(0, first.lastIndexOf("/")) : `${Deno.cwd()}/notebooks`,
  );
}

/**
 * Builds each edition in turn (the notebooks of one edition run in parallel); the numbers come
 * from the same notebooks and data, only the `lang` parameter and the markdown differ.
 */
async function buildEditions(options: ReturnType<typeof parseArgs>) {
  const { lang: _, ...rest } = options;
  const langs = await editions(options);
  const results: { lang: Lang; result: BuildResult }[] = [];
  for (const lang of langs) {
    const base = rest.out ?? `${Deno.cwd()}/reports`;
    const out = base.endsWith(".html") ? base : editionOut(base, lang);
    if (langs.length > 1) console.error(`\n== ${lang}: ${out}`);
    results.push({ lang, result: await buildReports({ ...rest, out, lang }) });
  }
  return results;
}

if (import.meta.main) {
  try {
    const options = parseOrExit(Deno.args, USAGE, () => parseArgs(Deno.args));
    if (options.out !== undefined && !options.check) {
      const root = Deno.cwd();
      const folder = options.out.endsWith(".html") ? folderOf(options.out) : options.out;
      await ensureWritable([folder], [`${root}/reports`, `${root}/.cache`], import.meta.filename!);
    }
    const results = await buildEditions(options);
    console.error("\nnotebook                                  lang  time     ");
    for (const { lang, result } of results) {
      for (const p of result.pages) {
        const note = p.cached
          ? "cached"
          : p.errors.length
          ? `${p.errors.length} error(s) shown`
          : "";
        const ms = (p.ms / 1000).toFixed(2).padStart(6);
        console.error(`${p.notebook.padEnd(40)}  ${lang.padEnd(4)} ${ms} s  ${note}`);
      }
    }
    const stale = results.flatMap(({ result }) => result.stale);
    if (options.check) {
      if (stale.length > 0) {
        console.error(`\nreports are stale; run \`deno task report\` and commit:`);
        for (const f of stale) console.error(`  ${f}`);
        Deno.exit(EXIT_FAILED);
      }
      console.error("\nreports are up to date");
    } else console.error(`\nwrote ${results.flatMap(({ result }) => result.files).join(", ")}`);
  } catch (error) {
    if (error instanceof NotebookError) {
      console.error(`\nerror: ${error.message}`);
      console.error(error.output.traceback.slice(1).join("\n"));
      console.error(
        "The previous reports were left in place. Use --allow-errors to render errors in place.",
      );
    } else if (error instanceof Deno.errors.NotCapable) {
      console.error(`\nerror: ${error.message}`);
    } else console.error(`\nerror: ${error instanceof Error ? error.message : String(error)}`);
    Deno.exit(EXIT_FAILED);
  }
}
