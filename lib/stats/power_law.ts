/**
 * Power-law evaluation y = E + A·x^(−α) (Kaplan et al. 2020, Eq. 1.1–1.3 with an irreducible
 * term E; Hoffmann et al. 2022, Eq. 2 per variable), the one formula the fits, the classifier
 * and the pages share.
 * @module
 */

/** Parameters of y = E + A·x^(−α). */
export interface PowerLaw {
  /** Irreducible term (0 for a pure power law). */
  E: number;
  /** Coefficient. */
  A: number;
  /** Exponent α (> 0 for a decreasing law). */
  alpha: number;
}

/**
 * E + A·x^(−α) at x > 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { powerLaw } from "./power_law.ts";
 * assert.equal(powerLaw({ E: 1, A: 10, alpha: 1 }, 10), 2);
 * ```
 */
export function powerLaw(law: PowerLaw, x: number): number {
  return law.E + law.A * x ** -law.alpha;
}
