/**
 * Noise for the classifier: binomial standard errors with an over-dispersion factor, or the
 * residual variance of the best flexible fit when no example counts are known.
 * @module
 */

import type { RawFit } from "./_models.ts";
import type { PreparedCurve } from "./_prepare.ts";
import { mean } from "../stats/moments.ts";

/** The noise of one curve: where it came from, the over-dispersion φ and σ of one point. */
export interface Noise {
  /** True when the errors are binomial (n known for a proportion), false for residual noise. */
  binomial: boolean;
  /** Over-dispersion φ (binomial), or the residual variance (unit weights). */
  phi: number;
  /** Typical standard error of one point: root mean square of seᵢ, times √φ. */
  sigma: number;
}

/** Standard errors of the points: binomial when known, else 1 (scaled later by φ). */
export function standardErrors(prepared: PreparedCurve): number[] {
  return prepared.se ?? prepared.x.map(() => 1);
}

/**
 * The noise phase of classifyCurve: φ from the candidate fits ({@linkcode overdispersion}) and
 * σ = rms(seᵢ)·√φ. Residual noise never reaches zero: a relative floor (10⁻⁹ of the largest
 * |score|), and an absolute one (10⁻¹⁵) for all-zero scores.
 */
export function estimateNoise(prepared: PreparedCurve, raw: RawFit[], se: number[]): Noise {
  const binomial = prepared.se !== undefined;
  let phi = overdispersion(raw, prepared.x.length, binomial);
  const rms = Math.sqrt(mean(se.map((v) => v * v)));
  const yScale = Math.max(...prepared.y.map(Math.abs));
  if (!binomial) phi = Math.max(phi, (1e-9 * yScale) ** 2, 1e-30);
  return { binomial, phi, sigma: rms * Math.sqrt(phi) };
}

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
