/**
 * Huber loss (Huber 1964, "Robust Estimation of a Location Parameter"):
 * ρ_δ(r) = r²/2 for |r| ≤ δ, δ·(|r| − δ/2) otherwise, and its derivative ψ_δ(r) = clamp(r, −δ, δ).
 * The Chinchilla objective (lib/fit/_chinchilla_objective.ts) inlines the same formula in its hot
 * loop; tests/stats_test.ts checks the two agree.
 * @module
 */

/**
 * ρ_δ(r).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { huber } from "./huber.ts";
 * assert.equal(huber(0.5, 1), 0.125);
 * assert.equal(huber(3, 1), 2.5);
 * ```
 */
export function huber(r: number, delta: number): number {
  if (!(delta > 0)) throw new RangeError(`huber: delta must be > 0, got ${delta}`);
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/**
 * ψ_δ(r) = dρ_δ/dr = clamp(r, −δ, δ).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { huberPsi } from "./huber.ts";
 * assert.equal(huberPsi(3, 1), 1);
 * ```
 */
export function huberPsi(r: number, delta: number): number {
  return r > delta ? delta : r < -delta ? -delta : r;
}
