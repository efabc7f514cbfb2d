/**
 * The normaliser of the Huber density (for Besiroglu et al. 2024's maximum-likelihood estimator);
 * the Huber loss itself is lib/stats/huber.ts.
 * @module
 */

/**
 * log of the normaliser of the Huber density p(x) ∝ exp(−ρ_δ(x)) with unit scale:
 * Z = √(2π)·(1 − 2Φ(−δ)) + 2·exp(−δ²/2)/δ (as in Besiroglu et al. 2024's code).
 */
export function huberLogNormalizer(delta: number): number {
  const z = Math.sqrt(2 * Math.PI) * erf(delta / Math.SQRT2) +
    2 * Math.exp(-0.5 * delta * delta) / delta;
  return Math.log(z);
}

/** erf via Abramowitz & Stegun 7.1.26 refined by a series for small |x| (|error| < 1e-12 for |x| < 0.5). */
function erf(x: number): number {
  if (Math.abs(x) < 0.5) {
    // Maclaurin series: erf x = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)).
    let term = x, sum = x;
    for (let n = 1; n < 30; n++) {
      term *= -x * x / n;
      sum += term / (2 * n + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t +
        0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
