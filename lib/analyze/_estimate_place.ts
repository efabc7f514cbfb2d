/**
 * Where an estimate (a threshold, a midpoint, a turn) sits among the sizes measured: inside the
 * data, between the two largest sizes, or at or beyond an edge (private to lib/analyze).
 * @module
 */

/** Where an estimate sits relative to the sizes measured. */
export type EstimatePlace = "beyond" | "before" | "last-gap" | "inside";

/**
 * Where `estimate` sits among the measured `scales`: at or beyond the largest ("beyond"), at or
 * below the smallest ("before"), between the two largest ("last-gap": only the largest size is
 * past it) or inside the data. A relative tolerance of 10⁻⁶ counts "at" the edge.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { estimatePlace } from "./_estimate_place.ts";
 * const scales = [1e6, 1e8, 29e9, 137e9];
 * assert.equal(estimatePlace(137e9, scales), "beyond");
 * assert.equal(estimatePlace(130e9, scales), "last-gap");
 * assert.equal(estimatePlace(2e9, scales), "inside");
 * assert.equal(estimatePlace(1e6, scales), "before");
 * ```
 */
export function estimatePlace(estimate: number, scales: readonly number[]): EstimatePlace {
  const sorted = [...new Set(scales)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError("estimatePlace: scales must not be empty");
  const largest = sorted.at(-1)!, smallest = sorted[0]!;
  const second = sorted.at(-2);
  if (estimate >= largest * (1 - 1e-6)) return "beyond";
  if (estimate <= smallest * (1 + 1e-6)) return "before";
  if (second !== undefined && estimate > second) return "last-gap";
  return "inside";
}
