/**
 * The grid the classifier scans breaks and sigmoid midpoints over.
 * @module
 */

/**
 * At most this many grid locations: beyond it the grid is evenly spaced in x over the same range,
 * so that a scan costs O(points), not O(points²) (issue 18: a 1,000-point curve in < 50 ms).
 * Curves of up to 24 points (4 steps per gap) keep the gap-split grid unchanged.
 */
export const MAX_GRID = 96;

/** Grid of break locations: each gap between observed x split into `steps` parts (capped). */
export function breakGrid(x: number[], from: number, to: number, steps = 4): number[] {
  const grid: number[] = [];
  if ((to - from) * steps + 1 > MAX_GRID) {
    const lo = x[from]!, hi = x[to]!;
    for (let s = 0; s < MAX_GRID; s++) grid.push(lo + (hi - lo) * s / (MAX_GRID - 1));
    return grid;
  }
  for (let i = from; i < to; i++) {
    for (let s = 0; s < steps; s++) grid.push(x[i]! + (x[i + 1]! - x[i]!) * s / steps);
  }
  grid.push(x[to]!);
  return grid;
}
