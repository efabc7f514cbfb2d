/**
 * Runs a notebook the way the Deno Jupyter kernel would, without Jupyter: all code cells in one
 * module scope, in a least-privilege subprocess, with outputs attributed to their cells.
 *
 * @module
 */
import { type Notebook, type Output, readNotebook } from "../jupyter/ipynb.ts";
import { injectParameters } from "./params.ts";
import { compileCells } from "./transform.ts";
import { execute } from "./_execute.ts";
import { Failures } from "./_failures.ts";
import { absolutePath, relativePath } from "./_paths.ts";
import { localModules } from "./_deps.ts";
import { checkOptions, RUN_SPEC } from "./_options.ts";

/** Options of {@linkcode runNotebook}. */
export interface RunOptions {
  /** Repository root (holds deno.json); default: the current directory. */
  root?: string;
  /** Folder for temporary files (must be writable); default `<root>/.cache`. */
  tmpDir?: string;
  /** Overrides for the `parameters` cell, papermill style. */
  params?: Record<string, string>;
  /** Render errors in place and continue instead of stopping. */
  allowErrors?: boolean;
  /** Called when a code cell starts: its 1-based position among code cells, and their count. */
  onCell?: (n: number, total: number) => void;
  /** Kill the subprocess after this long; default 10 minutes. */
  timeoutMs?: number;
  /** The deno executable; default `deno` (found on PATH, as `--allow-run=deno` permits). */
  deno?: string;
  /**
   * Cores this notebook may use, seen by its code as `navigator.hardwareConcurrency` (worker
   * pools, e.g. the Chinchilla fits', size themselves by it); default: all of the machine's.
   */
  cores?: number;
}

/** An executed notebook. */
export interface RunResult {
  /** Path relative to the root. */
  path: string;
  /** The notebook with outputs (and an injected parameters cell when overridden). */
  notebook: Notebook;
  /** Absolute paths of files the notebook read, sorted, deduplicated. */
  reads: string[];
  /** Absolute paths of the local modules the notebook imports (directly or not), sorted. */
  modules: string[];
  /** Errors rendered in place (only with `allowErrors`). */
  errors: NotebookError[];
  ms: number;
}

/** A cell failed: names the notebook, the cell (1-based, all cells counted) and the line. */
export class NotebookError extends Error {
  override name = "NotebookError";
  /**
   * @param path Notebook path, relative to the root.
   * @param cell 1-based cell number.
   * @param line 1-based line in the cell, when known.
   */
  constructor(
    readonly path: string,
    readonly cell: number,
    readonly line: number | undefined,
    readonly output: Output & { output_type: "error" },
  ) {
    super(
      `${path}, cell ${cell}${line ? `, line ${line}` : ""}: ${output.ename}: ${output.evalue}`,
    );
  }
}

/**
 * Runs a notebook and returns it with outputs.
 *
 * @throws {NotebookError} when a cell fails (unless `allowErrors`).
 * @example
 * ```ts ignore
 * import { runNotebook } from "./run.ts";
 * const { notebook } = await runNotebook("notebooks/01-scaling-laws.ipynb");
 * ```
 */
export async function runNotebook(path: string, options: RunOptions = {}): Promise<RunResult> {
  checkOptions("runNotebook", options, RUN_SPEC);
  const started = performance.now();
  const root = absolutePath(options.root ?? Deno.cwd());
  const abs = absolutePath(path);
  const rel = relativePath(root, abs);
  const source = await readNotebook(abs);
  const { cells, runSource } = injectParameters(source.cells, options.params ?? {}, rel);
  const code = cells.flatMap((c, index) => c.cell_type === "code" ? [index] : []);
  const tmpRoot = options.tmpDir ?? `${root}/.cache`;
  await Deno.mkdir(tmpRoot, { recursive: true });
  const tmp = await Deno.makeTempDir({ dir: tmpRoot, prefix: "nb-" });
  const failures = new Failures(
    rel,
    !!options.allowErrors,
    (cell, line, output) => new NotebookError(rel, cell, line, output),
  );
  try {
    // Each attempt leaves out the cells that failed before (only with allowErrors).
    for (let attempt = 0; attempt <= code.length; attempt++) {
      const compiled = compileCells(
        code.map((index) => ({ index, source: runSource.get(index) ?? cells[index]!.source })),
        { notebookUrl: new URL(`file://${abs}`).href, skip: failures.skip },
      );
      compiled.problems.forEach((p) => failures.compileProblem(p));
      if (compiled.problems.length > 0) continue;
      const moduleFile = `${tmp}/notebook.ts`;
      await Deno.writeTextFile(moduleFile, compiled.code);
      const gen = new URL(`file://${moduleFile}`).href;
      const run = await execute({
        deno: options.deno ?? "deno",
        root,
        tmp,
        moduleUrl: gen,
        notebookPath: abs,
        timeoutMs: options.timeoutMs ?? 600_000,
        onBegin: (cell) => options.onCell?.(code.indexOf(cell) + 1, code.length),
        ...(options.cores ? { cores: options.cores } : {}),
      });
      if (run.error) {
        failures.runError({ ...run, error: run.error }, gen, compiled, root);
        continue;
      }
      return {
        path: rel,
        notebook: { ...source, cells: failures.withOutputs(cells, run.outputs) },
        reads: [...new Set(run.reads)].sort(),
        modules: await localModules(options.deno ?? "deno", root, moduleFile),
        errors: failures.errors,
        ms: performance.now() - started,
      };
    }
    throw new Error(`${rel}: every code cell failed; nothing left to run`);
  } finally {
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
}
