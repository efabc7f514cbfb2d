/**
 * The analyses the report's pages show, one module per analysis: each takes loaded data and
 * returns a typed result (the numbers, the rows behind every chart, the facts the prose states),
 * with sentence functions `(result, f: Formatter) => string` worded per language.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorIllustration } from "./mod.ts";
 * assert.equal(Object.keys(distractorIllustration().chance).length, 4);
 * ```
 * @module
 */
export * from "./u_curves.ts";
export * from "./u_curves_text.ts";
export * from "./bnsl_extrapolation.ts";
export * from "./compute_allocation.ts";
export * from "./compute_allocation_text.ts";
export * from "./allocation_placements.ts";
export * from "./inference_allocation.ts";
export * from "./allocation_exponents.ts";
export * from "./allocation_text.ts";
