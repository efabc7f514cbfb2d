/**
 * The locating phase of classifyCurve: the emergence threshold, or the turn of a U or inverted U,
 * with its interval, in scale units.
 * @module
 */

import type { CandidateFit, Shape } from "./types.ts";
import { unhandledShape } from "./shapes.ts";
import type { RawFit } from "./_models.ts";
import type { PreparedCurve } from "./_prepare.ts";
import { crossings } from "./_shape.ts";
import { CALIBRATION } from "./_calibrate.ts";

/** A located threshold or turn (scale) and its interval (scales), when the data allow. */
export interface Located {
  threshold: number;
  interval?: [number, number];
}

/**
 * First scale where the lead emergent fit exceeds max(chance, floor) by max(gate·σ, 10% of its
 * rise) (a 401-point grid over the data, linear inside the crossing step; the largest size when the
 * fit never gets there), with the break's or midpoint's profile interval shifted alongside.
 */
function emergenceThreshold(
  fit: RawFit,
  candidate: CandidateFit,
  prepared: PreparedCurve,
  sigma: number,
  gate: number,
): Located {
  const c = crossings(fit, prepared.x);
  const chance = prepared.chance === undefined ? -Infinity : prepared.orientation * prepared.chance;
  const level = Math.max(c.lo, chance) + Math.max(gate * sigma, 0.1 * (c.hi - c.lo));
  const first = prepared.x[0]!, last = prepared.x[prepared.x.length - 1]!;
  // Never reached inside the data: the threshold is the largest size, read as a bound ("above").
  // Reached: interpolated inside the grid step where the fit crosses the level, so a crossing
  // just before the largest size stays before it (only the largest size is past it).
  let xt = last, before = first, below = -Infinity;
  for (let s = 0; s <= 400; s++) {
    const xi = first + (last - first) * s / 400;
    const at = fit.predict(xi);
    if (at >= level) {
      xt = s === 0 || !(at > below) ? xi : before + (xi - before) * (level - below) / (at - below);
      break;
    }
    before = xi;
    below = at;
  }
  const out: Located = { threshold: 10 ** xt };
  if (candidate.locationInterval && fit.location !== undefined) {
    const shift = xt - fit.location;
    const [lo, hi] = candidate.locationInterval;
    out.interval = widened(xt, lo + shift, hi + shift, spacing(prepared), "emergent");
  }
  return out;
}

/**
 * The profile interval [lo, hi] (log10 scale) around `at`, made honest: each side padded by half
 * the mean spacing of the sizes (the data cannot place a location more finely than the gap it
 * falls in without a strong signal) and scaled by the conformal factor of `kind`, back in scales.
 * The factor is fitted by split-conformal calibration (Vovk et al. 2005; Lei et al. 2018) on the
 * synthetic suite (scripts/fit_calibration.ts): the 95th percentile of how far, in units of its own
 * padded half-width, each interval had to reach to cover the true threshold or vertex — so that
 * about 95% of the intervals cover it on curves like the suite's.
 */
function widened(
  at: number,
  lo: number,
  hi: number,
  pad: number,
  kind: "emergent" | "turn",
): [number, number] {
  const scale = CALIBRATION.intervalScale[kind];
  const below = Math.max(0, at - lo) + pad, above = Math.max(0, hi - at) + pad;
  return [10 ** (at - scale * below), 10 ** (at + scale * above)];
}

/** Half the mean spacing of the sizes (decades). */
function spacing(prepared: PreparedCurve): number {
  const x = prepared.x;
  return (x[x.length - 1]! - x[0]!) / (x.length - 1) / 2;
}

/** The turn of a U or inverted U: the broken line's break or the quadratic's vertex. */
function turn(
  fit: RawFit,
  candidate: CandidateFit,
  prepared: PreparedCurve,
): Located | undefined {
  if (fit.location === undefined) return undefined;
  const out: Located = { threshold: 10 ** fit.location };
  if (candidate.locationInterval) {
    const [lo, hi] = candidate.locationInterval;
    out.interval = widened(fit.location, lo, hi, spacing(prepared), "turn");
  }
  return out;
}

/** Threshold (emergent) or turn (U / inverted U) of the lead candidate; none for other shapes. */
export function locate(
  shape: Shape,
  fit: RawFit,
  candidate: CandidateFit,
  prepared: PreparedCurve,
  sigma: number,
  gate: number,
): Located | undefined {
  switch (shape) {
    case "emergent":
      return emergenceThreshold(fit, candidate, prepared, sigma, gate);
    case "u_shaped":
    case "inverted_u":
      return turn(fit, candidate, prepared);
    case "smooth":
    case "flat":
    case "inverse":
    case "insufficient":
      return undefined;
    default:
      return unhandledShape(shape);
  }
}
