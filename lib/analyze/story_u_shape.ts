/**
 * The U-curve story as the course tells it: Wei, Tay & Le 2022 ("Inverse scaling can become
 * U-shaped", arXiv:2211.02011) — counts stated in the paper's abstracts (PaLM's per-task numbers
 * were not found; see data/README.md) — and the hindsight-neglect prompt of the Inverse Scaling
 * Prize (McKenzie et al. 2023, arXiv:2306.09479) as a worked example of a true task hidden behind
 * a distractor task.
 * @module
 */
import type { PromptExample } from "../data/prompt_example.ts";
import { type Formatter, inLang } from "../locale/mod.ts";
import { spelled } from "./_words.ts";

/**
 * What the paper states in words (its abstracts; no table of per-task numbers was found):
 * v1 (Wei, Tay & Le): of the 4 round-1 prize tasks, 3 become U-shaped up to PaLM 540B;
 * v2 (Wei, Kim, Tay & Le): of 11 prize tasks, 4 stay inverse, 6 become U-shaped, 1 scales up.
 */
export const U_SHAPED_PAPER = {
  citation: "Wei, Tay & Le 2022, Inverse scaling can become U-shaped, arXiv:2211.02011",
  largestModel: 540e9,
  v1: { tasks: 4, uShaped: 3 },
  v2: { tasks: 11, inverse: 4, uShaped: 6, positive: 1 },
  perTaskNumbersFound: false,
} as const;

/** The bet of the hindsight-neglect question, worked out. */
export interface HindsightBet {
  /** The prompt. */
  example: PromptExample;
  /** Expected value of playing (dollars): p_gain·gain − p_loss·loss. */
  expectedValue: number;
  /** The answer the expected value gives ("Y" when positive). */
  byExpectedValue: "Y" | "N";
  /** The answer the outcome suggests, which the demonstrations reward ("Y" after a gain). */
  byOutcome: "Y" | "N";
}

/**
 * The hindsight-neglect prompt worked out: the true task (judge the bet by its expected value)
 * and the distractor task (judge it by how it turned out), which the demonstrations cannot tell
 * apart because in every demonstration the likely outcome happened.
 *
 * @throws {RangeError} when the file's answer disagrees with the expected value.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadHindsightExample } from "../data/mod.ts";
 * import { hindsightBet } from "./story_u_shape.ts";
 * const bet = hindsightBet(await loadHindsightExample());
 * assert.ok(Math.abs(bet.expectedValue - -46.7) < 1e-9);
 * assert.deepEqual([bet.byExpectedValue, bet.byOutcome], ["N", "Y"]);
 * ```
 */
export function hindsightBet(example: PromptExample): HindsightBet {
  const b = example.bet;
  const expectedValue = b.gainProbability * b.gain - b.lossProbability * b.loss;
  const byExpectedValue = expectedValue > 0 ? "Y" : "N";
  if (byExpectedValue !== example.answer) {
    throw new RangeError(
      `hindsightBet: the expected value ${expectedValue} gives "${byExpectedValue}" but the ` +
        `example's answer is "${example.answer}"; check the bet's numbers`,
    );
  }
  return { example, expectedValue, byExpectedValue, byOutcome: b.outcome === "gain" ? "Y" : "N" };
}

/**
 * The callout under the prompt: the expected value, the two tasks, and why a mid-size dip is no
 * reason to give up early.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { hindsightText } from "./story_u_shape.ts";
 * import { formatter } from "../locale/format.ts";
 * const bet = (ev: number, byOutcome: string) => ({
 *   expectedValue: ev, byExpectedValue: ev > 0 ? "Y" : "N", byOutcome,
 *   example: { bet: { gainProbability: 0.06, gain: 5, lossProbability: 0.94, loss: 50 }, demonstrations: [{}, {}], omitted: 8 },
 * }) as never;
 * assert.equal(hindsightText(bet(-46.7, "Y"), formatter("en")),
 *   "Playing has an expected value of 6% × $5 − 94% × $50 = −$46.7, so the right answer is N. The true task is to judge the bet by that expected value; the distractor task is to judge it by how it turned out (a win, which points to Y). In all 10 demonstrations both give the same answer, so only the final question tells them apart.");
 * assert.match(hindsightText(bet(-46.7, "N"), formatter("en")), /\(a loss, which points to N as well\)/);
 * ```
 */
export function hindsightText(bet: HindsightBet, f: Formatter): string {
  const b = bet.example.bet;
  const money = (x: number) => `${x < 0 ? "−" : ""}$${f.number(Math.abs(x))}`;
  const same = bet.byOutcome === bet.byExpectedValue;
  const demos = bet.example.demonstrations.length + bet.example.omitted;
  return inLang(f.lang, {
    en: () =>
      `Playing has an expected value of ${f.percent(b.gainProbability, 0)} × ${money(b.gain)} − ${
        f.percent(b.lossProbability, 0)
      } × ${money(b.loss)} = ${
        money(bet.expectedValue)
      }, so the right answer is ${bet.byExpectedValue}. The true task is to judge the bet by that expected value; the distractor task is to ` +
      `judge it by how it turned out (a ${
        bet.byOutcome === "Y" ? "win" : "loss"
      }, which points to ${bet.byOutcome}${same ? " as well" : ""}). In all ${
        spelled(demos, f)
      } demonstrations both give the same answer, so only ` +
      "the final question tells them apart.",
    zh: () =>
      `下注的期望值是 ${f.percent(b.gainProbability, 0)} × ${money(b.gain)} − ${
        f.percent(b.lossProbability, 0)
      } × ${money(b.loss)} = ${
        money(bet.expectedValue)
      }，所以正确答案是 ${bet.byExpectedValue}。真正任务是按这个期望值来判断这次下注；干扰任务是按它的结果来判断（${
        bet.byOutcome === "Y" ? "赢了" : "输了"
      }，${same ? "同样" : ""}指向 ${bet.byOutcome}）。在全部${demos > 10 ? " " : ""}${
        spelled(demos, f)
      }${
        demos > 10 ? " " : ""
      }个示范中，两者给出的答案都相同，所以只有最后一个问题才能把它们区分开。`,
  });
}

/**
 * What Wei, Tay & Le found, in the counts their abstracts state, and the lesson.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { U_SHAPED_PAPER, uShapedText } from "./story_u_shape.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(uShapedText(U_SHAPED_PAPER, formatter("en")),
 *   "Wei, Tay and Le evaluated PaLM up to 540B on the Inverse Scaling Prize tasks: of 11 tasks, 6 turned U-shaped, 4 stayed inverse and 1 improved with scale (3 of the 4 first-round tasks in the paper's first version). Their per-task numbers could not be found in any text copy of the paper, so they are not plotted here. The lesson: a dip at mid-size is no reason to abandon an idea too early, because a larger model may recover.");
 * ```
 */
export function uShapedText(p: typeof U_SHAPED_PAPER, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `Wei, Tay and Le evaluated PaLM up to ${f.params(p.largestModel)} on the Inverse Scaling ` +
      `Prize tasks: of ${p.v2.tasks} tasks, ${p.v2.uShaped} turned U-shaped, ${p.v2.inverse} ` +
      `stayed inverse and ${p.v2.positive} improved with scale (${p.v1.uShaped} of the ${p.v1.tasks} ` +
      "first-round tasks in the paper's first version). Their per-task numbers could not be " +
      "found in any text copy of the paper, so they are not plotted here. The lesson: a dip at " +
      "mid-size is no reason to abandon an idea too early, because a larger model may recover.",
    zh: () =>
      `Wei、Tay 和 Le 在 Inverse Scaling Prize 的任务上评测了最大到 ${
        f.params(p.largestModel)
      }的 PaLM：在 ${p.v2.tasks} 个任务中，${p.v2.uShaped} 个变成了U形，${p.v2.inverse} 个仍是逆伸缩，${p.v2.positive} 个随规模提升（论文第一版中，第一轮的 ${p.v1.tasks} 个任务里有 ${p.v1.uShaped} 个呈U形）。` +
      "在论文的任何文本版本中都找不到他们逐个任务的数字，所以这里没有画出来。教训是：" +
      "中等规模时的一次下跌，不是过早放弃一个想法的理由，因为更大的模型可能会回升。",
  });
}
