/**
 * Accuracy over training on the Pythia suite (Biderman et al. 2023): each size's trajectory
 * against tokens seen, and the sizes whose accuracy falls from its peak to the end of training
 * by more than `threshold` standard errors.
 * @module
 */
import { type PythiaEval, pythiaOverTraining, type PythiaPoint } from "../data/mod.ts";

/** A checkpoint with its size label ("70m", "12b"). */
export interface PythiaTrajectoryPoint extends PythiaPoint {
  /** Model size as in the model name. */
  size: string;
}

/** One size's trajectory summarised. */
export interface SizeTrajectory {
  /** Size label. */
  size: string;
  /** First checkpoint shown. */
  first: PythiaTrajectoryPoint;
  /** Best checkpoint. */
  peak: PythiaTrajectoryPoint;
  /** Last checkpoint. */
  end: PythiaTrajectoryPoint;
  /** (end − first) / sqrt(se² + se²). */
  gain: number;
  /** (peak − end) / sqrt(se² + se²). */
  drop: number;
}

/** A task's accuracy over training for every size. */
export interface PythiaTraining {
  /** Task name. */
  task: string;
  /** The chart's rows, by size then tokens. */
  rows: PythiaTrajectoryPoint[];
  /** Sizes, smallest first. */
  sizes: SizeTrajectory[];
  /** Sizes that end more than `threshold` SE below their peak. */
  declines: SizeTrajectory[];
  /**
   * Tokens from which every later checkpoint ranks the sizes in order (accuracy strictly
   * increasing with size); undefined when the last checkpoint does not.
   */
  orderedFrom: number | undefined;
  /** Checkpoints start at this many tokens. */
  minTokens: number;
  /** Standard errors beyond which a gain or a drop counts. */
  threshold: number;
}

/** Tokens of the first checkpoint from which every checkpoint ranks the sizes in order. */
function orderedSince(rows: readonly PythiaTrajectoryPoint[], sizes: readonly string[]) {
  const steps = [...new Set(rows.map((p) => p.step))].sort((a, b) => a - b);
  let since: number | undefined;
  for (const step of steps) {
    const at = sizes.map((size) => rows.find((p) => p.size === size && p.step === step)?.value);
    const ordered = at.every((v, i) => v !== undefined && (i === 0 || v > at[i - 1]!));
    if (!ordered) since = undefined;
    else since ??= rows.find((p) => p.step === step)!.tokens;
  }
  return since;
}

/**
 * Each size's accuracy on `task` over training, from `minTokens` tokens on.
 *
 * @throws {RangeError} when no checkpoint is left or the threshold is not positive.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythiaEvals } from "../data/mod.ts";
 * import { pythiaTraining } from "./pythia_training.ts";
 * const t = pythiaTraining(await loadPythiaEvals(), { task: "lambada_openai" });
 * assert.equal(t.sizes.length, 8);
 * assert.equal(t.sizes[0]!.size, "70m");
 * ```
 */
export function pythiaTraining(
  evals: readonly PythiaEval[],
  options: { task?: string; minTokens?: number; threshold?: number } = {},
): PythiaTraining {
  const task = options.task ?? "lambada_openai";
  const threshold = options.threshold ?? 2;
  const minTokens = options.minTokens ?? 1e9;
  if (!(threshold > 0)) {
    throw new RangeError(`pythiaTraining: threshold must be a positive number, got ${threshold}`);
  }
  const rows = pythiaOverTraining(evals, { task })
    .filter((p) => p.tokens >= minTokens)
    .map((p) => ({ ...p, size: p.model.replace("pythia-", "") }));
  if (rows.length === 0) {
    throw new RangeError(`pythiaTraining: no checkpoint of ${task} from ${minTokens} tokens`);
  }
  const z = (a: PythiaPoint, b: PythiaPoint) =>
    (b.value - a.value) / Math.hypot(a.stderr, b.stderr);
  const sizes = [...new Set(rows.map((p) => p.size))].map((size) => {
    const points = rows.filter((p) => p.size === size);
    const first = points[0]!, end = points[points.length - 1]!;
    const peak = points.reduce((best, p) => (p.value > best.value ? p : best));
    return { size, first, peak, end, gain: z(first, end), drop: z(end, peak) };
  });
  const declines = sizes.filter((s) => s.drop > threshold);
  const orderedFrom = orderedSince(rows, sizes.map((s) => s.size));
  return { task, rows, sizes, declines, orderedFrom, minTokens, threshold };
}
