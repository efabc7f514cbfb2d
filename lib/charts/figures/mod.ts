/**
 * Per-chapter figure builders: chart and table option literals over the lib/analyze results.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kaplanLaws } from "../../analyze/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * import { kaplanFigure } from "./mod.ts";
 * assert.equal(kaplanFigure(kaplanLaws(), formatter("en")).rows.length, 28);
 * ```
 * @module
 */
export * from "./scaling_laws.ts";
export * from "./scaling_laws_pythia.ts";
export * from "./emergence.ts";
export * from "./u_curves.ts";
export * from "./compute_allocation.ts";
export * from "./own_data.ts";
export * from "./own_data_forecast.ts";
export * from "./own_data_allocation.ts";
export * from "./story_emergence.ts";
export * from "./story_exams.ts";
export * from "./story_compute.ts";
export * from "./forecast.ts";
