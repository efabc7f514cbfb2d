/**
 * The classifier's sigmoid candidate: floor + height·σ((x − m)/width) in x = log10(scale). For a
 * given midpoint m and width the floor and height are a weighted least-squares line in
 * z = σ((x − m)/width), solved in closed form; (m, width) come from a coarse grid refined by a
 * pattern search (Hooke & Jeeves 1961). The fitted curve is evaluated with lib/stats
 * logisticCurve, the same function lib/fit's fitSigmoid uses.
 * @module
 */

import type { RawFit } from "./_raw_fit.ts";
import { breakGrid } from "./_grid.ts";
import { logistic, logisticCurve } from "../stats/logistic.ts";

/** One (midpoint, width) with its least-squares floor a, height b and χ². */
interface Cell {
  m: number;
  width: number;
  a: number;
  b: number;
  chi2: number;
}

/**
 * χ² of the best floor + height·σ((x − m)/width) for any (m, width). The weighted sums of y are
 * computed once; each (m, width) then costs one pass with one exp per point.
 */
function leastSquaresAt(x: number[], y: number[], w: number[]): (m: number, width: number) => Cell {
  const k = x.length;
  let sw = 0, sy = 0, syy = 0;
  for (let i = 0; i < k; i++) {
    sw += w[i]!;
    sy += w[i]! * y[i]!;
    syy += w[i]! * y[i]! * y[i]!;
  }
  const cyy = syy - sy * sy / sw;
  return (m, width) => {
    let sz = 0, szz = 0, szy = 0;
    for (let i = 0; i < k; i++) {
      const z = logistic((x[i]! - m) / width);
      const wz = w[i]! * z;
      sz += wz;
      szz += wz * z;
      szy += wz * y[i]!;
    }
    const czz = szz - sz * sz / sw;
    const czy = szy - sz * sy / sw;
    if (!(czz > 1e-12 * sw)) return { m, width, a: sy / sw, b: 0, chi2: cyy };
    const b = czy / czz;
    return { m, width, a: (sy - b * sz) / sw, b, chi2: Math.max(0, cyy - czy * czy / czz) };
  };
}

/**
 * Coarse grid: midpoints at half-gaps over the observed range; widths (1/slope) log-spaced from
 * a near-step (wLo, a tenth of the smallest gap) to a near-line (wHi, the whole range). Returns
 * the best cell and the profile of χ² against the midpoint.
 */
function gridSearch(
  x: number[],
  at: (m: number, width: number) => Cell,
  wLo: number,
  wHi: number,
): { best: Cell; profile: { location: number; chi2: number }[] } {
  const mids = breakGrid(x, 0, x.length - 1, 2);
  const widths: number[] = [];
  for (let j = 0; j < 7; j++) widths.push(wLo * Math.pow(wHi / wLo, j / 6));
  const profile: { location: number; chi2: number }[] = [];
  let best: Cell = { m: x[0]!, width: wHi, a: 0, b: 0, chi2: Infinity };
  for (const m of mids) {
    let pm = Infinity;
    for (const width of widths) {
      const cell = at(m, width);
      if (cell.chi2 < pm) pm = cell.chi2;
      if (cell.chi2 < best.chi2) best = cell;
    }
    profile.push({ location: m, chi2: pm });
  }
  return { best, profile };
}

/**
 * Pattern search from the best grid cell: move m by ±step or width by ×/÷ factor while it helps,
 * halving the steps when nothing does; m stays inside the data, the width within [wLo/4, 4·wHi].
 */
function patternSearch(
  start: Cell,
  x: number[],
  at: (m: number, width: number) => Cell,
  minGap: number,
  wLo: number,
  wHi: number,
): Cell {
  const first = x[0]!, last = x[x.length - 1]!;
  let best = start;
  let stepM = minGap / 4, factor = Math.pow(wHi / wLo, 1 / 12);
  for (let iter = 0; iter < 30 && stepM > 0.005 * minGap; iter++) {
    let moved = false;
    for (
      const [m, width] of [
        [best.m + stepM, best.width],
        [best.m - stepM, best.width],
        [best.m, best.width * factor],
        [best.m, best.width / factor],
      ] as const
    ) {
      if (m < first || m > last || width < wLo / 4 || width > 4 * wHi) continue;
      const cell = at(m, width);
      if (cell.chi2 < best.chi2 - 1e-12) {
        best = cell;
        moved = true;
      }
    }
    if (!moved) {
      stepM /= 2;
      factor = Math.sqrt(factor);
    }
  }
  return best;
}

/** The sigmoid candidate (5 or more scales), or undefined with fewer. */
export function sigmoid(x: number[], y: number[], w: number[]): RawFit | undefined {
  const k = x.length;
  if (k < 5) return undefined;
  let minGap = Infinity;
  for (let i = 1; i < k; i++) minGap = Math.min(minGap, x[i]! - x[i - 1]!);
  const wLo = minGap / 10, wHi = x[k - 1]! - x[0]!;
  const at = leastSquaresAt(x, y, w);
  const grid = gridSearch(x, at, wLo, wHi);
  const b = patternSearch(grid.best, x, at, minGap, wLo, wHi);
  const curve = { floor: b.a, height: b.b, midpoint: b.m, slope: 1 / b.width };
  const predict = (xi: number) => logisticCurve(curve, xi);
  const fitted = x.map(predict);
  let chi2 = 0;
  for (let i = 0; i < k; i++) chi2 += w[i]! * (y[i]! - fitted[i]!) ** 2;
  return {
    model: "sigmoid",
    parameters: 4,
    chi2,
    fitted,
    coefficients: { floor: b.a, height: b.b, midpoint: b.m, width: b.width },
    predict,
    location: b.m,
    profile: grid.profile,
  };
}
