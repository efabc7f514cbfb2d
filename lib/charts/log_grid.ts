/**
 * Logarithmic sampling grids, for drawing fitted curves smoothly on log-scale axes.
 *
 * @module
 */

/**
 * `count` points spaced evenly in log10 between `min` and `max` (both included).
 *
 * @throws {RangeError} unless 0 < min ≤ max are finite and count ≥ 2 is an integer.
 *
 * @example
 * ```ts
 * import { logGrid } from "./mod.ts";
 * const grid = logGrid(1, 100, 3);
 * if (grid.length !== 3 || grid[2] !== 100 || Math.abs(grid[1]! - 10) > 1e-9) throw new Error();
 * ```
 */
export function logGrid(min: number, max: number, count = 100): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max) && min > 0 && max >= min)) {
    throw new RangeError(`logGrid: need 0 < min <= max (finite), got min=${min}, max=${max}`);
  }
  if (!Number.isInteger(count) || count < 2) {
    throw new RangeError(`logGrid: count must be an integer >= 2, got ${count}`);
  }
  const lo = Math.log10(min);
  const step = (Math.log10(max) - lo) / (count - 1);
  return Array.from(
    { length: count },
    (_, i) => i === 0 ? min : i === count - 1 ? max : 10 ** (lo + step * i),
  );
}

/**
 * Sample `f` on a log grid, returning `{ x, y }` points.
 *
 * @throws {RangeError} if `f` returns a non-finite value (or a non-positive one when `positiveY`).
 *
 * @example
 * ```ts
 * import { sampleLog } from "./mod.ts";
 * const pts = sampleLog((x) => 2 * x ** -0.5, 1, 1e4, 5);
 * if (pts[0]!.y !== 2 || pts.length !== 5) throw new Error();
 * ```
 */
export function sampleLog(
  f: (x: number) => number,
  min: number,
  max: number,
  count = 100,
  positiveY = false,
): { x: number; y: number }[] {
  return logGrid(min, max, count).map((x) => {
    const y = f(x);
    if (!Number.isFinite(y) || (positiveY && y <= 0)) {
      throw new RangeError(
        `sampleLog: curve value at x=${x} is ${y}; ${
          positiveY ? "a log y axis needs y > 0" : "must be finite"
        }` +
          ` — restrict the curve's from/to range`,
      );
    }
    return { x, y };
  });
}

/**
 * Integer powers of ten inside [min, max]; used as log-axis tick values.
 *
 * @example
 * ```ts
 * import { decadeTicks } from "./mod.ts";
 * if (decadeTicks(3e7, 2e10).join() !== "100000000,1000000000,10000000000") throw new Error();
 * ```
 */
export function decadeTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(min) - 1e-9); e <= Math.floor(Math.log10(max) + 1e-9); e++) {
    ticks.push(Number(`1e${e}`));
  }
  return ticks;
}
