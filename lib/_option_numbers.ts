/**
 * Numeric checks for option specs (see lib/_options.ts): NaN or a non-number is a TypeError, a
 * number outside the allowed range (±Infinity included) a RangeError.
 * @module
 */
import { type Check, show } from "./_option_values.ts";

function number(value: unknown, name: string, where: string, what: string): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TypeError(`${where}: ${name} must be ${what}, got ${show(value)}`);
  }
  return value;
}

/**
 * A check that the value is a finite number.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { finiteNumber } from "./_option_numbers.ts";
 * assert.throws(() => finiteNumber(Infinity, "chance", "f"), RangeError);
 * assert.throws(() => finiteNumber(NaN, "chance", "f"), TypeError);
 * assert.throws(() => finiteNumber("0.25", "chance", "f"), TypeError);
 * ```
 */
export const finiteNumber: Check = (value, name, where) => {
  const v = number(value, name, where, "a finite number");
  if (!Number.isFinite(v)) {
    throw new RangeError(`${where}: ${name} must be a finite number, got ${show(v)}`);
  }
};

/**
 * A check that the value is a finite number > 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { positiveNumber } from "./_option_numbers.ts";
 * assert.throws(() => positiveNumber(0, "delta", "f"), { message: "f: delta must be a positive finite number, got 0" });
 * ```
 */
export const positiveNumber: Check = (value, name, where) => {
  const v = number(value, name, where, "a positive finite number");
  if (!(v > 0) || !Number.isFinite(v)) {
    throw new RangeError(`${where}: ${name} must be a positive finite number, got ${show(v)}`);
  }
};

/**
 * A check that the value is a finite number ≥ 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nonNegativeNumber } from "./_option_numbers.ts";
 * nonNegativeNumber(0, "minChange", "f");
 * assert.throws(() => nonNegativeNumber(-1, "minChange", "f"), RangeError);
 * ```
 */
export const nonNegativeNumber: Check = (value, name, where) => {
  const v = number(value, name, where, "a finite number >= 0");
  if (!(v >= 0) || !Number.isFinite(v)) {
    throw new RangeError(`${where}: ${name} must be a finite number >= 0, got ${show(v)}`);
  }
};

/**
 * A check that the value is an integer ≥ 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { positiveInteger } from "./_option_numbers.ts";
 * assert.throws(() => positiveInteger(2.5, "finishTop", "f"), {
 *   message: "f: finishTop must be a positive integer, got 2.5",
 * });
 * ```
 */
export const positiveInteger: Check = (value, name, where) => {
  const v = number(value, name, where, "a positive integer");
  if (!Number.isInteger(v) || v < 1) {
    throw new RangeError(`${where}: ${name} must be a positive integer, got ${show(v)}`);
  }
};

/**
 * A check that the value is an integer ≥ 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nonNegativeInteger } from "./_option_numbers.ts";
 * nonNegativeInteger(0, "resamples", "f");
 * assert.throws(() => nonNegativeInteger(-1, "resamples", "f"), RangeError);
 * ```
 */
export const nonNegativeInteger: Check = (value, name, where) => {
  const v = number(value, name, where, "an integer >= 0");
  if (!Number.isInteger(v) || v < 0) {
    throw new RangeError(`${where}: ${name} must be an integer >= 0, got ${show(v)}`);
  }
};

/**
 * A check that the value is an integer ≥ `min`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { integerAtLeast } from "./_option_numbers.ts";
 * assert.throws(() => integerAtLeast(2)(1, "scales", "f"), {
 *   message: "f: scales must be an integer >= 2, got 1",
 * });
 * ```
 */
export function integerAtLeast(min: number): Check {
  return (value, name, where) => {
    const v = number(value, name, where, `an integer >= ${min}`);
    if (!Number.isInteger(v) || v < min) {
      throw new RangeError(`${where}: ${name} must be an integer >= ${min}, got ${show(v)}`);
    }
  };
}

/**
 * A check that the value is an integer in [lo, hi].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { integerIn } from "./_option_numbers.ts";
 * assert.throws(() => integerIn(0, 5)(6, "breaks", "fitBnsl"), {
 *   message: "fitBnsl: breaks must be an integer from 0 to 5, got 6",
 * });
 * ```
 */
export function integerIn(lo: number, hi: number): Check {
  return (value, name, where) => {
    const v = number(value, name, where, `an integer from ${lo} to ${hi}`);
    if (!Number.isInteger(v) || v < lo || v > hi) {
      throw new RangeError(`${where}: ${name} must be an integer from ${lo} to ${hi}, got ${v}`);
    }
  };
}

/**
 * A check that the value is a number inside an interval; `open` excludes the ends
 * ("both", "lower", "upper" or "none", the default).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inRange } from "./_option_numbers.ts";
 * const level = inRange(0, 1, "both");
 * level(0.95, "level", "bootstrap");
 * assert.throws(() => level(95, "level", "bootstrap"), {
 *   name: "RangeError",
 *   message: "bootstrap: level must be in (0, 1), got 95",
 * });
 * ```
 */
export function inRange(
  lo: number,
  hi: number,
  open: "both" | "lower" | "upper" | "none" = "none",
): Check {
  const openLo = open === "both" || open === "lower", openHi = open === "both" || open === "upper";
  const text = `${openLo ? "(" : "["}${lo}, ${hi}${openHi ? ")" : "]"}`;
  return (value, name, where) => {
    const v = number(value, name, where, `a number in ${text}`);
    const ok = (openLo ? v > lo : v >= lo) && (openHi ? v < hi : v <= hi);
    if (!ok) throw new RangeError(`${where}: ${name} must be in ${text}, got ${show(v)}`);
  };
}
