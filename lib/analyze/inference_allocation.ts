/**
 * Inference-aware allocation (Sardana et al. 2023, arXiv:2401.00448): for a target loss, the
 * model that minimises training plus inference compute 6ND + 2N·D_inf, at several lifetime
 * inference volumes and along a sweep of them.
 * @module
 */
import type { ChinchillaLaw } from "../fit/chinchilla.ts";
import { type InferenceAwareOptimal, inferenceAwareOptimal } from "../fit/compute_optimal.ts";

/** Lifetime inference volumes (tokens) of the chapter's table. */
export const INFERENCE_VOLUMES = [0, 1e10, 1e11, 1e12, 1e13, 1e14] as const;

/** The volume the chapter's prose follows: a model serving 10¹³ tokens. */
export const INFERENCE_HEAVY_USE = 1e13;

/** One plan: the inference volume and the cheapest model for it. */
export interface InferencePlan extends InferenceAwareOptimal {
  /** Lifetime inference tokens. */
  inferenceTokens: number;
  /** `savings` as a percentage (the table's column). */
  savingsPct: number;
}

/** Result of {@linkcode inferencePlans}. */
export interface InferencePlans {
  /** The target loss. */
  target: number;
  /** One plan per volume of {@linkcode INFERENCE_VOLUMES}. */
  plans: InferencePlan[];
  /** The plan with no inference (equal to the Chinchilla-optimal one). */
  none: InferencePlan;
  /** The plan for {@linkcode INFERENCE_HEAVY_USE}. */
  heavy: InferencePlan;
  /** Optimal tokens per parameter along 41 volumes from 10⁹ to 10¹⁵ (every 0.15 decade). */
  sweep: { inferenceTokens: number; ratio: number; params: number }[];
}

function plan(law: ChinchillaLaw, loss: number, inferenceTokens: number): InferencePlan {
  const best = inferenceAwareOptimal(law, { loss, inferenceTokens });
  return { inferenceTokens, ...best, savingsPct: 100 * best.savings };
}

/**
 * Inference-aware plans reaching `target` loss under `law`.
 *
 * @throws {RangeError} when the target loss is not above the law's E (from `inferenceAwareOptimal`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inferencePlans } from "./inference_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const result = inferencePlans(law, 2.0);
 * assert.ok(Math.abs(result.none.savings) < 1e-6);
 * assert.ok(result.heavy.params < result.heavy.chinchilla.params && result.heavy.savings > 0);
 * ```
 */
export function inferencePlans(law: ChinchillaLaw, target: number): InferencePlans {
  const plans = INFERENCE_VOLUMES.map((v) => plan(law, target, v));
  return {
    target,
    plans,
    none: plans[0]!,
    heavy: plans.find((p) => p.inferenceTokens === INFERENCE_HEAVY_USE)!,
    sweep: Array.from({ length: 41 }, (_, i) => 10 ** (9 + i * 0.15)).map((inferenceTokens) => {
      const best = inferenceAwareOptimal(law, { loss: target, inferenceTokens });
      return { inferenceTokens, ratio: best.tokensPerParam, params: best.params };
    }),
  };
}
