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
