/**
 * Worked prompt examples as callouts (markdown blockquotes): the few-shot ("standard") prompt and
 * the chain-of-thought prompt of Wei et al. 2022 (arXiv:2201.11903), Figure 1, with what the model
 * answered. The prompt text is copied from the paper (data/paper_tables/cot_figure1_prompt.json).
 * @module
 */
import type { CotExample, PromptExample } from "../data/prompt_example.ts";
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import { escapeMarkdown } from "./_markdown_literal.ts";
import { reference } from "./references.ts";

/** Lines as a markdown blockquote (an empty line stays inside the quote). */
function quote(lines: readonly string[]): string {
  return lines.map((line) => (line === "" ? ">" : `> ${line}`)).join("\n");
}

function verdict(correct: boolean, answer: string): string {
  return correct ? "right" : `wrong: the answer is ${escapeMarkdown(answer)}`;
}

function callout(
  cot: CotExample,
  variant: "standard" | "chainOfThought",
  head: string,
  f: Formatter,
): string {
  const v = cot[variant];
  const q = (text: string) => `**Q:** ${escapeMarkdown(text)}`;
  const a = (text: string) => `**A:** ${escapeMarkdown(text)}`;
  return quote([
    head,
    "",
    q(cot.exemplarQuestion),
    "",
    a(v.exemplarAnswer),
    "",
    q(cot.question),
    "",
    "**A:**",
    "",
    inLang(f.lang, {
      en: () =>
        `The model's answer: _${escapeMarkdown(v.output)}_ (${verdict(v.correct, cot.answer)}).`,
      zh: () =>
        `模型的回答：_${escapeMarkdown(v.output)}_（${
          v.correct ? "正确" : `错误：答案是 ${escapeMarkdown(cot.answer)}`
        }）。`,
    }),
  ]);
}

/**
 * The few-shot prompt of the chain-of-thought paper's Figure 1 ("standard prompting"): a worked
 * example whose answer is given directly, then the new question, and the model's answer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCotExample } from "../data/prompt_example.ts";
 * import { fewShotCallout } from "./prompt_callouts.ts";
 * import { formatter } from "../locale/format.ts";
 * const cot = await loadCotExample();
 * const md = fewShotCallout(cot, formatter("en"));
 * assert.ok(md.startsWith("> **A few-shot prompt** ([Wei et al. 2022](https://arxiv.org/abs/2201.11903)"));
 * assert.ok(md.includes("\n> **A:** The answer is 11\\.\n"));
 * assert.match(md, /\(wrong: the answer is 9\)\.$/);
 * // contrary: a right answer says so
 * const right = { ...cot, standard: { ...cot.standard, correct: true } };
 * assert.match(fewShotCallout(right, formatter("en")), /\(right\)\.$/);
 * ```
 */
export function fewShotCallout(cot: CotExample, f: Formatter): string {
  const link = reference("wei2022cot").link;
  return callout(
    cot,
    "standard",
    inLang(f.lang, {
      en: () =>
        `**A few-shot prompt** ([Wei et al. 2022](${link}), Figure 1, "standard prompting"): a ` +
        "worked example with its answer, then the new question. The model must infer the task " +
        "from the example alone; its weights do not change.",
      zh: () =>
        `**少样本提示**（[Wei et al. 2022](${link})，图 1，“标准提示”）：先给一个带答案的示例，` +
        "再给新问题。模型只能从这个示例推断出任务是什么；它的权重不会改变。",
    }),
    f,
  );
}

/**
 * The chain-of-thought prompt of the same figure: the worked example now shows its reasoning,
 * and the model's answer reasons the same way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCotExample } from "../data/prompt_example.ts";
 * import { cotCallout } from "./prompt_callouts.ts";
 * import { formatter } from "../locale/format.ts";
 * const md = cotCallout(await loadCotExample(), formatter("en"));
 * assert.ok(md.startsWith("> **A chain-of-thought prompt** "));
 * assert.match(md, /5 \\\+ 6 = 11/);
 * assert.match(md, /\(right\)\.$/);
 * ```
 */
export function cotCallout(cot: CotExample, f: Formatter): string {
  const link = reference("wei2022cot").link;
  return callout(
    cot,
    "chainOfThought",
    inLang(f.lang, {
      en: () =>
        `**A chain-of-thought prompt** ([Wei et al. 2022](${link}), Figure 1): the same example, ` +
        "but its answer spells out the reasoning step by step before the result.",
      zh: () =>
        `**思维链提示**（[Wei et al. 2022](${link})，图 1）：同一个示例，` +
        "但它的答案在给出结果之前先一步一步写出推理过程。",
    }),
    f,
  );
}

/**
 * The hindsight-neglect prompt of the Inverse Scaling Prize (McKenzie et al. 2023), as shown to
 * the models: one of its demonstrations, the final question and the expected answer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadHindsightExample } from "../data/prompt_example.ts";
 * import { hindsightCallout } from "./prompt_callouts.ts";
 * import { formatter } from "../locale/format.ts";
 * const md = hindsightCallout(await loadHindsightExample(), formatter("en"));
 * assert.ok(md.startsWith("> **The hindsight-neglect prompt** ([McKenzie et al. 2023]"));
 * assert.match(md, /\n> \*\*Expected answer:\*\* N\.$/);
 * ```
 */
export function hindsightCallout(example: PromptExample, f: Formatter): string {
  const link = reference("mckenzie2023").link;
  const shown = example.demonstrations[0];
  const rest = example.demonstrations.length - 1 + example.omitted;
  return quote([
    inLang(f.lang, {
      en: () =>
        `**The hindsight-neglect prompt** ([McKenzie et al. 2023](${link}), the prize's ` +
        `${escapeMarkdown(example.task)} task): a demonstration, ${rest} more like it, then the ` +
        "question the model is scored on.",
      zh: () =>
        `**hindsight neglect 提示**（[McKenzie et al. 2023](${link})，奖项的 ${
          escapeMarkdown(example.task)
        } 任务）：一个示范，后面还有 ${rest} 个类似的示范，然后是模型要被打分的问题。`,
    }),
    ...(shown
      ? [
        "",
        `**Q:** ${escapeMarkdown(shown.question)}`,
        "",
        `**A:** ${escapeMarkdown(shown.answer)}`,
      ]
      : []),
    "",
    "…",
    "",
    `**Q:** ${escapeMarkdown(example.question)}`,
    "",
    inLang(f.lang, {
      en: () => `**Expected answer:** ${escapeMarkdown(example.answer)}.`,
      zh: () => `**期望答案：** ${escapeMarkdown(example.answer)}。`,
    }),
  ]);
}
