/**
 * Sentences about GPT-3's few-shot gain by size (in-context learning as an emergent ability).
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { Gpt3FewShotGain } from "./gpt3_icl.ts";
import { shareOf } from "./_share.ts";

/**
 * Title of the GPT-3 few-shot gain chart ("most" only above half, "every" only when all).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gpt3IclTitle } from "./gpt3_icl_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const t = (k: number, n: number) => gpt3IclTitle({ grows: Array(k), tasks: Array(n) } as never, formatter("en"));
 * assert.equal(t(40, 50), "Few-shot examples help the largest GPT-3 more than the smallest on most tasks");
 * assert.equal(t(20, 50), "Few-shot examples help the largest GPT-3 more than the smallest on 20 of 50 tasks");
 * assert.equal(t(50, 50), "Few-shot examples help the largest GPT-3 more than the smallest on every task");
 * assert.equal(t(0, 50), "Few-shot examples help the largest GPT-3 no more than the smallest");
 * ```
 */
export function gpt3IclTitle(g: Pick<Gpt3FewShotGain, "grows" | "tasks">, f: Formatter): string {
  const k = g.grows.length, n = g.tasks.length;
  return inLang(f.lang, {
    en: () => {
      const head = "Few-shot examples help the largest GPT-3";
      switch (shareOf(k, n)) {
        case "none":
          return `${head} no more than the smallest`;
        case "all":
          return `${head} more than the smallest on every task`;
        case "most":
          return `${head} more than the smallest on most tasks`;
        case "some":
          return `${head} more than the smallest on ${k} of ${n} tasks`;
      }
    },
    zh: () => {
      const head = "少样本示例对最大的 GPT-3 的帮助";
      switch (shareOf(k, n)) {
        case "none":
          return `${head}并不比对最小的更大`;
        case "all":
          return `${head}在每个任务上都比对最小的更大`;
        case "most":
          return `${head}在大多数任务上比对最小的更大`;
        case "some":
          return `${head}在 ${n} 个任务中的 ${k} 个上比对最小的更大`;
      }
    },
  });
}

/**
 * The paragraph: the median gain at the smallest and the largest size, and how many tasks grow.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gpt3IclText } from "./gpt3_icl_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const g = (small: number, large: number) => ({
 *   grows: Array(30), tasks: Array(45),
 *   medianBySize: [{ params: 125e6, median: small, tasks: 45 }, { params: 175e9, median: large, tasks: 44 }],
 * }) as never;
 * assert.equal(gpt3IclText(g(0.4, 7.9), formatter("en")),
 *   "Across 45 tasks of GPT-3's Table H.1, few-shot prompting minus zero-shot is a median of 0.4 points at 125M and 7.9 points at 175B; the gain is larger at the largest model on 30 of 45 tasks.");
 * assert.match(gpt3IclText(g(3, -1), formatter("en")), /median of 3 points at 125M and −1 points at 175B/);
 * ```
 */
export function gpt3IclText(
  g: Pick<Gpt3FewShotGain, "grows" | "tasks" | "medianBySize">,
  f: Formatter,
): string {
  const first = g.medianBySize[0]!, last = g.medianBySize.at(-1)!;
  const n = g.tasks.length, k = g.grows.length;
  return inLang(f.lang, {
    en: () =>
      `Across ${n} tasks of GPT-3's Table H.1, few-shot prompting minus zero-shot is a median of ${
        f.number(first.median, 2)
      } points at ${f.params(first.params)} and ${f.number(last.median, 2)} points at ${
        f.params(last.params)
      }; the gain is larger at the largest model on ${k} of ${n} tasks.`,
    zh: () =>
      `在 GPT-3 Table H.1 的 ${n} 个任务上，少样本提示减去零样本的中位数在 ${
        f.params(first.params)
      }时为 ${f.number(first.median, 2)} 个百分点，在 ${f.params(last.params)}时为 ${
        f.number(last.median, 2)
      } 个百分点；在 ${n} 个任务中的 ${k} 个上，最大模型的增益更大。`,
  });
}
