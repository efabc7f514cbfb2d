/**
 * `deno task report [NOTEBOOK…] [--out DIR|FILE.html] [--check] [--allow-errors] [--param k=v]…`
 *
 * Runs the notebooks (in parallel, cached by content hash) and writes `reports/*.html` plus
 * `reports/index.html` atomically. `--check` writes nothing and exits 1 when the committed pages
 * differ from a fresh build.
 *
 * @module
 */
import { buildReports, NotebookError } from "../lib/notebook/mod.ts";

const USAGE =
  "usage: deno task report [NOTEBOOK…] [--out DIR|FILE.html] [--check] [--allow-errors] [--no-cache] [--param name=value]…";

function parseArgs(args: string[]) {
  const notebooks: string[] = [];
  const params: Record<string, string> = {};
  let out: string | undefined;
  let check = false, allowErrors = false, cache = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (name: string) => {
      const inline = arg.includes("=") && arg.startsWith("--")
        ? arg.slice(arg.indexOf("=") + 1)
        : undefined;
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined) throw new TypeError(`${name} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === "--check") check = true;
    else if (arg === "--allow-errors") allowErrors = true;
    else if (arg === "--no-cache") cache = false;
    else if (arg === "--out" || arg.startsWith("--out=")) out = value("--out");
    else if (arg === "--param" || arg.startsWith("--param=")) {
      const pair = value("--param");
      const eq = pair.indexOf("=");
      if (eq <= 0) throw new TypeError(`--param ${pair}: expected name=value\n${USAGE}`);
      params[pair.slice(0, eq)] = pair.slice(eq + 1);
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      Deno.exit(0);
    } else if (arg.startsWith("-")) throw new TypeError(`unknown option ${arg}\n${USAGE}`);
    else notebooks.push(arg);
  }
  return { notebooks, params, out, check, allowErrors, cache };
}

if (import.meta.main) {
  try {
    const options = parseArgs(Deno.args);
    const result = await buildReports(options);
    console.error("\nnotebook                                  time     ");
    for (const p of result.pages) {
      const note = p.cached ? "cached" : p.errors.length ? `${p.errors.length} error(s) shown` : "";
      console.error(`${p.notebook.padEnd(40)} ${(p.ms / 1000).toFixed(2).padStart(6)} s  ${note}`);
    }
    if (options.check) {
      if (!result.ok) {
        console.error(`\nreports are stale; run \`deno task report\` and commit:`);
        for (const f of result.stale) console.error(`  ${f}`);
        Deno.exit(1);
      }
      console.error("\nreports are up to date");
    } else console.error(`\nwrote ${result.files.join(", ")}`);
  } catch (error) {
    if (error instanceof NotebookError) {
      console.error(`\nerror: ${error.message}`);
      console.error(error.output.traceback.slice(1).join("\n"));
      console.error(
        "The previous reports were left in place. Use --allow-errors to render errors in place.",
      );
    } else console.error(`\nerror: ${error instanceof Error ? error.message : String(error)}`);
    Deno.exit(1);
  }
}
