/**
 * Shared setup for the Chinchilla fits: input validation, Hoffmann's start grid, and conversion
 * of the parameter vector [a, b, e, α, β] into a law.
 * @module
 */
import { type LogData, toLogData } from "./_chinchilla_objective.ts";

/** A training run as the Chinchilla fits need it. */
export interface RunLike {
  /** Parameters N. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** Final loss L (nats/token). */
  loss: number;
}

/** Validate runs and log-transform them. */
export function prepareRuns(runs: readonly RunLike[], where: string): LogData {
  if (!Array.isArray(runs) || runs.length < 5) {
    throw new RangeError(
      `${where}: need at least 5 runs to fit 5 parameters, got ${runs?.length ?? runs}`,
    );
  }
  runs.forEach((r, i) => {
    for (const key of ["params", "tokens", "loss"] as const) {
      const v = r?.[key];
      if (typeof v !== "number" || !(v > 0) || !Number.isFinite(v)) {
        throw new TypeError(
          `${where}: runs[${i}].${key} must be a positive finite number, got ${v}; ` +
            "drop or fix that run",
        );
      }
    }
  });
  return toLogData(runs);
}

/**
 * Hoffmann et al.'s initialisation grid (2022, Appendix D.2) as used by Besiroglu et al. 2024:
 * α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25} — 4,500 starts
 * [a, b, e, α, β], in the loop order of Besiroglu et al.'s code (α outermost, b innermost).
 */
export function hoffmannGrid(): number[][] {
  const starts: number[][] = [];
  for (const alpha of [0, 0.5, 1, 1.5, 2]) {
    for (const beta of [0, 0.5, 1, 1.5, 2]) {
      for (const e of [-1, -0.5, 0, 0.5, 1]) {
        for (const a of [0, 5, 10, 15, 20, 25]) {
          for (const b of [0, 5, 10, 15, 20, 25]) starts.push([a, b, e, alpha, beta]);
        }
      }
    }
  }
  return starts;
}

/** Hoffmann et al. 2022's printed Approach 3 law as a start vector [a, b, e, α, β]. */
export const HOFFMANN_START: readonly number[] = [
  Math.log(406.4),
  Math.log(410.7),
  Math.log(1.69),
  0.34,
  0.28,
];

/** log L̂ at one point for x = [a, b, e, α, β]. */
export function logPrediction(x: ArrayLike<number>, logN: number, logD: number): number {
  const u1 = x[0]! - x[3]! * logN, u2 = x[1]! - x[4]! * logD, e = x[2]!;
  const m = Math.max(u1, u2, e);
  return m + Math.log(Math.exp(u1 - m) + Math.exp(u2 - m) + Math.exp(e - m));
}

/** Residuals log L − log L̂ over the data. */
export function logResiduals(data: LogData, x: ArrayLike<number>): number[] {
  return Array.from(data.logN, (ln, i) => data.logL[i]! - logPrediction(x, ln, data.logD[i]!));
}

/**
 * Inverse of the Gauss–Newton matrix Σ wᵢ·∇ log L̂ᵢ ∇ log L̂ᵢᵀ at x (5×5, row-major): the shape of
 * the objective's curvature near a fit, used to precondition refits that start there (Huber or
 * squared loss alike; L-BFGS rescales it). Returns undefined when the matrix is singular.
 */
export function gaussNewtonInverse(data: LogData, x: ArrayLike<number>): number[] | undefined {
  const m = new Float64Array(25);
  const j = new Float64Array(5);
  for (let i = 0; i < data.logN.length; i++) {
    const ln = data.logN[i]!, ld = data.logD[i]!;
    const u1 = x[0]! - x[3]! * ln, u2 = x[1]! - x[4]! * ld, e = x[2]!;
    const top = Math.max(u1, u2, e);
    const w1 = Math.exp(u1 - top), w2 = Math.exp(u2 - top), w3 = Math.exp(e - top);
    const s = w1 + w2 + w3;
    j[0] = w1 / s, j[1] = w2 / s, j[2] = w3 / s, j[3] = -ln * w1 / s, j[4] = -ld * w2 / s;
    const w = data.weight[i]!;
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < 5; c++) m[r * 5 + c] = m[r * 5 + c]! + w * j[r]! * j[c]!;
    }
  }
  return invertSymmetric(m, 5);
}

/** Inverse of a symmetric positive definite n×n matrix (Cholesky); undefined if not SPD. */
function invertSymmetric(a: Float64Array, n: number): number[] | undefined {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k <= i; k++) {
      let sum = a[i * n + k]!;
      for (let p = 0; p < k; p++) sum -= l[i * n + p]! * l[k * n + p]!;
      if (i === k) {
        if (!(sum > 0)) return undefined;
        l[i * n + i] = Math.sqrt(sum);
      } else l[i * n + k] = sum / l[k * n + k]!;
    }
  }
  // Columns of A⁻¹: solve L·Lᵀ·x = eⱼ.
  const inv = new Array<number>(n * n);
  const y = new Float64Array(n);
  for (let col = 0; col < n; col++) {
    for (let i = 0; i < n; i++) {
      let sum = i === col ? 1 : 0;
      for (let p = 0; p < i; p++) sum -= l[i * n + p]! * y[p]!;
      y[i] = sum / l[i * n + i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let p = i + 1; p < n; p++) sum -= l[p * n + i]! * y[p]!;
      y[i] = sum / l[i * n + i]!;
    }
    for (let i = 0; i < n; i++) inv[i * n + col] = y[i]!;
  }
  return inv;
}
