/**
 * Up-front option checks for lib's public functions (a bottom-level helper: it imports nothing).
 * A public function declares its options once as a {@linkcode OptionSpec} — one check per allowed
 * key — and calls {@linkcode checkOptions} before any work, so a typo'd key or a bad value fails
 * at once with a message naming the function, the option and the value:
 * `RangeError: fitChinchilla: search must be "pruned" or "exhaustive", got "exhaustve"`.
 * A value of the wrong type (or an unknown key) is a TypeError — NaN counts as "not a number", as
 * for data points elsewhere in lib; a value of the right type outside the allowed set or range
 * (±Infinity included) is a RangeError. `undefined` always means "use the default".
 * @module
 */

/** Checks one option value (never `undefined`); throws naming `where` and `name`. */
export type Check = (value: unknown, name: string, where: string) => void;

/** One check per allowed option key. */
export type OptionSpec = Readonly<Record<string, Check>>;

/** A value as a message shows it: strings quoted, arrays and objects abbreviated. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object" && value !== null) return "an object";
  if (typeof value === "bigint") return `${value}n`;
  return String(value);
}

/**
 * Checks `options` against `spec`: it must be undefined or a plain object whose keys all appear
 * in `spec`, and every defined value must pass its check.
 *
 * @throws {TypeError} when `options` is not an object, a key is unknown, or a value has the wrong type.
 * @throws {RangeError} when a value lies outside its allowed set or range.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkOptions, oneOf, positiveInteger } from "./_options.ts";
 * const spec = { search: oneOf("pruned", "exhaustive"), finishTop: positiveInteger };
 * checkOptions("fit", { search: "pruned", finishTop: 8 }, spec);
 * assert.throws(() => checkOptions("fit", { search: "exhaustve" }, spec), {
 *   name: "RangeError",
 *   message: 'fit: search must be "pruned" or "exhaustive", got "exhaustve"',
 * });
 * assert.throws(() => checkOptions("fit", { serach: "pruned" }, spec), TypeError);
 * ```
 */
export function checkOptions(where: string, options: unknown, spec: OptionSpec, prefix = ""): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(
      `${where}: ${prefix ? prefix.slice(0, -1) : "options"} must be an object, got ${
        show(options)
      }`,
    );
  }
  knownKeys(where, options as Record<string, unknown>, Object.keys(spec), prefix);
  for (const [key, check] of Object.entries(spec)) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) check(value, prefix + key, where);
  }
}

/**
 * Throws a TypeError naming the first key of `options` not in `allowed` (a typo), the closest
 * allowed key when one is near, and the list of allowed keys.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { knownKeys } from "./_options.ts";
 * assert.throws(() => knownKeys("fit", { serach: 1 }, ["search", "workers"]), {
 *   message: 'fit: unknown option "serach" (did you mean "search"?); ' +
 *     "allowed options: search, workers",
 * });
 * ```
 */
export function knownKeys(
  where: string,
  options: Record<string, unknown>,
  allowed: readonly string[],
  prefix = "",
): void {
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    const near = allowed.filter((a) => editDistance(a.toLowerCase(), key.toLowerCase()) <= 2);
    const hint = near.length > 0 ? ` (did you mean "${prefix}${near[0]}"?)` : "";
    throw new TypeError(
      `${where}: unknown option "${prefix}${key}"${hint}; allowed options: ` +
        (allowed.length > 0 ? allowed.map((a) => prefix + a).join(", ") : "none"),
    );
  }
}

/** Levenshtein distance (small strings only: option names). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A check that the value is one of `allowed` (RangeError otherwise).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { oneOf } from "./_options.ts";
 * assert.throws(() => oneOf("huber", "mle")("ml", "estimator", "fit"), {
 *   name: "RangeError",
 *   message: 'fit: estimator must be "huber" or "mle", got "ml"',
 * });
 * ```
 */
export function oneOf(...allowed: readonly (string | number | boolean)[]): Check {
  const list = allowed.map(show);
  const words = list.length <= 2
    ? list.join(" or ")
    : `one of ${list.slice(0, -1).join(", ")} or ${list.at(-1)}`;
  return (value, name, where) => {
    if (!allowed.includes(value as string)) {
      throw new RangeError(`${where}: ${name} must be ${words}, got ${show(value)}`);
    }
  };
}

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
 * import { finiteNumber } from "./_options.ts";
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
 * import { positiveNumber } from "./_options.ts";
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
 * import { nonNegativeNumber } from "./_options.ts";
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
 * import { positiveInteger } from "./_options.ts";
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
 * import { nonNegativeInteger } from "./_options.ts";
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
 * import { integerAtLeast } from "./_options.ts";
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
 * import { integerIn } from "./_options.ts";
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
 * import { inRange } from "./_options.ts";
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

/**
 * A check that the value is `typeof` one of the given kinds ("boolean", "function", "string").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ofType } from "./_options.ts";
 * assert.throws(() => ofType("boolean")("yes", "allStarts", "f"), {
 *   name: "TypeError",
 *   message: 'f: allStarts must be a boolean, got "yes"',
 * });
 * ```
 */
export function ofType(kind: "boolean" | "function" | "string"): Check {
  return (value, name, where) => {
    const actual: string = typeof value;
    if (actual !== kind) {
      throw new TypeError(`${where}: ${name} must be a ${kind}, got ${show(value)}`);
    }
  };
}

/**
 * A check that the value is an array (or typed array) whose every entry passes `each`
 * (entries named `name[i]`); `minLength` entries at least.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { arrayOf, positiveNumber } from "./_options.ts";
 * assert.throws(() => arrayOf(positiveNumber)([1e21, -1], "flops", "f"), {
 *   message: "f: flops[1] must be a positive finite number, got -1",
 * });
 * ```
 */
export function arrayOf(each: Check, minLength = 0): Check {
  return (value, name, where) => {
    if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
      throw new TypeError(`${where}: ${name} must be an array, got ${show(value)}`);
    }
    const list = Array.from(value as ArrayLike<unknown>);
    if (list.length < minLength) {
      throw new RangeError(
        minLength === 1
          ? `${where}: ${name} must not be empty`
          : `${where}: ${name} must have at least ${minLength} entries, got ${list.length}`,
      );
    }
    list.forEach((v, i) => each(v, `${name}[${i}]`, where));
  };
}

/**
 * A check for a nested options object (e.g. `lbfgs`): keys and values checked against `spec`,
 * named `name.key`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nested, positiveInteger } from "./_options.ts";
 * assert.throws(() => nested({ memory: positiveInteger })({ memory: 0 }, "lbfgs", "f"), {
 *   message: "f: lbfgs.memory must be a positive integer, got 0",
 * });
 * ```
 */
export function nested(spec: OptionSpec): Check {
  return (value, name, where) => checkOptions(where, value, spec, `${name}.`);
}

/** Accepts any defined value (for options checked elsewhere, e.g. data-shaped ones). */
export const anything: Check = () => {};
