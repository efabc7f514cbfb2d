/**
 * Chapter 3's figures, built from lib/analyze results: the inverse-scaling small multiples, the
 * distractor toy model and the broken-neural-scaling-law extrapolation.
 * @module
 */
import { type Formatter, formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import { bnsl } from "../../fit/bnsl.ts";
import type { UCurveCensus } from "../../analyze/u_curves.ts";
import type { DistractorRow } from "../../analyze/u_curves.ts";
import type { BnslExtrapolation } from "../../analyze/bnsl_extrapolation.ts";
import { bnslCaption, bnslTitle, panelsTitle } from "../../analyze/u_curves_text.ts";
import type { Chart } from "../chart.ts";
import { scatterChart } from "../scatter.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { shapeColor, shapeColumn } from "../shape_scale.ts";
import { type Table, table } from "../table.ts";

/**
 * Accuracy against parameters for every inverse-scaling accuracy curve, coloured by shape.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { uCurveCensus } from "../../analyze/u_curves.ts";
 * import { uCurvePanelsFigure } from "./u_curves.ts";
 * const points = [0.7, 0.6, 0.5, 0.6, 0.7].map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "t", family: "F", metric: "accuracy", chance: 0.5, higherIsBetter: true, points }]);
 * assert.ok(uCurvePanelsFigure(census, formatter("en")).spec);
 * ```
 */
export function uCurvePanelsFigure(census: UCurveCensus, f: Formatter): Chart {
  return smallMultiplesChart(census.panels, {
    lang: f.lang,
    title: panelsTitle(census, f),
    ...inLang(f.lang, {
      en: () => ({
        description:
          "Accuracy against parameters for every inverse-scaling accuracy curve with at least three sizes, coloured by the classifier's shape, with the chance level.",
        source:
          "McKenzie et al. 2023 (Inverse Scaling Prize results: HF evaluations of OPT, pilot runs on GPT-2/GPT-3)",
        facet: { field: "panel", title: "task · family · prompting", columns: 3 },
        x: { field: "params", title: "Parameters (log scale)", log: true },
        y: { field: "score", title: "Accuracy" },
      }),
      zh: () => ({
        description:
          "每条至少有三个规模的逆伸缩准确率曲线的准确率与参数的关系，按分类器判定的形状着色，附随机水平。",
        source:
          "McKenzie et al. 2023（Inverse Scaling Prize 结果：OPT 的 HF 评测，GPT-2/GPT-3 上的试点运行）",
        facet: { field: "panel", title: "任务 · 模型系列 · 提示方式", columns: 3 },
        x: { field: "params", title: "参数（对数坐标）", log: true },
        y: { field: "score", title: "准确率" },
      }),
    }),
    color: shapeColor("shape", { lang: f.lang }),
    chance: census.chance,
  });
}

/**
 * The toy model: accuracy, distractor skill and true skill for each setting of the midpoints.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorIllustration } from "../../analyze/u_curves.ts";
 * import { distractorFigure } from "./u_curves.ts";
 * assert.ok(distractorFigure(distractorIllustration()).spec);
 * ```
 */
export function distractorFigure(
  toy: { rows: DistractorRow[]; chance: Record<string, number> },
  f: Formatter = formatter("en"),
): Chart {
  const w = inLang(f.lang, {
    en: () => ({
      panel: (p: string) => p,
      curve: (c: string) => c,
      title: "A distractor learned early and a true skill learned late make a U",
      description:
        "Toy model: accuracy = T + (1 − T)(1 − D)·chance, with distractor skill D and true skill T rising logistically in log-scale at different scales; four settings of the two midpoints.",
      source:
        "toy model after McKenzie et al. 2023 and Wei et al. 2022 (lib/classify/u_curve_model.ts)",
      setting: "setting",
      x: "Model scale (log scale)",
      y: "Accuracy or skill",
      legend: "Curve",
    }),
    zh: () => ({
      panel: (p: string) => p.replace("distractor", "干扰任务").replace(", skill", "，真正任务"),
      curve: (c: string) =>
        ({ accuracy: "准确率", "distractor skill": "干扰任务能力", "true skill": "真正任务能力" })[
          c
        ] ?? c,
      title: "干扰任务学得早、真正任务学得晚，就形成了U形",
      description:
        "玩具模型：准确率 = T + (1 − T)(1 − D)·随机水平，其中干扰任务能力 D 和真正任务能力 T 在对数尺度上于不同规模处按 logistic 曲线上升；两个中点取四组设置。",
      source:
        "仿照 McKenzie et al. 2023 和 Wei et al. 2022 的玩具模型（lib/classify/u_curve_model.ts）",
      setting: "设置",
      x: "模型规模（对数坐标）",
      y: "准确率或能力",
      legend: "曲线",
    }),
  });
  return smallMultiplesChart(
    toy.rows.map((r) => ({ ...r, panel: w.panel(r.panel), curve: w.curve(r.curve) })),
    {
      lang: f.lang,
      title: w.title,
      description: w.description,
      source: w.source,
      illustration: true,
      facet: { field: "panel", title: w.setting, columns: 2 },
      x: { field: "params", title: w.x, log: true },
      y: { field: "value", title: w.y },
      color: { field: "curve", title: w.legend },
      detail: "curve",
      chance: Object.fromEntries(Object.entries(toy.chance).map(([k, v]) => [w.panel(k), v])),
    },
  );
}

/**
 * The BNSL example: measured points by role, our fit and the published parameters' curve.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { bnsl } from "../../fit/bnsl.ts";
 * import { bnslExtrapolation } from "../../analyze/bnsl_extrapolation.ts";
 * import { bnslFigure } from "./u_curves.ts";
 * const law = { name: "t", description: "", a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((x, i) => ({
 *   x, y: bnsl(x, law), role: i < 9 ? "fit" as const : "extrapolation_target" as const,
 * }));
 * assert.ok(bnslFigure(bnslExtrapolation(points, law), formatter("en")).spec);
 * ```
 */
export function bnslFigure(result: BnslExtrapolation, f: Formatter): Chart {
  const [from, to] = result.curveRange;
  const { roles, fit, published, ...w } = inLang(f.lang, {
    en: () => ({
      roles: { "fitted on": "fitted on", "held out (extrapolated)": "held out (extrapolated)" },
      fit: "our BNSL fit",
      published: "published parameters",
      description:
        "4-digit addition: test cross-entropy against training-set size; our one-break BNSL fit on the first points and the published parameter set, extrapolated to the held-out points.",
      source: "Caballero et al. 2022 (ethancaballero/broken_neural_scaling_laws); fit: this report",
      x: { field: "x", title: "Training examples (log scale)", log: true },
      y: { field: "y", title: "Test cross-entropy (nats)" },
      color: { field: "role", title: "Points", domain: ["fitted on", "held out (extrapolated)"] },
    }),
    zh: () => ({
      roles: { "fitted on": "用于拟合", "held out (extrapolated)": "留出（外推）" },
      fit: "我们的 BNSL 拟合",
      published: "发表的参数",
      description:
        "四位数加法：测试交叉熵与训练集大小的关系；我们在前面的点上做的单拐点 BNSL 拟合和发表的参数组，外推到留出的点。",
      source: "Caballero et al. 2022（ethancaballero/broken_neural_scaling_laws）；拟合：本报告",
      x: { field: "x", title: "训练样本数（对数坐标）", log: true },
      y: { field: "y", title: "测试交叉熵（nats）" },
      color: { field: "role", title: "数据点", domain: ["用于拟合", "留出（外推）"] },
    }),
  });
  return scatterChart(result.chartRows.map((r) => ({ ...r, role: roles[r.role] })), {
    lang: f.lang,
    title: bnslTitle(result, f),
    ...w,
    fits: [
      { f: (x: number) => bnsl(x, result.fit), label: fit, from, to },
      { f: (x: number) => bnsl(x, result.published), label: published, from, to },
    ],
  });
}

/**
 * Every classified inverse-scaling curve as a table: task, family, metric, setting, sizes, shape,
 * confidence and the turn or threshold in words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { uCurveCensus } from "../../analyze/u_curves.ts";
 * import { uCurveCensusTable } from "./u_curves.ts";
 * const points = [0.7, 0.6, 0.5, 0.6, 0.7].map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "t", family: "F", metric: "accuracy", chance: 0.5, higherIsBetter: true, points }]);
 * assert.match(uCurveCensusTable(census, formatter("en")).html(), /<caption>Every inverse-scaling curve/);
 * assert.match(uCurveCensusTable(census, formatter("zh")).html(), /<th[^>]*>规模数<\/th>/);
 * ```
 */
export function uCurveCensusTable(census: UCurveCensus, f: Formatter): Table {
  const w = inLang(f.lang, {
    en: () => ({
      task: "task",
      family: "family",
      metric: "metric",
      setting: "setting",
      sizes: "sizes",
      confidence: "confidence",
      turn: "turn / threshold (95% interval)",
      caption:
        "Every inverse-scaling curve with at least three sizes, classified (sorted by shape, then confidence — the calibrated probability that the label is right; an undetermined curve lists its likeliest shapes). A turn or threshold at the edge of the data, or between the two largest sizes, is given as a bound.",
    }),
    zh: () => ({
      task: "任务",
      family: "模型系列",
      metric: "指标",
      setting: "设置",
      sizes: "规模数",
      confidence: "置信度",
      turn: "拐点 / 阈值（95% 区间）",
      caption:
        "每一条至少有三个规模的逆伸缩曲线及其分类（按形状、再按置信度排序；置信度即标签正确的校准概率，未定的曲线列出最可能的几种形状）。位于数据边缘、或落在两个最大规模之间的拐点或阈值，以界限的形式给出。",
    }),
  });
  return table(census.table, [
    { key: "task", title: w.task },
    { key: "family", title: w.family },
    { key: "metric", title: w.metric },
    { key: "setting", title: w.setting },
    { key: "scales", title: w.sizes, format: "integer" },
    shapeColumn("shape", f.lang),
    { key: "confidence", title: w.confidence, format: "fixed", digits: 2 },
    { key: "turnText", title: w.turn },
  ], { caption: w.caption });
}

/**
 * The held-out points of the broken-neural-scaling-law extrapolation: observed, our fit and the
 * published parameters.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { bnsl } from "../../fit/bnsl.ts";
 * import { bnslExtrapolation } from "../../analyze/bnsl_extrapolation.ts";
 * import { bnslErrorsTable } from "./u_curves.ts";
 * const law = { name: "t", description: "", a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((x, i) => ({
 *   x, y: bnsl(x, law), role: i < 9 ? "fit" as const : "extrapolation_target" as const,
 * }));
 * const result = bnslExtrapolation(points, law);
 * assert.match(bnslErrorsTable(result, formatter("zh")).html(), /训练样本数/);
 * ```
 */
export function bnslErrorsTable(result: BnslExtrapolation, f: Formatter): Table {
  const w = inLang(f.lang, {
    en: () => ({
      x: "training examples",
      observed: "observed",
      ours: "our fit",
      published: "published parameters",
    }),
    zh: () => ({
      x: "训练样本数",
      observed: "观测值",
      ours: "我们的拟合",
      published: "已发表的参数",
    }),
  });
  return table(result.errors, [
    { key: "x", title: w.x, format: "integer" },
    { key: "observed", title: w.observed, format: "fixed", digits: 4 },
    { key: "ours", title: w.ours, format: "fixed", digits: 4 },
    { key: "published", title: w.published, format: "fixed", digits: 4 },
  ], { caption: bnslCaption(result, f) });
}
