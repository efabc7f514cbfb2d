/**
 * Chapter 4's computed sentences and chart titles about the frontier and the exponents: every
 * count, comparison and direction comes from a {@linkcode ComputeAllocation}, worded per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import { ALLOCATION_BUDGETS, type ComputeAllocation } from "./compute_allocation.ts";

/** |a − b| up to this counts as parameters and data growing "at about the same rate". */
export const SAME_RATE_WITHIN = 0.1;

/** Two exponents this close count as "in line" with each other. */
export const IN_LINE_WITHIN = 0.05;

/**
 * How parameters and data should grow with compute: "same" when |a − b| ≤ SAME_RATE_WITHIN,
 * else whichever exponent is larger.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { allocationGrowth } from "./compute_allocation_text.ts";
 * assert.equal(allocationGrowth(0.51, 0.49), "same");
 * assert.equal(allocationGrowth(0.73, 0.27), "params");
 * ```
 */
export function allocationGrowth(a: number, b: number): "same" | "params" | "data" {
  return Math.abs(a - b) <= SAME_RATE_WITHIN ? "same" : a > b ? "params" : "data";
}

/** "from 1,000 resamples, all of which converged" / "of which 990 (99.0%) converged". */
function resamplesPhrase(r: Pick<ComputeAllocation, "bootstrap">, f: Formatter): string {
  const { resamples, converged } = r.bootstrap;
  return inLang(f.lang, {
    en: () =>
      converged === resamples
        ? `from ${f.number(resamples, 6)} resamples, all of which converged`
        : `from ${f.number(resamples, 6)} resamples, of which ${f.number(converged, 6)} (${
          f.percent(converged / resamples)
        }) converged`,
    zh: () =>
      converged === resamples
        ? `基于 ${f.number(resamples, 6)} 次重抽样，全部收敛`
        : `基于 ${f.number(resamples, 6)} 次重抽样，其中 ${f.number(converged, 6)} 次（${
          f.percent(converged / resamples)
        }）收敛`,
  });
}

/**
 * Our exponents with intervals, the direction they imply, and the optimum at Chinchilla's budget.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { exponentsSentence } from "./compute_allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * const text = exponentsSentence(r, f);
 * assert.match(text, /from 10 resamples, of which 9 \(90\.0%\) converged: parameters and data should grow at about the same rate/);
 * assert.match(text, /Chinchilla itself was trained with 20\.$/);
 * ```
 */
export function exponentsSentence(r: ComputeAllocation, f: Formatter): string {
  const { optimum, intervals } = r;
  const chinchilla = r.models.chinchilla;
  return inLang(f.lang, {
    en: () => {
      const rate = {
        same: "parameters and data should grow at about the same rate",
        params: "parameters should grow faster than data",
        data: "data should grow faster than parameters",
      }[allocationGrowth(optimum.a, optimum.b)];
      return `Our fit gives **a = ${f.number(optimum.a)}** (95% bootstrap percentile interval ${
        f.interval(intervals.a.lower, intervals.a.upper)
      }) and **b = ${f.number(optimum.b)}** (${
        f.interval(intervals.b.lower, intervals.b.upper)
      }), ${resamplesPhrase(r, f)}: ${rate}. At Chinchilla's budget of ${
        f.flops(r.budget, 3)
      } FLOP the law picks ${f.params(optimum.params)} parameters and ${
        f.tokens(optimum.tokens)
      } tokens — **${f.number(optimum.tokensPerParam)} tokens per parameter** (95% interval ${
        f.interval(intervals.tokensPerParam.lower, intervals.tokensPerParam.upper)
      })${
        chinchilla
          ? `; Chinchilla itself was trained with ${f.number(chinchilla.tokensPerParam)}.`
          : "."
      }`;
    },
    zh: () => {
      const rate = {
        same: "参数和数据应以大致相同的速度增长",
        params: "参数应比数据增长得更快",
        data: "数据应比参数增长得更快",
      }[allocationGrowth(optimum.a, optimum.b)];
      return `我们的拟合给出 **a = ${f.number(optimum.a)}**（95% 自助法百分位区间 ${
        f.interval(intervals.a.lower, intervals.a.upper)
      }）和 **b = ${f.number(optimum.b)}**（${
        f.interval(intervals.b.lower, intervals.b.upper)
      }），${resamplesPhrase(r, f)}：${rate}。在 Chinchilla 的 ${
        f.flops(r.budget, 3)
      } FLOP 预算下，法则选择 ${f.params(optimum.params)}参数和 ${
        f.tokens(optimum.tokens)
      } tokens——**每个参数 ${f.number(optimum.tokensPerParam)} 个 tokens**（95% 区间 ${
        f.interval(intervals.tokensPerParam.lower, intervals.tokensPerParam.upper)
      }）${
        chinchilla ? `；Chinchilla 本身的训练用的是 ${f.number(chinchilla.tokensPerParam)}。` : "。"
      }`;
    },
  });
}

/**
 * The frontier chart's title: the exponent and which years' models sit above the line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { frontierTitle } from "./compute_allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.equal(frontierTitle(r, f), "The compute-optimal model grows as C^0.45: the big models of 2021–2022 sit above the line");
 * ```
 */
export function frontierTitle(r: ComputeAllocation, f: Formatter): string {
  const years = r.underTrainedYears;
  return inLang(f.lang, {
    en: () =>
      `The compute-optimal model grows as C^${f.number(r.optimum.a, 2)}: ${
        years === undefined
          ? "no model in the table sits above the line"
          : `the big models of ${
            years.lower === years.upper ? years.lower : `${years.lower}–${years.upper}`
          } sit above the line`
      }`,
    zh: () =>
      `计算最优模型按 C^${f.number(r.optimum.a, 2)} 增长：${
        years === undefined
          ? "表中没有模型位于这条线之上"
          : `${
            years.lower === years.upper
              ? `${years.lower}`
              : f.range(`${years.lower}`, `${years.upper}`)
          } 年的大模型都位于这条线之上`
      }`,
  });
}

/**
 * Kaplan vs Hoffmann vs Besiroglu: the published exponents, the current explanation of the gap
 * (Pearce & Song 2024; Porian et al. 2024), and Besiroglu et al.'s replication of Approach 3 —
 * "mis-reported" only when the printed fit's exponent differs from the refit's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { threeAnswersSentence } from "./compute_allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.match(threeAnswersSentence(r, f), /^Kaplan et al\. 2020 found \$a \\approx 0\.73\$: put most of a bigger budget into parameters\./);
 * ```
 */
export function threeAnswersSentence(r: ComputeAllocation, f: Formatter): string {
  const e = r.exponents;
  const inLine = Math.abs(e.besiroglu - e.approach1) <= IN_LINE_WITHIN &&
    Math.abs(e.besiroglu - e.approach2) <= IN_LINE_WITHIN;
  const misreported = Math.abs(e.printedLaw - e.besiroglu) > IN_LINE_WITHIN;
  const ours = r.intervals.a;
  const oursAgrees = [e.approach1, e.approach2].every((a) => a >= ours.lower && a <= ours.upper);
  return inLang(f.lang, {
    en: () =>
      `Kaplan et al. 2020 found $a \\approx ${f.number(e.kaplan, 2)}$: ${
        e.kaplan > 0.5
          ? "put most of a bigger budget into parameters"
          : e.kaplan < 0.5
          ? "put most of a bigger budget into data"
          : "split a bigger budget equally"
      }. Hoffmann et al. 2022 found $a \\approx ${f.number(e.approach1, 2)}$ with their first ` +
      `method and $${f.number(e.approach2, 2)}$ with their second. Hoffmann et al. blamed ` +
      "Kaplan et al.'s single learning-rate schedule; two 2024 analyses trace the gap to how " +
      "Kaplan et al. counted and fitted. Pearce & Song 2024 (_Reconciling Kaplan and Chinchilla " +
      "Scaling Laws_, arXiv:2406.12907) show that counting only non-embedding parameters and " +
      "fitting on small models pushes the exponent up towards Kaplan et al.'s; Porian et al. 2024 " +
      "(_Resolving Discrepancies in Compute-Optimal Scaling of Language Models_, " +
      "arXiv:2406.19146) reproduce Kaplan et al.'s exponent and close the gap by counting the " +
      "last layer's FLOPs, fitting the warmup to the model size and tuning the optimiser at small " +
      "scale. Besiroglu et al. 2024 (_Chinchilla Scaling: A replication attempt_) refitted " +
      "Hoffmann et al.'s third method to the points extracted from their Figure 4: " +
      (misreported
        ? `the printed fit (which implies $a = ${f.number(e.printedLaw, 2)}$) was mis-reported, `
        : `the printed fit (which implies $a = ${f.number(e.printedLaw, 2)}$) holds up, `) +
      `and their refit gives $a = ${f.number(e.besiroglu, 2)}$, ${
        inLine ? "in line with" : "unlike"
      } the other two methods — ${
        oursAgrees
          ? "as does our refit."
          : `our refit's interval for a (${f.interval(ours.lower, ours.upper)}) excludes them.`
      }`,
    zh: () =>
      `Kaplan et al. 2020 得到 $a \\approx ${f.number(e.kaplan, 2)}$：${
        e.kaplan > 0.5
          ? "更多的预算大部分应投入参数"
          : e.kaplan < 0.5
          ? "更多的预算大部分应投入数据"
          : "更多的预算应在两者之间平分"
      }。Hoffmann et al. 2022 用第一种方法得到 $a \\approx ${f.number(e.approach1, 2)}$，` +
      `用第二种方法得到 $${f.number(e.approach2, 2)}$。Hoffmann et al. 把差异归咎于 ` +
      "Kaplan et al. 只用了一种学习率调度；2024 年的两项分析则把差距追溯到 Kaplan et al. 的计数和拟合方式。" +
      "Pearce & Song 2024（_Reconciling Kaplan and Chinchilla Scaling Laws_，arXiv:2406.12907）" +
      "表明，只计非嵌入参数、并在小模型上拟合，会把指数推高到 Kaplan et al. 的数值附近；" +
      "Porian et al. 2024（_Resolving Discrepancies in Compute-Optimal Scaling of Language Models_，" +
      "arXiv:2406.19146）复现了 Kaplan et al. 的指数，并通过计入最后一层的 FLOP、让预热随模型大小调整、" +
      "在小规模上调好优化器，消除了这一差距。Besiroglu et al. 2024（_Chinchilla Scaling: A " +
      "replication attempt_）在从 Hoffmann et al. 的图 4 中提取的数据点上重新拟合了他们的第三种方法：" +
      (misreported
        ? `发表的拟合（对应 $a = ${f.number(e.printedLaw, 2)}$）报告有误，`
        : `发表的拟合（对应 $a = ${f.number(e.printedLaw, 2)}$）站得住，`) +
      `他们的重新拟合给出 $a = ${f.number(e.besiroglu, 2)}$，${
        inLine ? "与另外两种方法一致" : "与另外两种方法不同"
      }——${
        oursAgrees
          ? "我们的重新拟合也是如此。"
          : `我们的重新拟合给出的 a 的区间（${f.interval(ours.lower, ours.upper)}）排除了它们。`
      }`,
  });
}

/**
 * The tokens-per-parameter chart's title: the fitted range and the band's range.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { ratioTitle } from "./compute_allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.match(ratioTitle(r, f), /from 10¹⁸ to 10²⁷ FLOP \(95% band 0\.3–0\.6\)$/);
 * ```
 */
export function ratioTitle(r: ComputeAllocation, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `Compute-optimal training uses ${f.number(r.ratioRange.lower, 2)}–${
        f.number(r.ratioRange.upper, 2)
      } tokens per parameter from ${f.flops(ALLOCATION_BUDGETS[0]!)} to ${
        f.flops(ALLOCATION_BUDGETS.at(-1)!)
      } FLOP (95% band ${f.number(r.ratioBand.lower, 2)}–${f.number(r.ratioBand.upper, 2)})`,
    zh: () =>
      `从 ${f.flops(ALLOCATION_BUDGETS[0]!)} 到 ${
        f.flops(ALLOCATION_BUDGETS.at(-1)!)
      } FLOP，计算最优训练每个参数用 ${
        f.range(f.number(r.ratioRange.lower, 2), f.number(r.ratioRange.upper, 2))
      } 个 tokens（95% 色带 ${
        f.range(f.number(r.ratioBand.lower, 2), f.number(r.ratioBand.upper, 2))
      }）`,
  });
}

/**
 * The chapter's key finding for the index page.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { computeAllocation } from "./compute_allocation.ts";
 * import { allocationSummary } from "./compute_allocation_text.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }; // Hoffmann et al.'s printed law
 * const boot = { resamples: 10, converged: 9, intervals: new Proxy({}, { get: () => ({ lower: 0.3, upper: 0.6 }) }) };
 * const model = (name: string, year: number, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const models = [model("Gopher 280B", 2021, 280e9, 300e9), model("Chinchilla 70B", 2022, 70e9, 1.4e12), model("LLaMA 7B", 2023, 6.7e9, 1e12)];
 * const r = computeAllocation(law, boot, { models, table3: [] });
 * const f = formatter("en");
 * assert.match(allocationSummary(r, f), /2 of 3 real models were too large for their data/);
 * ```
 */
export function allocationSummary(r: ComputeAllocation, f: Formatter): string {
  const { optimum } = r, under = r.models.verdicts["under-trained"].length;
  const heavy = r.inference.heavy;
  return inLang(f.lang, {
    en: () =>
      `**Compute allocation:** ${
        {
          same: "parameters and data should grow about equally with compute",
          params: "parameters should grow faster than data with compute",
          data: "data should grow faster than parameters with compute",
        }[allocationGrowth(optimum.a, optimum.b)]
      } (N ∝ C^${f.fixed(optimum.a, 2)}, 95% bootstrap percentile interval ${
        f.interval(r.intervals.a.lower, r.intervals.a.upper)
      }; D ∝ C^${f.fixed(optimum.b, 2)}, ${
        f.interval(r.intervals.b.lower, r.intervals.b.upper)
      }), about ${f.number(optimum.tokensPerParam, 2)} tokens per parameter (${
        f.interval(r.intervals.tokensPerParam.lower, r.intervals.tokensPerParam.upper)
      }) at Chinchilla's budget; ${f.number(under)} of ${
        f.number(r.models.placements.length)
      } real models ${under === 1 ? "was" : "were"} too large for their data, and for a model ` +
      `serving ${f.tokens(heavy.inferenceTokens)} tokens a ${
        heavy.params < heavy.chinchilla.params ? "smaller, longer-trained" : "larger"
      } model saves ${f.percent(heavy.savings, 0)} of total compute.`,
    zh: () =>
      `**算力分配：** ${
        {
          same: "随算力增加，参数和数据应大致同步增长",
          params: "随算力增加，参数应比数据增长得更快",
          data: "随算力增加，数据应比参数增长得更快",
        }[allocationGrowth(optimum.a, optimum.b)]
      }（N ∝ C^${f.fixed(optimum.a, 2)}，95% 自助法百分位区间 ${
        f.interval(r.intervals.a.lower, r.intervals.a.upper)
      }；D ∝ C^${f.fixed(optimum.b, 2)}，${
        f.interval(r.intervals.b.lower, r.intervals.b.upper)
      }），在 Chinchilla 的预算下约为每个参数 ${f.number(optimum.tokensPerParam, 2)} 个 tokens（${
        f.interval(r.intervals.tokensPerParam.lower, r.intervals.tokensPerParam.upper)
      }）；${f.number(r.models.placements.length)} 个真实模型中有 ${
        f.number(under)
      } 个相对其数据而言太大；对于要处理 ${f.tokens(heavy.inferenceTokens)} tokens 推理的模型，${
        heavy.params < heavy.chinchilla.params ? "更小、训练更久" : "更大"
      }的模型可节省总算力的 ${f.percent(heavy.savings, 0)}。`,
  });
}
