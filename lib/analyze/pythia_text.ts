/**
 * Chapter 1's Pythia sentences and chart titles, computed from {@linkcode pythiaScaling} and
 * {@linkcode pythiaTraining}: which tasks improve, where curves bend, which sizes lose ground.
 * @module
 */
import { type ByLang, type Formatter, inLang } from "../locale/mod.ts";
import type { BendVerdict, PythiaScaling } from "./pythia_scaling.ts";
import type { PythiaTraining, SizeTrajectory } from "./pythia_training.ts";
import { spelled } from "./_words.ts";
import { taskLabel } from "./_labels.ts";

/**
 * The bend table's verdicts in words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { BEND_VERDICTS } from "./pythia_text.ts";
 * assert.equal(BEND_VERDICTS.saturates.en, "bends down (saturates)");
 * ```
 */
export const BEND_VERDICTS: Record<BendVerdict, ByLang<string>> = {
  on_trend: { en: "on trend", zh: "符合趋势" },
  accelerates: { en: "bends up (accelerates)", zh: "向上弯折（加速）" },
  saturates: { en: "bends down (saturates)", zh: "向下弯折（饱和）" },
};

/**
 * A task's display name: the benchmark's published name where it has one, else its id in words
 * ("hindsight_neglect_10shot" → "hindsight neglect 10shot").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { taskName } from "./pythia_text.ts";
 * assert.equal(taskName("lambada_openai", formatter("en")), "LAMBADA");
 * assert.equal(taskName("arc_easy", formatter("en")), "ARC-Easy");
 * assert.equal(taskName("scope_neglect", formatter("en")), "scope neglect");
 * ```
 */
export function taskName(task: string, _f: Formatter): string {
  // Published names are proper nouns: the same in every language.
  return taskLabel(task);
}

/**
 * The sizes and training budget of the Pythia models.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { pythiaSizesSentence } from "./mod.ts";
 * const text = pythiaSizesSentence({ sizes: 8, params: [70.4e6, 11.8e9], tokens: 299.9e9 },
 *   formatter("en"));
 * assert.equal(text, "8 sizes from 70.4M to 11.8B parameters, each after 300B training tokens.");
 * ```
 */
export function pythiaSizesSentence(
  p: Pick<PythiaScaling, "sizes" | "params" | "tokens">,
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () =>
      `${f.number(p.sizes)} sizes from ${f.params(p.params[0])} to ${f.params(p.params[1])} ` +
      `parameters, each after ${f.tokens(p.tokens)} training tokens.`,
    zh: () =>
      `${f.number(p.sizes)} 个规模，参数从 ${f.params(p.params[0])} 到 ${
        f.params(p.params[1])
      }，每个都训练了 ${f.tokens(p.tokens)} tokens。`,
  });
}

/**
 * The accuracy chart's title: how many tasks gain more than `threshold` standard errors from
 * the smallest to the largest model, and whether any falls from one size to the next.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { pythiaTitle } from "./mod.ts";
 * const p = (gains: number[], setbacks = 0) => ({ params: [7e7, 1.2e10] as [number, number],
 *   threshold: 2, scaling: gains.map((gain) => ({ gain, setbacks })) });
 * const f = formatter("en");
 * assert.equal(pythiaTitle(p([5, 9]), f), "Every task improves steadily from 70M to 12B parameters");
 * assert.equal(pythiaTitle(p([5, 1]), f), "1 of 2 tasks improves from 70M to 12B parameters");
 * ```
 */
export function pythiaTitle(
  p: Pick<PythiaScaling, "params" | "threshold"> & {
    scaling: readonly { gain: number; setbacks: number }[];
  },
  f: Formatter,
): string {
  const improved = p.scaling.filter((s) => s.gain > p.threshold).length;
  const setbacks = p.scaling.filter((s) => s.setbacks > 0).length;
  const range = `${f.params(p.params[0])} to ${f.params(p.params[1])}`;
  return inLang(f.lang, {
    en: () => {
      if (improved < p.scaling.length) {
        return `${improved} of ${p.scaling.length} tasks ${
          improved === 1 ? "improves" : "improve"
        } from ${range} parameters`;
      }
      return setbacks === 0
        ? `Every task improves steadily from ${range} parameters`
        : `Every task improves from ${range} parameters, ${setbacks} with a step back on the way`;
    },
    zh: () => {
      const zhRange = `${f.params(p.params[0])}到 ${f.params(p.params[1])}参数`;
      if (improved < p.scaling.length) {
        return `从 ${zhRange}，${p.scaling.length} 个任务中有 ${improved} 个提升`;
      }
      return setbacks === 0
        ? `从 ${zhRange}，每个任务都稳步提升`
        : `从 ${zhRange}，每个任务都有提升，其中 ${setbacks} 个途中有过一次退步`;
    },
  });
}

/**
 * The training chart's title: whether every size ends above where it started, and where the
 * largest and the smallest end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { trainingTitle } from "./mod.ts";
 * const size = (gain: number, end: number) => ({ gain, end: { value: end } });
 * const t = (gains: number[]) => ({ task: "lambada_openai", threshold: 2,
 *   sizes: gains.map((g, i) => size(g, 0.2 + 0.1 * i)) });
 * assert.equal(trainingTitle(t([30, 90]), formatter("en")),
 *   "LAMBADA accuracy grows with training tokens; the largest model ends at 0.3, the smallest at 0.2");
 * assert.match(trainingTitle(t([1, 90]), formatter("en")), /grows with training tokens for 1 of 2/);
 * ```
 */
export function trainingTitle(
  t: Pick<PythiaTraining, "task" | "threshold"> & {
    sizes: readonly { gain: number; end: { value: number } }[];
  },
  f: Formatter,
): string {
  const grows = t.sizes.filter((s) => s.gain > t.threshold).length;
  const last = t.sizes[t.sizes.length - 1]!, first = t.sizes[0]!;
  return inLang(f.lang, {
    en: () =>
      `${taskName(t.task, f)} accuracy grows with training tokens` +
      (grows === t.sizes.length ? "" : ` for ${grows} of ${t.sizes.length} sizes`) +
      `; the largest model ends at ${f.number(last.end.value)}, the smallest at ` +
      `${f.number(first.end.value)}`,
    zh: () =>
      `${taskName(t.task, f)} 的准确率随训练 tokens 增长` +
      (grows === t.sizes.length ? "" : `（${t.sizes.length} 个规模中的 ${grows} 个）`) +
      `；最大的模型最终为 ${f.number(last.end.value)}，最小的为 ${f.number(first.end.value)}`,
  });
}

/**
 * How accuracy moves over training: how many sizes rise, and from when on bigger models are
 * ahead at every checkpoint.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { trainingSentence } from "./mod.ts";
 * const t = { threshold: 2, orderedFrom: 2.73e10, sizes: [{ gain: 30 }, { gain: 90 }] };
 * assert.match(trainingSentence(t, formatter("en")), /from 27\.3B tokens on, every checkpoint/);
 * ```
 */
export function trainingSentence(
  t: Pick<PythiaTraining, "threshold" | "orderedFrom"> & { sizes: readonly { gain: number }[] },
  f: Formatter,
): string {
  const rising = t.sizes.filter((s) => s.gain > t.threshold).length;
  return inLang(f.lang, {
    en: () =>
      (rising === t.sizes.length
        ? "Each size's accuracy also rises with the number of training tokens it has seen. "
        : `The accuracy of ${rising} of the ${t.sizes.length} sizes rises with the number of ` +
          "training tokens seen. ") +
      (t.orderedFrom === undefined
        ? "Bigger models are not always ahead: the sizes end training out of order."
        : `Bigger models learn faster from the same tokens: from ${f.tokens(t.orderedFrom)} ` +
          "tokens on, every checkpoint ranks the sizes in order, largest on top."),
    zh: () =>
      (rising === t.sizes.length
        ? "每个规模的准确率也随它见过的训练 tokens 数而上升。"
        : `${t.sizes.length} 个规模中有 ${rising} 个的准确率随见过的训练 tokens 数而上升。`) +
      (t.orderedFrom === undefined
        ? "更大的模型并不总是领先：各规模训练结束时的排序是乱的。"
        : `更大的模型从同样的 tokens 中学得更快：从 ${
          f.tokens(t.orderedFrom)
        } tokens 起，每个检查点上各规模都按大小排好了序，最大的在最上面。`),
  });
}

function declineClause(d: SizeTrajectory, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `the ${d.size} model peaks at ${f.number(d.peak.value)} after ${f.tokens(d.peak.tokens)} ` +
      `tokens and ends at ${f.number(d.end.value)}`,
    zh: () =>
      `${d.size} 模型在 ${f.tokens(d.peak.tokens)} tokens 后达到峰值 ${
        f.number(d.peak.value)
      }，最终为 ${f.number(d.end.value)}`,
  });
}

/**
 * Which sizes end training more than `threshold` standard errors below their peak; "the
 * smallest" only when they are the smallest sizes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { declinesSentence } from "./mod.ts";
 * const t = { threshold: 2, sizes: [{ size: "70m" }, { size: "1b" }], declines: [] };
 * assert.equal(declinesSentence(t, formatter("en")), "No size gets worse late in training.");
 * ```
 */
export function declinesSentence(
  t: Pick<PythiaTraining, "threshold"> & {
    sizes: readonly { size: string }[];
    declines: readonly SizeTrajectory[];
  },
  f: Formatter,
): string {
  const n = t.declines.length;
  const smallest = t.declines.every((d, i) => t.sizes[i]?.size === d.size);
  const clauses = t.declines.map((d) => declineClause(d, f)).join("; ");
  return inLang(f.lang, {
    en: () => {
      if (n === 0) return "No size gets worse late in training.";
      const head = `${clauses[0]!.toUpperCase()}${clauses.slice(1)} — more than ` +
        `${spelled(t.threshold, f)} standard errors lower: `;
      if (!smallest) {
        return head +
          `${n} of the ${t.sizes.length} sizes ${
            n === 1 ? "loses" : "lose"
          } ground late in training.`;
      }
      const within = `ends within ${spelled(t.threshold, f)} standard errors of its best.`;
      const rest = n === t.sizes.length
        ? "every size loses ground late in training."
        : n === 1
        ? `the smallest model not only saturates, it loses ground, while every larger model ${within}`
        : `the smallest models not only saturate, they lose ground, while every larger model ${within}`;
      return head + rest;
    },
    zh: () => {
      if (n === 0) return "没有哪个规模在训练后期变差。";
      const sigmas = `${spelled(t.threshold, f)}个标准误`;
      const head = `${t.declines.map((d) => declineClause(d, f)).join("；")}——低了超过${sigmas}：`;
      if (!smallest) {
        return head + `${t.sizes.length} 个规模中有 ${n} 个在训练后期退步了。`;
      }
      const within = `最终都在其最佳值的${sigmas}以内。`;
      const rest = n === t.sizes.length
        ? "每个规模都在训练后期退步了。"
        : n === 1
        ? `最小的模型不只是饱和，还退步了，而每个更大的模型${within}`
        : `最小的几个模型不只是饱和，还退步了，而每个更大的模型${within}`;
      return head + rest;
    },
  });
}
