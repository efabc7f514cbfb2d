/**
 * Cells → one TypeScript module, the way the Deno kernel sees them: one module scope, top-level
 * `await`, declarations visible to later cells. Each cell is preceded by `await __nb.begin(k)` so
 * outputs and errors can be attributed, its last expression statement becomes
 * `await __nb.result(k, (expr))` (the value the kernel would display), static imports become
 * `await import()` so they load when their cell runs, and relative specifiers are resolved against
 * the notebook's folder. Line numbers of cell code are preserved; {@linkcode CompiledModule.cells}
 * maps generated lines back to cells.
 *
 * @module
 */
import ts from "typescript";

/** One cell handed to {@linkcode compileCells}. */
export interface SourceCell {
  /** The cell's position in the notebook (0-based), used in messages and outputs. */
  index: number;
  source: string;
}

/** Where a cell's code landed in the generated module. */
export interface CellSpan {
  index: number;
  /** 1-based line of the generated module holding the cell's first line. */
  startLine: number;
  lineCount: number;
  /** Column shifts introduced on generated lines (generated line → characters added). */
  shifts: Record<number, number>;
}

/** A problem found before running: a syntax error or a redeclaration across cells. */
export interface CompileProblem {
  index: number;
  /** 1-based line and column inside the cell. */
  line: number;
  column: number;
  kind: "syntax" | "redeclaration";
  message: string;
}

/** The generated module. */
export interface CompiledModule {
  code: string;
  cells: CellSpan[];
  problems: CompileProblem[];
}

/** Options of {@linkcode compileCells}. */
export interface CompileOptions {
  /** URL of the notebook file; relative specifiers and `import.meta` resolve against it. */
  notebookUrl: string;
  /** `"run"` (default) instruments cells; `"check"` only rewrites specifiers, for `deno check`. */
  mode?: "run" | "check";
  /** Cells (by index) to leave out, e.g. ones that failed in an earlier `--allow-errors` run. */
  skip?: ReadonlySet<number>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function resolveSpecifier(spec: string, base: string): string {
  return spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/")
    ? new URL(spec, base).href
    : spec;
}

function parse(source: string): ts.SourceFile {
  return ts.createSourceFile(
    "cell.ts",
    source,
    {
      languageVersion: ts.ScriptTarget.ESNext,
      impliedNodeFormat: ts.ModuleKind.ESNext,
      setExternalModuleIndicator: (file) => {
        (file as unknown as { externalModuleIndicator: boolean }).externalModuleIndicator = true;
      },
    },
    true,
    ts.ScriptKind.TS,
  );
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else {
    for (const element of name.elements) {
      if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
    }
  }
}

/** Top-level names a statement declares, and whether they are lexical (let/const/class/…). */
function declaredNames(statement: ts.Statement): { names: string[]; lexical: boolean } {
  const names: string[] = [];
  if (ts.isVariableStatement(statement)) {
    const flags = statement.declarationList.flags;
    for (const d of statement.declarationList.declarations) bindingNames(d.name, names);
    return { names, lexical: (flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== 0 };
  }
  if (
    (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name
  ) {
    return { names: [statement.name.text], lexical: true };
  }
  if (ts.isImportDeclaration(statement) && statement.importClause) {
    const clause = statement.importClause;
    if (clause.isTypeOnly) return { names, lexical: true };
    if (clause.name) names.push(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const e of bindings.elements) if (!e.isTypeOnly) names.push(e.name.text);
    }
  }
  return { names, lexical: true };
}

/** `import … from "x"` → `const … = await import("x")`, on as many lines as the original. */
function dynamicImport(statement: ts.ImportDeclaration, source: string, base: string): string {
  const spec = JSON.stringify(
    resolveSpecifier((statement.moduleSpecifier as ts.StringLiteral).text, base),
  );
  const attrs = statement.attributes
    ? `, { with: ${source.slice(statement.attributes.elements.pos - 1, statement.attributes.end)} }`
    : "";
  const load = `await import(${spec}${attrs})`;
  const clause = statement.importClause;
  let code: string;
  if (!clause) code = `${load};`;
  else if (clause.isTypeOnly) code = "";
  else {
    const parts: string[] = [];
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      code = `const ${bindings.name.text} = ${load};` +
        (clause.name ? ` const ${clause.name.text} = ${bindings.name.text}.default;` : "");
    } else {
      if (clause.name) parts.push(`default: ${clause.name.text}`);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const e of bindings.elements) {
          if (e.isTypeOnly) continue;
          const imported = e.propertyName ? e.propertyName.getText() : e.name.text;
          parts.push(imported === e.name.text ? imported : `${imported}: ${e.name.text}`);
        }
      }
      code = parts.length === 0 ? `${load};` : `const { ${parts.join(", ")} } = ${load};`;
    }
  }
  const lines = source.slice(statement.getStart(), statement.end).split("\n").length - 1;
  return code + "\n".repeat(lines);
}

function specifierEdits(file: ts.SourceFile, base: string, edits: Edit[], mode: string): void {
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])
    ) {
      const arg = node.arguments[0];
      edits.push({
        start: arg.getStart(),
        end: arg.end,
        text: JSON.stringify(resolveSpecifier(arg.text, base)),
      });
    } else if (
      mode === "run" && ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword
    ) {
      edits.push({ start: node.getStart(), end: node.end, text: "__nb.meta" });
      return;
    } else if (
      mode === "check" && (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const spec = node.moduleSpecifier;
      edits.push({
        start: spec.getStart(),
        end: spec.end,
        text: JSON.stringify(resolveSpecifier(spec.text, base)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/**
 * Compiles notebook code cells into one module (see the module doc). Problems (syntax errors,
 * redeclared top-level names) are returned, not thrown, so the caller can attribute them.
 *
 * @example
 * ```ts
 * import { compileCells } from "./transform.ts";
 * const out = compileCells(
 *   [{ index: 0, source: "const x = 1;" }, { index: 1, source: "x + 1" }],
 *   { notebookUrl: "file:///nb/a.ipynb" },
 * );
 * if (!out.code.includes("await __nb.result(1, (x + 1))")) throw new Error(out.code);
 * if (out.problems.length !== 0) throw new Error();
 * ```
 */
export function compileCells(cells: SourceCell[], options: CompileOptions): CompiledModule {
  const mode = options.mode ?? "run";
  const problems: CompileProblem[] = [];
  const spans: CellSpan[] = [];
  const declared = new Map<string, { index: number; lexical: boolean }>();
  const chunks: string[] = [];
  const header = mode === "run" ? 1 : 0;
  let line = 1;
  for (const cell of cells) {
    if (options.skip?.has(cell.index)) continue;
    const source = cell.source.endsWith("\n") ? cell.source : cell.source + "\n";
    const file = parse(source);
    const syntax = _syntaxProblem(file, cell.index);
    if (syntax) {
      problems.push(syntax);
      continue;
    }
    const edits: Edit[] = [];
    for (const statement of file.statements) {
      problems.push(..._redeclarations(statement, file, cell.index, declared));
      if (mode === "run" && ts.isImportDeclaration(statement)) {
        edits.push({
          start: statement.getStart(),
          end: statement.end,
          text: dynamicImport(statement, source, options.notebookUrl),
        });
      }
    }
    specifierEdits(file, options.notebookUrl, edits, mode);
    const shifts = mode === "run"
      ? _showLastExpression(file, source, cell.index, edits, line + header)
      : {};
    if (mode === "run") chunks.push(`await __nb.begin(${cell.index});\n`);
    chunks.push(applyEdits(source, edits));
    const lineCount = source.split("\n").length - 1;
    spans.push({ index: cell.index, startLine: line + header, lineCount, shifts });
    line += header + lineCount;
  }
  if (mode === "run") chunks.push("await __nb.end();\n");
  return { code: chunks.join(""), cells: spans, problems };
}

/** The first syntax error of a cell, if any. */
function _syntaxProblem(file: ts.SourceFile, index: number): CompileProblem | undefined {
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  const d = diagnostics[0];
  if (!d) return undefined;
  const pos = file.getLineAndCharacterOfPosition(d.start ?? 0);
  return {
    index,
    line: pos.line + 1,
    column: pos.character + 1,
    kind: "syntax",
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  };
}

/**
 * Top-level names a statement declares again after an earlier cell (one module scope cannot
 * hold both, though the kernel allows it); records first declarations in `declared`.
 */
function _redeclarations(
  statement: ts.Statement,
  file: ts.SourceFile,
  index: number,
  declared: Map<string, { index: number; lexical: boolean }>,
): CompileProblem[] {
  const problems: CompileProblem[] = [];
  const { names, lexical } = declaredNames(statement);
  for (const name of names) {
    const prior = declared.get(name);
    if (prior && prior.index !== index && (prior.lexical || lexical)) {
      const pos = file.getLineAndCharacterOfPosition(statement.getStart());
      problems.push({
        index,
        line: pos.line + 1,
        column: pos.character + 1,
        kind: "redeclaration",
        message: `"${name}" is already declared in cell ${prior.index + 1}; the Deno kernel ` +
          `allows redeclaring it, but the report runner runs all cells in one module: ` +
          `rename it or assign to the existing binding`,
      });
    } else if (!prior) declared.set(name, { index, lexical });
  }
  return problems;
}

/**
 * Wraps a cell's last expression statement in `__nb.result(...)` so its value is displayed, as
 * the kernel displays it; returns the column shift of that line (module line → characters).
 */
function _showLastExpression(
  file: ts.SourceFile,
  source: string,
  index: number,
  edits: Edit[],
  startLine: number,
): Record<number, number> {
  const last = file.statements[file.statements.length - 1];
  if (!last || !ts.isExpressionStatement(last)) return {};
  const prefix = `;await __nb.result(${index}, (`;
  const expr = last.expression;
  const inner = edits.filter((e) => e.start >= expr.getStart() && e.end <= expr.end);
  const exprText = applyEdits(source.slice(0, expr.end), inner).slice(expr.getStart());
  for (const e of inner) edits.splice(edits.indexOf(e), 1);
  edits.push({ start: last.getStart(), end: last.end, text: `${prefix}${exprText}));` });
  const exprLine = file.getLineAndCharacterOfPosition(last.getStart()).line;
  return { [startLine + exprLine]: prefix.length };
}

/**
 * Maps a 1-based line/column of the generated module back to a cell, or `undefined` when the
 * line is not cell code.
 *
 * @example
 * ```ts
 * import { compileCells, locate } from "./transform.ts";
 * const out = compileCells([{ index: 3, source: "let a = 1;\nthrow new Error()" }], {
 *   notebookUrl: "file:///nb/a.ipynb",
 * });
 * const where = locate(out, 3, 1);
 * if (where?.index !== 3 || where.line !== 2) throw new Error(JSON.stringify(where));
 * ```
 */
export function locate(
  module: CompiledModule,
  line: number,
  column: number,
): { index: number; line: number; column: number } | undefined {
  for (const span of module.cells) {
    if (line >= span.startLine && line < span.startLine + span.lineCount) {
      const shift = span.shifts[line] ?? 0;
      return {
        index: span.index,
        line: line - span.startLine + 1,
        column: Math.max(1, column - shift),
      };
    }
  }
  return undefined;
}
