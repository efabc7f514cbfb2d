/**
 * Reads the shape off one fitted candidate, given the noise: which DESIGN.md shape the fitted
 * curve has once changes smaller than `gate` noise units are ignored.
 * @module
 */

import type { Shape } from "./types.ts";
import type { RawFit } from "./_models.ts";

/** Context for reading shapes. */
export interface ShapeContext {
  x: number[];
  /** Noise of one point (oriented units). */
  sigma: number;
  /** Changes below gate·sigma count as noise. */
  gate: number;
}

/** Where a rising fitted curve crosses 10% and 90% of its rise (fine grid over the data). */
export function crossings(
  fit: RawFit,
  x: number[],
): { lo: number; hi: number; x10: number; x90: number } {
  const first = x[0]!, last = x[x.length - 1]!;
  const steps = 200;
  const grid: number[] = [];
  const values: number[] = [];
  for (let s = 0; s <= steps; s++) {
    const xi = first + (last - first) * s / steps;
    grid.push(xi);
    values.push(fit.predict(xi));
  }
  const lo = values[0]!;
  const hi = Math.max(...values);
  const at = (fraction: number) => {
    const level = lo + fraction * (hi - lo);
    const i = values.findIndex((v) => v >= level);
    return grid[Math.max(0, i)]!;
  };
  return { lo, hi, x10: at(0.1), x90: at(0.9) };
}

/** The shape of a fitted candidate (see DESIGN.md "Shapes, in words"). */
export function shapeOfFit(fit: RawFit, ctx: ShapeContext): Shape {
  const f = fit.fitted;
  const k = f.length;
  const band = ctx.gate * ctx.sigma;
  let iMin = 0, iMax = 0;
  f.forEach((v, i) => {
    if (v < f[iMin]!) iMin = i;
    if (v > f[iMax]!) iMax = i;
  });
  const range = f[iMax]! - f[iMin]!;
  if (fit.model === "constant" || !(range >= band)) return "flat";
  const first = f[0]!, last = f[k - 1]!;
  if (fit.model === "quadratic" || fit.model === "broken_line") {
    if (iMin > 0 && iMin < k - 1 && first - f[iMin]! >= band && last - f[iMin]! >= band) {
      return "u_shaped";
    }
    if (iMax > 0 && iMax < k - 1 && f[iMax]! - first >= band && f[iMax]! - last >= band) {
      return "inverted_u";
    }
  }
  if (iMax < iMin) return "inverse";
  if (fit.model === "sigmoid" || fit.model === "flat_then_line" || fit.model === "broken_line") {
    const x = ctx.x;
    const span = x[k - 1]! - x[0]!;
    const c = crossings(fit, x);
    const plateauPoints = x.filter((xi) => xi <= c.x10).length;
    if (plateauPoints >= 2 && c.x10 - x[0]! >= 0.25 * span && c.x90 - c.x10 <= 0.5 * span) {
      return "emergent";
    }
  }
  return "smooth";
}
