/**
 * Noise for the classifier: binomial standard errors with an over-dispersion factor, or the
 * residual variance of the best flexible fit when no example counts are known.
 * @module
 */

import type { RawFit } from "./_models.ts";

/**
 * Upper quantile of the chi-square distribution with `dof` degrees of freedom, by the
 * Wilson–Hilferty cube-root approximation (Wilson & Hilferty 1931): q ≈ ν(1 − 2/(9ν) + z√(2/(9ν)))³.
 */
export function chiSquareQuantile(dof: number, z: number): number {
  const a = 2 / (9 * dof);
  return dof * Math.max(0, 1 - a + z * Math.sqrt(a)) ** 3;
}

/**
 * Over-dispersion φ for binomial weights: the smallest chi2/dof among flexible candidates (three
 * or more parameters, at least two residual degrees of freedom — one residual is no basis for
 * doubting the binomial error, so 4-point curves keep φ = 1) when that chi2 exceeds its 99%
 * chi-square quantile (real curves scatter more than binomial noise: models differ by more than
 * sampling error), else 1. Without example counts (unit weights) it is the residual variance
 * itself, σ² = min RSS/dof over candidates with at least two residual degrees of freedom.
 */
export function overdispersion(fits: RawFit[], points: number, binomial: boolean): number {
  if (binomial) {
    let best = { ratio: Infinity, chi2: 0, dof: 0 };
    for (const f of fits) {
      const dof = points - f.parameters;
      if (f.parameters < 3 || dof < 2) continue;
      const ratio = f.chi2 / dof;
      if (ratio < best.ratio) best = { ratio, chi2: f.chi2, dof };
    }
    if (best.dof === 0) return 1;
    return best.chi2 > chiSquareQuantile(best.dof, 2.326) ? Math.max(1, best.ratio) : 1;
  }
  let variance = Infinity;
  for (const f of fits) {
    const dof = points - f.parameters;
    if (dof < 2 || f.parameters < 2) continue;
    variance = Math.min(variance, f.chi2 / dof);
  }
  return variance;
}
