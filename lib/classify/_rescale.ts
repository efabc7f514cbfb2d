/**
 * Extreme magnitudes: scores without binomial errors are fitted with unit weights, so residual
 * sums of squares of scores near 1e300 overflow (and near 1e-300 underflow). The classifier then
 * works on scores divided by a power of two s (exact in floating point) and multiplies the
 * score-unit outputs back by s. Only curves whose largest |score| lies outside [2⁻³⁰, 2³⁰] are
 * rescaled, so ordinary curves are classified bit for bit as before.
 * @module
 */

import type { ClassifyOptions, ClassifyPoint, CurveClassification } from "./types.ts";
import type { PreparedCurve } from "./_prepare.ts";

/** Coefficients in log10-scale units (not score units): left alone when scaling back. */
const X_KEYS = new Set(["break", "center", "midpoint", "width"]);

/** The power of two to divide the scores by, or undefined when no rescaling is needed. */
export function rescaleFactor(prepared: PreparedCurve): number | undefined {
  if (prepared.se !== undefined) return undefined;
  const top = Math.max(...prepared.score.map(Math.abs));
  if (!(top > 0) || (top >= 2 ** -30 && top <= 2 ** 30)) return undefined;
  return 2 ** Math.floor(Math.log2(top));
}

/** Points and options with scores (and chance, bounds, minChange) divided by s. */
export function rescaled(
  points: ClassifyPoint[],
  options: ClassifyOptions,
  prepared: PreparedCurve,
  s: number,
): { points: ClassifyPoint[]; options: ClassifyOptions } {
  const o: ClassifyOptions = { ...options, metricKind: prepared.kind };
  if (options.chance !== undefined) o.chance = options.chance / s;
  const bounds = options.bounds ?? (prepared.kind === "proportion" ? [0, 1] : undefined);
  const clamp = (v: number) => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, v / s));
  if (bounds) o.bounds = [clamp(bounds[0]), clamp(bounds[1])];
  if (options.minChange !== undefined) o.minChange = options.minChange / s;
  return { points: points.map((p) => ({ ...p, score: p.score / s })), options: o };
}

/**
 * Multiplies the score-unit outputs (fitted values, score-unit coefficients, σ) of a result
 * computed on scores / s back by s. χ² and the criteria stay in the rescaled units (with unit
 * weights they are sums of squared scores, which would overflow).
 */
export function scaleBack(result: CurveClassification, s: number): CurveClassification {
  const ev = result.evidence;
  ev.noise.sigma *= s;
  for (const c of ev.candidates) {
    c.fitted = c.fitted.map((v) => v * s);
    for (const key of Object.keys(c.coefficients)) {
      if (!X_KEYS.has(key)) c.coefficients[key] = c.coefficients[key]! * s;
    }
  }
  return result;
}
