/**
 * Per-curve forecasts: the score expected at a target size from a curve's smaller sizes, with a
 * prediction interval, the extrapolation distance and what each candidate shape contributed.
 * Sits between classify (whose shape evidence weighs the models) and analyze.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { forecastCurve } from "./mod.ts";
 * const points = [1e8, 1e9, 1e10, 1e11].map((scale, i) => ({ scale, score: 0.25, n: 1000 }));
 * const f = forecastCurve({ points, chance: 0.25 }, 1e12);
 * assert.ok(Math.abs(f.prediction - 0.25) < 0.01 && f.level === 0.8);
 * ```
 * @module
 */
export * from "./types.ts";
export { forecastCurve } from "./forecast_curve.ts";
export { shapeProbabilities } from "./_weights.ts";
