/**
 * Multinomial logistic regression (softmax regression) by Newton's method with a ridge penalty:
 * maximises Σᵢ log pᵢ,yᵢ − (λ/2)·Σ βₖⱼ² (the intercept, column 0, unpenalised), where
 * pᵢ,ₖ = exp(βₖ·xᵢ) / Σₗ exp(βₗ·xᵢ). The full (K·J)-parameter Newton step is solved by Cholesky
 * with step halving (Böhning 1992 gives the same Hessian); every class keeps its own row, the
 * ridge making the softmax's redundant direction identifiable.
 * @module
 */

/** A fitted model: one coefficient row per class, and how the fit went. */
export interface MultinomialLogisticFit {
  /** One row of coefficients per class (column 0 the intercept). */
  coefficients: number[][];
  /** The penalised log-likelihood at the returned coefficients. */
  logLikelihood: number;
  /** Newton steps taken. */
  iterations: number;
}

/** Class probabilities of one row of features: softmax of the linear scores, one row per class. */
export function softmaxRow(
  coefficients: readonly (readonly number[])[],
  x: readonly number[],
): number[] {
  const s = coefficients.map((row) => row.reduce((a, c, j) => a + c * x[j]!, 0));
  const top = Math.max(...s);
  const e = s.map((v) => Math.exp(v - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

function objective(beta: number[][], X: number[][], y: number[], ridge: number): number {
  let ll = 0;
  X.forEach((x, i) => {
    ll += Math.log(Math.max(1e-300, softmaxRow(beta, x)[y[i]!]!));
  });
  for (const row of beta) for (let j = 1; j < row.length; j++) ll -= 0.5 * ridge * row[j]! ** 2;
  return ll;
}

/** Solves A·z = b for a symmetric positive-definite A by Cholesky (A is overwritten). */
function choleskySolve(A: number[][], b: number[]): number[] {
  const n = b.length;
  for (let j = 0; j < n; j++) {
    let d = A[j]![j]!;
    for (let k = 0; k < j; k++) d -= A[j]![k]! ** 2;
    if (!(d > 0)) throw new RangeError("multinomialLogistic: the Hessian is not positive definite");
    const l = Math.sqrt(d);
    A[j]![j] = l;
    for (let i = j + 1; i < n; i++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= A[i]![k]! * A[j]![k]!;
      A[i]![j] = s / l;
    }
  }
  const z = b.slice();
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < i; k++) z[i]! -= A[i]![k]! * z[k]!;
    z[i] = z[i]! / A[i]![i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) z[i]! -= A[k]![i]! * z[k]!;
    z[i] = z[i]! / A[i]![i]!;
  }
  return z;
}

/**
 * Fits the model to rows `X` (the first column 1, the intercept) and class indices `y` in
 * [0, classes).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { multinomialLogistic, softmaxRow } from "./multinomial_logistic.ts";
 * const X = [-2, -1, -0.5, 0.5, 1, 2].map((v) => [1, v]);
 * const fit = multinomialLogistic(X, [0, 0, 1, 0, 1, 1], 2, { ridge: 0.01 });
 * const [p0, p1] = softmaxRow(fit.coefficients, [1, 3]);
 * assert.ok(p1! > p0!);
 * ```
 */
export function multinomialLogistic(
  X: number[][],
  y: number[],
  classes: number,
  options: { ridge?: number; maxIterations?: number } = {},
): MultinomialLogisticFit {
  const ridge = options.ridge ?? 1;
  const J = X[0]!.length, P = classes * J;
  let beta = Array.from({ length: classes }, () => new Array<number>(J).fill(0));
  let current = objective(beta, X, y, ridge);
  let iterations = 0;
  for (; iterations < (options.maxIterations ?? 50); iterations++) {
    const g = new Array<number>(P).fill(0);
    const H = Array.from({ length: P }, () => new Array<number>(P).fill(0));
    X.forEach((x, i) => {
      const p = softmaxRow(beta, x);
      for (let k = 0; k < classes; k++) {
        const r = (y[i] === k ? 1 : 0) - p[k]!;
        for (let j = 0; j < J; j++) g[k * J + j]! += r * x[j]!;
        for (let l = 0; l <= k; l++) {
          const w = (k === l ? p[k]! : 0) - p[k]! * p[l]!;
          for (let j = 0; j < J; j++) {
            const row = H[k * J + j]!;
            for (let m = 0; m < J; m++) row[l * J + m]! += w * x[j]! * x[m]!;
          }
        }
      }
    });
    for (let k = 0; k < classes; k++) {
      for (let j = 0; j < J; j++) {
        const a = k * J + j;
        for (let l = 0; l < k; l++) {
          for (let m = 0; m < J; m++) H[l * J + m]![a] = H[a]![l * J + m]!;
        }
        H[a]![a]! += j === 0 ? 1e-8 : ridge;
        if (j > 0) g[a]! -= ridge * beta[k]![j]!;
      }
    }
    const step = choleskySolve(H, g);
    let t = 1, next = beta, value = -Infinity;
    for (let h = 0; h < 30; h++, t /= 2) {
      next = beta.map((row, k) => row.map((b, j) => b + t * step[k * J + j]!));
      value = objective(next, X, y, ridge);
      if (value >= current) break;
    }
    if (!(value >= current)) break;
    const gain = value - current;
    beta = next;
    current = value;
    if (gain < 1e-9 * Math.max(1, Math.abs(current))) {
      iterations++;
      break;
    }
  }
  return { coefficients: beta, logLikelihood: current, iterations };
}
