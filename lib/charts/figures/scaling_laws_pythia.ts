/**
 * Chapter 1's Pythia figures and tables (accuracy against size, where the curves bend, accuracy
 * over training), built from the lib/analyze results; titles that state a finding come from
 * sentence functions of lib/analyze.
 * @module
 */
import {
  BEND_VERDICTS,
  type PythiaScaling,
  pythiaTitle,
  type PythiaTraining,
  taskName,
  trainingTitle,
} from "../../analyze/mod.ts";
import { type Formatter, inLang } from "../../locale/mod.ts";
import { powerLaw } from "../../stats/mod.ts";
import type { Chart } from "../chart.ts";
import { lineChart } from "../scatter.ts";
import { type Table, table } from "../table.ts";

/**
 * Pythia accuracy against size per task, with the power-law fits to the error rate.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaScaling } from "../../analyze/mod.ts";
 * import { loadPythiaEvals } from "../../data/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * const pythia = pythiaScaling(await loadPythiaEvals(), ["sciq", "piqa"]);
 * import { pythiaFigure } from "./scaling_laws_pythia.ts";
 * const spec = JSON.stringify(pythiaFigure(pythia, formatter("en")).spec);
 * assert.ok(spec.includes("power law (SciQ)"));
 * ```
 */
export function pythiaFigure(p: PythiaScaling, f: Formatter): Chart {
  const rows = p.rows.map((r) => ({ ...r, task: taskName(r.task, f) }));
  return lineChart(rows, {
    lang: f.lang,
    title: pythiaTitle(p, f),
    ...inLang(f.lang, {
      en: () => ({
        description: `Zero-shot accuracy of the final Pythia checkpoints on ${
          f.number(p.tasks.length)
        } tasks against parameters, with ±1.96 standard-error bars and power-law fits to the error rate.`,
        source: "Biderman et al. 2023 (EleutherAI/pythia evaluations); fits: this report",
        x: { field: "params", title: "Parameters (log scale)", log: true },
        y: { field: "accuracy", title: "Zero-shot accuracy" },
        color: { field: "task", title: "Task", domain: p.tasks.map((t) => taskName(t, f)) },
      }),
      zh: () => ({
        description: `Pythia 最终检查点在 ${
          f.number(p.tasks.length)
        } 个任务上的零样本准确率与参数的关系，附 ±1.96 个标准误的误差棒，以及对错误率的幂律拟合。`,
        source: "Biderman et al. 2023（EleutherAI/pythia 评测）；拟合：本报告",
        x: { field: "params", title: "参数（对数坐标）", log: true },
        y: { field: "accuracy", title: "零样本准确率" },
        color: { field: "task", title: "任务", domain: p.tasks.map((t) => taskName(t, f)) },
      }),
    }),
    stderr: "stderr",
    fits: p.scaling.map((s) => ({
      f: (x: number) => 1 - powerLaw(s.fit, x),
      label: inLang(f.lang, {
        en: () => `power law (${taskName(s.task, f)})`,
        zh: () => `幂律（${taskName(s.task, f)}）`,
      }),
      category: taskName(s.task, f),
    })),
  });
}

/**
 * Where each task's curve bends: the small-model trend extrapolated to the largest model.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaScaling } from "../../analyze/mod.ts";
 * import { loadPythiaEvals } from "../../data/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * const pythia = pythiaScaling(await loadPythiaEvals(), ["sciq", "piqa"]);
 * import { bendTable } from "./scaling_laws_pythia.ts";
 * assert.equal(bendTable(pythia, formatter("en")).rows[1]!.verdict, "bends down (saturates)");
 * ```
 */
export function bendTable(p: PythiaScaling, f: Formatter): Table {
  const rows = p.scaling.map((s) => ({
    task: taskName(s.task, f),
    alpha: s.fit.alpha,
    floor: s.fit.E,
    predicted: s.predicted,
    observed: s.observed,
    miss: s.miss,
    verdict: BEND_VERDICTS[s.verdict][f.lang],
  }));
  return inLang(f.lang, {
    en: () =>
      table(rows, [
        "task",
        { key: "alpha", title: "α (all sizes)", format: "fixed", digits: 3 },
        { key: "floor", title: "error floor E", format: "fixed", digits: 3 },
        {
          key: "predicted",
          title: "largest: predicted from smaller half",
          format: "fixed",
          digits: 3,
        },
        { key: "observed", title: "largest: observed", format: "fixed", digits: 3 },
        { key: "miss", title: "miss (standard errors)", format: "fixed", digits: 1 },
        "verdict",
      ], {
        caption:
          "Extrapolating the small-model trend of the error rate to the largest Pythia model.",
      }),
    zh: () =>
      table(rows, [
        { key: "task", title: "任务" },
        { key: "alpha", title: "α（全部规模）", format: "fixed", digits: 3 },
        { key: "floor", title: "误差下限 E", format: "fixed", digits: 3 },
        { key: "predicted", title: "最大模型：由较小一半预测", format: "fixed", digits: 3 },
        { key: "observed", title: "最大模型：观测值", format: "fixed", digits: 3 },
        { key: "miss", title: "偏差（标准误）", format: "fixed", digits: 1 },
        { key: "verdict", title: "判断" },
      ], { caption: "把小模型错误率的趋势外推到最大的 Pythia 模型。" }),
  });
}

/**
 * Each size's accuracy against training tokens seen.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pythiaTraining } from "../../analyze/mod.ts";
 * import { loadPythiaEvals } from "../../data/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * import { trainingFigure } from "./scaling_laws_pythia.ts";
 * const chart = trainingFigure(pythiaTraining(await loadPythiaEvals()), formatter("en"));
 * assert.match(chart.title, /^LAMBADA accuracy grows with training tokens/);
 * ```
 */
export function trainingFigure(t: PythiaTraining, f: Formatter): Chart {
  return lineChart(t.rows, {
    lang: f.lang,
    title: trainingTitle(t, f),
    ...inLang(f.lang, {
      en: () => ({
        description: `Zero-shot ${
          taskName(t.task, f)
        } accuracy of each Pythia size against training tokens seen (checkpoints from ${
          f.tokens(t.minTokens)
        } tokens on).`,
        source: "Biderman et al. 2023 (EleutherAI/pythia evaluations)",
        x: { field: "tokens", title: "Training tokens seen (log scale)", log: true },
        y: { field: "value", title: `Zero-shot ${taskName(t.task, f)} accuracy` },
        color: { field: "size", title: "Model size", domain: t.sizes.map((s) => s.size) },
      }),
      zh: () => ({
        description: `每个 Pythia 规模的 ${
          taskName(t.task, f)
        } 零样本准确率与见过的训练 tokens 的关系（从 ${
          f.tokens(t.minTokens)
        } tokens 起的检查点）。`,
        source: "Biderman et al. 2023（EleutherAI/pythia 评测）",
        x: { field: "tokens", title: "见过的训练 tokens（对数坐标）", log: true },
        y: { field: "value", title: `${taskName(t.task, f)} 零样本准确率` },
        color: { field: "size", title: "模型规模", domain: t.sizes.map((s) => s.size) },
      }),
    }),
    tooltip: ["model", "tokens", "value"],
  });
}
