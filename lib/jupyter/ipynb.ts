/**
 * Reading and writing Jupyter notebooks (nbformat 4): the small typed subset the runner and the
 * renderer use. Unknown fields are kept as they are.
 *
 * @module
 */

/** A MIME bundle: MIME type → payload (string or JSON), as in Jupyter's `display_data`. */
export type MimeBundle = Record<string, unknown>;

/** One output of a code cell, in nbformat 4 shape. */
export type Output =
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string }
  | {
    output_type: "display_data" | "execute_result";
    data: MimeBundle;
    metadata: Record<string, unknown>;
    execution_count?: number | null;
  }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

/** One notebook cell (markdown, code or raw); `source` is joined into one string. */
export interface Cell {
  cell_type: "markdown" | "code" | "raw";
  /** The cell id (nbformat 4.5); translations and the chapter registry name cells by it. */
  id?: string;
  source: string;
  metadata: Record<string, unknown> & { tags?: string[] };
  outputs?: Output[];
  execution_count?: number | null;
}

/** A parsed notebook. */
export interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

/**
 * Parses the JSON text of an `.ipynb` file (nbformat 4). Multi-line `source` arrays are joined.
 *
 * @param text The file's content.
 * @param where The file's path, for error messages.
 * @throws {SyntaxError} when the text is not JSON or not an nbformat 4 notebook.
 * @example
 * ```ts
 * import { parseNotebook } from "./ipynb.ts";
 * const nb = parseNotebook(JSON.stringify({
 *   nbformat: 4, nbformat_minor: 5, metadata: {},
 *   cells: [{ cell_type: "code", source: ["1 +", " 1"], metadata: {}, outputs: [] }],
 * }), "x.ipynb");
 * if (nb.cells[0]?.source !== "1 + 1") throw new Error();
 * ```
 */
export function parseNotebook(text: string, where: string): Notebook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(
      `${where}: not valid JSON (${(error as Error).message}); is it an .ipynb file?`,
    );
  }
  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as Notebook).cells)) {
    throw new SyntaxError(`${where}: no "cells" array; expected an nbformat 4 notebook`);
  }
  const nb = raw as Record<string, unknown> & { cells: unknown[] };
  if (nb.nbformat !== 4) {
    throw new SyntaxError(
      `${where}: nbformat ${String(nb.nbformat)} is not supported; save it as nbformat 4`,
    );
  }
  const cells = nb.cells.map((c, i): Cell => {
    const cell = c as Record<string, unknown>;
    const type = cell.cell_type;
    if (type !== "markdown" && type !== "code" && type !== "raw") {
      throw new SyntaxError(`${where}: cell ${i + 1} has unknown cell_type ${String(type)}`);
    }
    const source = Array.isArray(cell.source)
      ? cell.source.join("")
      : typeof cell.source === "string"
      ? cell.source
      : "";
    return {
      ...cell,
      cell_type: type,
      source,
      metadata: (cell.metadata ?? {}) as Cell["metadata"],
    } as Cell;
  });
  return {
    cells,
    metadata: (nb.metadata ?? {}) as Record<string, unknown>,
    nbformat: 4,
    nbformat_minor: typeof nb.nbformat_minor === "number" ? nb.nbformat_minor : 5,
  };
}

/**
 * Reads and parses a notebook file.
 *
 * @example
 * ```ts
 * import { readNotebook } from "./ipynb.ts";
 * const path = await Deno.makeTempFile({ suffix: ".ipynb" });
 * await Deno.writeTextFile(path, '{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[]}');
 * const nb = await readNotebook(path);
 * if (nb.cells.length !== 0) throw new Error();
 * await Deno.remove(path);
 * ```
 */
export async function readNotebook(path: string): Promise<Notebook> {
  return parseNotebook(await Deno.readTextFile(path), path);
}
