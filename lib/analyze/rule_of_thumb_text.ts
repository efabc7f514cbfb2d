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
    zh: () => {
      const cw = (k: number) => {
        switch (shareOf(k, n)) {
          case "none":
            return "没有一个";
          case "all":
            return `全部 ${n} 个`;
          case "most":
            return `${n} 个中的 ${k} 个（大多数）`;
          case "some":
            return `${n} 个中的 ${k} 个`;
        }
      };
      return `Wei et al. 的 Table 1 给出了 ${n} 种能力出现时的规模：中位数为 ${
        f.params(r.published.median)
      }，${cw(r.publishedAtLeastTypical)}在 ${f.params(r.rule.typical)}或更大时涌现，${
        cw(r.publishedAboveBetter)
      }在 ${f.params(r.rule.better)}以上涌现。` +
        r.examples.map((e) => {
          const p = e.published?.params;
          if (p === undefined) return `${e.ability}：表中没有这一行。`;
          return `${e.ability}：课程引用的是 ${f.params(e.quoted)}，${
            p === e.quoted ? "表中给出的也是" : "而表中给出的是"
          } ${f.params(p)}（${e.published!.model}）。`;
        }).join("");
    },
  });
}

function relation(low: number, high: number, x: number): "contains" | "below" | "above" {
  return high < x ? "below" : low > x ? "above" : "contains";
}

function insideClause(r: Pick<RuleOfThumb, "rule" | "ours" | "oursBelowTypical">, f: Formatter) {
  const k = r.ours.inside.length, below = r.oursBelowTypical, typical = f.params(r.rule.typical);
  if (k === 0) return "None can be placed inside the data.";
  const where = k === 1
    ? `at ${f.params(r.ours.inside[0]!)}`
    : `from ${f.params(r.ours.inside[0]!)} to ${f.params(r.ours.inside.at(-1)!)}`;
  const share = below === k
    ? (k === 1 ? `below ${typical}` : `all below ${typical}`)
    : below === 0
    ? (k === 1 ? `not below ${typical}` : `none below ${typical}`)
    : `${below} of them below ${typical}`;
  return `${k} can be placed inside the data, ${share} (${where}).`;
}

function lastSizeClause(r: Pick<RuleOfThumb, "rule" | "ours">, f: Formatter) {
  const { atLastSize: m, secondLargest, largest } = r.ours;
  if (!m) return "";
  const range = `between ${f.params(secondLargest)} and ${f.params(largest)}`;
  const rel = relation(secondLargest, largest, r.rule.typical);
  const side = rel === "contains"
    ? `, a range that contains ${
      f.params(r.rule.typical)
    }, so the data cannot say on which side of the rule ${m === 1 ? "it falls" : "they fall"}`
    : `, ${rel} ${f.params(r.rule.typical)}`;
  const rest = r.ours.total - r.ours.inside.length === m;
  return ` For ${
    m === 1 ? "1 other" : rest ? `the other ${m}` : `${m} others`
  }, only the largest model (${f.params(largest)}) is past the threshold, so ${
    m === 1 ? "it lies" : "each lies"
  } somewhere ${range}${side}.`;
}

/** Thresholds the fitted curve does not reach within the data: above the largest size. */
function beyondClause(r: Pick<RuleOfThumb, "ours">, f: Formatter): string {
  const { beyond: b, largest } = r.ours;
  if (!b) return "";
  return inLang(f.lang, {
    en: () =>
      ` For ${b === 1 ? "1 more" : `${b} more`}, the fitted curve does not reach the threshold ` +
      `within the data: ${b === 1 ? "it lies" : "they lie"} above ${f.params(largest)}.`,
    zh: () => `另有 ${b} 个，拟合曲线在数据范围内没有达到阈值：阈值高于 ${f.params(largest)}。`,
  });
}

/**
 * Our thresholds against the rule, censored as chapter 2 reports them: points inside the data,
 * bounds where only the largest size is past the threshold, and the median as a bound.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ruleOursText } from "./rule_of_thumb_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const r = (inside: number[], below: number, atLastSize: number, median: [number, number], unpinned = 1) => ({
 *   rule: { typical: 68e9 }, oursBelowTypical: below, unpinned,
 *   ours: { total: inside.length + atLastSize, inside, atLastSize, atFirstSize: 0, median: { low: median[0], high: median[1] }, secondLargest: 29e9, largest: 137e9 },
 * }) as never;
 * const f = formatter("en");
 * assert.equal(ruleOursText(r([2.54e9, 13.4e9], 2, 3, [29e9, 137e9]), f),
 *   "Of our 5 BIG-bench thresholds, 2 can be placed inside the data, all below 68B (from 2.54B to 13.4B). For the other 3, only the largest model (137B) is past the threshold, so each lies somewhere between 29B and 137B, a range that contains 68B, so the data cannot say on which side of the rule they fall. Our median threshold is therefore only bounded: between 29B and 137B, a range that contains 68B. 1 task looks emergent but rises too little to place a threshold. Any ability that appears beyond 137B cannot be seen at all: the thresholds are censored by the sizes measured.");
 * // contrary numbers: thresholds above the rule, none at the last size, a median below it
 * const other = ruleOursText(r([80e9, 90e9], 0, 0, [2e9, 9e9], 0), f);
 * assert.match(other, /2 can be placed inside the data, none below 68B \(from 80B to 90B\)\. Our median threshold is therefore only bounded: between 2B and 9B, below 68B\. Any/);
 * assert.match(ruleOursText(r([30e9], 1, 0, [30e9, 30e9], 2), f), /1 can be placed inside the data, below 68B \(at 30B\)\. Our median threshold is 30B, below 68B\. 2 tasks look emergent but rise/);
 * ```
 */
export function ruleOursText(
  r: Pick<RuleOfThumb, "rule" | "ours" | "oursBelowTypical" | "unpinned">,
  f: Formatter,
): string {
  const { total: n, atFirstSize, median, largest } = r.ours;
  const typical = f.params(r.rule.typical);
  const rel = relation(median.low, median.high, r.rule.typical);
  const medianWords = median.low === median.high
    ? `Our median threshold is ${f.params(median.low)}`
    : `Our median threshold is therefore only bounded: between ${f.params(median.low)} and ${
      Number.isFinite(median.high) ? f.params(median.high) : `beyond ${f.params(largest)}`
    }`;
  return inLang(f.lang, {
    en: () =>
      `Of our ${n} BIG-bench ${n === 1 ? "threshold" : "thresholds"}, ${insideClause(r, f)}` +
      lastSizeClause(r, f) + beyondClause(r, f) +
      (atFirstSize > 0
        ? ` ${atFirstSize} ${
          atFirstSize === 1 ? "lies" : "lie"
        } at or below the smallest size measured.`
        : "") +
      ` ${medianWords}${
        rel !== "contains"
          ? `, ${rel} ${typical}`
          : median.low === median.high
          ? `, the rule's size`
          : `, a range that contains ${typical}`
      }.` +
      (r.unpinned > 0
        ? ` ${r.unpinned} ${r.unpinned === 1 ? "task looks" : "tasks look"} emergent but ${
          r.unpinned === 1 ? "rises" : "rise"
        } too little to place a threshold.`
        : "") +
      ` Any ability that appears beyond ${f.params(largest)} cannot be seen at all: the ` +
      "thresholds are censored by the sizes measured.",
    zh: () => {
      const k = r.ours.inside.length, below = r.oursBelowTypical;
      const inside = k === 0
        ? "没有一个能定位在数据范围之内。"
        : `有 ${k} 个能定位在数据范围之内，${
          below === k
            ? (k === 1 ? `低于 ${typical}` : `全部低于 ${typical}`)
            : below === 0
            ? (k === 1 ? `不低于 ${typical}` : `没有一个低于 ${typical}`)
            : `其中 ${below} 个低于 ${typical}`
        }（${
          k === 1
            ? `在 ${f.params(r.ours.inside[0]!)}`
            : `从 ${f.params(r.ours.inside[0]!)} 到 ${f.params(r.ours.inside.at(-1)!)}`
        }）。`;
      const { atLastSize: m, secondLargest } = r.ours;
      const lastRel = relation(secondLargest, largest, r.rule.typical);
      const last = m === 0
        ? ""
        : `另外 ${m} 个只有最大的模型（${f.params(largest)}）越过了阈值，所以${
          m === 1 ? "它" : "每个"
        }都落在 ${f.params(secondLargest)} 与 ${f.params(largest)} 之间的某处${
          lastRel === "contains"
            ? `，这个范围包含 ${typical}，所以数据无法说明${
              m === 1 ? "它" : "它们"
            }落在规则的哪一侧`
            : `，${lastRel === "below" ? "低于" : "高于"} ${typical}`
        }。`;
      const medianZh = median.low === median.high
        ? `我们的阈值中位数是 ${f.params(median.low)}`
        : `因此我们的阈值中位数只能给出范围：在 ${f.params(median.low)} 与 ${
          Number.isFinite(median.high) ? f.params(median.high) : `超过 ${f.params(largest)} 的某处`
        } 之间`;
      return `在我们的 ${n} 个 BIG-bench 阈值中，${inside}${last}${beyondClause(r, f)}` +
        (atFirstSize > 0 ? `有 ${atFirstSize} 个不高于测过的最小规模。` : "") +
        `${medianZh}${
          rel !== "contains"
            ? `，${rel === "below" ? "低于" : "高于"} ${typical}`
            : median.low === median.high
            ? "，正是规则给出的规模"
            : `，这个范围包含 ${typical}`
        }。` +
        (r.unpinned > 0 ? `有 ${r.unpinned} 个任务看起来呈涌现，但上升太少，无法确定阈值。` : "") +
        `任何在 ${f.params(largest)}之外才出现的能力都完全看不到：阈值被测过的规模截断了。`;
    },
  });
}
