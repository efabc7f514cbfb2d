/**
 * Up-front checks of lib/analyze inputs and options; errors name the function, the option and the
 * offending value.
 * @module
 */

/** Throws a RangeError naming `where` when `items` is empty; returns them. */
export function requireNonEmpty<T>(items: readonly T[], where: string, what: string): readonly T[] {
  if (!Array.isArray(items) || items.length === 0) {
    throw new RangeError(`${where}: ${what} is empty; pass at least one`);
  }
  return items;
}

/** Throws a RangeError unless `value` is an integer ≥ 0; returns it. */
export function requireNonNegativeInteger(value: number, where: string, option: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${where}: ${option} must be a non-negative integer, got ${value}`);
  }
  return value;
}

/** Throws a RangeError unless `value` is a finite number > 0; returns it. */
export function requirePositive(value: number, where: string, option: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${where}: ${option} must be a finite number > 0, got ${value}`);
  }
  return value;
}
