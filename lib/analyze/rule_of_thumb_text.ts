/**
 * Sentences placing the course's rule of thumb against Wei et al.'s Table 1 and our thresholds.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { RuleOfThumb } from "./rule_of_thumb.ts";
import { shareOf } from "./_share.ts";

function countWord(k: number, n: number): string {
  switch (shareOf(k, n)) {
    case "none":
      return "none";
    case "all":
      return `all ${n}`;
    case "most":
      return `${k} of ${n} (most)`;
    case "some":
      return `${k} of ${n}`;
  }
}

/**
 * The rule against Table 1: the median, how many rows reach 68B and 100B, and the two examples.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rulePublishedText } from "./rule_of_thumb_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const ex = (ability: string, quoted: number, params?: number) => ({ ability, quoted, ...(params ? { published: { ability, params, model: "GPT-3" } } : {}) });
 * const r = (atLeast: number, above: number, examples: object[]) => ({
 *   rule: { typical: 68e9, better: 100e9 }, published: { count: 22, median: 68e9 },
 *   publishedAtLeastTypical: atLeast, publishedAboveBetter: above, examples,
 * }) as never;
 * const f = formatter("en");
 * assert.equal(rulePublishedText(r(14, 9, [ex("3-digit addition", 13e9, 13e9)]), f),
 *   "Wei et al.'s Table 1 gives a size for 22 abilities: their median is 68B, 14 of 22 (most) emerge at 68B or more, and 9 of 22 above 100B. 3-digit addition: the course quotes 13B and the table gives 13B (GPT-3).");
 * assert.match(rulePublishedText(r(0, 0, [ex("WiC", 540e9, 280e9)]), f), /none emerge at 68B or more, and none above 100B\. WiC: the course quotes 540B but the table gives 280B \(GPT-3\)\.$/);
 * assert.match(rulePublishedText(r(22, 22, [ex("WiC", 540e9)]), f), /all 22 emerge at 68B or more, and all 22 above 100B\. WiC: the table has no row for it\.$/);
 * ```
 */
export function rulePublishedText(
  r: Pick<
    RuleOfThumb,
    "rule" | "published" | "publishedAtLeastTypical" | "publishedAboveBetter" | "examples"
  >,
  f: Formatter,
): string {
  const n = r.published.count;
  return inLang(f.lang, {
    en: () =>
      `Wei et al.'s Table 1 gives a size for ${n} abilities: their median is ${
        f.params(r.published.median)
      }, ${countWord(r.publishedAtLeastTypical, n)} emerge at ${
        f.params(r.rule.typical)
      } or more, and ${countWord(r.publishedAboveBetter, n)} above ${f.params(r.rule.better)}. ` +
      r.examples.map((e) => {
        const p = e.published?.params;
        if (p === undefined) return `${e.ability}: the table has no row for it.`;
        return `${e.ability}: the course quotes ${f.params(e.quoted)} ${
          p === e.quoted ? "and" : "but"
        } the table gives ${f.params(p)} (${e.published!.model}).`;
      }).join(" "),
  });
}

/**
 * Our thresholds against the rule, with the censoring caveat.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ruleOursText } from "./rule_of_thumb_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const r = (below: number, edge: number, unpinned: number) => ({
 *   rule: { typical: 68e9 }, ours: { count: 5, median: 20e9 }, oursBelowTypical: below,
 *   oursAtEdge: edge, unpinned, largestMeasured: 137e9,
 * }) as never;
 * const f = formatter("en");
 * assert.equal(ruleOursText(r(4, 1, 2), f),
 *   "Our 5 thresholds on BIG-bench have a median of 20B; 4 of 5 (most) lie below 68B. 1 reaches the largest model measured (137B) within its interval, so it is only a lower bound, and 2 tasks look emergent but rise too little to place a threshold. Any ability that appears beyond 137B cannot be seen at all: the thresholds are censored by the sizes measured.");
 * assert.match(ruleOursText(r(0, 0, 0), f), /none lie below 68B\. None reaches the largest model measured \(137B\) within its interval\. Any/);
 * ```
 */
export function ruleOursText(
  r: Pick<
    RuleOfThumb,
    "rule" | "ours" | "oursBelowTypical" | "oursAtEdge" | "unpinned" | "largestMeasured"
  >,
  f: Formatter,
): string {
  const n = r.ours.count, edge = r.oursAtEdge, largest = f.params(r.largestMeasured);
  return inLang(f.lang, {
    en: () =>
      `Our ${n} ${n === 1 ? "threshold" : "thresholds"} on BIG-bench ${
        n === 1 ? "has" : "have"
      } a median of ${f.params(r.ours.median)}; ${countWord(r.oursBelowTypical, n)} ${
        r.oursBelowTypical === 1 ? "lies" : "lie"
      } below ${f.params(r.rule.typical)}. ` +
      (edge === 0
        ? `None reaches the largest model measured (${largest}) within its interval.`
        : `${edge} ${edge === 1 ? "reaches" : "reach"} the largest model measured (${largest}) ` +
          `within ${edge === 1 ? "its interval, so it is" : "their intervals, so they are"} only ` +
          `${edge === 1 ? "a lower bound" : "lower bounds"}`) +
      (r.unpinned > 0
        ? `${edge === 0 ? "" : ","} ${edge === 0 ? "" : "and "}${r.unpinned} ${
          r.unpinned === 1 ? "task looks" : "tasks look"
        } emergent but ${r.unpinned === 1 ? "rises" : "rise"} too little to place a threshold.`
        : edge === 0
        ? ""
        : ".") +
      ` Any ability that appears beyond ${largest} cannot be seen at all: the thresholds are ` +
      "censored by the sizes measured.",
  });
}
