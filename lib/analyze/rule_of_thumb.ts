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
  /** Our thresholds (BIG-G non-embedding parameters): range and median. */
  ours: ScaleRange;
  /** Our thresholds below `rule.typical`. */
  oursBelowTypical: number;
  /** Thresholds whose interval (or estimate) reaches the largest measured size: lower bounds. */
  oursAtEdge: number;
  /** Curves labelled emergent whose threshold cannot be placed inside the data. */
  unpinned: number;
  /** The largest measured size: no threshold beyond it can be seen. */
  largestMeasured: number;
}

/**
 * Table 1 and our census against the rule of thumb.
 *
 * @throws {RangeError} when Table 1 has no row with parameters or the census has no threshold.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ruleOfThumb } from "./rule_of_thumb.ts";
 * const row = (ability: string, params: number) => ({ ability, setting: "few-shot", model: "m", params, source: "s" });
 * const published = [row("Addition/subtraction (3 digit)", 13e9), row("Word in Context (WiC)", 540e9), row("x", 68e9)];
 * const t = (estimate: number, interval?: [number, number]) => ({ threshold: { threshold: { estimate, interval } } });
 * const census = { thresholds: [t(2e9), t(90e9, [40e9, 128e9])], unpinned: ["u"], sizes: { count: 12, smallest: 2e6, largest: 128e9 } } as never;
 * const r = ruleOfThumb(published, census);
 * assert.equal(r.published.median, 68e9);
 * assert.equal(r.publishedAtLeastTypical, 2);
 * assert.equal(r.oursAtEdge, 1);
 * assert.equal(r.examples[1]?.published?.params, 540e9);
 * ```
 */
export function ruleOfThumb(
  published: readonly PublishedEmergence[],
  census: Pick<EmergenceCensus, "thresholds" | "unpinned" | "sizes">,
): RuleOfThumb {
  const sizes = published.flatMap((p) => p.params ?? []);
  const ours = census.thresholds.map((t) => t.threshold.threshold);
  const largest = census.sizes.largest;
  return {
    rule: RULE_OF_THUMB,
    published: scaleRange(sizes, "ruleOfThumb (Table 1 parameters)"),
    publishedAtLeastTypical: sizes.filter((s) => s >= RULE_OF_THUMB.typical).length,
    publishedAboveBetter: sizes.filter((s) => s > RULE_OF_THUMB.better).length,
    examples: RULE_OF_THUMB.examples.map((e) => {
      const row = published.find((p) => p.ability.startsWith(e.ability));
      return { ability: e.ability, quoted: e.params, ...(row ? { published: row } : {}) };
    }),
    ours: scaleRange(ours.map((t) => t.estimate), "ruleOfThumb (our thresholds)"),
    oursBelowTypical: ours.filter((t) => t.estimate < RULE_OF_THUMB.typical).length,
    oursAtEdge: ours.filter((t) => (t.interval?.[1] ?? t.estimate) >= largest).length,
    unpinned: census.unpinned.length,
    largestMeasured: largest,
  };
}
