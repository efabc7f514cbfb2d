/**
 * Chapter 4's figures and tables, built from a lib/analyze `ComputeAllocation`: the
 * compute-optimal frontier with real models, the exponents table, tokens per parameter, the
 * placements table, the inference-aware plans and their sweep.
 * @module
 */
import { type Formatter, formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import type { ComputeAllocation } from "../../analyze/compute_allocation.ts";
import { frontierTitle, ratioTitle } from "../../analyze/compute_allocation_text.ts";
import { plansCaption, sweepTitle } from "../../analyze/allocation_text.ts";
import { rangeCell } from "../../analyze/allocation_range_text.ts";
import { Chart } from "../chart.ts";
import { bandChart } from "../band.ts";
import { lineChart } from "../scatter.ts";
import { type Table, table } from "../table.ts";

/**
 * The chart with the fitted runs' compute range shaded behind it (issue 14: every extrapolated
 * curve shows the range of the data its law was fitted on; the line outside the shade is
 * extrapolated).
 */
function shadeFitted(chart: Chart, r: ComputeAllocation, f: Formatter): Chart {
  if (!r.fitted) return chart;
  const { lower, upper } = r.fitted.flops;
  const label = inLang(f.lang, { en: () => "fitted runs", zh: () => "拟合所用训练" });
  const shade = {
    data: { values: [{ flops: lower, flopsEnd: upper, label, annotation: true }] },
    // Decorative: the chart's description says what the shade is.
    mark: { type: "rect", color: "#888", opacity: 0.12, aria: false },
    encoding: {
      x: { field: "flops", type: "quantitative" },
      x2: { field: "flopsEnd" },
    },
  };
  const text = {
    data: { values: [{ flops: Math.sqrt(lower * upper), label, annotation: true }] },
    mark: { type: "text", baseline: "top", fontSize: 12 },
    encoding: {
      x: { field: "flops", type: "quantitative" },
      y: { value: 4 },
      text: { field: "label", type: "nominal" },
    },
  };
  const spec = chart.spec as { layer: unknown[] };
  const description = `${chart.description} ${
    inLang(f.lang, {
      en: () =>
        `Shaded: the compute of the runs the law was fitted on (${f.flops(lower)} to ${
          f.flops(upper)
        } FLOP); outside it the line is extrapolated.`,
      zh: () =>
        `阴影：拟合法则所用训练的算力（${f.flops(lower)} 至 ${
          f.flops(upper)
        } FLOP）；在它之外，线条是外推的。`,
    })
  }`;
  return new Chart({
    title: chart.title,
    description,
    ...(chart.source === undefined ? {} : { source: chart.source }),
    illustration: chart.illustration,
    spec: { ...chart.spec, description, layer: [shade, text, ...spec.layer] },
    rows: chart.rows,
  });
}

/**
 * N_opt against C with its bootstrap band, and real models' N at 6ND.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { frontierFigure } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const llama = { model: "LLaMA 7B", organization: "Meta AI", year: 2023, params: 6.7e9, tokens: 1e12, flops: 4.02e22, flopsReported: false, source: "" };
 * const result = computeAllocation(law, boot, { models: [llama], table3: [] });
 * assert.ok(frontierFigure(result, formatter("en")).spec);
 * ```
 */
export function frontierFigure(r: ComputeAllocation, f: Formatter): Chart {
  return shadeFitted(frontierChart(r, f), r, f);
}

function frontierChart(r: ComputeAllocation, f: Formatter): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      description:
        "Compute-optimal parameter count against training compute from our fitted law, with a 95% bootstrap band, and real models' parameter counts at their training compute.",
      source:
        "our fit to Epoch AI's extraction of Hoffmann et al. 2022 Fig. 4; models: their papers (data/paper_tables)",
      y: "Parameters N (log scale)",
      models: "Real models",
    }),
    zh: () => ({
      description:
        "按我们拟合的法则，计算最优参数量与训练算力的关系，附 95% 自助法色带，以及真实模型在其训练算力下的参数量。",
      source:
        "我们对 Epoch AI 提取的 Hoffmann et al. 2022 图 4 数据的拟合；模型：各自的论文（data/paper_tables）",
      y: "参数 N（对数坐标）",
      models: "真实模型",
    }),
  });
  return bandChart(r.frontier, {
    lang: f.lang,
    title: frontierTitle(r, f),
    description: w.description,
    source: w.source,
    x: { field: "flops", title: words(f).computeAxis, log: true },
    y: { field: "params", title: w.y, log: true },
    lower: "lower",
    upper: "upper",
    bandTitle: words(f).band,
    // Every model is named; Vega's label transform places the names without collisions.
    points: { rows: r.modelPoints, label: "model", title: w.models },
  });
}

/** Words several figures of this file share. */
function words(f: Formatter) {
  return inLang(f.lang, {
    en: () => ({
      computeAxis: "Training compute C (FLOP, log scale)",
      band: "95% bootstrap interval",
    }),
    zh: () => ({ computeAxis: "训练算力 C（FLOP，对数坐标）", band: "95% 自助法区间" }),
  });
}

/** A published estimate's label in `f`'s language (the citation stays as published). */
function sourceLabel(source: string, f: Formatter): string {
  return inLang(f.lang, {
    en: () => source,
    zh: () =>
      source.replace("(Section 6)", "（第 6 节）").replace(", Approach", "，Approach")
        .replace(" (printed law)", "（发表的法则）").replace(
          " (refit, reported)",
          "（重新拟合，报告值）",
        ),
  });
}

/**
 * The compute-allocation exponents: published, and ours with its bootstrap interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { exponentsTable } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.match(exponentsTable(result, formatter("en")).html(), /This report \(refit, 1-resample 95% interval\)/);
 * ```
 */
export function exponentsTable(r: ComputeAllocation, f: Formatter): Table {
  const { a, b } = r.intervals;
  const resamples = f.number(r.bootstrap.resamples, 6);
  const w = inLang(f.lang, {
    en: () => ({
      ours: `This report (refit, ${resamples}-resample 95% interval)`,
      source: "source",
      interval: "interval",
      caption:
        "Compute-allocation exponents. Hoffmann's Approach 3 and Besiroglu's a, b are derived from their printed α, β as a = β/(α+β).",
    }),
    zh: () => ({
      ours: `本报告（重新拟合，${resamples} 次重抽样的 95% 区间）`,
      source: "来源",
      interval: "区间",
      caption:
        "算力分配指数。Hoffmann 的 Approach 3 与 Besiroglu 的 a、b 由其发表的 α、β 按 a = β/(α+β) 推出。",
    }),
  });
  return table([...r.published.map((p) => ({ ...p, source: sourceLabel(p.source, f) })), {
    source: w.ours,
    a: r.optimum.a,
    b: r.optimum.b,
    interval: `a ${f.interval(a.lower, a.upper)}, b ${f.interval(b.lower, b.upper)}`,
  }], [
    { key: "source", title: w.source },
    { key: "a", title: "a (N_opt ∝ C^a)", format: "fixed", digits: 2 },
    { key: "b", title: "b (D_opt ∝ C^b)", format: "fixed", digits: 2 },
    { key: "interval", title: w.interval },
  ], { caption: w.caption });
}

/**
 * D_opt/N_opt against C with its band, and Hoffmann et al.'s Table 3 (every other row labelled by N).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { ratioFigure } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.ok(ratioFigure(result, formatter("en")).spec);
 * ```
 */
export function ratioFigure(r: ComputeAllocation, f: Formatter): Chart {
  return shadeFitted(ratioChart(r, f), r, f);
}

function ratioChart(r: ComputeAllocation, f: Formatter): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      description:
        "Compute-optimal tokens per parameter against training compute from our fitted law with a 95% bootstrap band, and Hoffmann et al.'s Table 3 projections.",
      source: "our fit (Epoch AI / Hoffmann et al. 2022 data); Hoffmann et al. 2022, Table 3",
      y: "Tokens per parameter D/N (log scale)",
      points: "Hoffmann et al. Table 3 (labelled by N)",
    }),
    zh: () => ({
      description:
        "按我们拟合的法则，计算最优的每参数 tokens 数与训练算力的关系，附 95% 自助法色带，以及 Hoffmann et al. Table 3 的预测。",
      source: "我们的拟合（Epoch AI / Hoffmann et al. 2022 数据）；Hoffmann et al. 2022，Table 3",
      y: "每参数 tokens 数 D/N（对数坐标）",
      points: "Hoffmann et al. Table 3（以 N 标注）",
    }),
  });
  return bandChart(r.ratios, {
    lang: f.lang,
    title: ratioTitle(r, f),
    description: w.description,
    source: w.source,
    x: { field: "flops", title: words(f).computeAxis, log: true },
    y: { field: "ratio", title: w.y, log: true },
    lower: "lower",
    upper: "upper",
    bandTitle: words(f).band,
    points: {
      rows: r.table3.map((row) => ({
        flops: row.flops,
        ratio: row.ratio,
        name: row.labelled ? f.params(row.params) : "",
        params: row.params,
      })),
      label: "name",
      title: w.points,
    },
  });
}

/**
 * Every model against the frontier, by training compute.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { placementsTable } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const gpt3 = { model: "GPT-3 175B", organization: "OpenAI", year: 2020, params: 174.6e9, tokens: 300e9, flops: 3.14e23, flopsReported: true, source: "" };
 * const result = computeAllocation(law, boot, { models: [gpt3], table3: [] });
 * assert.match(placementsTable(result).html(), /under-trained/);
 * ```
 */
export function placementsTable(r: ComputeAllocation, f: Formatter = formatter("en")): Table {
  const w = inLang(f.lang, {
    en: () => ({
      model: "model",
      tokens: "D (tokens)",
      loss: "predicted loss",
      verdict: "verdict",
      verdicts: {
        "under-trained": "under-trained",
        "compute-optimal": "compute-optimal",
        "over-trained": "over-trained",
      } as Record<string, string>,
      caption:
        "Real models against our fitted frontier. Parameters and tokens from each model's paper (data/paper_tables/model_training_compute.csv).",
    }),
    zh: () => ({
      model: "模型",
      tokens: "D（tokens）",
      loss: "预测损失",
      verdict: "判断",
      verdicts: {
        "under-trained": "训练不足",
        "compute-optimal": "计算最优",
        "over-trained": "过度训练",
      } as Record<string, string>,
      caption:
        "真实模型与我们拟合的前沿对照。参数和 tokens 取自各模型的论文（data/paper_tables/model_training_compute.csv）。",
    }),
  });
  const rows = r.models.placements.map((p) => ({
    ...p,
    verdict: w.verdicts[p.verdict] ?? p.verdict,
  }));
  return table(rows, [
    { key: "model", title: w.model },
    { key: "params", title: "N", format: "si" },
    { key: "tokens", title: w.tokens, format: "si" },
    { key: "tokensPerParam", title: "D/N", format: "fixed", digits: 1 },
    { key: "flops", title: "C = 6ND (FLOP)", format: "exp" },
    { key: "optimalParams", title: "N_opt(C)", format: "si" },
    { key: "sizeRatio", title: "N / N_opt", format: "fixed", digits: 2 },
    { key: "predictedLoss", title: w.loss, format: "fixed", digits: 3 },
    { key: "verdict", title: w.verdict },
  ], { caption: w.caption });
}

/**
 * The inference-aware plans by lifetime inference volume.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { plansTable } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.match(plansTable(result, formatter("en")).html(), /Cheapest model reaching loss 1\.931/);
 * ```
 */
export function plansTable(r: ComputeAllocation, f: Formatter): Table {
  const rows = r.inference.plans.map((plan) => ({ ...plan, range: rangeCell(plan, r.fitted, f) }));
  const w = inLang(f.lang, {
    en: () => ({
      inference: "lifetime inference tokens",
      tokens: "D (training tokens)",
      training: "training FLOP",
      inferenceFlops: "inference FLOP",
      saved: "compute saved vs Chinchilla-optimal (%)",
      range: "fitted range",
    }),
    zh: () => ({
      inference: "终身推理 tokens",
      tokens: "D（训练 tokens）",
      training: "训练 FLOP",
      inferenceFlops: "推理 FLOP",
      saved: "相对 Chinchilla 最优节省的算力（%）",
      range: "拟合范围",
    }),
  });
  return table(rows, [
    { key: "inferenceTokens", title: w.inference, format: "exp" },
    { key: "params", title: "N", format: "si" },
    { key: "tokens", title: w.tokens, format: "si" },
    { key: "tokensPerParam", title: "D/N", format: "fixed", digits: 0 },
    { key: "trainingFlops", title: w.training, format: "exp" },
    { key: "inferenceFlops", title: w.inferenceFlops, format: "exp" },
    { key: "savingsPct", title: w.saved, format: "fixed", digits: 1 },
    { key: "range", title: w.range },
  ], { caption: plansCaption(r, f) });
}

/**
 * Inference-aware optimal tokens per parameter against lifetime inference tokens.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { inferenceSweepFigure } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.ok(inferenceSweepFigure(result, formatter("en")).spec);
 * ```
 */
export function inferenceSweepFigure(r: ComputeAllocation, f: Formatter): Chart {
  const target = f.fixed(r.inference.target, 3);
  const w = inLang(f.lang, {
    en: () => ({
      description:
        `Inference-aware optimal tokens per parameter for a target loss of ${target}, against expected lifetime inference tokens (Sardana et al. 2023 objective with our fitted law).`,
      source: "our fitted law; objective of Sardana et al. 2023",
      x: "Expected lifetime inference tokens (log scale)",
      y: "Optimal training tokens per parameter (log scale)",
    }),
    zh: () => ({
      description:
        `目标损失为 ${target} 时，考虑推理的最优每参数训练 tokens 数与预期终身推理 tokens 的关系（Sardana et al. 2023 的目标函数，配合我们拟合的法则）。`,
      source: "我们拟合的法则；Sardana et al. 2023 的目标函数",
      x: "预期终身推理 tokens（对数坐标）",
      y: "最优的每参数训练 tokens 数（对数坐标）",
    }),
  });
  return lineChart(r.inference.sweep, {
    lang: f.lang,
    title: sweepTitle(r, f),
    description: w.description,
    source: w.source,
    x: { field: "inferenceTokens", title: w.x, log: true },
    y: { field: "ratio", title: w.y, log: true },
  });
}
