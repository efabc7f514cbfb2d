/**
 * The failures of a notebook run: compile problems and uncaught errors become nbformat error
 * outputs on their cells, with stacks mapped back to cell lines; without `allowErrors` the first
 * one is thrown as a `NotebookError`, with it the cell is skipped on the next attempt.
 *
 * @module
 */
import type { Cell, Output } from "../jupyter/ipynb.ts";
import { CELL_TAGS, hasTag } from "../jupyter/tags.ts";
import type { Execution } from "./_execute.ts";
import { type CompiledModule, type CompileProblem, locate } from "./transform.ts";

type ErrorOutput = Output & { output_type: "error" };

/** What a failure records; `error` builds the exception (run.ts's `NotebookError`). */
export class Failures<E extends Error> {
  /** Cells to leave out of the next attempt. */
  readonly skip = new Set<number>();
  /** Outputs of failed cells (what they printed, then the error). */
  readonly failed = new Map<number, Output[]>();
  readonly errors: E[] = [];

  constructor(
    readonly rel: string,
    readonly allowErrors: boolean,
    readonly error: (cell: number, line: number | undefined, output: ErrorOutput) => E,
  ) {}

  /** Records a failure of `cell` (0-based); throws it unless errors are allowed. */
  fail(cell: number, line: number | undefined, output: ErrorOutput): void {
    const error = this.error(cell + 1, line, output);
    if (!this.allowErrors) throw error;
    this.errors.push(error);
    this.skip.add(cell);
    this.failed.set(cell, [...(this.failed.get(cell) ?? []), output]);
  }

  /** A syntax error or redeclaration found when compiling. */
  compileProblem(p: CompileProblem): void {
    const ename = p.kind === "syntax" ? "SyntaxError" : "RedeclarationError";
    this.fail(p.index, p.line, {
      output_type: "error",
      ename,
      evalue: p.message,
      traceback: [
        `${ename}: ${p.message}`,
        `    at ${this.rel} [cell ${p.index + 1}]:${p.line}:${p.column}`,
      ],
    });
  }

  /** The run's uncaught error, on the cell its stack points into (else the running cell). */
  runError(
    run: Execution & { error: object },
    gen: string,
    compiled: CompiledModule,
    root: string,
  ) {
    const { mapped: stack, first } = mapText(run.error.stack, gen, compiled, this.rel, root);
    const evalue = mapText(run.error.evalue, gen, compiled, this.rel, root).mapped;
    const cell = first?.index ?? run.error.cell;
    const frames = stack.split("\n").filter((l) =>
      /^\s+at /.test(l) && !l.includes("lib/notebook/_")
    );
    this.failed.set(cell, run.outputs.get(cell) ?? []);
    this.fail(cell, first?.line, {
      output_type: "error",
      ename: run.error.ename,
      evalue,
      traceback: [`${run.error.ename}: ${evalue}`, ...frames],
    });
  }

  /** The cells with their outputs (a failed cell's own) and execution counts. */
  withOutputs(cells: Cell[], outputs: Map<number, Output[]>): Cell[] {
    let count = 0;
    return cells.map((cell, index): Cell => {
      if (cell.cell_type !== "code") return cell;
      count++;
      let out = this.failed.get(index) ?? outputs.get(index) ?? [];
      // Injected assignments show no value, as papermill's injected cell shows none.
      if (hasTag(cell, CELL_TAGS.injectedParameters)) {
        out = out.filter((output) => output.output_type !== "execute_result");
      }
      return { ...cell, outputs: out, execution_count: count };
    });
  }
}

/** Maps positions in the generated module (`gen`) to `notebook [cell n]:line:column`. */
function mapText(text: string, gen: string, compiled: CompiledModule, rel: string, root: string) {
  const escaped = gen.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let first: { index: number; line: number } | undefined;
  const mapped = text.replace(new RegExp(`${escaped}:(\\d+):(\\d+)`, "g"), (_m, l, c) => {
    const where = locate(compiled, Number(l), Number(c));
    if (!where) return `${rel} [runner]`;
    first ??= where;
    return `${rel} [cell ${where.index + 1}]:${where.line}:${where.column}`;
  }).replaceAll(`file://${root}/`, "").replaceAll(`${root}/`, "");
  return { mapped, first };
}
