/**
 * Papermill-style parameters: the cell tagged `parameters` holds defaults; overrides are injected
 * as a new cell (tagged `injected-parameters`) right after it. Because the runner shares one
 * module scope, `const` declarations in the parameters cell are run as `let` when overridden.
 *
 * @module
 */
import ts from "typescript";
import type { Cell } from "../jupyter/ipynb.ts";
import { CELL_TAGS, hasTag } from "../jupyter/tags.ts";

/** The result of {@linkcode injectParameters}. */
export interface Injected {
  /** The cells to show and run, with the injected cell in place. */
  cells: Cell[];
  /** Source to run instead of `cells[i].source` (the parameters cell with `const` → `let`). */
  runSource: Map<number, string>;
}

function literalValue(name: string, raw: string, init: ts.Expression | undefined): string {
  const kind = init?.kind;
  if (
    kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral
  ) {
    if (raw.startsWith('"')) {
      try {
        if (typeof JSON.parse(raw) === "string") return raw;
      } catch { /* not JSON: take it as text */ }
    }
    return JSON.stringify(raw);
  }
  if (kind === ts.SyntaxKind.NumericLiteral || kind === ts.SyntaxKind.PrefixUnaryExpression) {
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(n)) {
      throw new TypeError(`--param ${name}=${raw}: the default is a number; give a finite number`);
    }
    return String(n);
  }
  if (kind === ts.SyntaxKind.TrueKeyword || kind === ts.SyntaxKind.FalseKeyword) {
    if (raw !== "true" && raw !== "false") {
      throw new TypeError(`--param ${name}=${raw}: the default is a boolean; give true or false`);
    }
    return raw;
  }
  try {
    JSON.parse(raw);
    return raw;
  } catch {
    return JSON.stringify(raw);
  }
}

/**
 * Injects parameter overrides after the `parameters` cell.
 *
 * @param params name → value as given on the command line; a value is read as the type of the
 *   default (string, number, boolean), else as JSON, else as a string.
 * @throws {TypeError} when there is no parameters cell or a name is not declared in it.
 * @example
 * ```ts
 * import { injectParameters } from "./params.ts";
 * const { cells, runSource } = injectParameters([
 *   { cell_type: "code", source: 'const csv = "a.csv";', metadata: { tags: ["parameters"] } },
 * ], { csv: "b.csv" }, "x.ipynb");
 * if (cells[1]?.source !== 'csv = "b.csv";') throw new Error(cells[1]?.source);
 * if (runSource.get(0) !== 'let csv = "a.csv";') throw new Error();
 * ```
 */
export function injectParameters(
  cells: Cell[],
  params: Record<string, string>,
  where: string,
): Injected {
  const names = Object.keys(params);
  if (names.length === 0) return { cells, runSource: new Map() };
  const at = cells.findIndex((c) => c.cell_type === "code" && hasTag(c, CELL_TAGS.parameters));
  if (at < 0) {
    throw new TypeError(
      `${where}: --param ${
        names.join(", ")
      } given, but no code cell is tagged "${CELL_TAGS.parameters}"; ` +
        `tag the cell holding the defaults`,
    );
  }
  const cell = cells[at]!;
  const file = ts.createSourceFile("p.ts", cell.source, ts.ScriptTarget.ESNext, true);
  const defaults = new Map<string, ts.Expression | undefined>();
  const edits: { start: number; end: number }[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    for (const d of list.declarations) {
      if (ts.isIdentifier(d.name)) defaults.set(d.name.text, d.initializer);
    }
    if (list.flags & ts.NodeFlags.Const) {
      const start = list.getStart();
      edits.push({ start, end: start + "const".length });
    }
  }
  const lines = names.map((name) => {
    if (!defaults.has(name)) {
      throw new TypeError(
        `${where}: --param ${name} is not declared in the parameters cell (cell ${at + 1}); ` +
          `it declares: ${[...defaults.keys()].join(", ") || "nothing"}`,
      );
    }
    return `${name} = ${literalValue(name, params[name]!, defaults.get(name))};`;
  });
  let runnable = cell.source;
  for (const e of edits.reverse()) {
    runnable = runnable.slice(0, e.start) + "let" + runnable.slice(e.end);
  }
  const injected: Cell = {
    cell_type: "code",
    source: lines.join("\n"),
    metadata: { tags: [CELL_TAGS.injectedParameters] },
    outputs: [],
    execution_count: null,
  };
  return {
    cells: [...cells.slice(0, at + 1), injected, ...cells.slice(at + 1)],
    runSource: new Map([[at, runnable]]),
  };
}
