/**
 * Issue 16's compute figures: the three camps' models (parameters against training tokens) and
 * the allocation exponents — ours (Approach 2 and 3) beside the published ones. Prose from
 * lib/analyze.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { CAMP_IDS, type CampId, type ComputeCamps } from "../../analyze/compute_camps.ts";
import { type ByLang, inLang } from "../../locale/lang.ts";
import type { Chart } from "../chart.ts";
import { scatterChart } from "../scatter.ts";
import { type Table, table } from "../table.ts";

/** The camps' names in words (short: they label the legend; the prose names the papers). */
export const CAMP_NAMES: Record<CampId, ByLang<string>> = {
  openai: { en: "OpenAI", zh: "OpenAI" },
  deepmind: { en: "DeepMind", zh: "DeepMind" },
  meta: { en: "Meta", zh: "Meta" },
};

/**
 * The camps' models: parameters against training tokens, the 20-tokens-per-parameter line as the
 * compute-optimal reference.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { campsFigure } from "./story_compute.ts";
 * const m = (model: string, params: number, tokens: number) => ({ model, params, tokens, tokensPerParam: tokens / params, flops: 6 * params * tokens });
 * const c = { camps: { openai: [m("GPT-3 175B", 175e9, 3e11)], deepmind: [m("Chinchilla 70B", 70e9, 1.4e12)], meta: [] }, published: { kaplan: { a: 0.73, b: 0.27 } } } as never;
 * const chart = campsFigure(c, formatter("en"));
 * assert.equal(chart.rows.length, 2);
 * ```
 */
export function campsFigure(c: Pick<ComputeCamps, "camps" | "published">, f: Formatter): Chart {
  const words = inLang(f.lang, {
    en: () => ({
      // A word for the tooltip and the data table: the field name is its title.
      ratio: "tokens per parameter",
      title: "Three camps: how many tokens each trains per parameter",
      description:
        "Training tokens against parameters of each camp's models; the dashed line is 20 tokens per parameter, the compute-optimal ratio of Hoffmann et al. 2022.",
      source: "Brown et al. 2020 (Table D.1), Hoffmann et al. 2022 (Table 1), Touvron et al. " +
        "2023 (LLaMA Table 2; Llama 2 model card)",
      x: "Parameters (log scale)",
      y: "Training tokens (log scale)",
      camp: "Camp",
      fit: "20 tokens per parameter",
    }),
    zh: () => ({
      ratio: "每参数 tokens 数",
      title: "三大阵营：每个参数各训练多少 tokens",
      description:
        "各阵营模型的训练 tokens 与参数的关系；虚线是每个参数 20 个 tokens，即 Hoffmann et al. 2022 的计算最优比例。",
      source: "Brown et al. 2020（Table D.1），Hoffmann et al. 2022（Table 1），Touvron et al. " +
        "2023（LLaMA Table 2；Llama 2 模型卡）",
      x: "参数（对数坐标）",
      y: "训练 tokens（对数坐标）",
      camp: "阵营",
      fit: "每个参数 20 个 tokens",
    }),
  });
  const rows = CAMP_IDS.flatMap((id) =>
    c.camps[id].map(({ tokensPerParam, ...m }) => ({
      ...m,
      camp: CAMP_NAMES[id][f.lang],
      // One decimal is what the prose states.
      [words.ratio]: Math.round(tokensPerParam * 10) / 10,
    }))
  );
  const params = rows.map((r) => r.params);
  const lo = Math.min(...params) / 1.5, hi = Math.max(...params) * 1.5;
  return scatterChart(rows, {
    lang: f.lang,
    title: words.title,
    description: words.description,
    source: words.source,
    x: { field: "params", title: words.x, log: true, quantity: "params" },
    y: { field: "tokens", title: words.y, log: true, quantity: "tokens" },
    color: {
      field: "camp",
      title: words.camp,
      domain: CAMP_IDS.map((id) => CAMP_NAMES[id][f.lang]),
    },
    fits: [{
      label: words.fit,
      f: (n: number) => 20 * n,
      from: lo,
      to: hi,
    }],
    tooltip: ["model", words.ratio],
  });
}

/**
 * The allocation exponents a (N_opt ∝ C^a) and b (D_opt ∝ C^b): ours and the published ones.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { approachesTable } from "./story_compute.ts";
 * const c = {
 *   approach2: { a: 0.518, b: 0.482, budgets: 9, runs: 130, intervals: { a: { lower: 0.486, upper: 0.55 }, b: { lower: 0.45, upper: 0.514 } } },
 *   approach3: { a: 0.46, b: 0.54 },
 *   published: { kaplan: { a: 0.73, b: 0.27 }, hoffmann2: { a: 0.49, b: 0.51 }, hoffmann3: { a: 0.46, b: 0.54 } },
 * } as never;
 * const t = approachesTable(c, formatter("en"));
 * assert.equal(t.rows[0]?.a, "0.52 (0.49–0.55)");
 * assert.equal(t.rows.length, 5);
 * ```
 */
export function approachesTable(
  c: Pick<ComputeCamps, "approach2" | "approach3" | "published">,
  f: Formatter,
): Table {
  const cell = (x: number, i?: { lower: number; upper: number }) =>
    i
      ? `${f.number(x, 2)} (${f.range(f.number(i.lower, 2), f.number(i.upper, 2))})`
      : f.number(x, 2);
  const words = inLang(f.lang, {
    en: () => ({
      ours2: "This report: Approach 2 (IsoFLOP profiles)",
      ours3: "This report: Approach 3 (fitted loss law)",
      estimate: "Estimate",
      a: "Parameters: exponent a (95% interval)",
      b: "Tokens: exponent b (95% interval)",
      caption:
        "The compute-optimal model size grows as compute to the power a, the tokens as compute to the power b (a + b = 1); ours with 95% bootstrap percentile intervals, the papers' as printed.",
    }),
    zh: () => ({
      ours2: "本报告：Approach 2（IsoFLOP 曲线）",
      ours3: "本报告：Approach 3（拟合的损失法则）",
      estimate: "估计",
      a: "参数：指数 a（95% 区间）",
      b: "tokens：指数 b（95% 区间）",
      caption:
        "计算最优的模型大小按算力的 a 次方增长，tokens 按算力的 b 次方增长（a + b = 1）；我们的估计附 95% 自助法百分位区间，论文的按原文列出。",
    }),
  });
  const rows = [
    { source: words.ours2, x: c.approach2 },
    { source: words.ours3, x: c.approach3 },
    { source: "Hoffmann et al. 2022: Approach 2", x: c.published.hoffmann2 },
    { source: "Hoffmann et al. 2022: Approach 3", x: c.published.hoffmann3 },
    { source: "Kaplan et al. 2020", x: c.published.kaplan },
  ].map(({ source, x }) => ({
    source,
    a: cell(x.a, x.intervals?.a),
    b: cell(x.b, x.intervals?.b),
  }));
  return table(rows, [
    { key: "source", title: words.estimate },
    { key: "a", title: words.a },
    { key: "b", title: words.b },
  ], { caption: words.caption, lang: f.lang });
}
