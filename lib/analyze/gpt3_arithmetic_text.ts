/**
 * Sentences about the mirage check on GPT-3 arithmetic: exact match against the implied per-digit
 * accuracy, and what can and cannot be derived from published accuracies.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { ArithmeticMirage, MirageTask } from "./gpt3_arithmetic.ts";
import { panelLabel } from "./_story_labels.ts";
import { shareOf } from "./_share.ts";

/**
 * Tasks whose largest step holds a smaller share of the rise per digit than in exact match.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { smootherPerDigit } from "./gpt3_arithmetic_text.ts";
 * const t = (task: string, exactMatch: number, perDigit: number) => ({ task, largestStepShare: { exactMatch, perDigit } });
 * const m = { tasks: [t("3D+", 0.99, 0.87), t("5D-", 1, 1)] } as never;
 * assert.deepEqual(smootherPerDigit(m).map((x) => x.task), ["3D+"]);
 * ```
 */
export function smootherPerDigit(m: Pick<ArithmeticMirage, "tasks">): MirageTask[] {
  return m.tasks.filter((t) => t.largestStepShare.perDigit < t.largestStepShare.exactMatch);
}

/**
 * Title of the mirage chart: on how many tasks the per-digit view spreads the rise out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mirageTitle } from "./gpt3_arithmetic_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const t = (shares: [number, number][]) => mirageTitle({ tasks: shares.map(([exactMatch, perDigit]) => ({ largestStepShare: { exactMatch, perDigit } })) } as never, formatter("en"));
 * assert.equal(t([[0.9, 0.6], [0.9, 0.5], [0.5, 0.6]]), "Per digit, GPT-3's arithmetic rises more gradually on most tasks");
 * assert.equal(t([[0.9, 0.6]]), "Per digit, GPT-3's arithmetic rises more gradually on every task");
 * assert.equal(t([[0.9, 0.6], [0.5, 0.6]]), "Per digit, GPT-3's arithmetic rises more gradually on 1 of 2 tasks");
 * assert.equal(t([[0.5, 0.6]]), "Per digit, GPT-3's arithmetic rises no more gradually than in exact match");
 * ```
 */
export function mirageTitle(m: Pick<ArithmeticMirage, "tasks">, f: Formatter): string {
  const k = smootherPerDigit(m).length, n = m.tasks.length;
  return inLang(f.lang, {
    en: () => {
      const head = "Per digit, GPT-3's arithmetic rises";
      switch (shareOf(k, n)) {
        case "none":
          return `${head} no more gradually than in exact match`;
        case "all":
          return `${head} more gradually on every task`;
        case "most":
          return `${head} more gradually on most tasks`;
        case "some":
          return `${head} more gradually on ${k} of ${n} tasks`;
      }
    },
    zh: () => {
      const head = "按逐位计算，GPT-3 的算术能力";
      switch (shareOf(k, n)) {
        case "none":
          return `${head}上升得并不比完全匹配更平缓`;
        case "all":
          return `${head}在每个任务上都上升得更平缓`;
        case "most":
          return `${head}在大多数任务上上升得更平缓`;
        case "some":
          return `${head}在 ${n} 个任务中的 ${k} 个上上升得更平缓`;
      }
    },
  });
}

/**
 * One task in words: its exact match at the ends, the implied per-digit accuracy, and the share of
 * each view's rise taken by its largest step.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mirageTaskText } from "./gpt3_arithmetic_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const task = (em: number, pd: number) => ({
 *   task: "3D+", answerDigits: 4,
 *   ends: { smallest: { params: 125e6, exactMatch: 0.0015, perDigit: 0.197 }, largest: { params: 175e9, exactMatch: 0.804, perDigit: 0.947 } },
 *   largestStepShare: { exactMatch: em, perDigit: pd },
 * }) as never;
 * assert.equal(mirageTaskText(task(0.99, 0.87), formatter("en")),
 *   "If each of the 4 answer digits were right independently with one probability, GPT-3's exact match on 3-digit addition (0.15% at 125M, 80.4% at 175B) would mean a per-digit accuracy of 19.7% and 94.7%. The largest step between two sizes holds 99% of the exact-match rise but 87% of the per-digit rise.");
 * assert.match(mirageTaskText(task(0.5, 0.6), formatter("en")), /holds 50% of the exact-match rise and 60% of the per-digit rise\.$/);
 * // equal as printed: no "but"
 * assert.match(mirageTaskText(task(0.452, 0.449), formatter("en")), /holds 45% of the exact-match rise and 45% of the per-digit rise\.$/);
 * ```
 */
export function mirageTaskText(task: MirageTask, f: Formatter): string {
  const { smallest, largest } = task.ends;
  const { exactMatch, perDigit } = task.largestStepShare;
  const pct = (x: number) => (x === 0 ? f.percent(0, 0) : f.percent(x, x < 0.01 ? 2 : 1));
  // "but" only when the shares differ as printed (whole percent).
  const smoother = f.percent(perDigit, 0) !== f.percent(exactMatch, 0) && perDigit < exactMatch;
  return inLang(f.lang, {
    en: () =>
      `If each of the ${task.answerDigits} answer digits were right independently with one ` +
      `probability, GPT-3's exact match on ${panelLabel(task.task, f.lang)} (${
        pct(smallest.exactMatch)
      } at ${f.params(smallest.params)}, ${pct(largest.exactMatch)} at ${
        f.params(largest.params)
      }) would mean a per-digit accuracy of ${pct(smallest.perDigit)} and ${
        pct(largest.perDigit)
      }. The largest step between two sizes holds ${f.percent(exactMatch, 0)} of the exact-match ` +
      `rise ${smoother ? "but" : "and"} ${f.percent(perDigit, 0)} of the per-digit rise.`,
    zh: () =>
      `假如答案的 ${task.answerDigits} 位数字每一位都以同一个概率独立答对，GPT-3 在${
        panelLabel(task.task, f.lang)
      }上的完全匹配准确率（${f.params(smallest.params)}时 ${pct(smallest.exactMatch)}，${
        f.params(largest.params)
      }时 ${pct(largest.exactMatch)}）就意味着逐位准确率分别为 ${pct(smallest.perDigit)} 和 ${
        pct(largest.perDigit)
      }。两个相邻规模之间最大的那一步，占完全匹配上升的 ${f.percent(exactMatch, 0)}，${
        smoother ? "却只占" : "占"
      }逐位上升的 ${f.percent(perDigit, 0)}。`,
  });
}

/**
 * What the published accuracies let us derive, and what they do not (the page's label).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mirageLimitsText } from "./gpt3_arithmetic_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const m = { derivable: [{ en: "a", zh: "甲" }], notDerivable: [{ en: "b", zh: "乙" }, { en: "c", zh: "丙" }] };
 * assert.equal(mirageLimitsText(m, formatter("en")), "From published accuracies we can derive (1) a. We cannot derive (1) b; (2) c.");
 * ```
 */
export function mirageLimitsText(
  m: Pick<ArithmeticMirage, "derivable" | "notDerivable">,
  f: Formatter,
): string {
  const list = (items: readonly { [lang: string]: string }[]) =>
    items.map((d, i) => `(${i + 1}) ${d[f.lang]}`).join("; ");
  return inLang(f.lang, {
    en: () =>
      `From published accuracies we can derive ${list(m.derivable)}. We cannot derive ${
        list(m.notDerivable)
      }.`,
    zh: () =>
      `从发表的准确率中，我们可以推出${
        m.derivable.map((d, i) => `（${i + 1}）${d[f.lang]}`).join("；")
      }。我们无法推出${m.notDerivable.map((d, i) => `（${i + 1}）${d[f.lang]}`).join("；")}。`,
  });
}
