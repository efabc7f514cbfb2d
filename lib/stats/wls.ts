/**
 * Weighted least squares for tiny designs (1–3 columns) by the normal equations, solved with
 * Gaussian elimination and partial pivoting. Used by every candidate model of the
 * classifier.
 * @module
 */

/** Result of a weighted least-squares solve. */
export interface WlsSolution {
  /** Coefficients, one per column. */
  beta: number[];
  /** Weighted residual sum of squares Σ wᵢ (yᵢ − ŷᵢ)². */
  chi2: number;
  /** Fitted values ŷᵢ. */
  fitted: number[];
  /** (XᵀWX)⁻¹, the unscaled covariance of beta. */
  covariance: number[][];
}

/**
 * Solves min Σ wᵢ (yᵢ − Σⱼ βⱼ Xᵢⱼ)² for a design given as columns. Returns undefined when the
 * design is singular (e.g. a hinge column that is zero at every point).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wls } from "./wls.ts";
 * // y = 1 + 2x through three points, equal weights.
 * const fit = wls([[1, 1, 1], [0, 1, 2]], [1, 3, 5], [1, 1, 1])!;
 * assert.ok(Math.abs(fit.beta[0]! - 1) < 1e-12 && Math.abs(fit.beta[1]! - 2) < 1e-12);
 * ```
 */
export function wls(columns: number[][], y: number[], w: number[]): WlsSolution | undefined {
  const p = columns.length;
  const n = y.length;
  // Normal equations A β = b with A = XᵀWX, augmented with the identity for the inverse.
  const a: number[][] = [];
  for (let j = 0; j < p; j++) {
    const row = new Array<number>(2 * p + 1).fill(0);
    const cj = columns[j]!;
    for (let k = 0; k < p; k++) {
      const ck = columns[k]!;
      let s = 0;
      for (let i = 0; i < n; i++) s += w[i]! * cj[i]! * ck[i]!;
      row[k] = s;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += w[i]! * cj[i]! * y[i]!;
    row[p] = s;
    row[p + 1 + j] = 1;
    a.push(row);
  }
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(a[j]![j]!));
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) {
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    }
    if (!(Math.abs(a[pivot]![col]!) > 1e-12 * scale)) return undefined;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const prow = a[col]!;
    const inv = 1 / prow[col]!;
    for (let k = col; k <= 2 * p; k++) prow[k] = prow[k]! * inv;
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const row = a[r]!;
      const f = row[col]!;
      if (f === 0) continue;
      for (let k = col; k <= 2 * p; k++) row[k] = row[k]! - f * prow[k]!;
    }
  }
  const beta = a.map((row) => row[p]!);
  const covariance = a.map((row) => row.slice(p + 1));
  const fitted = new Array<number>(n);
  let chi2 = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < p; j++) f += beta[j]! * columns[j]![i]!;
    fitted[i] = f;
    const r = y[i]! - f;
    chi2 += w[i]! * r * r;
  }
  return { beta, chi2, fitted, covariance };
}
