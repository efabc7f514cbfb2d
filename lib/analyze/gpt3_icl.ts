/**
 * In-context learning as an emergent ability in GPT-3 (Brown et al. 2020, Table H.1, verified
 * cells): few-shot minus zero-shot score by model size, for every task and metric where higher is
 * better and both cells are verified.
 * @module
 */
import type { Gpt3Cell } from "../data/gpt3_table_h1.ts";
import { median } from "../stats/quantile.ts";

/** One task × size: the few-shot gain in points of the task's metric. */
export interface IclGainRow {
  /** Task as printed. */
  task: string;
  /** Metric. */
  metric: string;
  /** Model name. */
  model: string;
  /** Parameters. */
  params: number;
  /** Few-shot minus zero-shot (points of the metric, e.g. accuracy %). */
  gain: number;
}

/** One task's gain at the smallest and largest size. */
export interface IclTaskGain {
  /** Task. */
  task: string;
  /** Metric. */
  metric: string;
  /** Gain of the smallest and of the largest model with both cells verified. */
  smallest: IclGainRow;
  /** See smallest. */
  largest: IclGainRow;
}

/** Result of {@linkcode gpt3FewShotGain}. */
export interface Gpt3FewShotGain {
  /** All rows (chart data). */
  rows: IclGainRow[];
  /** Tasks with the gain at both ends of their size range. */
  tasks: IclTaskGain[];
  /** Tasks whose gain is larger at the largest model than at the smallest. */
  grows: IclTaskGain[];
  /** Median gain over tasks at each size (sizes with every task present are not required). */
  medianBySize: { params: number; model: string; median: number; tasks: number }[];
}

const _LOWER_IS_BETTER = new Set(["ppl"]);

/**
 * Few-shot minus zero-shot for every (task, size) where both cells are verified, in the task's
 * first higher-is-better metric of the table (LAMBADA perplexity, the second BLEU and SQuAD's F1
 * are left out); tasks need two sizes or more.
 *
 * @throws {RangeError} when no task has two sizes with both settings.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gpt3FewShotGain } from "./gpt3_icl.ts";
 * const cell = (setting: "zero_shot" | "few_shot", params: number, value: number) => ({
 *   task: "2D+", group: "arithmetic", metric: "acc", setting, model: `m${params}`, params, value, line: 2,
 * });
 * const g = gpt3FewShotGain([cell("zero_shot", 1e8, 0.7), cell("few_shot", 1e8, 2), cell("zero_shot", 1e11, 76.9), cell("few_shot", 1e11, 100)]);
 * assert.equal(g.grows.length, 1);
 * assert.ok(Math.abs(g.tasks[0]!.largest.gain - 23.1) < 1e-9);
 * ```
 */
export function gpt3FewShotGain(cells: readonly Gpt3Cell[]): Gpt3FewShotGain {
  const zero = new Map<string, Gpt3Cell>();
  for (const c of cells) {
    if (c.setting === "zero_shot") zero.set(`${c.task}\u0000${c.metric}\u0000${c.params}`, c);
  }
  const firstMetric = new Map<string, string>();
  for (const c of cells) {
    if (!_LOWER_IS_BETTER.has(c.metric) && !firstMetric.has(c.task)) {
      firstMetric.set(c.task, c.metric);
    }
  }
  const rows = cells.filter((c) => c.setting === "few_shot" && firstMetric.get(c.task) === c.metric)
    .flatMap((c) => {
      const z = zero.get(`${c.task}\u0000${c.metric}\u0000${c.params}`);
      return z === undefined ? [] : [{
        task: c.task,
        metric: c.metric,
        model: c.model,
        params: c.params,
        gain: c.value - z.value,
      }];
    });
  const byTask = new Map<string, IclGainRow[]>();
  for (const r of rows) {
    const key = `${r.task}\u0000${r.metric}`;
    byTask.set(key, [...(byTask.get(key) ?? []), r]);
  }
  const tasks = [...byTask.values()].filter((list) => list.length > 1).map((list) => {
    const sorted = [...list].sort((a, b) => a.params - b.params);
    return {
      task: sorted[0]!.task,
      metric: sorted[0]!.metric,
      smallest: sorted[0]!,
      largest: sorted.at(-1)!,
    };
  });
  if (tasks.length === 0) {
    throw new RangeError(
      "gpt3FewShotGain: no task has two sizes with verified zero- and few-shot cells",
    );
  }
  const sizes = [...new Map(rows.map((r) => [r.params, r.model])).entries()].sort((a, b) =>
    a[0] - b[0]
  );
  return {
    rows,
    tasks,
    grows: tasks.filter((t) => t.largest.gain > t.smallest.gain),
    medianBySize: sizes.map(([params, model]) => {
      const gains = rows.filter((r) => r.params === params).map((r) => r.gain);
      return { params, model, median: median(gains), tasks: gains.length };
    }),
  };
}
