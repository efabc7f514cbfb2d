/**
 * Chapter 4's computed sentences about real models and inference: Gopher against Chinchilla, the
 * verdicts, LLaMA 7B's tokens per parameter and the inference-aware plans, from a
 * {@linkcode ComputeAllocation}, worded per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { ComputeAllocation } from "./compute_allocation.ts";
import type { GopherVsChinchilla } from "./allocation_placements.ts";

/** Budgets within this factor of each other count as "about the same compute". */
export const SAME_COMPUTE_WITHIN = 1.25;

/** Gopher against Chinchilla: compute, size, data and predicted losses, and which one wins. */
function gopherVsChinchilla(g: GopherVsChinchilla, f: Formatter): string {
  const { gopher, chinchilla, printedLaw } = g;
  const sameCompute = Math.max(gopher.flops, chinchilla.flops) /
      Math.min(gopher.flops, chinchilla.flops) <= SAME_COMPUTE_WITHIN;
  const [small, large] = chinchilla.params <= gopher.params
    ? [chinchilla, gopher]
    : [gopher, chinchilla];
  const smallName = small === chinchilla ? "Chinchilla" : "Gopher";
  // The gap is larger minus smaller; an interval that holds zero leaves the winner open.
  const gap = g.lossGap;
  const tied = gap !== undefined && gap.lower <= 0 && gap.upper >= 0;
  const sizeRatio = gopher.params / chinchilla.params,
    dataRatio = chinchilla.tokens / gopher.tokens;
  return inLang(f.lang, {
    en: () =>
      `**Gopher vs Chinchilla.** ${
        sameCompute
          ? "Both were trained with about the same compute"
          : "They were trained with different compute"
      } (${f.flops(gopher.flops, 3)} vs ${f.flops(chinchilla.flops, 3)} FLOP as 6ND). ` +
      `Gopher has ${f.params(gopher.params)} parameters and saw ${
        f.tokens(gopher.tokens)
      } tokens; Chinchilla is ${
        sizeRatio >= 1
          ? `${f.number(sizeRatio, 2)}× smaller`
          : `${f.number(1 / sizeRatio, 2)}× larger`
      } and saw ${
        dataRatio >= 1 ? `${f.number(dataRatio, 2)}× more` : `${f.number(1 / dataRatio, 2)}× fewer`
      } tokens. Our law predicts a loss of **${f.fixed(gopher.predictedLoss, 3)}** for Gopher ` +
      `and **${f.fixed(chinchilla.predictedLoss, 3)}** for Chinchilla (Hoffmann et al.'s ` +
      `printed law: ${f.fixed(printedLaw.gopher, 3)} and ${f.fixed(printedLaw.chinchilla, 3)}) — ${
        tied
          ? `a gap of ${f.fixed(gap!.estimate, 3)} whose 95% bootstrap percentile interval (${
            f.fixed(gap!.lower, 3)
          } to ${f.fixed(gap!.upper, 3)}) includes zero: our law cannot tell them apart.`
          : small.predictedLoss < large.predictedLoss
          ? `the smaller model wins${
            gap
              ? ` (gap ${f.fixed(gap.estimate, 3)}, 95% bootstrap percentile interval ${
                f.fixed(gap.lower, 3)
              } to ${f.fixed(gap.upper, 3)})`
              : ""
          }${
            smallName === "Chinchilla"
              ? ", as it did on almost every benchmark in Hoffmann et al. 2022"
              : ""
          }.`
          : "the larger model wins by our law."
      }`,
    zh: () =>
      `**Gopher 与 Chinchilla。** ${
        sameCompute ? "两者的训练算力大致相同" : "两者的训练算力不同"
      }（按 6ND 分别为 ${f.flops(gopher.flops, 3)} 和 ${f.flops(chinchilla.flops, 3)} FLOP）。` +
      `Gopher 有 ${f.params(gopher.params)}参数，见过 ${f.tokens(gopher.tokens)} tokens；` +
      `Chinchilla 的参数规模${
        sizeRatio >= 1
          ? `是它的 1/${f.number(sizeRatio, 2)}`
          : `是它的 ${f.number(1 / sizeRatio, 2)} 倍`
      }，见过的 tokens ${
        dataRatio >= 1
          ? `是它的 ${f.number(dataRatio, 2)} 倍`
          : `只有它的 1/${f.number(1 / dataRatio, 2)}`
      }。我们的法则预测 Gopher 的损失为 **${f.fixed(gopher.predictedLoss, 3)}**，Chinchilla 为 **${
        f.fixed(chinchilla.predictedLoss, 3)
      }**（Hoffmann et al. 发表的法则：${f.fixed(printedLaw.gopher, 3)} 和 ${
        f.fixed(printedLaw.chinchilla, 3)
      }）——${
        tied
          ? `差距为 ${f.fixed(gap!.estimate, 3)}，其 95% 自助法百分位区间（${
            f.fixed(gap!.lower, 3)
          } 至 ${f.fixed(gap!.upper, 3)}）包含零：我们的法则分不出两者的高下。`
          : small.predictedLoss < large.predictedLoss
          ? `较小的模型胜出${
            gap
              ? `（差距 ${f.fixed(gap.estimate, 3)}，95% 自助法百分位区间 ${
                f.fixed(gap.lower, 3)
              } 至 ${f.fixed(gap.upper, 3)}）`
              : ""
          }${
            smallName === "Chinchilla" ? "，正如它在 Hoffmann et al. 2022 的几乎所有基准上那样" : ""
          }。`
          : "按我们的法则，较大的模型胜出。"
      }`,
  });
}

/**
 * Gopher vs Chinchilla, then the models under-trained, near-optimal and over-trained by our law.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { placementsSentence } from "./allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * const text = placementsSentence(r, f);
 * assert.match(text, /Both were trained with about the same compute \(5\.04×10²³ vs 5\.88×10²³ FLOP as 6ND\)/);
 * assert.match(text, /Under-trained by our law: Gopher 280B, Chinchilla 70B\./);
 * ```
 */
export function placementsSentence(r: ComputeAllocation, f: Formatter): string {
  const v = r.models.verdicts;
  const names = (list: string[]) =>
    list.join(inLang(f.lang, { en: () => ", ", zh: () => "、" })) ||
    inLang(f.lang, { en: () => "none", zh: () => "无" });
  const pair = r.models.gopherVsChinchilla;
  return inLang(f.lang, {
    en: () =>
      `${pair ? `${gopherVsChinchilla(pair, f)}\n\n` : ""}` +
      `Under-trained by our law: ${names(v["under-trained"])}.\n` +
      `Near compute-optimal: ${names(v["compute-optimal"])}.\n` +
      `Over-trained: ${names(v["over-trained"])}.`,
    zh: () =>
      `${pair ? `${gopherVsChinchilla(pair, f)}\n\n` : ""}` +
      `按我们的法则训练不足：${names(v["under-trained"])}。\n` +
      `接近计算最优：${names(v["compute-optimal"])}。\n` +
      `过度训练：${names(v["over-trained"])}。`,
  });
}

/**
 * LLaMA 7B's size, data and tokens per parameter, computed from N and D.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { llamaSentence } from "./allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.match(llamaSentence(r, f), /6\.7B parameters and was trained on 1T tokens, 149 tokens per parameter\./);
 * ```
 */
export function llamaSentence(r: ComputeAllocation, f: Formatter): string {
  const llama = r.models.llama;
  return inLang(f.lang, {
    en: () =>
      llama
        ? `That is what LLaMA did (Touvron et al. 2023): LLaMA 7B has ${
          f.params(llama.params)
        } parameters and was trained on ${f.tokens(llama.tokens)} tokens, ${
          f.number(llama.tokensPerParam)
        } tokens per parameter.`
        : "That is what LLaMA did (Touvron et al. 2023).",
    zh: () =>
      llama
        ? `LLaMA 正是这样做的（Touvron et al. 2023）：LLaMA 7B 有 ${
          f.params(llama.params)
        }参数，在 ${f.tokens(llama.tokens)} tokens 上训练，每个参数 ${
          f.number(llama.tokensPerParam)
        } 个 tokens。`
        : "LLaMA 正是这样做的（Touvron et al. 2023）。",
  });
}

/**
 * The inference-aware plan for heavy use against the Chinchilla-optimal one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { inferenceSentence } from "./allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.match(inferenceSentence(r, f), /With no inference at all, the two plans coincide\./);
 * ```
 */
export function inferenceSentence(r: ComputeAllocation, f: Formatter): string {
  const { heavy, none } = r.inference;
  const trainsMore = heavy.trainingFlops > heavy.chinchilla.trainingFlops;
  const coincide = Math.abs(none.savings) < 1e-6 &&
    Math.abs(none.params / none.chinchilla.params - 1) < 1e-3;
  const llama = r.models.llama;
  return inLang(f.lang, {
    en: () =>
      "**More data and a small model, or less data and a big one?** If the model will serve " +
      `${f.tokens(heavy.inferenceTokens)} tokens in its lifetime, the cheapest way to reach the ` +
      `same loss is a ${f.params(heavy.params)}-parameter model trained on ${
        f.tokens(heavy.tokens)
      } tokens (${f.number(heavy.tokensPerParam)} per parameter) instead of the ` +
      `Chinchilla-optimal ${f.params(heavy.chinchilla.params)} on ${
        f.tokens(heavy.chinchilla.tokens)
      }: it costs ${trainsMore ? "more to train but" : "less to train and"} saves ${
        f.percent(heavy.savings, 0)
      } of the total compute. With no inference at all, the two plans ${
        coincide ? "coincide" : "differ"
      }. That is the case for LLaMA-style over-training${
        llama
          ? ` — LLaMA 7B saw ${f.tokens(llama.tokens)} tokens, ${
            f.number(llama.tokensPerParam)
          } per parameter`
          : ""
      }: the training bill is paid once, the inference bill on every token.`,
    zh: () =>
      "**多数据配小模型，还是少数据配大模型？** 如果模型在其生命周期里要处理 " +
      `${f.tokens(heavy.inferenceTokens)} tokens，达到同样损失最便宜的做法是：一个 ${
        f.params(heavy.params)
      }参数的模型，在 ${f.tokens(heavy.tokens)} tokens 上训练（每个参数 ${
        f.number(heavy.tokensPerParam)
      } 个），而不是 Chinchilla 最优的 ${f.params(heavy.chinchilla.params)}参数配 ${
        f.tokens(heavy.chinchilla.tokens)
      } tokens：它的训练${trainsMore ? "更贵，但" : "更便宜，而且"}总算力节省了 ${
        f.percent(heavy.savings, 0)
      }。如果完全没有推理，两个方案${coincide ? "重合" : "不同"}。这就是 LLaMA 式过度训练的道理${
        llama
          ? `——LLaMA 7B 见过 ${f.tokens(llama.tokens)} tokens，每个参数 ${
            f.number(llama.tokensPerParam)
          } 个`
          : ""
      }：训练的账只付一次，推理的账每个 token 都要付。`,
  });
}

/**
 * Caption of the inference-aware table: the target loss and where it comes from.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { plansCaption } from "./allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.match(plansCaption(r, f), /at 5\.76×10²³ FLOP\)/);
 * ```
 */
export function plansCaption(r: ComputeAllocation, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `Cheapest model reaching loss ${f.fixed(r.inference.target, 3)} (the compute-optimal ` +
      `loss at ${f.flops(r.budget, 3)} FLOP) under our fitted law, by expected lifetime inference.`,
    zh: () =>
      `按我们拟合的法则、随预期的终身推理量，达到损失 ${f.fixed(r.inference.target, 3)}（${
        f.flops(r.budget, 3)
      } FLOP 下的计算最优损失）最便宜的模型。`,
  });
}

/**
 * The sweep chart's title: whether optimal tokens per parameter rise with expected use.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { sweepTitle } from "./allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.equal(sweepTitle(r, f), "The more a model will be used, the more tokens per parameter it should be trained on");
 * ```
 */
export function sweepTitle(r: ComputeAllocation, f: Formatter): string {
  const ratios = r.inference.sweep.map((s) => s.ratio);
  const rising = ratios.every((x, i) => i === 0 || x >= ratios[i - 1]!);
  return inLang(f.lang, {
    en: () =>
      rising
        ? "The more a model will be used, the more tokens per parameter it should be trained on"
        : "Optimal training tokens per parameter against a model's expected use",
    zh: () =>
      rising
        ? "模型用得越多，每个参数就应该用越多的 tokens 来训练"
        : "最优的每参数训练 tokens 数与模型的预期使用量",
  });
}
