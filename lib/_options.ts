/**
 * Up-front option checks for lib's public functions (bottom level: imports no lib layer; the value
 * checks live in _option_values.ts and _option_numbers.ts and are re-exported here).
 * A public function declares its options once as a {@linkcode OptionSpec} — one check per allowed
 * key — and calls {@linkcode checkOptions} before any work, so a typo'd key or a bad value fails
 * at once with a message naming the function, the option and the value:
 * `RangeError: fitChinchilla: search must be "pruned" or "exhaustive", got "exhaustve"`.
 * A value of the wrong type (or an unknown key) is a TypeError — NaN counts as "not a number", as
 * for data points elsewhere in lib; a value of the right type outside the allowed set or range
 * (±Infinity included) is a RangeError. `undefined` always means "use the default".
 * @module
 */
import { type Check, show } from "./_option_values.ts";

export * from "./_option_values.ts";
export * from "./_option_numbers.ts";

/** One check per allowed option key. */
export type OptionSpec = Readonly<Record<string, Check>>;

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
