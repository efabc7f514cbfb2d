/**
 * Candidate models of the classifier, all in x = log10(scale) and fitted by weighted least squares
 * (weights 1/seᵢ²): closed-form for the constant, line and quadratic; a scan of the break over a
 * fine grid of observed scales for the two-segment (broken-line) models; a scan of midpoint and
 * slope for the logistic sigmoid with floor and height solved linearly (_sigmoid_model.ts). The
 * scans solve their 2- and 3-column least squares in closed form from running weighted sums
 * (tens of solves per curve); the constant, line and quadratic use lib/stats wls. Deterministic and cheap
 * (tens of microseconds per curve), so 10 000 curves classify in well under a second per core.
 * @module
 */

import { mean as meanOf, wls } from "../stats/mod.ts";
import { breakGrid } from "./_grid.ts";
import { sigmoid } from "./_sigmoid_model.ts";
import type { RawFit } from "./_raw_fit.ts";

export type { RawFit } from "./_raw_fit.ts";

/** a + b·z by WLS in closed form; returns chi2, a, b. */
function fit2(z: number[], y: number[], w: number[]): { a: number; b: number; chi2: number } {
  let sw = 0, sz = 0, sy = 0;
  for (let i = 0; i < y.length; i++) {
    sw += w[i]!;
    sz += w[i]! * z[i]!;
    sy += w[i]! * y[i]!;
  }
  const mz = sz / sw, my = sy / sw;
  let szz = 0, szy = 0, syy = 0;
  for (let i = 0; i < y.length; i++) {
    const dz = z[i]! - mz, dy = y[i]! - my;
    szz += w[i]! * dz * dz;
    szy += w[i]! * dz * dy;
    syy += w[i]! * dy * dy;
  }
  if (!(szz > 1e-14 * sw)) return { a: my, b: 0, chi2: syy };
  const b = szy / szz;
  return { a: my - b * mz, b, chi2: Math.max(0, syy - szy * szy / szz) };
}

export function hinge2(
  model: "flat_then_line" | "line_then_flat",
  x: number[],
  y: number[],
  w: number[],
): RawFit {
  const k = x.length;
  const grid = model === "flat_then_line" ? breakGrid(x, 0, k - 2) : breakGrid(x, 1, k - 1);
  const basis = (c: number, xi: number) =>
    model === "flat_then_line" ? Math.max(0, xi - c) : Math.min(0, xi - c);
  const profile: { location: number; chi2: number }[] = [];
  let best = { c: grid[0]!, a: 0, b: 0, chi2: Infinity };
  const z = new Array<number>(k);
  for (const c of grid) {
    for (let i = 0; i < k; i++) z[i] = basis(c, x[i]!);
    const f = fit2(z, y, w);
    profile.push({ location: c, chi2: f.chi2 });
    if (f.chi2 < best.chi2) best = { c, ...f };
  }
  const predict = (xi: number) => best.a + best.b * basis(best.c, xi);
  return {
    model,
    parameters: 3,
    chi2: best.chi2,
    fitted: x.map(predict),
    coefficients: { level: best.a, slope: best.b, break: best.c },
    predict,
    location: best.c,
    profile,
  };
}

/** Solves the 3×3 symmetric system A β = b by Cramer's rule; undefined when singular. */
function solve3(a: number[], b: number[]): number[] | undefined {
  // a = [a00, a01, a02, a11, a12, a22]
  const [a00, a01, a02, a11, a12, a22] = a as [number, number, number, number, number, number];
  const c00 = a11 * a22 - a12 * a12, c01 = a02 * a12 - a01 * a22, c02 = a01 * a12 - a02 * a11;
  const det = a00 * c00 + a01 * c01 + a02 * c02;
  const scale = Math.abs(a00 * a11 * a22) || 1;
  if (!(Math.abs(det) > 1e-12 * scale)) return undefined;
  const c11 = a00 * a22 - a02 * a02, c12 = a01 * a02 - a00 * a12, c22 = a00 * a11 - a01 * a01;
  const [b0, b1, b2] = b as [number, number, number];
  return [
    (c00 * b0 + c01 * b1 + c02 * b2) / det,
    (c01 * b0 + c11 * b1 + c12 * b2) / det,
    (c02 * b0 + c12 * b1 + c22 * b2) / det,
  ];
}

function brokenLine(x: number[], y: number[], w: number[]): RawFit | undefined {
  const k = x.length;
  if (k < 5) return undefined;
  const grid = breakGrid(x, 1, k - 2);
  let sw = 0, sy = 0, syy = 0;
  for (let i = 0; i < k; i++) {
    sw += w[i]!;
    sy += w[i]! * y[i]!;
    syy += w[i]! * y[i]! * y[i]!;
  }
  const profile: { location: number; chi2: number }[] = [];
  let best: { c: number; beta: number[]; chi2: number } | undefined;
  for (const c of grid) {
    // Columns 1, u = x − c, v = max(0, x − c); normal equations from weighted sums.
    let su = 0, sv = 0, suu = 0, suv = 0, svv = 0, suy = 0, svy = 0;
    for (let i = 0; i < k; i++) {
      const wi = w[i]!, u = x[i]! - c, v = u > 0 ? u : 0, yi = y[i]!;
      su += wi * u;
      sv += wi * v;
      suu += wi * u * u;
      suv += wi * u * v;
      svv += wi * v * v;
      suy += wi * u * yi;
      svy += wi * v * yi;
    }
    const rhs = [sy, suy, svy];
    const beta = solve3([sw, su, sv, suu, suv, svv], rhs);
    if (!beta) continue;
    const chi2 = Math.max(0, syy - (beta[0]! * rhs[0]! + beta[1]! * rhs[1]! + beta[2]! * rhs[2]!));
    profile.push({ location: c, chi2 });
    if (!best || chi2 < best.chi2) best = { c, beta, chi2 };
  }
  if (!best) return undefined;
  const { c, beta } = best;
  const [a, b1, b2] = [beta[0]!, beta[1]!, beta[2]!];
  const predict = (xi: number) => a + b1 * (xi - c) + b2 * Math.max(0, xi - c);
  const fitted = x.map(predict);
  let chi2 = 0;
  for (let i = 0; i < k; i++) chi2 += w[i]! * (y[i]! - fitted[i]!) ** 2;
  return {
    model: "broken_line",
    parameters: 4,
    chi2,
    fitted,
    coefficients: { level: a, slopeBefore: b1, slopeAfter: b1 + b2, break: c },
    predict,
    location: c,
    profile,
  };
}

/**
 * a + b·(x − x̄) + c·(x − x̄)² by WLS, with its vertex and the vertex's delta-method variance
 * factor; undefined when the design is singular.
 */
function quadratic(xc: number[], mean: number, y: number[], w: number[]): RawFit | undefined {
  const q = wls([xc.map(() => 1), xc, xc.map((v) => v * v)], y, w);
  if (!q) return undefined;
  const [a, b, c2] = [q.beta[0]!, q.beta[1]!, q.beta[2]!];
  const vertex = c2 !== 0 ? -b / (2 * c2) : Infinity;
  const fit: RawFit = {
    model: "quadratic",
    parameters: 3,
    chi2: q.chi2,
    fitted: q.fitted,
    coefficients: { a, b, c: c2, center: mean },
    predict: (xi) => a + b * (xi - mean) + c2 * (xi - mean) ** 2,
  };
  if (Number.isFinite(vertex)) {
    fit.location = vertex + mean;
    // Delta method: ∂v/∂b = −1/(2c), ∂v/∂c = b/(2c²).
    const g1 = -1 / (2 * c2), g2 = b / (2 * c2 * c2);
    const cov = q.covariance;
    fit.locationVariance = g1 * g1 * cov[1]![1]! + 2 * g1 * g2 * cov[1]![2]! +
      g2 * g2 * cov[2]![2]!;
  }
  return fit;
}

/** Fits every candidate that the number of points allows (parameters < points). */
export function fitCandidates(x: number[], y: number[], w: number[]): RawFit[] {
  const k = x.length;
  const mean = meanOf(x);
  const xc = x.map((v) => v - mean);
  const ones = x.map(() => 1);
  const fits: RawFit[] = [];
  const c = wls([ones], y, w)!;
  const level = c.beta[0]!;
  fits.push({
    model: "constant",
    parameters: 1,
    chi2: c.chi2,
    fitted: c.fitted,
    coefficients: { level },
    predict: () => level,
  });
  const l = wls([ones, xc], y, w);
  if (l && k >= 3) {
    const [a, b] = [l.beta[0]!, l.beta[1]!];
    fits.push({
      model: "line",
      parameters: 2,
      chi2: l.chi2,
      fitted: l.fitted,
      coefficients: { intercept: a - b * mean, slope: b },
      predict: (xi) => a + b * (xi - mean),
    });
  }
  if (k >= 4) {
    const q = quadratic(xc, mean, y, w);
    if (q) fits.push(q);
    fits.push(hinge2("flat_then_line", x, y, w));
    fits.push(hinge2("line_then_flat", x, y, w));
  }
  const bl = brokenLine(x, y, w);
  if (bl) fits.push(bl);
  const sg = sigmoid(x, y, w);
  if (sg) fits.push(sg);
  return fits;
}
