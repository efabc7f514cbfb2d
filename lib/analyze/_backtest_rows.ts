/**
 * Pieces of one backtest row: the split into fitted and held-out sizes, the straight-line naive
 * forecast, the error measure, and the call on a rise for tasks near chance.
 * @module
 */
import type { ForecastPoint } from "../forecast/types.ts";
import type { BacktestCurve } from "./_backtest_curves.ts";

/** The fitted points, the target (largest) scale and the score measured there. */
export interface Split {
  fit: ForecastPoint[];
  targetScale: number;
  actual: number;
  /** Distinct sizes fitted. */
  sizes: number;
}

/** Holds out the `k` largest distinct sizes; the target is the largest (mean of its rows). */
export function heldOut(points: readonly ForecastPoint[], k: number): Split {
  const scales = [...new Set(points.map((p) => p.scale))].sort((a, b) => a - b);
  const cut = scales[scales.length - k]!, targetScale = scales[scales.length - 1]!;
  const at = points.filter((p) => p.scale === targetScale).map((p) => p.score);
  return {
    fit: points.filter((p) => p.scale < cut).sort((a, b) => a.scale - b.scale),
    targetScale,
    actual: at.reduce((a, b) => a + b, 0) / at.length,
    sizes: scales.length - k,
  };
}

/**
 * The naive straight line in log-scale: least squares of score on log10(scale) over the fitted
 * points, evaluated at the target and kept inside the bounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { naiveLine } from "./_backtest_rows.ts";
 * const pts = [{ scale: 10, score: 0.2 }, { scale: 100, score: 0.4 }];
 * assert.ok(Math.abs(naiveLine(pts, 1000, [0, 1]) - 0.6) < 1e-12);
 * assert.equal(naiveLine(pts, 1e6, [0, 1]), 1);
 * ```
 */
export function naiveLine(
  points: readonly ForecastPoint[],
  targetScale: number,
  bounds: [number, number] | undefined,
): number {
  const x = points.map((p) => Math.log10(p.scale)), y = points.map((p) => p.score);
  const mx = x.reduce((a, b) => a + b, 0) / x.length, my = y.reduce((a, b) => a + b, 0) / y.length;
  let sxy = 0, sxx = 0;
  x.forEach((v, i) => (sxy += (v - mx) * (y[i]! - my), sxx += (v - mx) ** 2));
  const v = my + (sxx > 0 ? sxy / sxx : 0) * (Math.log10(targetScale) - mx);
  return bounds ? Math.min(bounds[1], Math.max(bounds[0], v)) : v;
}

/**
 * Absolute error as a fraction of the metric's range (bounded metrics), or of the measured score
 * (unbounded ones, e.g. loss or perplexity), so errors of different metrics can be averaged.
 */
export function scoreError(
  predicted: number,
  actual: number,
  bounds: [number, number] | undefined,
): number {
  const unit = bounds ? bounds[1] - bounds[0] : Math.abs(actual) || 1;
  return Math.abs(predicted - actual) / unit;
}

/**
 * The call of a forecast on a task near chance. "Near chance" means every fitted size scores at
 * most chance + 10% of the range from chance to the top (δ); a size "rose" when it scores above
 * chance + δ, and a forecast "says a rise is coming" when its point prediction is above it.
 * - `hit`: the held-out size rose and the forecast said so;
 * - `miss`: the held-out size rose and the forecast did not say so;
 * - `false_alarm`: the forecast said a rise was coming and the held-out size stayed near chance;
 * - `quiet`: neither (a correct "no rise yet").
 */
export type RiseCall = "hit" | "miss" | "false_alarm" | "quiet";

/** Fraction of the chance-to-top range that still counts as "near chance". */
export const NEAR_CHANCE = 0.1;

/**
 * The forecast's and the straight line's calls for a task near chance at every fitted size;
 * undefined for other tasks, or without a chance, bounds, or with lower-is-better scores.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { riseCall } from "./_backtest_rows.ts";
 * const curve = { chance: 0.25, bounds: [0, 1] as [number, number], higherIsBetter: true };
 * const fit = [{ scale: 1, score: 0.26 }, { scale: 10, score: 0.27 }];
 * // δ = 0.1 · 0.75 = 0.075: a rise is a score above 0.325.
 * assert.deepEqual(riseCall(curve, fit, 0.6, 0.4, 0.28), { forecast: "hit", line: "miss" });
 * assert.deepEqual(riseCall(curve, fit, 0.3, 0.4, 0.28), { forecast: "false_alarm", line: "quiet" });
 * assert.equal(riseCall(curve, [{ scale: 1, score: 0.5 }], 0.6, 0.6, 0.6), undefined);
 * ```
 */
export function riseCall(
  curve: Pick<BacktestCurve, "chance" | "bounds" | "higherIsBetter">,
  fit: readonly ForecastPoint[],
  actual: number,
  forecast: number,
  line: number,
): { forecast: RiseCall; line: RiseCall } | undefined {
  if (curve.chance === undefined || !curve.bounds || !curve.higherIsBetter) return undefined;
  const bar = curve.chance + NEAR_CHANCE * (curve.bounds[1] - curve.chance);
  if (!fit.every((p) => p.score <= bar)) return undefined;
  const rose = actual > bar;
  const call = (said: boolean): RiseCall =>
    rose ? (said ? "hit" : "miss") : said ? "false_alarm" : "quiet";
  return { forecast: call(forecast > bar), line: call(line > bar) };
}
