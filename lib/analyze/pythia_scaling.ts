/**
 * Benchmark accuracy against size on the Pythia suite (Biderman et al. 2023): power-law fits to
 * the error rate, whether each task improves from the smallest to the largest model, and where
 * the curve bends — a power law fitted to the smaller half of the sizes, extrapolated to the
 * largest, missing it by more than `threshold` standard errors.
 * @module
 */
import { pythiaBySize, type PythiaEval } from "../data/mod.ts";
import { fitPowerLaw, type PowerLawFit } from "../fit/mod.ts";
import { powerLaw } from "../stats/mod.ts";

/**
 * The six knowledge and reasoning tasks of chapter 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PYTHIA_SCALING_TASKS } from "./pythia_scaling.ts";
 * assert.equal(PYTHIA_SCALING_TASKS.length, 6);
 * ```
 */
export const PYTHIA_SCALING_TASKS: readonly string[] = [
  "lambada_openai",
  "sciq",
  "piqa",
  "arc_easy",
  "arc_challenge",
  "winogrande",
];

/** Zero-shot accuracy of one size on one task at the final checkpoint. */
export interface PythiaAccuracyRow {
  /** Task name. */
  task: string;
  /** Parameters. */
  params: number;
  /** Accuracy. */
  accuracy: number;
  /** Its standard error. */
  stderr: number;
}

/** How the largest model sits against the small-model trend. */
export type BendVerdict = "on_trend" | "accelerates" | "saturates";

/** One task's extrapolation check and its change from the smallest to the largest model. */
export interface TaskScaling {
  /** Task name. */
  task: string;
  /** Power law E + A·N^−α fitted to the error rate 1 − accuracy over all sizes. */
  fit: PowerLawFit;
  /** The same fitted to the smaller half of the sizes. */
  earlyFit: PowerLawFit;
  /** Accuracy of the largest model predicted from the smaller half. */
  predicted: number;
  /** Accuracy of the largest model observed. */
  observed: number;
  /** (observed − predicted) / its standard error. */
  miss: number;
  /** |miss| < threshold: on trend; above: accelerates; below: saturates. */
  verdict: BendVerdict;
  /** (largest − smallest accuracy) / sqrt(se² + se²): the gain in standard errors. */
  gain: number;
  /** Steps from one size to the next where accuracy falls by more than threshold SE. */
  setbacks: number;
}

/** Chapter 1's Pythia analysis. */
export interface PythiaScaling {
  /** Tasks in order. */
  tasks: readonly string[];
  /** The chart's rows: task × size. */
  rows: PythiaAccuracyRow[];
  /** Number of model sizes. */
  sizes: number;
  /** Smallest and largest size. */
  params: [number, number];
  /** Training tokens seen at the final checkpoint. */
  tokens: number;
  /** Per task, in order. */
  scaling: TaskScaling[];
  /** Standard errors beyond which a miss, gain or setback counts. */
  threshold: number;
}

function verdictOf(miss: number, threshold: number): BendVerdict {
  if (Math.abs(miss) < threshold) return "on_trend";
  return miss > 0 ? "accelerates" : "saturates";
}

function taskScaling(task: string, rows: PythiaAccuracyRow[], threshold: number): TaskScaling {
  const errorRate = (r: PythiaAccuracyRow) => ({ x: r.params, y: 1 - r.accuracy });
  const fit = fitPowerLaw(rows.map(errorRate));
  const earlyFit = fitPowerLaw(rows.slice(0, Math.floor(rows.length / 2)).map(errorRate));
  const first = rows[0]!, largest = rows[rows.length - 1]!;
  const predicted = 1 - powerLaw(earlyFit, largest.params);
  const miss = (largest.accuracy - predicted) / largest.stderr;
  const setbacks =
    rows.slice(1).filter((r, i) =>
      rows[i]!.accuracy - r.accuracy > threshold * Math.hypot(rows[i]!.stderr, r.stderr)
    ).length;
  return {
    task,
    fit,
    earlyFit,
    predicted,
    observed: largest.accuracy,
    miss,
    verdict: verdictOf(miss, threshold),
    gain: (largest.accuracy - first.accuracy) / Math.hypot(first.stderr, largest.stderr),
    setbacks,
  };
}

/**
 * Fits and checks each task's accuracy against size at the final checkpoint.
 *
 * @param options.threshold standard errors for a bend, a gain or a setback (default 2).
 * @throws {RangeError} when a task has fewer than 4 sizes (the half fit needs 2 points at least)
 *   or the threshold is not positive.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythiaEvals } from "../data/mod.ts";
 * import { pythiaScaling } from "./pythia_scaling.ts";
 * const p = pythiaScaling(await loadPythiaEvals(), ["sciq"]);
 * assert.equal(p.sizes, 8);
 * assert.ok(p.scaling[0]!.gain > 2);
 * ```
 */
export function pythiaScaling(
  evals: readonly PythiaEval[],
  tasks: readonly string[] = PYTHIA_SCALING_TASKS,
  options: { threshold?: number } = {},
): PythiaScaling {
  const threshold = options.threshold ?? 2;
  if (!(threshold > 0)) {
    throw new RangeError(`pythiaScaling: threshold must be a positive number, got ${threshold}`);
  }
  const byTask = tasks.map((task) => {
    const points = pythiaBySize(evals, { task });
    if (points.length < 4) {
      throw new RangeError(
        `pythiaScaling: task ${task} has ${points.length} sizes at the final checkpoint; need 4`,
      );
    }
    return points;
  });
  const rows = byTask.flatMap((points, i) =>
    points.map((p) => ({ task: tasks[i]!, params: p.params, accuracy: p.value, stderr: p.stderr }))
  );
  const params = rows.map((r) => r.params);
  return {
    tasks,
    rows,
    sizes: new Set(params).size,
    params: [Math.min(...params), Math.max(...params)],
    tokens: byTask[0]![0]!.tokens,
    scaling: tasks.map((task) => taskScaling(task, rows.filter((r) => r.task === task), threshold)),
    threshold,
  };
}
