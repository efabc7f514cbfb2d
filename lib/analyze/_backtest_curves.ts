/**
 * The curves the forecast backtest runs on: every bundled task curve (BIG-G BIG-bench tasks,
 * Pythia tasks, GPT-3 Table H.1 verified rows, MMLU by family, inverse-scaling series), each with
 * its metric's bounds and chance where known. Which of them have ≥ 5 sizes is the backtest's call.
 * @module
 */
import {
  loadBigBenchCurves,
  loadInverseScalingCurves,
  loadPythiaEvals,
} from "../data/benchmarks.ts";
import { pythiaBySize } from "../data/pythia.ts";
import { loadGpt3TableH1 } from "../data/gpt3_table_h1.ts";
import { loadPaperScores } from "../data/paper_tables.ts";
import type { ForecastPoint } from "../forecast/types.ts";
import { taskLabel } from "./_labels.ts";

/** Where a backtest curve comes from. */
export const BACKTEST_SOURCES = [
  "BIG-G",
  "Pythia",
  "GPT-3",
  "MMLU",
  "Inverse scaling",
  "Your data",
] as const;

/** A source of {@linkcode BACKTEST_SOURCES}. */
export type BacktestSource = typeof BACKTEST_SOURCES[number];

/** One curve to backtest. */
export interface BacktestCurve {
  /** Where the curve comes from. */
  source: BacktestSource;
  /** Task (and setting, family or metric where a source has several), for tables. */
  label: string;
  /** The measured points (scale = parameters). */
  points: ForecastPoint[];
  /** Score of random guessing, when known. */
  chance?: number;
  /** True when larger scores are better. */
  higherIsBetter: boolean;
  /** The metric's bounds (undefined: unbounded, e.g. loss or perplexity). */
  bounds?: [number, number];
}

/** Chance of the Pythia tasks (answer options; LAMBADA is open-ended). */
function pythiaChance(task: string): number | undefined {
  if (/^(hendrycksTest-|arc_|sciq|logiqa)/.test(task)) return 0.25;
  if (/^(piqa|winogrande|wsc)/.test(task)) return 0.5;
  return task === "lambada_openai" ? 0 : undefined;
}

async function bigG(): Promise<BacktestCurve[]> {
  return (await loadBigBenchCurves()).filter((c) => c.family === "BIG-G T=0").map((c) => ({
    source: "BIG-G",
    label: taskLabel(c.task),
    points: c.points.map(({ scale, score, n }) => ({ scale, score, ...(n ? { n } : {}) })),
    ...(c.chance !== undefined ? { chance: c.chance } : {}),
    higherIsBetter: c.higherIsBetter,
    bounds: [0, 1],
  }));
}

/** Pythia (standard suite, final checkpoint), accuracy 0- and 5-shot; n from the harness's stderr. */
async function pythia(): Promise<BacktestCurve[]> {
  const evals = await loadPythiaEvals();
  const tasks = [...new Set(evals.filter((e) => e.metric === "acc").map((e) => e.task))].sort();
  return tasks.flatMap((task) =>
    [0, 5].map((shots): BacktestCurve => {
      const chance = pythiaChance(task);
      return {
        source: "Pythia",
        label: `${taskLabel(task)} (${shots}-shot)`,
        points: pythiaBySize(evals, { task, shots }).map((p) => {
          const n = p.stderr > 0 ? Math.round(p.value * (1 - p.value) / p.stderr ** 2) : 0;
          return { scale: p.params, score: p.value, ...(n > 0 ? { n } : {}) };
        }),
        ...(chance !== undefined ? { chance } : {}),
        higherIsBetter: true,
        bounds: [0, 1],
      };
    })
  );
}

/** GPT-3 task groups answered in free text (exact match): chance is 0. */
const OPEN_ENDED = new Set(["arithmetic", "word_scramble", "closed_book_qa"]);

/** GPT-3 Table H.1: one curve per task, setting and metric (percent scores; perplexity unbounded). */
async function gpt3(): Promise<BacktestCurve[]> {
  const groups = new Map<string, BacktestCurve>();
  for (const cell of await loadGpt3TableH1()) {
    if (cell.setting === "few_shot_test_server") continue;
    const key = JSON.stringify([cell.task, cell.setting, cell.metric]);
    const ppl = cell.metric === "ppl";
    const curve = groups.get(key) ?? {
      source: "GPT-3",
      label: `${cell.task} (${cell.setting.replace("_", "-")}, ${cell.metric})`,
      points: [],
      higherIsBetter: !ppl,
      ...(ppl ? {} : { bounds: [0, 100] as [number, number] }),
      ...(OPEN_ENDED.has(cell.group) ? { chance: 0 } : {}),
    };
    curve.points.push({ scale: cell.params, score: cell.value });
    groups.set(key, curve);
  }
  return [...groups.values()];
}

/** MMLU by model family and subject group (percent; chance 25%). */
async function mmlu(): Promise<BacktestCurve[]> {
  const groups = new Map<string, BacktestCurve>();
  for (const row of await loadPaperScores("mmlu")) {
    if (row.params === undefined) continue;
    const key = JSON.stringify([row.family, row.subset ?? ""]);
    const curve = groups.get(key) ?? {
      source: "MMLU",
      label: `${row.family} (${row.subset ?? "average"})`,
      points: [],
      chance: 25,
      higherIsBetter: true,
      bounds: [0, 100] as [number, number],
    };
    curve.points.push({ scale: row.params, score: row.value });
    groups.set(key, curve);
  }
  return [...groups.values()];
}

async function inverse(): Promise<BacktestCurve[]> {
  return (await loadInverseScalingCurves()).map((c) => {
    const bounded = c.metric === "accuracy";
    return {
      source: "Inverse scaling",
      label: `${taskLabel(c.task)} (${c.family}, ${c.metric.replace(/_/g, " ")}${
        c.setting ? `, ${c.setting}` : ""
      })`,
      points: c.points.map(({ scale, score, n }) => ({ scale, score, ...(n ? { n } : {}) })),
      ...(c.chance !== undefined && bounded ? { chance: c.chance } : {}),
      higherIsBetter: c.higherIsBetter,
      ...(bounded ? { bounds: [0, 1] as [number, number] } : {}),
    };
  });
}

/**
 * Every bundled task curve, by source (in {@linkcode BACKTEST_SOURCES} order).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadBacktestCurves } from "./_backtest_curves.ts";
 * const curves = await loadBacktestCurves();
 * assert.equal(curves.filter((c) => c.source === "BIG-G").length, 35);
 * ```
 */
export async function loadBacktestCurves(): Promise<BacktestCurve[]> {
  const parts = await Promise.all([bigG(), pythia(), gpt3(), mmlu(), inverse()]);
  return parts.flat();
}
