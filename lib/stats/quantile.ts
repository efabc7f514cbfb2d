/**
 * Quantiles and the median, by R's default method (type 7, Hyndman & Fan 1996), which is also
 * d3-array's and numpy's default: for sorted values x₀ ≤ … ≤ xₙ₋₁ the q-quantile is the linear
 * interpolation at position h = (n − 1)·q. The median of an even count is the mean of the middle
 * two.
 *
 * NaN policy: a NaN among the values is an error (RangeError naming its index), never skipped
 * silently; ±Infinity is an ordinary value.
 * @module
 */

function checked(values: ArrayLike<number>, what: string): void {
  if (values.length === 0) throw new RangeError(`${what}: no values (need at least one)`);
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      throw new RangeError(`${what}: values[${i}] is NaN; drop or fix it first`);
    }
  }
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values that are already sorted ascending (R type 7). No copy,
 * no check of the order: the fast path for bootstrap summaries.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quantileSorted } from "./quantile.ts";
 * assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
 * assert.equal(quantileSorted(Float64Array.of(0, 10), 0.25), 2.5);
 * ```
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  checked(sorted, "quantile");
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position), above = Math.ceil(position);
  const low = sorted[below]!, high = sorted[above]!;
  return below === above ? low : low + (high - low) * (position - below);
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values in any order (R type 7; the input is not modified).
 *
 * @throws {RangeError} for no values, a NaN value (naming its index) or q outside [0, 1].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quantile } from "./quantile.ts";
 * // R: quantile(c(3, 1, 4, 1, 5), 0.9) = 4.6
 * assert.ok(Math.abs(quantile([3, 1, 4, 1, 5], 0.9) - 4.6) < 1e-12);
 * ```
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  checked(values, "quantile");
  return quantileSorted(Float64Array.from(values).sort(), q);
}

/**
 * The median: the middle value, or the mean of the middle two for an even count.
 *
 * @throws {RangeError} for no values or a NaN value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { median } from "./quantile.ts";
 * assert.equal(median([5, 1, 3]), 3);
 * assert.equal(median([68e9, 137e9, 4e9, 73.4e9]), 70.7e9);
 * ```
 */
export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}
