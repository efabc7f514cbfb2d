/**
 * Public API of the scaling / emergence / U-curve report library: data loading, fits,
 * curve classification, charts and the notebook renderer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadChinchillaRuns } from "./mod.ts";
 * const runs = await loadChinchillaRuns();
 * assert.ok(runs.length === 240);
 * ```
 * @module
 */
export * from "./locale/mod.ts";
export * from "./data/mod.ts";
export * from "./stats/mod.ts";
export * from "./analyze/mod.ts";
export * from "./charts/mod.ts";
export * from "./fit/mod.ts";
export * from "./classify/mod.ts";
export * from "./forecast/mod.ts";
export * from "./analyze/mod.ts";
