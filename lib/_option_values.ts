/**
 * Value checks for option specs (see lib/_options.ts): the {@linkcode Check} type, how a value is
 * shown in a message, and the non-numeric checks (allowed values, types, arrays).
 * @module
 */

/** Checks one option value (never `undefined`); throws naming `where` and `name`. */
export type Check = (value: unknown, name: string, where: string) => void;

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
 * A check that the value is one of `allowed` (RangeError otherwise).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { oneOf } from "./_option_values.ts";
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

/**
 * A check that the value is `typeof` one of the given kinds ("boolean", "function", "string").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ofType } from "./_option_values.ts";
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

/** Accepts any defined value (for options checked elsewhere, e.g. data-shaped ones). */
export const anything: Check = () => {};

/**
 * A check that the value is a plain object whose every value is a string (e.g. notebook
 * parameters `{ resamples: "200" }`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { recordOfStrings } from "./_option_values.ts";
 * recordOfStrings({ lang: "en" }, "params", "run");
 * assert.throws(() => recordOfStrings({ resamples: 200 }, "params", "run"), {
 *   name: "TypeError",
 *   message: "run: params.resamples must be a string, got 200",
 * });
 * ```
 */
export const recordOfStrings: Check = (value, name, where) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${where}: ${name} must be an object of strings, got ${show(value)}`);
  }
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== "string") {
      throw new TypeError(`${where}: ${name}.${key} must be a string, got ${show(entry)}`);
    }
  }
};

/** A metric's bounds: `[lower, upper]`, two finite numbers, lower below upper. */
export const bounds: Check = (value, name, where) => {
  const b = value as unknown[];
  if (!Array.isArray(b) || b.length !== 2 || !b.every((v) => Number.isFinite(v))) {
    throw new TypeError(
      `${where}: ${name} must be [lower, upper] (finite numbers), got ${show(b)}`,
    );
  }
  if (!((b[0] as number) < (b[1] as number))) {
    throw new RangeError(`${where}: ${name} must have lower < upper, got [${b[0]}, ${b[1]}]`);
  }
};
