/**
 * Views of the Pythia evaluations (Biderman et al. 2023) that the report needs: a task's score
 * against model size at one checkpoint, its trajectory over training tokens, and the gain from
 * five in-context examples over none (in-context learning by scale).
 * @module
 */
import type { PythiaEval } from "./benchmarks.ts";
import { checkOptions, ofType, oneOf } from "../_options.ts";

/** The last checkpoint of every Pythia model (143,000 steps, 299.9B tokens). */
export const PYTHIA_FINAL_STEP = 143000;

/** Which Pythia rows to take. */
export interface PythiaSelection {
  /** Task name. */
  task: string;
  /** Default "acc". */
  metric?: string;
  /** 0 or 5 in-context examples; default 0. */
  shots?: number;
  /** "standard" (the Pile), "deduped" (deduplicated Pile); default "standard". */
  suite?: "standard" | "deduped";
}

/** A score with its standard error from the evaluation harness. */
export interface PythiaPoint {
  /** Model name. */
  model: string;
  /** Parameters (total). */
  params: number;
  /** Training tokens seen. */
  tokens: number;
  /** Training step of the checkpoint (0 = initialisation). */
  step: number;
  /** The metric's value. */
  value: number;
  /** Standard error reported with the value. */
  stderr: number;
}

const _SELECTION_SPEC = {
  task: ofType("string"),
  metric: ofType("string"),
  shots: oneOf(0, 5),
  suite: oneOf("standard", "deduped"),
};

/** Checks a selection up front: known keys, a task name, valid values. */
function _checkSelection(where: string, selection: PythiaSelection, withShots = true): void {
  const { shots: _shots, ...withoutShots } = _SELECTION_SPEC;
  checkOptions(where, selection, withShots ? _SELECTION_SPEC : withoutShots);
  if (typeof selection?.task !== "string") {
    throw new TypeError(`${where}: selection.task must be a task name, got ${selection?.task}`);
  }
}

function _matches(row: PythiaEval, selection: PythiaSelection): boolean {
  const deduped = row.model.endsWith("-deduped");
  return row.task === selection.task && row.metric === (selection.metric ?? "acc") &&
    row.shots === (selection.shots ?? 0) && deduped === (selection.suite === "deduped");
}

function _point(row: PythiaEval): PythiaPoint {
  return {
    model: row.model,
    params: row.params,
    tokens: row.tokens,
    step: row.step,
    value: row.value,
    stderr: row.stderr,
  };
}

/**
 * One task's score for each model size at one checkpoint (default: the final one), by size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythiaEvals, pythiaBySize } from "./mod.ts";
 * const points = pythiaBySize(await loadPythiaEvals(), { task: "sciq" });
 * assert.equal(points.length, 8);
 * assert.ok(points[7]!.value > points[0]!.value);
 * ```
 */
export function pythiaBySize(
  evals: readonly PythiaEval[],
  selection: PythiaSelection,
  step = PYTHIA_FINAL_STEP,
): PythiaPoint[] {
  _checkSelection("pythiaBySize", selection);
  return evals.filter((row) => row.step === step && _matches(row, selection)).map(_point)
    .sort((a, b) => a.params - b.params);
}

/**
 * One task's score over training (every checkpoint after step 0) for each model size, sorted by
 * size then tokens.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythiaEvals, pythiaOverTraining } from "./mod.ts";
 * const points = pythiaOverTraining(await loadPythiaEvals(), { task: "lambada_openai" });
 * assert.equal(new Set(points.map((p) => p.model)).size, 8);
 * ```
 */
export function pythiaOverTraining(
  evals: readonly PythiaEval[],
  selection: PythiaSelection,
): PythiaPoint[] {
  _checkSelection("pythiaOverTraining", selection);
  return evals.filter((row) => row.step > 0 && _matches(row, selection)).map(_point)
    .sort((a, b) => a.params - b.params || a.tokens - b.tokens);
}

/** Five-shot minus zero-shot score for one model on one task. */
export interface FewShotGain {
  /** Task name. */
  task: string;
  /** Model name. */
  model: string;
  /** Parameters (total). */
  params: number;
  /** Zero-shot score. */
  zeroShot: number;
  /** Five-shot score. */
  fiveShot: number;
  /** fiveShot − zeroShot. */
  gain: number;
  /**
   * Standard error of the gain, sqrt(se₀² + se₅²). Both scores use the same examples, whose
   * errors are positively correlated, so this is conservative (too wide, not too narrow).
   */
  stderr: number;
}

/**
 * The gain of five in-context examples over none, per model size, at one checkpoint (default:
 * the final one): does learning from examples in the prompt grow with scale?
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fewShotGain, loadPythiaEvals } from "./mod.ts";
 * const gains = fewShotGain(await loadPythiaEvals(), { task: "arc_easy" });
 * assert.equal(gains.length, 8);
 * assert.ok(gains.every((g) => g.stderr > 0));
 * ```
 */
export function fewShotGain(
  evals: readonly PythiaEval[],
  selection: Omit<PythiaSelection, "shots">,
  step = PYTHIA_FINAL_STEP,
): FewShotGain[] {
  _checkSelection("fewShotGain", selection, false);
  const zero = pythiaBySize(evals, { ...selection, shots: 0 }, step);
  const five = new Map(
    pythiaBySize(evals, { ...selection, shots: 5 }, step).map((p) => [p.model, p]),
  );
  return zero.flatMap((z) => {
    const f = five.get(z.model);
    if (f === undefined) return [];
    return [{
      task: selection.task,
      model: z.model,
      params: z.params,
      zeroShot: z.value,
      fiveShot: f.value,
      gain: f.value - z.value,
      stderr: Math.hypot(z.stderr, f.stderr),
    }];
  });
}
