/**
 * The analyses the report pages show, as tested functions over loaded data: each returns a typed
 * result (the numbers, the rows behind every chart, the facts the prose states), and sentence
 * functions turn results into wording per language.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scaleRange } from "./mod.ts";
 * assert.equal(scaleRange([1, 2, 3, 4]).median, 2.5);
 * ```
 * @module
 */
export * from "./emergence.ts";
export * from "./emergence_exemplars.ts";
export * from "./emergence_scales.ts";
export * from "./emergence_prompting.ts";
export * from "./emergence_metric.ts";
export * from "./emergence_text.ts";
export * from "./emergence_prompting_text.ts";
