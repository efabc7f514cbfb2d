/**
 * The analyses the report pages show, as tested functions with typed results (numbers, the data
 * behind every chart, and the facts the prose states), plus the sentence functions that word
 * those facts per language. Notebooks load → call → display.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OWN_DATA_LIMITS } from "./mod.ts";
 * assert.equal(OWN_DATA_LIMITS.maxScales, 30);
 * ```
 * @module
 */
export * from "./own_data.ts";
export * from "./own_data_text.ts";
export * from "./own_data_captions.ts";
