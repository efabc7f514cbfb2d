/**
 * Type-checks notebook code (the kernel never does): each `notebooks/*.ipynb` (or the notebooks
 * given as arguments) becomes one temporary `.ts` module of its code cells, in order, with
 * relative imports resolved against the notebook's folder, and `deno check` runs on it.
 * Diagnostics are reported as `notebook, cell N, line L`. It also checks that every notebook in
 * the repository is formatted as `deno fmt` formats it (see scripts/_notebook_format.ts for why
 * not `deno fmt --check`). Exit codes (scripts/_cli.ts): 0 all pass, 1 a notebook fails, 2 usage
 * error; `--help` prints the usage.
 *
 * @module
 */
import { compileCells, readNotebook } from "../lib/notebook/mod.ts";
import { unformattedNotebooks } from "./_notebook_format.ts";
import { EXIT_FAILED, parseOrExit, UsageError } from "./_cli.ts";

const USAGE = "usage: deno run -A scripts/check_notebooks.ts [NOTEBOOK.ipynb…]\n" +
  "  type-checks the code cells of the notebooks (default: every notebooks/**/*.ipynb, and then\n" +
  "  also checks that every notebook is formatted as deno fmt formats it)\n" +
  "  --help  this text\n" +
  "exit codes: 0 all pass, 1 a notebook fails, 2 usage error";
parseOrExit(Deno.args, USAGE, () => {
  const option = Deno.args.find((a) => a.startsWith("-"));
  if (option !== undefined) throw new UsageError(`unknown option ${option}`);
});

const root = Deno.cwd();
/** Every `.ipynb` under `dir` (relative to the repository), recursively, sorted. */
function notebooksUnder(dir: string): string[] {
  return [...Deno.readDirSync(`${root}/${dir}`)].flatMap((e) =>
    e.isDirectory
      ? notebooksUnder(`${dir}/${e.name}`)
      : e.isFile && e.name.endsWith(".ipynb")
      ? [`${dir}/${e.name}`]
      : []
  ).sort();
}
const args = Deno.args.length > 0 ? Deno.args : notebooksUnder("notebooks");
if (Deno.args.length === 0) {
  const all = [...args, ...notebooksUnder("tests/fixtures")];
  const unformatted = await unformattedNotebooks(all.map((p) => `${root}/${p}`), {
    config: `${root}/deno.json`,
    deno: "deno", // the task may run `deno` by name only (--allow-run=deno)
  });
  for (const path of unformatted) console.error(`${path}: not formatted; run deno fmt ${path}`);
  if (unformatted.length > 0) Deno.exit(EXIT_FAILED);
}
const tmp = await Deno.makeTempDir({ prefix: "check-notebooks-" });
let failed = 0;
try {
  for (const path of args) {
    const abs = path.startsWith("/") ? path : `${root}/${path}`;
    const nb = await readNotebook(abs);
    const cells = nb.cells.flatMap((c, index) =>
      c.cell_type === "code" ? [{ index, source: c.source }] : []
    );
    const compiled = compileCells(cells, {
      notebookUrl: new URL(`file://${abs}`).href,
      mode: "check",
    });
    for (const p of compiled.problems) {
      console.error(`${path}, cell ${p.index + 1}, line ${p.line}: ${p.message}`);
      failed++;
    }
    if (compiled.problems.length > 0) continue;
    const file = `${tmp}/${path.replace(/[^\w.-]+/g, "_")}.ts`;
    await Deno.writeTextFile(file, `export {};\n${compiled.code}`);
    const out = await new Deno.Command("deno", {
      args: ["check", "--quiet", `--config=${root}/deno.json`, file],
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (out.success) {
      console.error(`${path}: ok`);
      continue;
    }
    failed++;
    const text = new TextDecoder().decode(out.stderr) + new TextDecoder().decode(out.stdout);
    console.error(
      text.replaceAll(
        new RegExp(`file://${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+):(\\d+)`, "g"),
        (_m, l, c) => {
          const line = Number(l) - 1;
          const span = compiled.cells.find((s) =>
            line >= s.startLine && line < s.startLine + s.lineCount
          );
          return span
            ? `${path}, cell ${span.index + 1}, line ${line - span.startLine + 1}:${c}`
            : `${path}:${line}:${c}`;
        },
      ),
    );
  }
} finally {
  await Deno.remove(tmp, { recursive: true });
}
if (failed > 0) {
  console.error(`${failed} notebook(s) failed the type check`);
  Deno.exit(EXIT_FAILED);
}
