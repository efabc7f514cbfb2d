/**
 * The grid the classifier scans breaks and sigmoid midpoints over.
 * @module
 */

/** Grid of break locations: each gap between observed x split into `steps` parts. */
export function breakGrid(x: number[], from: number, to: number, steps = 4): number[] {
  const grid: number[] = [];
  for (let i = from; i < to; i++) {
    for (let s = 0; s < steps; s++) grid.push(x[i]! + (x[i + 1]! - x[i]!) * s / steps);
  }
  grid.push(x[to]!);
  return grid;
}
