/**
 * The Jupyter formats, below every layer that uses them: nbformat 4 notebooks (types, parsing),
 * the cell tags the build acts on, and the MIME types and display symbol of display bundles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CELL_TAGS, hasTag, parseNotebook } from "./mod.ts";
 * const nb = parseNotebook(
 *   '{"nbformat":4,"nbformat_minor":5,"metadata":{},"cells":[' +
 *     '{"cell_type":"code","source":"","metadata":{"tags":["summary"]}}]}',
 *   "a.ipynb",
 * );
 * assert.ok(hasTag(nb.cells[0]!, CELL_TAGS.summary));
 * ```
 *
 * @module
 */
export * from "./ipynb.ts";
export * from "./tags.ts";
export * from "./mime.ts";
