/**
 * The logistic function σ(t) = 1/(1 + e^(−t)) and its inverse, the logit log(p/(1 − p)), written
 * so that neither overflows for large |t|.
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
