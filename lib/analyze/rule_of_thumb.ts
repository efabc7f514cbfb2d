/**
 * The course's rule of thumb — emergence needs about 68B parameters, better over 100B, but it
 * depends on the task (3-digit addition about 13B, word-in-context about 540B) — against Wei et
 * al. 2022's Table 1 (arXiv:2206.07682) and against our own thresholds, which are censored: a
 * threshold can only be placed inside the measured sizes.
 * @module
 */
import type { PublishedEmergence } from "../data/paper_tables.ts";
import type { EmergenceCensus } from "./emergence.ts";
import { type ScaleRange, scaleRange } from "./emergence_scales.ts";
import { type ThresholdPlaces, thresholdPlaces } from "./emergence_robustness.ts";

/** The rule of thumb as the course states it. */
export const RULE_OF_THUMB = {
  typical: 68e9,
  better: 100e9,
  examples: [
    { ability: "Addition/subtraction (3 digit)", params: 13e9 },
    { ability: "Word in Context", params: 540e9 },
  ],
} as const;

/** A course example beside its Table 1 row. */
export interface RuleExample {
  /** The ability (prefix of Table 1's name). */
  ability: string;
  /** The size the course quotes. */
  quoted: number;
  /** Table 1's row, when found. */
  published?: PublishedEmergence;
}

/** Our thresholds against the rule: censored by the sizes measured (see `thresholdPlaces`). */
export interface OurThresholds {
  /** Emergent curves with a threshold. */
  total: number;
  /** Thresholds placed inside the data (more than one size past them), ascending. */
  inside: number[];
  /** Thresholds only the largest size is past: bounded between the two largest sizes. */
  atLastSize: number;
  /** Thresholds the fit does not reach within the data: above the largest size. */
  beyond: number;
  /** Thresholds at or below the smallest size measured. */
  atFirstSize: number;
  /** Bounds on the median threshold. */
  median: { low: number; high: number };
  /** The second-largest and the largest size measured. */
  secondLargest: number;
  /** See secondLargest. */
  largest: number;
}

/** Result of {@linkcode ruleOfThumb}. */
export interface RuleOfThumb {
  /** The rule. */
  rule: typeof RULE_OF_THUMB;
  /** Table 1 sizes (rows that give parameters): range and median. */
  published: ScaleRange;
  /** Table 1 rows at or above `rule.typical`, and above `rule.better`. */
  publishedAtLeastTypical: number;
  /** See publishedAtLeastTypical. */
  publishedAboveBetter: number;
  /** The course's two examples with their Table 1 rows. */
  examples: RuleExample[];
  /** Our thresholds (BIG-G non-embedding parameters), as points or bounds. */
  ours: OurThresholds;
  /** Thresholds placed inside the data below `rule.typical`. */
  oursBelowTypical: number;
  /** Curves labelled emergent whose threshold cannot be placed inside the data. */
  unpinned: number;
}

/**
 * Table 1 and our census against the rule of thumb. Our thresholds enter as chapter 2 reports
 * them: a point where more than one size is past it, otherwise only bounds (`places`, by default
 * `thresholdPlaces(census)`).
 *
 * @throws {RangeError} when Table 1 has no row with parameters or no threshold was placed.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ruleOfThumb } from "./rule_of_thumb.ts";
 * const row = (ability: string, params: number) => ({ ability, setting: "few-shot", model: "m", params, source: "s" });
 * const published = [row("Addition/subtraction (3 digit)", 13e9), row("Word in Context (WiC)", 540e9), row("x", 68e9)];
 * const places = { total: 3, inside: [2e9, 90e9], atLastSize: 1, beyond: 0, median: { low: 29e9, high: 90e9 }, secondLargest: 29e9, largest: 137e9 };
 * const r = ruleOfThumb(published, { unpinned: ["u"], thresholds: [], curves: [] }, places);
 * assert.equal(r.published.median, 68e9);
 * assert.equal(r.publishedAtLeastTypical, 2);
 * assert.deepEqual([r.ours.atLastSize, r.ours.atFirstSize, r.oursBelowTypical, r.unpinned], [1, 0, 1, 1]);
 * assert.equal(r.examples[1]?.published?.params, 540e9);
 * ```
 */
export function ruleOfThumb(
  published: readonly PublishedEmergence[],
  census: Pick<EmergenceCensus, "unpinned" | "thresholds" | "curves">,
  places: ThresholdPlaces = thresholdPlaces(census),
): RuleOfThumb {
  const sizes = published.flatMap((p) => p.params ?? []);
  if (places.total === 0) {
    throw new RangeError("ruleOfThumb: no threshold was placed (places.total is 0)");
  }
  return {
    rule: RULE_OF_THUMB,
    published: scaleRange(sizes, "ruleOfThumb (Table 1 parameters)"),
    publishedAtLeastTypical: sizes.filter((s) => s >= RULE_OF_THUMB.typical).length,
    publishedAboveBetter: sizes.filter((s) => s > RULE_OF_THUMB.better).length,
    examples: RULE_OF_THUMB.examples.map((e) => {
      const row = published.find((p) => p.ability.startsWith(e.ability));
      return { ability: e.ability, quoted: e.params, ...(row ? { published: row } : {}) };
    }),
    ours: {
      total: places.total,
      inside: [...places.inside],
      atLastSize: places.atLastSize,
      beyond: places.beyond,
      atFirstSize: places.total - places.inside.length - places.atLastSize - places.beyond,
      median: places.median,
      secondLargest: places.secondLargest,
      largest: places.largest,
    },
    oursBelowTypical: places.inside.filter((t) => t < RULE_OF_THUMB.typical).length,
    unpinned: census.unpinned.length,
  };
}
