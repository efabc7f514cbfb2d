/**
 * Where a trained model sits relative to the compute-optimal frontier of a fitted law: for its
 * training compute C = 6·N·D, compare its parameters N with N_opt(C) (Hoffmann et al. 2022,
 * Section 3; the frontier from {@linkcode computeOptimal}).
 * @module
 */
import { type ChinchillaLaw, chinchillaLoss } from "./chinchilla.ts";
import { computeOptimal } from "./compute_optimal.ts";

/** How a model's split of compute compares with the law's optimum. */
export type AllocationVerdict = "under-trained" | "compute-optimal" | "over-trained";

/** A model placed against the compute-optimal frontier. */
export interface AllocationPlacement {
  /** Parameters N. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** Training compute 6·N·D. */
  flops: number;
  /** D / N. */
  tokensPerParam: number;
  /** Compute-optimal parameters for the same compute. */
  optimalParams: number;
  /** Compute-optimal tokens per parameter for the same compute. */
  optimalTokensPerParam: number;
  /** N / N_opt: above 1 the model is larger (and trained on fewer tokens) than optimal. */
  sizeRatio: number;
  /** Predicted loss of the model as trained, L(N, D). */
  predictedLoss: number;
  /** Predicted loss of the compute-optimal model for the same compute. */
  optimalLoss: number;
  /** under-trained when N > tolerance·N_opt, over-trained when N < N_opt/tolerance. */
  verdict: AllocationVerdict;
}

/**
 * Places a model (N parameters, D tokens) against the frontier of `law`. Compute is taken as
 * 6·N·D so that both sides use the same accounting. `tolerance` (default 2) is how far from
 * N_opt a model may be and still count as compute-optimal: the loss landscape is flat near the
 * optimum (a factor 2 in N costs well under 1% in loss for Chinchilla-like laws).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { placeOnFrontier } from "./allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * // GPT-3: 175B parameters on 300B tokens is far larger than optimal for its compute.
 * assert.equal(placeOnFrontier(law, 175e9, 300e9).verdict, "under-trained");
 * ```
 */
export function placeOnFrontier(
  law: ChinchillaLaw,
  params: number,
  tokens: number,
  tolerance = 2,
): AllocationPlacement {
  if (!(params > 0) || !(tokens > 0) || !Number.isFinite(params * tokens)) {
    throw new RangeError(
      `placeOnFrontier: params and tokens must be positive numbers, got ${params} and ${tokens}`,
    );
  }
  if (!(tolerance >= 1)) {
    throw new RangeError(`placeOnFrontier: tolerance must be at least 1, got ${tolerance}`);
  }
  const flops = 6 * params * tokens;
  const optimum = computeOptimal(law, flops);
  const sizeRatio = params / optimum.params;
  return {
    params,
    tokens,
    flops,
    tokensPerParam: tokens / params,
    optimalParams: optimum.params,
    optimalTokensPerParam: optimum.tokensPerParam,
    sizeRatio,
    predictedLoss: chinchillaLoss(law, params, tokens),
    optimalLoss: optimum.loss,
    verdict: sizeRatio > tolerance
      ? "under-trained"
      : sizeRatio < 1 / tolerance
      ? "over-trained"
      : "compute-optimal",
  };
}
