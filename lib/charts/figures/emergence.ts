/**
 * Chapter 2's figures and tables, built from lib/analyze results: the option literals live here so
 * the notebook stays load → call → display → prose. Titles that state a finding come from the
 * sentence functions of lib/analyze.
 * @module
 */
import { type Formatter, formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import type { PublishedEmergence } from "../../data/paper_tables.ts";
import { censusPanels, type EmergenceCensus } from "../../analyze/emergence.ts";
import type { CensusExemplars } from "../../analyze/emergence_exemplars.ts";
import { thresholdTableRows } from "../../analyze/emergence_scales.ts";
import { emergentRobustness } from "../../analyze/emergence_robustness.ts";
import type { CotByScale, IclByScale, MmluByScale } from "../../analyze/emergence_prompting.ts";
import type { MetricCheck, MirageToyRow } from "../../analyze/emergence_metric.ts";
import {
  censusDescription,
  censusTitle,
  exemplarDescription,
  exemplarTitle,
} from "../../analyze/emergence_text.ts";
import {
  cotTitle,
  iclTitle,
  mmluTitle,
  verdictText,
} from "../../analyze/emergence_prompting_text.ts";
import type { Chart } from "../chart.ts";
import { lineChart } from "../scatter.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { type Table, table } from "../table.ts";
import { shapeColor, shapeColumn } from "../shape_scale.ts";
import { SHAPE_INFO } from "../../classify/shapes.ts";
import { taskName } from "../../analyze/pythia_text.ts";

/** Words the figures of this file share. */
function words(f: Formatter) {
  return inLang(f.lang, {
    en: () => ({
      bigG: "Srivastava et al. 2022 (BIG-bench BIG-G T=0",
      classified: "classification: this report",
      paramsAxis: "Non-embedding parameters (log scale)",
      params: "Parameters (log scale)",
      task: "Task",
      taskField: "task",
      panelField: "panel",
      pythia: "Biderman et al. 2023 (EleutherAI/pythia evaluations)",
    }),
    zh: () => ({
      bigG: "Srivastava et al. 2022（BIG-bench BIG-G T=0",
      classified: "分类：本报告",
      paramsAxis: "非嵌入参数（对数坐标）",
      params: "参数（对数坐标）",
      task: "任务",
      taskField: "任务",
      panelField: "面板",
      pythia: "Biderman et al. 2023（EleutherAI/pythia 评测）",
    }),
  });
}

const paramsAxis = (f: Formatter) => ({ field: "params", title: words(f).paramsAxis, log: true });

/**
 * Every census curve in its own panel, coloured by shape, with chance and threshold.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { censusFigure } from "./emergence.ts";
 * import { emergenceCensus } from "../../analyze/emergence.ts";
 * const points = [0.25, 0.26, 0.25, 0.24, 0.25, 0.26, 0.45, 0.7, 0.85].map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "jump", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ]);
 * assert.equal(censusFigure(census, formatter("en")).title, "The one BIG-bench task stays near chance and then jumps");
 * ```
 */
export function censusFigure(census: EmergenceCensus, f: Formatter): Chart {
  const panels = censusPanels(census, f);
  return smallMultiplesChart(panels.rows, {
    lang: f.lang,
    title: censusTitle(
      census,
      f,
      emergentRobustness(census.rows).filter((r) => r.changesWithout.includes("largest")).length,
    ),
    description: censusDescription(census, f),
    source: inLang(f.lang, {
      en: () => `${words(f).bigG} score files); ${words(f).classified}`,
      zh: () => `${words(f).bigG} 分数文件）；${words(f).classified}`,
    }),
    facet: { field: "task", label: words(f).taskField, columns: 4 },
    x: paramsAxis(f),
    color: shapeColor("shape", { lang: f.lang }),
    chance: panels.chance,
    thresholds: panels.thresholds,
    // One y-scale for every panel, so a flat task looks flat next to one that jumps (issue 15).
    y: {
      field: "accuracy",
      title: inLang(f.lang, { en: () => "Accuracy", zh: () => "准确率" }),
      domain: [0, 1],
    },
  });
}

/**
 * The census as a table sorted by shape, with thresholds and BIG-bench metrics.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { censusTable } from "./emergence.ts";
 * import { emergenceCensus } from "../../analyze/emergence.ts";
 * const points = [0.25, 0.26, 0.25, 0.24, 0.25, 0.26, 0.45, 0.7, 0.85].map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "jump", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ]);
 * assert.equal(censusTable(census, formatter("en")).rows[0]?.shape, "emergent");
 * ```
 */
export function censusTable(census: EmergenceCensus, f: Formatter): Table {
  const w = inLang(f.lang, {
    en: () => ({
      task: "task",
      confidence: "confidence",
      threshold: "threshold (95% interval)",
      above: "sizes clearly above chance",
      robust: "label without an end size",
      breakthroughness: "breakthroughness",
      linearity: "linearity",
      caption:
        "BIG-G curves sorted by shape, then confidence — the calibrated probability that the label is right; an undetermined curve lists its likeliest shapes with their probabilities. Threshold: the first size where the fitted curve rises above chance by more than three noise standard errors or a tenth of its rise — the classifier's definition, the same on every page; its 95% interval covers the true threshold of about 95% of synthetic emergent curves. A threshold at or beyond the largest size, or between the two largest, is given as a bound. Sizes clearly above chance: more than two noise standard errors above it. The last column reclassifies each emergent curve without its largest and without its smallest size. Breakthroughness and linearity are the BIG-bench metrics of Srivastava et al. 2022 (I/√median and I/√mean of squared successive differences).",
    }),
    zh: () => ({
      task: "任务",
      confidence: "置信度",
      threshold: "阈值（95% 区间）",
      above: "明显高于随机水平的规模",
      robust: "去掉一端规模后的标签",
      breakthroughness: "突破度",
      linearity: "线性度",
      caption:
        "BIG-G 曲线按形状、再按置信度排序（置信度即标签正确的校准概率；未定的曲线列出最可能的几种形状及其概率）。阈值：拟合曲线高出随机水平超过三个噪声标准误或其上升幅度十分之一的第一个规模——即分类器的定义，各页相同；其 95% 区间在合成涌现曲线上约有 95% 覆盖真实阈值。位于最大规模或更远处、或落在两个最大规模之间的阈值，以范围给出。明显高于随机水平：高出两个噪声标准误以上。最后一列对每条涌现曲线分别去掉最大和最小规模后重新分类。突破度和线性度是 Srivastava et al. 2022 的 BIG-bench 指标（I/√中位数 与 I/√相邻差值平方的均值）。",
    }),
  });
  return table(thresholdTableRows(census, f), [
    { key: "task", title: w.task },
    shapeColumn("shape", f.lang),
    { key: "confidence", title: w.confidence, format: "fixed", digits: 2 },
    { key: "thresholdText", title: w.threshold },
    { key: "aboveText", title: w.above },
    { key: "robustText", title: w.robust },
    { key: "breakthroughness", title: w.breakthroughness, format: "fixed", digits: 1 },
    { key: "linearity", title: w.linearity, format: "fixed", digits: 1 },
  ], { caption: w.caption });
}

/**
 * The exemplar curves normalised to chance (the chapter's lead chart).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { exemplarFigure } from "./emergence.ts";
 * import { censusExemplars } from "../../analyze/emergence_exemplars.ts";
 * import { emergenceCensus } from "../../analyze/emergence.ts";
 * const points = [0.25, 0.26, 0.25, 0.24, 0.25, 0.26, 0.45, 0.7, 0.85].map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "jump", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ]);
 * assert.match(exemplarFigure(censusExemplars(census), formatter("en")).title, /^One BIG-bench task, one shape: a jump/);
 * ```
 */
export function exemplarFigure(exemplars: CensusExemplars, f: Formatter): Chart {
  return lineChart(exemplars.rows, {
    lang: f.lang,
    title: exemplarTitle(exemplars, f),
    description: exemplarDescription(exemplars, f),
    source: `${words(f).bigG}${inLang(f.lang, { en: () => "); ", zh: () => "）；" })}${
      words(f).classified
    }`,
    x: paramsAxis(f),
    y: {
      field: "normalized",
      title: inLang(f.lang, {
        en: () => "Accuracy above chance (0 = chance, 1 = perfect)",
        zh: () => "高于随机水平的准确率（0 = 随机，1 = 满分）",
      }),
    },
    color: {
      field: "curve",
      title: inLang(f.lang, { en: () => "Task (shape)", zh: () => "任务（形状）" }),
    },
    chance: { value: 0, label: inLang(f.lang, { en: () => "chance", zh: () => "随机水平" }) },
  });
}

/**
 * Wei et al. 2022's Table 1 as printed, numbers in the report's formatter.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { publishedTable } from "./emergence.ts";
 * import { loadPublishedEmergence } from "../../data/mod.ts";
 * const t = publishedTable(await loadPublishedEmergence(), formatter("en"));
 * assert.match(t.text(), /2\.3×10²²/);
 * ```
 */
export function publishedTable(published: readonly PublishedEmergence[], f: Formatter): Table {
  const or = (format: (v: number) => string) => (v: unknown) =>
    typeof v === "number" ? format(v) : "—";
  const w = inLang(f.lang, {
    en: () => ({
      ability: "ability",
      setting: "setting",
      model: "model",
      params: "parameters",
      flops: "training FLOPs",
      caption:
        "Wei et al. 2022, Emergent Abilities of Large Language Models, Table 1 (as printed).",
    }),
    zh: () => ({
      ability: "能力",
      setting: "设置",
      model: "模型",
      params: "参数",
      flops: "训练 FLOP",
      caption: "Wei et al. 2022，Emergent Abilities of Large Language Models，Table 1（按原文）。",
    }),
  });
  return table(published, [
    { key: "ability", title: w.ability },
    { key: "setting", title: w.setting },
    { key: "model", title: w.model },
    { key: "params", title: w.params, format: or((v) => f.params(v)) },
    { key: "flops", title: w.flops, format: or((v) => f.flops(v)) },
  ], { caption: w.caption });
}

/**
 * Few-shot gain against parameters per task, with ±1.96 standard errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { iclFigure } from "./emergence.ts";
 * import { iclByScale } from "../../analyze/emergence_prompting.ts";
 * import { loadPythiaEvals } from "../../data/mod.ts";
 * const icl = iclByScale(await loadPythiaEvals(), ["sciq", "piqa"]);
 * assert.match(iclFigure(icl, formatter("en")).title, /grows with Pythia size on 1 of 2 tasks$/);
 * ```
 */
export function iclFigure(icl: IclByScale, f: Formatter): Chart {
  return lineChart(icl.gains.map((g) => ({ ...g, task: taskName(g.task, f) })), {
    lang: f.lang,
    title: iclTitle(icl, f),
    ...inLang(f.lang, {
      en: () => ({
        description:
          "Five-shot minus zero-shot accuracy of the final Pythia checkpoints against parameters, per task, with ±1.96 standard errors (conservative: both scores share examples).",
        y: "Accuracy gain, 5-shot − 0-shot",
        none: "no gain",
      }),
      zh: () => ({
        description:
          "Pythia 最终检查点的五样本减零样本准确率与参数的关系，按任务分列，附 ±1.96 个标准误（偏保守：两个分数共用示例）。",
        y: "准确率增益，5-shot − 0-shot",
        none: "无增益",
      }),
    }),
    source: words(f).pythia,
    x: { field: "params", title: words(f).params, log: true },
    y: {
      field: "gain",
      title: inLang(f.lang, {
        en: () => "Accuracy gain, 5-shot − 0-shot",
        zh: () => "准确率增益，5-shot − 0-shot",
      }),
    },
    color: { field: "task", title: words(f).task, domain: icl.tasks.map((t) => taskName(t, f)) },
    stderr: "stderr",
    chance: { value: 0, label: inLang(f.lang, { en: () => "no gain", zh: () => "无增益" }) },
  });
}

/**
 * Standard vs chain-of-thought solve rate by scale, one panel per benchmark × family.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { cotFigure } from "./emergence.ts";
 * import { cotByScale } from "../../analyze/emergence_prompting.ts";
 * import { loadPaperScores } from "../../data/mod.ts";
 * const cot = cotByScale(await loadPaperScores("cot"), ["LaMDA"], ["GSM8K"]);
 * assert.match(cotFigure(cot, formatter("en")).title, /^Chain-of-thought prompting/);
 * ```
 */
export function cotFigure(cot: CotByScale, f: Formatter): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      kinds: { standard: "standard", chain_of_thought: "chain of thought" },
      description:
        "Solve rate with standard and chain-of-thought prompting against parameters, for three math word-problem benchmarks and three model families.",
      source: "Wei et al. 2022, Chain-of-Thought Prompting, Tables 2–3 (arXiv:2201.11903v6)",
      y: "Solve rate",
      prompting: "Prompting",
    }),
    zh: () => ({
      kinds: { standard: "标准提示", chain_of_thought: "思维链" },
      description:
        "标准提示与思维链提示下的解题率与参数的关系，涵盖三个数学应用题基准和三个模型系列。",
      source: "Wei et al. 2022，Chain-of-Thought Prompting，Tables 2–3（arXiv:2201.11903v6）",
      y: "解题率",
      prompting: "提示方式",
    }),
  });
  const rows = cot.rows.map((r) => ({
    ...r,
    prompting: w.kinds[r.prompting as keyof typeof w.kinds] ?? r.prompting,
  }));
  return smallMultiplesChart(rows, {
    lang: f.lang,
    title: cotTitle(cot, f),
    description: w.description,
    source: w.source,
    facet: { field: "panel", label: words(f).panelField, columns: 3 },
    x: { field: "params", title: words(f).params, log: true },
    y: { field: "accuracy", title: w.y },
    color: { field: "prompting", title: w.prompting, domain: Object.values(w.kinds) },
    detail: "prompting",
  });
}

/**
 * MMLU average accuracy by parameters per family, with the chance level.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { mmluFigure } from "./emergence.ts";
 * import { mmluByScale } from "../../analyze/emergence_prompting.ts";
 * import { loadPaperScores } from "../../data/mod.ts";
 * assert.match(mmluFigure(mmluByScale(await loadPaperScores("mmlu")), formatter("en")).title, /up to 13B/);
 * ```
 */
export function mmluFigure(mmlu: MmluByScale, f: Formatter): Chart {
  return lineChart(mmlu.rows, {
    lang: f.lang,
    title: mmluTitle(mmlu, f),
    ...inLang(f.lang, {
      en: () => ({
        description:
          "MMLU average accuracy (5-shot) against parameters for GPT-3, Gopher, Chinchilla, PaLM, LLaMA and Llama 2, with the four-way chance level.",
        source:
          "Hendrycks et al. 2021 T1; Hoffmann et al. 2022 T6; Chowdhery et al. 2022 T6; Touvron et al. 2023 T9 (LLaMA), T3 (Llama 2)",
      }),
      zh: () => ({
        description:
          "GPT-3、Gopher、Chinchilla、PaLM、LLaMA 和 Llama 2 的 MMLU 平均准确率（5-shot）与参数的关系，附四选一的随机水平。",
        source:
          "Hendrycks et al. 2021 T1；Hoffmann et al. 2022 T6；Chowdhery et al. 2022 T6；Touvron et al. 2023 T9（LLaMA）、T3（Llama 2）",
      }),
    }),
    x: { field: "params", title: words(f).params, log: true },
    y: {
      field: "accuracy",
      title: inLang(f.lang, {
        en: () => "MMLU accuracy (average)",
        zh: () => "MMLU 准确率（平均）",
      }),
    },
    color: { field: "family", title: inLang(f.lang, { en: () => "Family", zh: () => "模型系列" }) },
    chance: {
      value: mmlu.chance,
      label: inLang(f.lang, { en: () => "chance (4 options)", zh: () => "随机水平（4 个选项）" }),
    },
    tooltip: ["model", "params", "accuracy"],
  });
}

/**
 * The toy model of Schaeffer et al. 2023 under three metrics (an illustration, not data).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mirageFigure } from "./emergence.ts";
 * import { mirageToy } from "../../analyze/emergence_metric.ts";
 * assert.ok(mirageFigure(mirageToy()).illustration);
 * ```
 */
export function mirageFigure(
  rows: readonly MirageToyRow[],
  f: Formatter = formatter("en"),
): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      metric: (m: string) => m,
      title: "The same smooth improvement looks sudden under exact match",
      description:
        "Toy model of Schaeffer et al. 2023: per-token probability from a power-law loss, exact match over 10 tokens, and normalised token edit distance, against scale.",
      source: "toy model after Schaeffer et al. 2023, §2 (lib/classify/metric_sensitivity.ts)",
      x: "Model scale (log scale)",
      y: "Score",
      legend: "Metric",
    }),
    zh: () => ({
      metric: (m: string) =>
        m.replace("per-token probability", "逐 token 概率").replace("exact match", "完全匹配")
          .replace("edit distance", "编辑距离"),
      title: "同样平滑的提升，在完全匹配下看起来却是突变",
      description:
        "Schaeffer et al. 2023 的玩具模型：由幂律损失得到的逐 token 概率、10 个 token 上的完全匹配，以及归一化的 token 编辑距离，与规模的关系。",
      source: "仿照 Schaeffer et al. 2023 第 2 节的玩具模型（lib/classify/metric_sensitivity.ts）",
      x: "模型规模（对数坐标）",
      y: "分数",
      legend: "指标",
    }),
  });
  return lineChart(rows.map((r) => ({ ...r, metric: w.metric(r.metric) })), {
    lang: f.lang,
    title: w.title,
    description: w.description,
    source: w.source,
    illustration: true,
    x: { field: "params", title: w.x, log: true },
    y: { field: "value", title: w.y },
    color: { field: "metric", title: w.legend },
  });
}

/**
 * The emergent-looking pooled curves with their shape under every metric and a verdict.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { metricTable } from "./emergence.ts";
 * const shapes = [{ metric: "exact_str_match", shape: "emergent" }, { metric: "bleu", shape: "u_shaped" }];
 * const check = { table: [{ task: "t", shapes, verdict: "depends" }] } as never;
 * const row = metricTable(check, formatter("en")).rows[0];
 * assert.equal(row?.shapes, "exact str match: emergent; bleu: U-shaped");
 * ```
 */
export function metricTable(check: MetricCheck, f: Formatter): Table {
  return table(
    check.table.map((row) => ({
      ...row,
      shapes: row.shapes.map((s) =>
        `${s.metric.replace(/_/g, " ")}: ${SHAPE_INFO[s.shape].label[f.lang]}`
      )
        .join("; "),
      verdict: verdictText(row.verdict, f),
    })),
    inLang(f.lang, {
      en: () => [
        { key: "task", title: "task" },
        { key: "setting", title: "setting" },
        { key: "shapes", title: "shapes" },
        { key: "verdict", title: "verdict" },
      ],
      zh: () => [
        { key: "task", title: "任务" },
        { key: "setting", title: "设置" },
        { key: "shapes", title: "各指标下的形状" },
        { key: "verdict", title: "判断" },
      ],
    }),
    {
      caption: inLang(f.lang, {
        en: () =>
          "Pooled base-model curves (Lu et al. 2024 data) that are emergent under at least one metric, with their shape under every metric.",
        zh: () =>
          "合并后的基础模型曲线（Lu et al. 2024 的数据）中至少在一种指标下呈涌现的那些，以及它们在每种指标下的形状。",
      }),
    },
  );
}
