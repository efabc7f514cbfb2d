/**
 * Linearity and breakthroughness (Srivastava et al. 2022, "Beyond the Imitation Game", BIG-bench,
 * arXiv:2206.04615, §3.4 / App.) and the emergence score of Schaeffer, Miranda & Koyejo 2023 ("Are
 * Emergent Abilities of Large Language Models a Mirage?", NeurIPS 2023, arXiv:2304.15004, §5).
 * They summarise how abruptly a score changes with scale, with no model fitted.
 * @module
 */

import { mean, median } from "../stats/mod.ts";
import { checkClassifyOptions, DIRECTION_SPEC } from "./_options.ts";

/** Result of {@linkcode bigbenchMetrics}. */
export interface BigbenchMetrics {
  /** I = sign(argmax − argmin)·(max − min): the signed overall change. */
  change: number;
  /** I / √(mean of squared successive differences). */
  linearity: number;
  /** I / √(median of squared successive differences). */
  breakthroughness: number;
}

function ratio(change: number, denominator: number): number {
  if (change === 0) return 0;
  if (denominator === 0) return change > 0 ? Infinity : -Infinity;
  return change / denominator;
}

/**
 * BIG-bench linearity and breakthroughness of a curve (Srivastava et al. 2022). Points are sorted
 * by scale; with yᵢ the scores in that order:
 *
 *   I(y) = sign(argmaxᵢ yᵢ − argminᵢ yᵢ) · (maxᵢ yᵢ − minᵢ yᵢ)
 *   linearity = I(y) / √(meanᵢ (yᵢ₊₁ − yᵢ)²)
 *   breakthroughness = I(y) / √(medianᵢ (yᵢ₊₁ − yᵢ)²)
 *
 * A steady rise gives linearity ≈ breakthroughness ≈ number of steps; one big jump among small
 * steps gives a large breakthroughness. Pass `higherIsBetter: false` for losses: the scores are
 * negated first so that improvement is positive. Constant scores give 0; a change with all (or, for
 * breakthroughness, most) successive differences zero gives ±Infinity. Fewer than 2 points give 0.
 * The mean and median are lib/stats's (the median of an even count is the mean of the middle two).
 *
 * @throws {RangeError} when a successive difference is NaN (a NaN or infinite score).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bigbenchMetrics } from "./mod.ts";
 * const steady = bigbenchMetrics([0.1, 0.2, 0.3, 0.4].map((score, i) => ({ scale: 10 ** i, score })));
 * assert.ok(Math.abs(steady.linearity - 3) < 1e-12);
 * const jump = bigbenchMetrics([0.25, 0.26, 0.25, 0.26, 0.9].map((score, i) => ({ scale: 10 ** i, score })));
 * assert.ok(jump.breakthroughness > 30 && jump.linearity < 3);
 * ```
 */
export function bigbenchMetrics(
  points: { scale: number; score: number }[],
  options: { higherIsBetter?: boolean } = {},
): BigbenchMetrics {
  checkClassifyOptions("bigbenchMetrics", options, DIRECTION_SPEC);
  const sign = options.higherIsBetter === false ? -1 : 1;
  const y = [...points].sort((a, b) => a.scale - b.scale).map((p) => sign * p.score);
  if (y.length < 2) return { change: 0, linearity: 0, breakthroughness: 0 };
  let iMax = 0, iMin = 0;
  y.forEach((v, i) => {
    if (v > y[iMax]!) iMax = i;
    if (v < y[iMin]!) iMin = i;
  });
  const change = Math.sign(iMax - iMin) * (y[iMax]! - y[iMin]!);
  const sq: number[] = [];
  for (let i = 1; i < y.length; i++) sq.push((y[i]! - y[i - 1]!) ** 2);
  return {
    change,
    linearity: ratio(change, Math.sqrt(mean(sq))),
    breakthroughness: ratio(change, Math.sqrt(median(sq))),
  };
}

/**
 * The emergence score Schaeffer et al. 2023 (§5, their Eq. for "Emergence Score") use in their
 * meta-analysis of BIG-bench, with scores sorted by scale:
 *
 *   EmergenceScore = sign(argmaxᵢ yᵢ − argminᵢ yᵢ) · (maxᵢ yᵢ − minᵢ yᵢ) / √(Medianᵢ (yᵢ − yᵢ₋₁)²)
 *
 * This is BIG-bench's breakthroughness under another name; it is large when most of the change
 * happens in few steps.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceScore } from "./mod.ts";
 * const s = emergenceScore([0, 0.01, 0, 0.01, 0.8].map((score, i) => ({ scale: 10 ** (8 + i), score })));
 * assert.ok(s > 50);
 * ```
 */
export function emergenceScore(
  points: { scale: number; score: number }[],
  options: { higherIsBetter?: boolean } = {},
): number {
  checkClassifyOptions("emergenceScore", options, DIRECTION_SPEC);
  return bigbenchMetrics(points, options).breakthroughness;
}
