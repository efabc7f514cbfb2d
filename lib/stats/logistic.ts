/**
 * The logistic function σ(t) = 1/(1 + e^(−t)) and its inverse, the logit log(p/(1 − p)), written
 * so that neither overflows for large |t|; and the logistic curve floor + height·σ(slope·(x − m))
 * that lib/fit's fitSigmoid and the classifier's sigmoid candidate both evaluate.
 * @module
 */

/**
 * σ(t) = 1/(1 + e^(−t)), in [0, 1] for every finite t.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logistic } from "./logistic.ts";
 * assert.equal(logistic(0), 0.5);
 * assert.equal(logistic(-1000), 0);
 * ```
 */
export function logistic(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/**
 * logit(p) = log(p/(1 − p)); ±Infinity at 0 and 1.
 *
 * @throws {RangeError} when p is outside [0, 1] or NaN.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logistic, logit } from "./logistic.ts";
 * assert.ok(Math.abs(logistic(logit(0.2)) - 0.2) < 1e-15);
 * ```
 */
export function logit(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`logit: p must be in [0, 1], got ${p}`);
  return Math.log(p) - Math.log1p(-p);
}

/** Parameters of the logistic curve floor + height·σ(slope·(x − midpoint)). */
export interface LogisticCurve {
  /** Value far below the midpoint (slope > 0). */
  floor: number;
  /** Rise from the floor to the ceiling (negative for a fall). */
  height: number;
  /** x of the inflection, where the curve is floor + height/2. */
  midpoint: number;
  /** Steepness per unit of x (1/width). */
  slope: number;
}

/**
 * floor + height·σ(slope·(x − midpoint)): the sigmoid in log-scale of emergence analyses (Wei et
 * al. 2022; Srivastava et al. 2022) when x = log10(scale).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logisticCurve } from "./logistic.ts";
 * const curve = { floor: 0.25, height: 0.5, midpoint: 9, slope: 4 };
 * assert.equal(logisticCurve(curve, 9), 0.5);
 * assert.ok(Math.abs(logisticCurve(curve, 12) - 0.75) < 1e-5);
 * ```
 */
export function logisticCurve(curve: LogisticCurve, x: number): number {
  return curve.floor + curve.height * logistic(curve.slope * (x - curve.midpoint));
}
