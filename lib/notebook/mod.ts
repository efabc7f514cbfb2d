/**
 * The notebook engine: read `.ipynb`, run code cells like the Deno Jupyter kernel (one module
 * scope, top-level await, `Deno.jupyter`), in least-privilege subprocesses, and build the HTML
 * reports.
 *
 * @example
 * ```ts
 * import { compileCells, parseNotebook } from "./mod.ts";
 * const nb = parseNotebook('{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[]}', "a.ipynb");
 * const module = compileCells([], { notebookUrl: "file:///a.ipynb" });
 * if (nb.cells.length !== 0 || !module.code.includes("__nb.end")) throw new Error();
 * ```
 *
 * @module
 */
export * from "../jupyter/mod.ts";
export * from "./transform.ts";
export * from "./params.ts";
export * from "./run.ts";
export * from "./build.ts";
export * from "./chapters.ts";
export * from "./translate.ts";
export { absolutePath, relativePath } from "./_paths.ts";
export { sha256 } from "./_hash.ts";
