/** Is there a trend left in a fit's residuals? Ordinary least squares of residual on log10 x. */
import { wls } from "../stats/mod.ts";

/** The residuals' least-squares slope against log10 x. */
export interface ResidualTrend {
  /** Slope per decade of x. */
  slope: number;
  /** Its standard error, from the residual variance (n − 2 degrees of freedom). */
  standardError: number;
}

/**
 * OLS slope of `residuals` on `logX` with its classical standard error
 * se = sqrt(s² · [(XᵀX)⁻¹]₁₁), s² = RSS / (n − 2).
 *
 * @throws {RangeError} with fewer than 3 points or when every logX is equal.
 */
export function residualTrend(logX: number[], residuals: number[]): ResidualTrend {
  const n = logX.length;
  if (n < 3 || residuals.length !== n) {
    throw new RangeError(`residualTrend: need at least 3 (x, residual) pairs, got ${n}`);
  }
  const solution = wls([logX.map(() => 1), logX], residuals, logX.map(() => 1));
  if (!solution) {
    throw new RangeError("residualTrend: every x is the same; a trend needs at least two sizes");
  }
  const s2 = solution.chi2 / (n - 2);
  return {
    slope: solution.beta[1]!,
    standardError: Math.sqrt(s2 * solution.covariance[1]![1]!),
  };
}
