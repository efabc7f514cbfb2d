/**
 * One-way layering: a module under lib/ imports only from its own layer or the layers below it,
 * and no chain of imports comes back to where it started. The layers, bottom to top:
 *
 *   lib/_*.ts, jupyter → locale → data → stats → fit, classify → analyze → charts → render
 *   → notebook → lib/mod.ts (the public API) → scripts
 *
 * lib/_*.ts are bottom-level helpers (e.g. the seeded random source); lib/jupyter holds the
 * Jupyter formats (nbformat types, cell tags, MIME types) every upper layer shares.
 */
import assert from "node:assert/strict";
import ts from "typescript";

/** Layer rank of each lib folder (and of the top-level files); higher may import lower. */
export const LAYERS: Record<string, number> = {
  "_helpers": 0,
  jupyter: 0,
  locale: 1,
  data: 2,
  stats: 3,
  fit: 4,
  classify: 4,
  analyze: 5,
  forecast: 5,
  charts: 6,
  render: 7,
  notebook: 8,
  "mod.ts": 9,
  scripts: 10,
};

/** A module and the relative specifiers it imports (static, type-only, dynamic, re-exports). */
export interface ModuleImports {
  /** Path relative to the repository root, e.g. `lib/render/page.ts`. */
  path: string;
  imports: string[];
}

/** The layer of a repository path: its lib folder, `mod.ts`, `_helpers` or `scripts`. */
export function layerOf(path: string): string | undefined {
  const parts = path.split("/");
  if (parts[0] === "scripts") return "scripts";
  if (parts[0] !== "lib") return undefined;
  if (parts.length === 2) return parts[1]!.startsWith("_") ? "_helpers" : parts[1];
  return parts[1];
}

function resolve(from: string, specifier: string): string {
  const out = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") out.pop();
    else if (part !== ".") out.push(part);
  }
  return out.join("/");
}

/**
 * Every upward import and every import cycle among the modules, as messages naming the file and
 * the import.
 */
export function layeringProblems(modules: ModuleImports[]): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const { path, imports } of modules) {
    const from = layerOf(path);
    const rank = from === undefined ? undefined : LAYERS[from];
    if (rank === undefined) {
      problems.push(`${path}: in no layer; add its folder to LAYERS in tests/layering_test.ts`);
      continue;
    }
    const targets: string[] = [];
    for (const specifier of imports.filter((s) => s.startsWith("."))) {
      const target = resolve(path, specifier);
      targets.push(target);
      const to = layerOf(target);
      const toRank = to === undefined ? Number.POSITIVE_INFINITY : LAYERS[to] ?? Infinity;
      if (toRank > rank) {
        problems.push(
          `${path} imports "${specifier}" (${to ?? target}, layer ${toRank}) from layer ` +
            `${from} (${rank}): imports must go down; move the shared code below both`,
        );
      }
    }
    graph.set(path, targets);
  }
  return [...problems, ...cycles(graph)];
}

/** Import cycles (depth-first search), each reported once as `a → b → a`. */
function cycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        found.push(`import cycle: ${loop.join(" → ")}`);
      } else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

/**
 * The module specifiers a file imports: `import`/`export … from` declarations, dynamic
 * `import("…")` and `import("…")` types, read from the syntax tree (a scanner alone misreads
 * regular expressions holding quotes).
 */
export function importsOf(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.ESNext, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
    ) out.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])
    ) out.push(node.arguments[0].text);
    else if (
      ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) out.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The imports of every `.ts` file under `lib/` (comments and doc examples are not imports). */
async function scanLib(root: string): Promise<ModuleImports[]> {
  const out: ModuleImports[] = [];
  const walk = async (dir: string): Promise<void> => {
    for await (const e of Deno.readDir(`${root}/${dir}`)) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory) await walk(path);
      else if (e.isFile && e.name.endsWith(".ts")) {
        out.push({ path, imports: importsOf(path, await Deno.readTextFile(`${root}/${path}`)) });
      }
    }
  };
  await walk("lib");
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

Deno.test("layering: no lib module imports from a layer above it, and no import cycle", async () => {
  const modules = await scanLib(ROOT);
  assert.ok(modules.length > 50, `only ${modules.length} modules found under lib/`);
  assert.ok(
    modules.some((m) => m.imports.some((s) => s.includes("../jupyter/"))),
    "the scan sees cross-folder imports",
  );
  assert.deepEqual(layeringProblems(modules), []);
});

Deno.test("layering: the checker flags an upward import, naming the file and the import", () => {
  const problems = layeringProblems([
    { path: "lib/render/outputs.ts", imports: ["../notebook/ipynb.ts", "./escape.ts", "marked"] },
    { path: "lib/render/escape.ts", imports: [] },
    { path: "lib/stats/wls.ts", imports: ["../../scripts/report.ts"] },
    { path: "lib/charts/chart.ts", imports: ["../stats/wls.ts", "../jupyter/mime.ts"] },
  ]);
  assert.equal(problems.length, 2, problems.join("\n"));
  assert.match(problems[0]!, /^lib\/render\/outputs\.ts imports "\.\.\/notebook\/ipynb\.ts"/);
  assert.match(problems[0]!, /layer render \(7\)/);
  assert.match(problems[1]!, /^lib\/stats\/wls\.ts imports "\.\.\/\.\.\/scripts\/report\.ts"/);
});

Deno.test("layering: the checker flags an import cycle within a layer and an unknown folder", () => {
  const problems = layeringProblems([
    { path: "lib/render/a.ts", imports: ["./b.ts"] },
    { path: "lib/render/b.ts", imports: ["./c.ts"] },
    { path: "lib/render/c.ts", imports: ["./a.ts"] },
    { path: "lib/widgets/x.ts", imports: [] },
  ]);
  assert.deepEqual(problems, [
    "lib/widgets/x.ts: in no layer; add its folder to LAYERS in tests/layering_test.ts",
    "import cycle: lib/render/a.ts → lib/render/b.ts → lib/render/c.ts → lib/render/a.ts",
  ]);
});

Deno.test("layering: imports are read from the syntax tree, not from comments or strings", () => {
  const source = [
    "import type { A } from './a.ts';",
    "export * from '../b/mod.ts';",
    "const re = /[\"']/; // import x from './not.ts'",
    "/** ```ts\n * import { y } from './example.ts';\n * ``` */",
    "const m = await import('./lazy.ts');",
    "type T = typeof import('vega');",
  ].join("\n");
  assert.deepEqual(importsOf("lib/x/y.ts", source), ["./a.ts", "../b/mod.ts", "./lazy.ts", "vega"]);
});

Deno.test("layering: fit and classify share a layer; helpers and formats sit at the bottom", () => {
  assert.equal(layerOf("lib/_random.ts"), "_helpers");
  assert.equal(layerOf("lib/mod.ts"), "mod.ts");
  assert.equal(LAYERS.fit, LAYERS.classify);
  assert.deepEqual(
    layeringProblems([{
      path: "lib/classify/a.ts",
      imports: ["../_random.ts", "../jupyter/x.ts"],
    }]),
    [],
  );
});
