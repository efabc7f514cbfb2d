/**
 * An illustrative model of U-shaped scaling — not fitted to data. Wei et al. 2022 ("Inverse
 * scaling can become U-shaped", arXiv:2211.02011) and McKenzie et al. 2023 (arXiv:2306.09479)
 * explain U-curves as a task that contains a distractor task: a mid-sized model learns the
 * distractor (and is led to the wrong answer) before a large model learns the true task.
 *
 * Skills rise as logistic functions of log-scale: distractor D(x) = σ(k·(log10 x − m_d)), true
 * skill T(x) = σ(k·(log10 x − m_t)) with m_t > m_d. A model with the true skill answers right; one
 * without it but drawn by the distractor answers wrong; otherwise it guesses:
 *
 *   accuracy(x) = T + (1 − T)·(1 − D)·chance
 *
 * It starts at chance, falls towards 0 as the distractor is learned, and recovers towards 1 once
 * the true skill arrives: a U whose bottom sits between m_d and m_t.
 * @module
 */
import { integerAtLeast } from "../_options.ts";

/** Parameters of the distractor model (midpoints in log10 of scale). */
export interface DistractorModel {
  /** log10 scale where the distractor skill is half learned. */
  distractorMidpoint: number;
  /** log10 scale where the true skill is half learned. */
  trueMidpoint: number;
  /** Steepness of both skills per decade of scale. */
  steepness: number;
  /** Accuracy of a guess. */
  chance: number;
}

import { logistic } from "../stats/logistic.ts";

/**
 * Accuracy of the distractor model at scale x (an illustration, not a measurement).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorAccuracy } from "./u_curve_model.ts";
 * const model = { distractorMidpoint: 9, trueMidpoint: 11, steepness: 3, chance: 0.5 };
 * const [small, mid, large] = [1e7, 1e10, 1e13].map((x) => distractorAccuracy(model, x));
 * assert.ok(mid! < small! && mid! < large!); // a U
 * ```
 */
export function distractorAccuracy(model: DistractorModel, x: number): number {
  if (!(x > 0)) throw new RangeError(`distractorAccuracy: x must be positive, got ${x}`);
  if (!(model.chance >= 0 && model.chance <= 1)) {
    throw new RangeError(`distractorAccuracy: chance must lie in [0, 1], got ${model.chance}`);
  }
  const log = Math.log10(x);
  const distractor = logistic(model.steepness * (log - model.distractorMidpoint));
  const skill = logistic(model.steepness * (log - model.trueMidpoint));
  return skill + (1 - skill) * (1 - distractor) * model.chance;
}

/**
 * Samples the model on a log grid from 10^from to 10^to (inclusive), `points` values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorCurve } from "./u_curve_model.ts";
 * const curve = distractorCurve({ distractorMidpoint: 9, trueMidpoint: 11, steepness: 3, chance: 0.5 }, 7, 13, 61);
 * assert.equal(curve.length, 61);
 * ```
 */
export function distractorCurve(
  model: DistractorModel,
  from: number,
  to: number,
  points = 61,
): { scale: number; accuracy: number; distractor: number; skill: number }[] {
  integerAtLeast(2)(points, "points", "distractorCurve");
  const out = [];
  for (let i = 0; i < points; i++) {
    const log = from + (to - from) * i / (points - 1);
    const scale = Math.pow(10, log);
    out.push({
      scale,
      accuracy: distractorAccuracy(model, scale),
      distractor: logistic(model.steepness * (log - model.distractorMidpoint)),
      skill: logistic(model.steepness * (log - model.trueMidpoint)),
    });
  }
  return out;
}
