/**
 * Issue 16's emergence figures: the window figure (several families, same tasks, the
 * 10¹⁰–10¹¹ parameter / 10²²–10²³ FLOP window marked), the mirage check on GPT-3 arithmetic,
 * GPT-3's few-shot gain by size, and the rule-of-thumb table. Titles come from lib/analyze.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import type { EmergenceWindow } from "../../analyze/emergence_window.ts";
import {
  windowFlopsText,
  windowGapsText,
  windowText,
  windowTitle,
} from "../../analyze/emergence_window_text.ts";
import type { ArithmeticMirage } from "../../analyze/gpt3_arithmetic.ts";
import { mirageLimitsText, mirageTitle } from "../../analyze/gpt3_arithmetic_text.ts";
import type { Gpt3FewShotGain } from "../../analyze/gpt3_icl.ts";
import { gpt3IclText, gpt3IclTitle } from "../../analyze/gpt3_icl_text.ts";
import type { RuleOfThumb } from "../../analyze/rule_of_thumb.ts";
import { rulePublishedText } from "../../analyze/rule_of_thumb_text.ts";
import { panelLabel } from "../../analyze/_story_labels.ts";
import type { Chart } from "../chart.ts";
import { lineChart } from "../scatter.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { type Table, table } from "../table.ts";

/** The words of this file's figures in `f`'s language. */
function words(f: Formatter) {
  return inLang(f.lang, {
    en: () => ({
      windowSource: "Brown et al. 2020 (GPT-3, Table H.1, verified cells); MMLU: Hendrycks et " +
        "al. 2021, Hoffmann et al. 2022, Chowdhery et al. 2022, Touvron et al. 2023; BIG-bench: " +
        "Lu et al. 2024. Window: Wei et al. 2022",
      paramsWindow: "10B–100B parameters",
      task: "Task",
      params: "Parameters (log scale)",
      accuracy: "Accuracy",
      family: "Model family",
    }),
    zh: () => ({
      windowSource: "Brown et al. 2020（GPT-3，Table H.1，经核对的单元格）；MMLU：Hendrycks et " +
        "al. 2021、Hoffmann et al. 2022、Chowdhery et al. 2022、Touvron et al. 2023；BIG-bench：" +
        "Lu et al. 2024。窗口：Wei et al. 2022",
      paramsWindow: `${f.interval(1e10, 1e11, "params")}参数`,
      task: "任务",
      params: "参数（对数坐标）",
      accuracy: "准确率",
      family: "模型系列",
    }),
  });
}

function windowPanels(w: EmergenceWindow, f: Formatter, quantity: "params" | "flops") {
  const range = w.window[quantity];
  const marker = {
    value: Math.sqrt(range.low * range.high),
    low: range.low,
    high: range.high,
    label: quantity === "params" ? words(f).paramsWindow : `${f.range("10²²", "10²³")} FLOP`,
  };
  const rows = w.points.filter((p) => quantity === "params" || p.flops !== undefined)
    .map(({ panel, ...p }) => ({ task: panelLabel(panel, f.lang), ...p }));
  const panels = [...new Set(rows.map((r) => r.task))];
  const chance = Object.fromEntries(rows.map((r) => [r.task, r.chance]));
  return { rows, chance, thresholds: Object.fromEntries(panels.map((p) => [p, marker])) };
}

/**
 * The window figure against parameters: one panel per task, one line per family, the window
 * shaded in every panel.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { emergenceWindow } from "../../analyze/emergence_window.ts";
 * import { windowFigure } from "./story_emergence.ts";
 * const gpt3 = [[125e6, 2], [13e9, 55.5], [175e9, 100]].map(([params, value]) => ({
 *   task: "2D+", group: "arithmetic", metric: "acc", setting: "few_shot" as const,
 *   model: `m${params}`, params: params!, value: value!, line: 2,
 * }));
 * const chart = windowFigure(emergenceWindow({ gpt3, mmlu: [], bigbench: [], models: [] }), formatter("en"));
 * assert.equal(chart.title, "For the one curve that reaches 10B–100B parameters, the largest rise overlaps that range");
 * assert.equal(chart.rows[0]?.task, "2-digit addition");
 * ```
 */
export function windowFigure(w: EmergenceWindow, f: Formatter): Chart {
  const { rows, chance, thresholds } = windowPanels(w, f, "params");
  return smallMultiplesChart(rows, {
    lang: f.lang,
    title: windowTitle(w, f),
    description: `${windowText(w, f)} ${windowGapsText(w, f)}`,
    source: words(f).windowSource,
    facet: { field: "task", title: words(f).task, columns: 3 },
    x: { field: "params", title: words(f).params, log: true, quantity: "params" },
    // One 0–100% scale for every panel: jumps compare at a glance, and near-zero curves stay
    // flat instead of stretching to duplicated sub-0.1% ticks.
    y: { field: "accuracy", title: words(f).accuracy, quantity: "percent", domain: [0, 1] },
    color: { field: "family", title: words(f).family },
    chance,
    thresholds,
  });
}

/**
 * The window figure against training FLOPs (the points whose compute is known: GPT-3 from Table
 * D.1, MMLU models as 6·N·D from their papers' tokens).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { emergenceWindow } from "../../analyze/emergence_window.ts";
 * import { windowFlopsFigure } from "./story_emergence.ts";
 * const gpt3 = [[125e6, 2], [13e9, 55.5], [175e9, 100]].map(([params, value]) => ({
 *   task: "2D+", group: "arithmetic", metric: "acc", setting: "few_shot" as const,
 *   model: `GPT-3 ${params}`, params: params!, value: value!, line: 2,
 * }));
 * const models = gpt3.map((c) => ({ model: c.model, organization: "OpenAI", year: 2020, params: c.params, tokens: 3e11, flops: 6 * c.params * 3e11, flopsReported: true, source: "s" }));
 * const chart = windowFlopsFigure(emergenceWindow({ gpt3, mmlu: [], bigbench: [], models }), formatter("en"));
 * assert.equal(chart.rows.length, 3);
 * ```
 */
export function windowFlopsFigure(w: EmergenceWindow, f: Formatter): Chart {
  const { rows, chance, thresholds } = windowPanels(w, f, "flops");
  return smallMultiplesChart(rows, {
    lang: f.lang,
    ...inLang(f.lang, {
      en: () => ({
        title: "The same curves against training compute, with the 10²²–10²³ FLOP window",
        description: windowFlopsText(w, f) + " Only points whose training compute is known: " +
          "GPT-3 sizes from Brown et al. Table D.1, and MMLU models as 6 × parameters × " +
          "training tokens from their papers.",
        x: {
          field: "flops",
          title: "Training FLOPs (log scale)",
          log: true,
          quantity: "flops" as const,
        },
      }),
      zh: () => ({
        title: `同样的曲线对训练算力作图，附 ${f.range("10²²", "10²³")} FLOP 窗口`,
        description: windowFlopsText(w, f) +
          "只画训练算力已知的点：GPT-3 各规模取自 Brown et al. " +
          "Table D.1，MMLU 的模型按各自论文中的 6 × 参数 × 训练 tokens 计算。",
        x: {
          field: "flops",
          title: "训练 FLOP（对数坐标）",
          log: true,
          quantity: "flops" as const,
        },
      }),
    }),
    source: words(f).windowSource,
    facet: { field: "task", title: words(f).task, columns: 3 },
    // One 0–100% scale for every panel: jumps compare at a glance, and near-zero curves stay
    // flat instead of stretching to duplicated sub-0.1% ticks.
    y: { field: "accuracy", title: words(f).accuracy, quantity: "percent", domain: [0, 1] },
    color: { field: "family", title: words(f).family },
    chance,
    thresholds,
  });
}

/**
 * The mirage check: per task, published exact match and the implied per-digit accuracy by size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { arithmeticMirage } from "../../analyze/gpt3_arithmetic.ts";
 * import { arithmeticMirageFigure } from "./story_emergence.ts";
 * const cells = [[125e6, 1], [13e9, 25], [175e9, 100]].map(([params, value]) => ({
 *   task: "2D-", group: "arithmetic", metric: "acc", setting: "few_shot" as const,
 *   model: `m${params}`, params: params!, value: value!, line: 2,
 * }));
 * const chart = arithmeticMirageFigure(arithmeticMirage(cells), formatter("en"));
 * assert.equal(chart.rows.length, 6);
 * assert.ok(chart.rows.some((r) => r.view === "Per digit, if digits were independent (derived)"));
 * ```
 */
export function arithmeticMirageFigure(m: ArithmeticMirage, f: Formatter): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      exact: "Exact match (published)",
      digit: "Per digit, if digits were independent (derived)",
      source: "Brown et al. 2020 (GPT-3, Table H.1, few-shot, verified cells); per-digit values " +
        "derived here as exact match^(1/answer digits)",
      view: "View",
    }),
    zh: () => ({
      exact: "完全匹配（发表值）",
      digit: "逐位，假设各位独立（推导值）",
      source: "Brown et al. 2020（GPT-3，Table H.1，少样本，经核对的单元格）；逐位数值在此按 " +
        "完全匹配^(1/答案位数) 推导",
      view: "视角",
    }),
  });
  const exact = w.exact, digit = w.digit;
  const rows = m.rows.flatMap((r) => [
    { task: panelLabel(r.task, f.lang), params: r.params, accuracy: r.exactMatch, view: exact },
    { task: panelLabel(r.task, f.lang), params: r.params, accuracy: r.perDigit, view: digit },
  ]);
  return smallMultiplesChart(rows, {
    lang: f.lang,
    title: mirageTitle(m, f),
    description: mirageLimitsText(m, f),
    source: w.source,
    facet: {
      field: "task",
      label: inLang(f.lang, { en: () => "task", zh: () => "任务" }),
      columns: 3,
    },
    x: { field: "params", title: words(f).params, log: true, quantity: "params" },
    y: { field: "accuracy", title: words(f).accuracy, quantity: "percent", domain: [0, 1] },
    color: { field: "view", title: w.view, domain: [exact, digit] },
  });
}

/**
 * GPT-3's median few-shot gain over tasks by size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { gpt3FewShotGain } from "../../analyze/gpt3_icl.ts";
 * import { gpt3IclFigure } from "./story_emergence.ts";
 * const cell = (setting: "zero_shot" | "few_shot", params: number, value: number) => ({
 *   task: "2D+", group: "arithmetic", metric: "acc", setting, model: `m${params}`, params, value, line: 2,
 * });
 * const g = gpt3FewShotGain([cell("zero_shot", 1e8, 0.7), cell("few_shot", 1e8, 2), cell("zero_shot", 1e11, 76.9), cell("few_shot", 1e11, 100)]);
 * assert.equal(gpt3IclFigure(g, formatter("en")).rows.length, 2);
 * ```
 */
export function gpt3IclFigure(g: Gpt3FewShotGain, f: Formatter): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      series: "Median over tasks",
      source: "Brown et al. 2020 (GPT-3, Table H.1, verified cells)",
      y: "Few-shot minus zero-shot (points)",
      gain: "Gain",
      none: "no gain",
    }),
    zh: () => ({
      series: "各任务的中位数",
      source: "Brown et al. 2020（GPT-3，Table H.1，经核对的单元格）",
      y: "少样本减零样本（百分点）",
      gain: "增益",
      none: "无增益",
    }),
  });
  return lineChart(g.medianBySize.map((r) => ({ ...r, series: w.series })), {
    lang: f.lang,
    title: gpt3IclTitle(g, f),
    description: gpt3IclText(g, f),
    source: w.source,
    x: { field: "params", title: words(f).params, log: true, quantity: "params" },
    y: { field: "median", title: w.y },
    color: { field: "series", title: w.gain },
    chance: { value: 0, label: w.none },
    tooltip: ["model", "tasks"],
  });
}

/**
 * The rule of thumb beside Wei et al.'s Table 1 and our thresholds, as a table. Our median is a
 * bound where thresholds are censored by the sizes measured.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { ruleTable } from "./story_emergence.ts";
 * const r = { rule: { typical: 68e9, better: 100e9 }, published: { count: 22, median: 68e9, min: 4e7, max: 540e9 },
 *   publishedAtLeastTypical: 14, publishedAboveBetter: 9, examples: [], unpinned: 0, oursBelowTypical: 2,
 *   ours: { total: 10, inside: [2.5e9, 13.4e9], atLastSize: 6, atFirstSize: 0, median: { low: 29e9, high: 137e9 }, secondLargest: 29e9, largest: 137e9 } } as never;
 * const t = ruleTable(r, formatter("en"));
 * assert.equal(t.rows[0]?.median, "68B");
 * assert.equal(t.rows[1]?.median, "between 29B and 137B");
 * assert.equal(t.rows[1]?.atLeast, "0 of 2 placed; 6 only bounded");
 * ```
 */
export function ruleTable(r: RuleOfThumb, f: Formatter): Table {
  const o = r.ours;
  const bounded = o.atLastSize + (o.beyond ?? 0) + o.atFirstSize;
  const high = Number.isFinite(o.median.high) ? f.params(o.median.high) : undefined;
  const placed = o.inside.length - r.oursBelowTypical;
  const w = inLang(f.lang, {
    en: () => ({
      ours: "Our thresholds (BIG-bench)",
      of: (k: number, n: number) => `${k} of ${n}`,
      between: `between ${f.params(o.median.low)} and ${high ?? "beyond"}`,
      atLeast: `${placed} of ${o.inside.length} placed` +
        (bounded > 0 ? `; ${bounded} only bounded` : ""),
      from: "Emergence sizes from",
      count: "Abilities or tasks",
      median: "Median size",
      typical: `At ${f.params(r.rule.typical)} or more`,
    }),
    zh: () => ({
      ours: "我们的阈值（BIG-bench）",
      of: (k: number, n: number) => `${n} 个中的 ${k} 个`,
      between: high === undefined
        ? `高于 ${f.params(o.median.low)}`
        : `${f.params(o.median.low)} 与 ${high} 之间`,
      atLeast: `已定位的 ${o.inside.length} 个中的 ${placed} 个` +
        (bounded > 0 ? `；${bounded} 个只有范围` : ""),
      from: "涌现规模来源",
      count: "能力或任务数",
      median: "规模中位数",
      typical: `${f.params(r.rule.typical)}或更大`,
    }),
  });
  const rows = [
    {
      source: "Wei et al. 2022, Table 1",
      count: r.published.count,
      median: f.params(r.published.median),
      atLeast: w.of(r.publishedAtLeastTypical, r.published.count),
    },
    {
      source: w.ours,
      count: o.total,
      median: o.median.low === o.median.high ? f.params(o.median.low) : w.between,
      atLeast: w.atLeast,
    },
  ];
  return table(rows, [
    { key: "source", title: w.from },
    { key: "count", title: w.count, format: "integer" },
    { key: "median", title: w.median },
    { key: "atLeast", title: w.typical },
  ], { caption: rulePublishedText(r, f), lang: f.lang });
}
