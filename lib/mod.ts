/**
 * Public API of the scaling / emergence / U-curve report library: data loading, fits,
 * curve classification, charts and the notebook renderer.
 *
 * @example
 * ```ts
 * import { loadChinchillaRuns } from "./mod.ts";
 * const runs = await loadChinchillaRuns();
 * console.assert(runs.length === 240);
 * ```
 * @module
 */
export * from "./data/mod.ts";
