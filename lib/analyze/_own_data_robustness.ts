/**
 * Censored thresholds and fragile labels of an own-data curve (issue 18, item 6; private to
 * lib/analyze): a threshold or turn at or beyond an edge of the sizes measured is a bound, not a
 * point, and a label with a threshold or turn that changes when the largest or the smallest size is
 * left out is flagged — the same rules as chapter 2's table (`estimatePlace`, `labelRobustness`).
 * @module
 */
import type { ClassifiedCurve } from "../classify/classify_all.ts";
import type { ShapePrior } from "../classify/types.ts";
import { estimatePlace } from "./_estimate_place.ts";
import { type LabelRobustness, labelRobustness } from "./emergence_robustness.ts";

/**
 * A threshold or turn known only as a bound: above the largest size, at or below the smallest, or
 * between the two largest sizes (only the largest is past it).
 */
export interface ThresholdBound {
  /** Above the largest size, at or below the smallest, or between the two largest. */
  kind: "above" | "at-or-below" | "between";
  /** The lower end in parameters (absent for "at-or-below"). */
  low?: number;
  /** The upper end in parameters (absent for "above"). */
  high?: number;
}

/** The bound of a curve's threshold or turn, or undefined when it lies inside the data. */
export function thresholdBound(c: ClassifiedCurve): ThresholdBound | undefined {
  if (c.threshold === undefined) return undefined;
  const sizes = [...new Set(c.curve.points.map((p) => p.scale))].sort((a, b) => a - b);
  switch (estimatePlace(c.threshold, sizes)) {
    case "beyond":
      return { kind: "above", low: sizes.at(-1)! };
    case "before":
      return { kind: "at-or-below", high: sizes[0]! };
    case "last-gap":
      return { kind: "between", low: sizes.at(-2)!, high: sizes.at(-1)! };
    case "inside":
      return undefined;
  }
}

/** The shapes whose labels rest on a location (a threshold or a turn) and are checked for fragility. */
const LOCATED = new Set(["emergent", "u_shaped", "inverted_u"]);

/**
 * The label without the largest and without the smallest size (reclassified under `prior`, the one
 * the curve was classified under), for a curve labelled emergent, U-shaped or inverted U with at
 * least 4 sizes (3 left after dropping one); else undefined.
 */
export function robustnessOf(
  c: ClassifiedCurve,
  prior: ShapePrior = "benchmarks",
): LabelRobustness | undefined {
  return LOCATED.has(c.shape) && c.scales >= 4 ? labelRobustness(c, { prior }) : undefined;
}

/**
 * Flags of a curve for the JSON and CSV results: "label-changes-without-largest-size" and
 * "label-changes-without-smallest-size".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { flagsOf } from "./_own_data_robustness.ts";
 * assert.deepEqual(flagsOf({ changesWithout: ["largest"] } as never), ["label-changes-without-largest-size"]);
 * assert.deepEqual(flagsOf(undefined), []);
 * ```
 */
export function flagsOf(r: LabelRobustness | undefined): string[] {
  return (r?.changesWithout ?? []).map((end) => `label-changes-without-${end}-size`);
}
