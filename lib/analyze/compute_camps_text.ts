/**
 * Sentences about the three camps on compute, our Approach-2 fit beside the Approach-3 refit, and
 * the course's two closing questions (small model with more data, or big model with less; what
 * emergence means for applications).
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { Allocation, CampModel, ComputeCamps } from "./compute_camps.ts";
import type { RuleOfThumb } from "./rule_of_thumb.ts";

function model(m: CampModel, f: Formatter): string {
  return `${m.model} (${f.tokens(m.tokens)} tokens, ${
    f.number(m.tokensPerParam, 2)
  } per parameter)`;
}

/**
 * One sentence per camp with its models' numbers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { campsText } from "./compute_camps_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const m = (model: string, params: number, tokens: number) => ({ model, params, tokens, tokensPerParam: tokens / params, flops: 6 * params * tokens });
 * const camps = {
 *   openai: [m("GPT-3 175B", 175e9, 300e9)],
 *   deepmind: [m("Gopher 280B", 280e9, 300e9), m("Chinchilla 70B", 70e9, 1.4e12)],
 *   meta: [m("LLaMA 7B", 6.7e9, 1e12), m("LLaMA 65B", 65.2e9, 1.4e12)],
 * };
 * const text = campsText({ camps, published: { kaplan: { a: 0.73, b: 0.27 } } } as never, formatter("en"));
 * assert.match(text, /^OpenAI \(Kaplan et al\. 2020\) grows parameters first: the best model size grows as compute to the power 0\.73; GPT-3 175B \(300B tokens, 1\.7 per parameter\)\./);
 * assert.match(text, /DeepMind \(Hoffmann et al\. 2022\) weighs tokens as much as parameters: Chinchilla 70B \(1\.4T tokens, 20 per parameter\) used the same compute as Gopher 280B \(300B tokens, 1\.1 per parameter\) with a quarter of the parameters\./);
 * assert.match(text, /Meta \(Touvron et al\. 2023\) trains smaller models far longer: LLaMA 7B \(1T tokens, 150 per parameter\) to LLaMA 65B \(1\.4T tokens, 21 per parameter\)\.$/);
 * ```
 */
export function campsText(c: Pick<ComputeCamps, "camps" | "published">, f: Formatter): string {
  const [gpt3] = c.camps.openai;
  const gopher = c.camps.deepmind.find((m) => m.model.startsWith("Gopher"));
  const chinchilla = c.camps.deepmind.find((m) => m.model.startsWith("Chinchilla"));
  const meta = [...c.camps.meta].sort((x, y) => y.tokensPerParam - x.tokensPerParam);
  const ratio = gopher && chinchilla ? gopher.params / chinchilla.params : Number.NaN;
  return inLang(f.lang, {
    en: () =>
      `OpenAI (Kaplan et al. 2020) grows parameters first: the best model size grows as compute to the power ${
        f.number(c.published.kaplan.a, 2)
      }${gpt3 ? `; ${model(gpt3, f)}` : ""}. ` +
      (gopher && chinchilla
        ? `DeepMind (Hoffmann et al. 2022) weighs tokens as much as parameters: ${
          model(chinchilla, f)
        } used the same compute as ${model(gopher, f)} with ${
          Math.round(ratio) === 4 ? "a quarter of" : `1/${f.number(ratio, 2)} of`
        } the parameters. `
        : "") +
      (meta.length > 1
        ? `Meta (Touvron et al. 2023) trains smaller models far longer: ${model(meta[0]!, f)} to ${
          model(meta.at(-1)!, f)
        }.`
        : ""),
    zh: () => {
      const m = (x: CampModel) =>
        `${x.model}（${f.tokens(x.tokens)} tokens，每个参数 ${f.number(x.tokensPerParam, 2)} 个）`;
      return `OpenAI（Kaplan et al. 2020）优先增加参数：最佳模型大小按算力的 ${
        f.number(c.published.kaplan.a, 2)
      } 次方增长${gpt3 ? `；${m(gpt3)}` : ""}。` +
        (gopher && chinchilla
          ? `DeepMind（Hoffmann et al. 2022）把 tokens 看得和参数一样重：${m(chinchilla)}与 ${
            m(gopher)
          }用的算力相同，参数却只有它的${
            Math.round(ratio) === 4 ? "四分之一" : ` 1/${f.number(ratio, 2)}`
          }。`
          : "") +
        (meta.length > 1
          ? `Meta（Touvron et al. 2023）把较小的模型训练得久得多：从 ${m(meta[0]!)}到 ${
            m(meta.at(-1)!)
          }。`
          : "");
    },
  });
}

function withInterval(x: Allocation, f: Formatter): string {
  return x.intervals
    ? `${f.number(x.a, 2)} (${f.number(x.intervals.a.lower, 2)}–${
      f.number(x.intervals.a.upper, 2)
    })`
    : f.number(x.a, 2);
}

/**
 * Our Approach-2 exponent beside the Approach-3 refit and the published values; whether Kaplan's
 * 0.73 lies inside our intervals.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { approachesText } from "./compute_camps_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const c = (hi: number) => ({
 *   approach2: { a: 0.518, b: 0.482, budgets: 9, runs: 130, intervals: { a: { lower: 0.486, upper: hi }, b: { lower: 0.45, upper: 0.51 } } },
 *   approach3: { a: 0.46, b: 0.54, intervals: { a: { lower: 0.44, upper: 0.48 }, b: { lower: 0.52, upper: 0.56 } } },
 *   published: { kaplan: { a: 0.73, b: 0.27 }, hoffmann2: { a: 0.49, b: 0.51 }, hoffmann3: { a: 0.46, b: 0.54 } },
 * }) as never;
 * assert.equal(approachesText(c(0.55), formatter("en")),
 *   "Our IsoFLOP fit (Approach 2: a parabola per budget over 9 budgets, 130 runs) says the best model size grows as compute to the power 0.52 (0.49–0.55); the Approach-3 refit gives 0.46 (0.44–0.48). Hoffmann et al. report 0.49 and 0.46. Kaplan et al.'s 0.73 lies outside both intervals.");
 * assert.match(approachesText(c(0.8), formatter("en")), /Kaplan et al\.'s 0\.73 lies inside the Approach-2 interval\.$/);
 * ```
 */
export function approachesText(
  c: Pick<ComputeCamps, "approach2" | "approach3" | "published">,
  f: Formatter,
): string {
  const k = c.published.kaplan.a;
  const inside = (x: Allocation) =>
    x.intervals !== undefined && x.intervals.a.lower <= k && k <= x.intervals.a.upper;
  const in2 = inside(c.approach2), in3 = inside(c.approach3);
  return inLang(f.lang, {
    en: () =>
      `Our IsoFLOP fit (Approach 2: a parabola per budget over ${c.approach2.budgets} budgets, ${c.approach2.runs} runs) says the best model size grows as compute to the power ${
        withInterval(c.approach2, f)
      }; the Approach-3 refit ` +
      `gives ${withInterval(c.approach3, f)}. Hoffmann et al. report ${
        f.number(c.published.hoffmann2.a, 2)
      } and ${f.number(c.published.hoffmann3.a, 2)}. Kaplan et al.'s ${f.number(k, 2)} lies ${
        in2 && in3
          ? "inside both intervals"
          : in2
          ? "inside the Approach-2 interval"
          : in3
          ? "inside the Approach-3 interval"
          : "outside both intervals"
      }.`,
    zh: () => {
      const iv = (x: Allocation) =>
        x.intervals
          ? `${f.number(x.a, 2)}（${
            f.range(f.number(x.intervals.a.lower, 2), f.number(x.intervals.a.upper, 2))
          }）`
          : f.number(x.a, 2);
      return `我们的 IsoFLOP 拟合（Approach 2：在 ${c.approach2.budgets} 个预算上各拟合一条抛物线，共 ${c.approach2.runs} 次训练）表明，最佳模型大小按算力的 ${
        iv(c.approach2)
      } 次方增长；Approach 3 的重新拟合给出 ${iv(c.approach3)}。Hoffmann et al. 报告的是 ${
        f.number(c.published.hoffmann2.a, 2)
      } 和 ${f.number(c.published.hoffmann3.a, 2)}。Kaplan et al. 的 ${f.number(k, 2)} ${
        in2 && in3
          ? "落在两个区间之内"
          : in2
          ? "落在 Approach 2 的区间之内"
          : in3
          ? "落在 Approach 3 的区间之内"
          : "落在两个区间之外"
      }。`;
    },
  });
}

/**
 * The course's question "more data and a small model, or less data and a big one?", answered
 * with the inference-aware plan for a model that will serve `heavy.inferenceTokens` tokens.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { smallOrBigText } from "./compute_camps_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const inference = (savings: number) => ({ heavy: {
 *   inferenceTokens: 1e13, params: 30e9, tokens: 4e12, tokensPerParam: 133, savings,
 *   chinchilla: { params: 70e9, tokens: 1.4e12, tokensPerParam: 20 },
 * } }) as never;
 * assert.equal(smallOrBigText({ inference: inference(0.28) }, formatter("en")),
 *   "More data and a small model, or less data and a big one? For training alone, the compute-optimal model for this loss has 70B parameters and 1.4T tokens (20 per parameter). A model that will serve 10T tokens is cheaper overall when smaller and trained longer: 30B parameters on 4T tokens (133 per parameter), saving 28% of training-plus-inference compute.");
 * assert.match(smallOrBigText({ inference: inference(0) }, formatter("en")), /serve 10T tokens needs no change: the compute-optimal model is also the cheapest overall\.$/);
 * ```
 */
export function smallOrBigText(c: Pick<ComputeCamps, "inference">, f: Formatter): string {
  const h = c.inference.heavy, opt = h.chinchilla;
  return inLang(f.lang, {
    en: () =>
      "More data and a small model, or less data and a big one? For training alone, the " +
      `compute-optimal model for this loss has ${f.params(opt.params)} parameters and ${
        f.tokens(opt.tokens)
      } tokens (${f.number(opt.tokensPerParam, 2)} per parameter). ` +
      (h.savings > 0.005
        ? `A model that will serve ${f.tokens(h.inferenceTokens)} tokens is cheaper overall when ` +
          `smaller and trained longer: ${f.params(h.params)} parameters on ${
            f.tokens(h.tokens)
          } tokens (${f.number(h.tokensPerParam)} per parameter), saving ${
            f.percent(h.savings, 0)
          } of training-plus-inference compute.`
        : `A model that will serve ${
          f.tokens(h.inferenceTokens)
        } tokens needs no change: the compute-optimal model is also the cheapest overall.`),
    zh: () =>
      "多数据配小模型，还是少数据配大模型？只看训练，达到这个损失的计算最优模型有 " +
      `${f.params(opt.params)}参数和 ${f.tokens(opt.tokens)} tokens（每个参数 ${
        f.number(opt.tokensPerParam, 2)
      } 个）。` +
      (h.savings > 0.005
        ? `一个要处理 ${
          f.tokens(h.inferenceTokens)
        } tokens 推理的模型，做得更小、训练得更久，总体上更便宜：` +
          `${f.params(h.params)}参数配 ${f.tokens(h.tokens)} tokens（每个参数 ${
            f.number(h.tokensPerParam)
          } 个），可节省训练加推理总算力的 ${f.percent(h.savings, 0)}。`
        : `一个要处理 ${
          f.tokens(h.inferenceTokens)
        } tokens 推理的模型无需改变：计算最优的模型总体上也是最便宜的。`),
  });
}

/**
 * The course's question "what will emergence mean for applications?", with how many of our
 * thresholds are placed inside the data and how many are only bounds, and the censoring limit.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { applicationsText } from "./compute_camps_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const r = (inside: number[], atLastSize: number) => ({ ours: { total: inside.length + atLastSize, inside, atLastSize, largest: 137e9 } }) as never;
 * assert.equal(applicationsText(r([2.54e9, 13.4e9], 6), formatter("en")),
 *   "What will emergence mean for applications? An ability may be absent from a model that is too small and present in one a few times larger, so a product built on a small model can miss it entirely. Of our 8 thresholds, 2 are placed inside the data (2.54B to 13.4B), each with an interval that says how sure the placement is; for 6 only the largest model measured is past the threshold, so they are bounds, not points. Thresholds cannot say whether an ability appears beyond 137B: that needs larger models, or a metric that shows partial progress before the jump.");
 * assert.match(applicationsText(r([3e9], 0), formatter("en")), /1 is placed inside the data \(3B\), each with an interval that says how sure the placement is; none is only bounded\. Thresholds/);
 * ```
 */
export function applicationsText(r: Pick<RuleOfThumb, "ours">, f: Formatter): string {
  const { total, inside, atLastSize: m, largest } = r.ours;
  const b = r.ours.beyond ?? 0;
  const k = inside.length;
  const range = k === 0
    ? ""
    : k === 1
    ? ` (${f.params(inside[0]!)})`
    : ` (${f.params(inside[0]!)} to ${f.params(inside.at(-1)!)})`;
  return inLang(f.lang, {
    en: () =>
      "What will emergence mean for applications? An ability may be absent from a model that is " +
      "too small and present in one a few times larger, so a product built on a small model can " +
      `miss it entirely. Of our ${total} thresholds, ${k} ${
        k === 1 ? "is" : "are"
      } placed inside the data${range}, each with an interval that says how sure the placement ` +
      `is; ${
        m === 0 && b === 0
          ? "none is only bounded"
          : m === 0
          ? ""
          : `for ${m} only the largest model measured is past the threshold, so ${
            m === 1 ? "it is a bound, not a point" : "they are bounds, not points"
          }`
      }${
        b === 0
          ? ""
          : `${m === 0 ? "" : "; "}for ${b} the fitted curve does not reach the threshold within ` +
            `the data, so ${b === 1 ? "it lies" : "they lie"} above ${f.params(largest)}`
      }. Thresholds cannot say whether an ability appears beyond ${
        f.params(largest)
      }: that needs larger models, or a metric that shows partial progress before the jump.`,
    zh: () => {
      const zhRange = k === 0
        ? ""
        : k === 1
        ? `（${f.params(inside[0]!)}）`
        : `（${f.params(inside[0]!)} 到 ${f.params(inside.at(-1)!)}）`;
      return "涌现对应用意味着什么？一种能力可能在太小的模型里没有，在大几倍的模型里却出现了，" +
        `所以基于小模型的产品可能完全缺少它。在我们的 ${total} 个阈值中，有 ${k} 个落在数据范围之内${zhRange}，` +
        `每个都附有说明定位有多可靠的区间；${
          m === 0 && b === 0
            ? "没有一个只能给出范围"
            : m === 0
            ? ""
            : `有 ${m} 个只有测过的最大模型越过了阈值，所以${
              m === 1 ? "它是一个范围，而不是一个点" : "它们是范围，而不是点"
            }`
        }${
          b === 0
            ? ""
            : `${m === 0 ? "" : "；"}${
              m === 0 ? "有" : "另有"
            } ${b} 个，拟合曲线在数据范围内没有达到阈值，所以阈值高于 ${f.params(largest)}`
        }。阈值无法说明一种能力是否会在 ${
          f.params(largest)
        }之外出现：这需要更大的模型，或者一个能在跃升之前显示部分进展的指标。`;
    },
  });
}
