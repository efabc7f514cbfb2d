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

/** A located threshold or turn (scale) and its interval (scales), when the data allow. */
export interface Located {
  threshold: number;
  interval?: [number, number];
}

/**
 * First scale where the lead emergent fit exceeds max(chance, floor) by max(gate·σ, 10% of its
 * rise) (a 401-point grid over the data), with the break's or midpoint's profile interval
 * shifted alongside.
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
  let xt = last;
  for (let s = 0; s <= 400; s++) {
    const xi = first + (last - first) * s / 400;
    if (fit.predict(xi) >= level) {
      xt = xi;
      break;
    }
  }
  const out: Located = { threshold: 10 ** xt };
  if (candidate.locationInterval && fit.location !== undefined) {
    const shift = xt - fit.location;
    out.interval = [
      10 ** (candidate.locationInterval[0] + shift),
      10 ** (candidate.locationInterval[1] + shift),
    ];
  }
  return out;
}

/** The turn of a U or inverted U: the broken line's break or the quadratic's vertex. */
function turn(fit: RawFit, candidate: CandidateFit): Located | undefined {
  if (fit.location === undefined) return undefined;
  const out: Located = { threshold: 10 ** fit.location };
  if (candidate.locationInterval) {
    out.interval = [10 ** candidate.locationInterval[0], 10 ** candidate.locationInterval[1]];
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
      return turn(fit, candidate);
    case "smooth":
    case "flat":
    case "inverse":
    case "insufficient":
      return undefined;
    default:
      return unhandledShape(shape);
  }
}
