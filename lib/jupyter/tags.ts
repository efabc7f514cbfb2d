/**
 * The cell tags (`metadata.tags`) the runner and the renderer act on, declared once. Which chart
 * is a chapter's thumbnail is not a tag: the chapter registry (`notebooks/chapters.json`) names
 * its cell.
 *
 * @module
 */
import type { Cell } from "./ipynb.ts";

/**
 * Cell tags by role.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CELL_TAGS } from "./tags.ts";
 * assert.equal(CELL_TAGS.parameters, "parameters");
 * ```
 */
export const CELL_TAGS = {
  /** The code cell holding the notebook's parameter defaults (papermill's convention). */
  parameters: "parameters",
  /** The cell the runner adds after `parameters` with the `--param` values. */
  injectedParameters: "injected-parameters",
  /** A code cell whose markdown output is the chapter's key finding on the index page. */
  summary: "summary",
  /** A code cell whose markdown output is the chapter's finding in plain words (the index story). */
  story: "story",
  /** Leave the whole cell off the page. */
  removeCell: "remove-cell",
  /** Show a code cell's outputs but not its source. */
  removeInput: "remove-input",
  /** Show a code cell's source but not its outputs. */
  removeOutput: "remove-output",
} as const;

/** One of the {@linkcode CELL_TAGS}. */
export type CellTag = (typeof CELL_TAGS)[keyof typeof CELL_TAGS];

/**
 * The tags of a cell (`metadata.tags`), or an empty list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cellTags } from "./tags.ts";
 * const tags = cellTags({ cell_type: "code", source: "", metadata: { tags: ["parameters"] } });
 * assert.deepEqual(tags, ["parameters"]);
 * ```
 */
export function cellTags(cell: Cell): string[] {
  const tags = cell.metadata.tags;
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : [];
}

/**
 * Whether a cell carries a tag.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CELL_TAGS, hasTag } from "./tags.ts";
 * const cell = { cell_type: "code" as const, source: "", metadata: { tags: ["summary"] } };
 * assert.ok(hasTag(cell, CELL_TAGS.summary));
 * assert.ok(!hasTag(cell, CELL_TAGS.parameters));
 * ```
 */
export function hasTag(cell: Cell, tag: CellTag): boolean {
  return cellTags(cell).includes(tag);
}
