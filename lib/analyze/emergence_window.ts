/**
 * The emergence figure readers know (Wei et al. 2022, arXiv:2206.07682, Figure 2), rebuilt from
 * published numbers: several model families on the same tasks against parameters (and training
 * FLOPs where known), with the 10¹⁰–10¹¹ parameter / 10²²–10²³ FLOP window marked, and for each
 * curve whether it crosses the window and where its largest rise lies. Data: GPT-3 arithmetic
 * (Brown et al. 2020, Table H.1, verified cells), MMLU (Hendrycks, Hoffmann, Chowdhery, Touvron
 * et al.) and the cross-family BIG-bench tasks of Lu et al. 2024.
 * @module
 */
import type { Curve } from "../data/curves.ts";
import type { Gpt3Cell, Gpt3Setting } from "../data/gpt3_table_h1.ts";
import type { PaperScore, TrainedModel } from "../data/paper_tables.ts";
import { requireNonEmpty } from "./_validate.ts";

/** The window where Wei et al. 2022 see most abilities emerge: parameters and training FLOPs. */
export const EMERGENCE_WINDOW = {
  params: { low: 1e10, high: 1e11 },
  flops: { low: 1e22, high: 1e23 },
} as const;

/** Where a curve's size range lies against the window. */
export type WindowPosition = "below" | "enters" | "crosses" | "inside" | "leaves" | "above";

/** One point of the figure (accuracy as a fraction). */
export interface WindowPoint {
  /** Panel id: a GPT-3 task ("2D+"), "mmlu", or a Lu et al. task id. */
  panel: string;
  /** Model family. */
  family: string;
  /** Model name. */
  model: string;
  /** Parameters. */
  params: number;
  /** Training FLOPs (reported, or 6·N·D from the paper's tokens); absent where unknown. */
  flops?: number;
  /** Accuracy, 0–1. */
  accuracy: number;
  /** Chance accuracy of the panel (0 for exact-match answers). */
  chance: number;
}

/** One curve (panel × family) against the window. */
export interface WindowCurve {
  /** Panel id. */
  panel: string;
  /** Family. */
  family: string;
  /** Number of points. */
  points: number;
  /** Smallest and largest parameters. */
  smallest: number;
  /** See smallest. */
  largest: number;
  /** Where the size range lies against the parameter window. */
  position: WindowPosition;
  /** Largest rise between neighbouring sizes (accuracy, 0–1), with the sizes it lies between. */
  largestRise: { from: number; to: number; rise: number };
  /** True when that rise's size interval overlaps the parameter window. */
  riseInWindow: boolean;
  /** Where the curve's training compute lies against the FLOP window (when every point has it). */
  flopsPosition?: WindowPosition;
}

/** Result of {@linkcode emergenceWindow}. */
export interface EmergenceWindow {
  /** The window (parameters and FLOPs). */
  window: typeof EMERGENCE_WINDOW;
  /** Chart rows. */
  points: WindowPoint[];
  /** Curves with at least two points, panel by panel. */
  curves: WindowCurve[];
  /** Curves that start below the window and end above it. */
  crossing: WindowCurve[];
  /** Curves whose largest rise overlaps the window. */
  riseInWindow: WindowCurve[];
  /** Curves that end below the window. */
  endBelow: WindowCurve[];
  /** Panels, in order. */
  panels: string[];
  /** Curves missing sizes their family has in another panel (cells left out as unverified). */
  gaps: { panel: string; family: string; missing: number[] }[];
}

/** The loaded data the window figure needs. */
export interface WindowData {
  /** GPT-3 Table H.1 cells (verified). */
  gpt3: readonly Gpt3Cell[];
  /** MMLU scores (`loadPaperScores("mmlu")`). */
  mmlu: readonly PaperScore[];
  /** BIG-bench curves (`loadBigBenchCurves()`); the Lu et al. ones are used. */
  bigbench: readonly Curve[];
  /** Real models with their training FLOPs (GPT-3 sizes from Table D.1). */
  models: readonly TrainedModel[];
}

/** Options of {@linkcode emergenceWindow}. */
export interface WindowOptions {
  /** GPT-3 tasks (default 2D+, 3D+, 4D+, 2Dx). */
  gpt3Tasks?: readonly string[];
  /** GPT-3 setting (default few-shot, as in Wei et al.'s figure). */
  gpt3Setting?: Gpt3Setting;
  /** Lu et al. tasks (default modified arithmetic and IPA transliteration). */
  luTasks?: readonly string[];
  /** Lu et al. setting (default "5-shot open"). */
  luSetting?: string;
  /**
   * Lu et al. families (default the base models with two sizes, T5 and GPT-2: instruction-tuned
   * variants and one-size families are left out, so every family on the figure keeps its own
   * colour in a ten-colour palette).
   */
  luFamilies?: readonly string[];
}

/**
 * Where [smallest, largest] lies against the window [low, high] (default 10¹⁰–10¹¹ parameters).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowPosition } from "./emergence_window.ts";
 * assert.equal(windowPosition(125e6, 175e9), "crosses");
 * assert.equal(windowPosition(6.7e9, 65.2e9), "enters");
 * assert.equal(windowPosition(60e6, 770e6), "below");
 * assert.equal(windowPosition(13e9, 540e9), "leaves");
 * ```
 */
export function windowPosition(
  smallest: number,
  largest: number,
  window: { low: number; high: number } = EMERGENCE_WINDOW.params,
): WindowPosition {
  if (largest < window.low) return "below";
  if (smallest > window.high) return "above";
  if (smallest < window.low) return largest > window.high ? "crosses" : "enters";
  return largest > window.high ? "leaves" : "inside";
}

function gpt3Points(data: WindowData, tasks: readonly string[], setting: Gpt3Setting) {
  const flops = new Map(data.models.map((m) => [m.model, m.flops]));
  return data.gpt3.filter((c) => tasks.includes(c.task) && c.setting === setting).map((c) => {
    const f = flops.get(c.model);
    return {
      panel: c.task,
      family: "GPT-3",
      model: c.model,
      params: c.params,
      ...(f !== undefined ? { flops: f } : {}),
      accuracy: c.value / 100,
      chance: 0,
    };
  });
}

function mmluPoints(data: WindowData): WindowPoint[] {
  return data.mmlu.filter((s) => s.subset === "average" && s.params !== undefined).map((s) => ({
    panel: "mmlu",
    family: s.family,
    model: s.model,
    params: s.params!,
    ...(s.tokens !== undefined ? { flops: 6 * s.params! * s.tokens } : {}),
    accuracy: s.value / 100,
    chance: 0.25,
  }));
}

function luPoints(
  data: WindowData,
  tasks: readonly string[],
  setting: string,
  families: readonly string[],
): WindowPoint[] {
  return data.bigbench.filter((c) =>
    c.source === "lu2024_on_emergence" && tasks.includes(c.task) && families.includes(c.family) &&
    c.metric === "exact_match_accuracy" && c.setting === setting
  ).flatMap((c) =>
    c.points.map((p) => ({
      panel: c.task,
      family: c.family,
      model: p.model ?? "",
      params: p.scale,
      accuracy: p.score,
      chance: 0,
    }))
  );
}

/**
 * Summarises one curve's points against the window: its size range, position, and the largest
 * rise between neighbouring sizes.
 *
 * @throws {RangeError} when `points` is empty.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowCurve } from "./emergence_window.ts";
 * const p = (params: number, accuracy: number) => ({ panel: "mmlu", family: "PaLM", model: "", params, accuracy, chance: 0.25 });
 * const c = windowCurve([p(540e9, 0.693), p(8.63e9, 0.253), p(62.5e9, 0.537)]);
 * assert.deepEqual([c.position, c.largestRise.from, c.largestRise.to, c.riseInWindow], ["crosses", 8.63e9, 62.5e9, true]);
 * ```
 */
export function windowCurve(points: readonly WindowPoint[]): WindowCurve {
  requireNonEmpty(points, "windowCurve", "points");
  const sorted = [...points].sort((a, b) => a.params - b.params);
  let best = { from: sorted[0]!.params, to: sorted[0]!.params, rise: -Infinity };
  for (let i = 1; i < sorted.length; i++) {
    const rise = sorted[i]!.accuracy - sorted[i - 1]!.accuracy;
    if (rise > best.rise) best = { from: sorted[i - 1]!.params, to: sorted[i]!.params, rise };
  }
  const { low, high } = EMERGENCE_WINDOW.params;
  const smallest = sorted[0]!.params, largest = sorted.at(-1)!.params;
  const flops = sorted.map((p) => p.flops).filter((x): x is number => x !== undefined);
  return {
    panel: sorted[0]!.panel,
    family: sorted[0]!.family,
    points: sorted.length,
    smallest,
    largest,
    position: windowPosition(smallest, largest),
    largestRise: best,
    riseInWindow: sorted.length > 1 && best.from < high && best.to > low,
    ...(flops.length === sorted.length
      ? {
        flopsPosition: windowPosition(
          Math.min(...flops),
          Math.max(...flops),
          EMERGENCE_WINDOW.flops,
        ),
      }
      : {}),
  };
}

/**
 * The window figure's rows and, per curve (panel × family with ≥ 2 sizes), where it lies against
 * the 10¹⁰–10¹¹ parameter window and whether its largest rise overlaps the window.
 *
 * @throws {RangeError} when no curve has two or more sizes.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceWindow } from "./emergence_window.ts";
 * const gpt3 = [[125e6, 2], [13e9, 55.5], [175e9, 100]].map(([params, value]) => ({
 *   task: "2D+", group: "arithmetic", metric: "acc", setting: "few_shot" as const,
 *   model: `m${params}`, params: params!, value: value!, line: 2,
 * }));
 * const w = emergenceWindow({ gpt3, mmlu: [], bigbench: [], models: [] });
 * assert.equal(w.crossing.length, 1);
 * assert.equal(w.curves[0]?.largestRise.from, 125e6);
 * ```
 */
export function emergenceWindow(data: WindowData, options: WindowOptions = {}): EmergenceWindow {
  const gpt3Tasks = options.gpt3Tasks ?? ["2D+", "3D+", "4D+", "2Dx"];
  const luTasks = options.luTasks ??
    ["modified_arithmetic", "international_phonetic_alphabet_transliterate"];
  const points = [
    ...gpt3Points(data, gpt3Tasks, options.gpt3Setting ?? "few_shot"),
    ...mmluPoints(data),
    ...luPoints(
      data,
      luTasks,
      options.luSetting ?? "5-shot open",
      options.luFamilies ?? ["T5", "GPT-2"],
    ),
  ];
  const groups = new Map<string, WindowPoint[]>();
  for (const p of points) {
    const key = `${p.panel}\u0000${p.family}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const curves = [...groups.values()].filter((g) => g.length > 1).map(windowCurve);
  if (curves.length === 0) {
    throw new RangeError("emergenceWindow: no curve has two or more model sizes; check the data");
  }
  const familySizes = new Map<string, Set<number>>();
  for (const p of points) {
    familySizes.set(p.family, (familySizes.get(p.family) ?? new Set()).add(p.params));
  }
  const gaps = [...groups.values()].flatMap((g) => {
    const have = new Set(g.map((p) => p.params));
    const missing = [...familySizes.get(g[0]!.family)!].filter((x) => !have.has(x))
      .sort((a, b) => a - b);
    return missing.length ? [{ panel: g[0]!.panel, family: g[0]!.family, missing }] : [];
  });
  return {
    window: EMERGENCE_WINDOW,
    points,
    gaps,
    curves,
    crossing: curves.filter((c) => c.position === "crosses"),
    riseInWindow: curves.filter((c) => c.riseInWindow),
    endBelow: curves.filter((c) => c.position === "below"),
    panels: [...new Set(points.map((p) => p.panel))],
  };
}
