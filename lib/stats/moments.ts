/**
 * Means and standard errors: the arithmetic mean, the sample variance (n − 1), the standard
 * error of a mean, and the binomial standard error √(p(1 − p)/n) of a proportion.
 * NaN policy: a NaN value is an error (RangeError naming its index).
 * @module
 */

function requireValues(values: ArrayLike<number>, what: string, atLeast: number): void {
  if (values.length < atLeast) {
    throw new RangeError(`${what}: need at least ${atLeast} value(s), got ${values.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) throw new RangeError(`${what}: values[${i}] is NaN`);
  }
}

/**
 * Arithmetic mean, summed in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mean } from "./moments.ts";
 * assert.equal(mean([1, 2, 3, 6]), 3);
 * ```
 */
export function mean(values: ArrayLike<number>): number {
  requireValues(values, "mean", 1);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/**
 * Sample variance Σ(xᵢ − x̄)²/(n − 1) (two-pass, as R's var()).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { variance } from "./moments.ts";
 * assert.equal(variance([1, 2, 3, 4]), 5 / 3); // R: var(1:4)
 * ```
 */
export function variance(values: ArrayLike<number>): number {
  requireValues(values, "variance", 2);
  const center = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - center) ** 2;
  return sum / (values.length - 1);
}

/**
 * Standard error of the mean, s/√n.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { standardError } from "./moments.ts";
 * assert.ok(Math.abs(standardError([1, 2, 3, 4]) - Math.sqrt(5 / 3 / 4)) < 1e-15);
 * ```
 */
export function standardError(values: ArrayLike<number>): number {
  return Math.sqrt(variance(values) / values.length);
}

/**
 * Binomial standard error of a proportion p measured on n examples: √(p(1 − p)/n).
 *
 * @throws {RangeError} when p is outside [0, 1] or n is not a positive number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { binomialStandardError } from "./moments.ts";
 * assert.equal(binomialStandardError(0.5, 100), 0.05);
 * ```
 */
export function binomialStandardError(p: number, n: number): number {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`binomialStandardError: p must be in [0, 1], got ${p}`);
  }
  if (!(n > 0)) throw new RangeError(`binomialStandardError: n must be > 0, got ${n}`);
  return Math.sqrt(p * (1 - p) / n);
}
