/**
 * The analyses the report pages show, as tested functions of loaded data: each returns the
 * numbers, the rows behind every chart and the facts the prose states; sentence functions turn
 * those facts into wording for one language.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kaplanLaws } from "./mod.ts";
 * assert.equal(kaplanLaws().exponents.params, 0.076);
 * ```
 * @module
 */
export * from "./scaling_laws.ts";
export * from "./pythia_scaling.ts";
export * from "./pythia_training.ts";
export * from "./scaling_laws_text.ts";
export * from "./pythia_text.ts";
export * from "./scaling_laws_summary.ts";
