/**
 * The forecast's candidate models, each fitted by weighted least squares (weights 1/seᵢ², in the
 * space the model is linear in) and able to predict at any log10 scale:
 * - `flat`: the weighted mean score;
 * - `power_law`: a straight line in x = log10(scale) of the log error (1 − accuracy) or the log
 *   loss — a power law in loss (Kaplan et al. 2020); `log_odds_power_law`: a straight line of
 *   the log-odds of a proportion — a power law in the odds (Ruan et al. 2024's sigmoid link);
 * - `broken_power_law`: two straight segments in z meeting at a break scanned over the interior
 *   sizes, extrapolated along the last one (Caballero et al. 2023, one break);
 * - `sigmoid`: floor + height·σ((x − m)/w) in the metric's units, m and w scanned on a grid,
 *   floor and height linear (Wei et al. 2022's picture of emergence), kept inside the bounds.
 * @module
 */
import { wls } from "../stats/wls.ts";
import { logistic } from "../stats/logistic.ts";
import type { ForecastModel } from "./types.ts";
import { clamp, type Space } from "./_space.ts";

/** A fitted model: its prediction (metric units, inside the bounds) at a log10 scale. */
export type Predictor = (x: number) => number;

/** Weighted 2-column least squares y ≈ a + b·u, closed form; undefined when u is constant. */
function line2(u: ArrayLike<number>, y: ArrayLike<number>, w: ArrayLike<number>) {
  let sw = 0, su = 0, sy = 0, suu = 0, suy = 0;
  for (let i = 0; i < y.length; i++) {
    const wi = w[i]!, ui = u[i]!, yi = y[i]!;
    sw += wi, su += wi * ui, sy += wi * yi, suu += wi * ui * ui, suy += wi * ui * yi;
  }
  const det = sw * suu - su * su;
  if (!(Math.abs(det) > 1e-12 * sw * Math.max(suu, 1e-300))) return undefined;
  const b = (sw * suy - su * sy) / det;
  const a = (sy - b * su) / sw;
  let chi2 = 0;
  for (let i = 0; i < y.length; i++) chi2 += w[i]! * (y[i]! - a - b * u[i]!) ** 2;
  return { a, b, chi2 };
}

/** Weighted mean of the scores. */
function fitFlat(y: readonly number[], se: readonly number[]): Predictor {
  let sw = 0, sy = 0;
  y.forEach((v, i) => (sw += 1 / se[i]! ** 2, sy += v / se[i]! ** 2));
  const m = sy / sw;
  return () => m;
}

/** z-space values and delta-method weights 1/(seᵢ·dz/dy)². */
function linked(y: readonly number[], se: readonly number[], space: Space) {
  return {
    z: y.map((v) => space.toZ(v)),
    w: y.map((v, i) => 1 / (se[i]! * space.slope(v)) ** 2),
  };
}

/** A straight line in (x, z). */
function fitPowerLaw(x: number[], y: number[], se: number[], space: Space): Predictor {
  const { z, w } = linked(y, se, space);
  const f = line2(x, z, w);
  if (!f) return fitFlat(y, se);
  return (t) => clamp(space.fromZ(f.a + f.b * t), space.bounds);
}

/** Two segments in (x, z) meeting at a break at one of the interior sizes (≥ 2 points a side). */
function fitBroken(x: number[], y: number[], se: number[], space: Space): Predictor {
  const { z, w } = linked(y, se, space);
  let best: { beta: number[]; at: number; chi2: number } | undefined;
  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!);
  for (let j = 1; j < order.length - 1; j++) {
    const at = x[order[j]!]!;
    const below = x.filter((v) => v <= at).length, above = x.filter((v) => v >= at).length;
    if (below < 2 || above < 2) continue;
    const fit = wls(
      [
        x.map(() => 1),
        x.map((v) => Math.min(v - at, 0)),
        x.map((v) => Math.max(v - at, 0)),
      ],
      z,
      w,
    );
    if (fit && (!best || fit.chi2 < best.chi2)) best = { beta: fit.beta, at, chi2: fit.chi2 };
  }
  if (!best) return fitPowerLaw(x, y, se, space);
  const [a, , s2] = best.beta as [number, number, number];
  const at = best.at, s1 = best.beta[1]!;
  return (t) => clamp(space.fromZ(a + (t <= at ? s1 * (t - at) : s2 * (t - at))), space.bounds);
}

/** Width grid of the sigmoid, as fractions of the observed log-range. */
const WIDTHS = [0.03, 0.06, 0.1, 0.16, 0.25, 0.4];
/** Midpoints scanned per curve (from the smallest to the largest observed size). */
const MIDPOINTS = 24;

/** floor + height·σ((x − m)/w) in metric units; m, w on a grid, floor and height linear. */
function fitSigmoid(x: number[], y: number[], se: number[], space: Space): Predictor {
  const sorted = [...x].sort((a, b) => a - b);
  const lo = sorted[0]!, hi = sorted[sorted.length - 1]!, range = Math.max(hi - lo, 1e-6);
  // The midpoint stays at most halfway between the two largest sizes: a midpoint at the last
  // size would read a rise seen at one point as half of a jump still to come.
  const top = sorted.length > 1 ? (sorted[sorted.length - 2]! + hi) / 2 : hi;
  const w = se.map((s) => 1 / (s * s));
  const u = new Float64Array(x.length);
  let best: { a: number; b: number; m: number; width: number; chi2: number } | undefined;
  for (const fraction of WIDTHS) {
    const width = fraction * range;
    for (let k = 0; k <= MIDPOINTS; k++) {
      const m = lo + ((top - lo) * k) / MIDPOINTS;
      for (let i = 0; i < x.length; i++) u[i] = logistic((x[i]! - m) / width);
      const f = line2(u, y, w);
      if (f && (!best || f.chi2 < best.chi2)) best = { ...f, m, width };
    }
  }
  if (!best) return fitFlat(y, se);
  const { a, b, m, width } = best;
  return (t) => clamp(a + b * logistic((t - m) / width), space.bounds);
}

/**
 * Fits `model` to the points (x = log10 scale, scores y with standard errors se) in `space`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitModel } from "./_models.ts";
 * import { spaceOf } from "./_space.ts";
 * const x = [8, 9, 10, 11], y = [0.2, 0.3, 0.4, 0.5], se = [0.01, 0.01, 0.01, 0.01];
 * const space = spaceOf(y, "continuous", true, undefined);
 * assert.ok(Math.abs(fitModel("power_law", x, y, se, space)(12) - 0.6) < 1e-9);
 * assert.ok(Math.abs(fitModel("flat", x, y, se, space)(12) - 0.35) < 1e-9);
 * ```
 */
export function fitModel(
  model: ForecastModel,
  x: number[],
  y: number[],
  se: number[],
  space: Space,
): Predictor {
  switch (model) {
    case "flat":
      return fitFlat(y, se);
    case "power_law":
      return fitPowerLaw(x, y, se, space.error ?? space);
    case "log_odds_power_law":
      return fitPowerLaw(x, y, se, space);
    case "broken_power_law":
      return fitBroken(x, y, se, space);
    case "sigmoid":
      return fitSigmoid(x, y, se, space);
  }
}
