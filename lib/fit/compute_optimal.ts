/**
 * Compute-optimal allocation under a Chinchilla law, plain and inference-aware.
 *
 * Method: with training compute C ≈ 6·N·D, minimising L(N, D) = E + A/N^α + B/D^β gives
 * (Hoffmann et al. 2022, arXiv:2203.15556, Appendix D.2, eq. 4)
 * G = (αA/(βB))^(1/(α+β)), N_opt = G·(C/6)^(β/(α+β)), D_opt = G⁻¹·(C/6)^(α/(α+β)).
 * The inference-aware variant (Sardana et al. 2023, "Beyond Chinchilla-Optimal: Accounting for
 * Inference in Language Model Scaling Laws", arXiv:2401.00448) minimises training plus inference
 * compute, 6·N·D + 2·N·D_inf, for a target loss and an expected number of inference tokens
 * D_inf — which is why a smaller model trained on more data (as LLaMA did) can be the better buy.
 * @module
 */
import type { ChinchillaLaw } from "./chinchilla.ts";
import { finiteResult } from "./_validate.ts";
import { checkOptions, INFERENCE_AWARE_SPEC } from "./_options.ts";

/** A compute-optimal model. */
export interface ComputeOptimal {
  /** Parameters N_opt. */
  params: number;
  /** Training tokens D_opt. */
  tokens: number;
  /** D_opt / N_opt. */
  tokensPerParam: number;
  /** Predicted loss L(N_opt, D_opt). */
  loss: number;
  /** Training FLOPs 6·N·D (equals the budget). */
  flops: number;
  /** Exponent a in N_opt ∝ C^a (= β/(α+β)). */
  a: number;
  /** Exponent b in D_opt ∝ C^b (= α/(α+β)). */
  b: number;
}

function checkLaw(law: ChinchillaLaw, where: string): void {
  for (const key of ["E", "A", "B", "alpha", "beta"] as const) {
    const v = law?.[key];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new TypeError(`${where}: law.${key} must be a finite number, got ${v}`);
    }
  }
  if (!(law.A > 0 && law.B > 0 && law.alpha > 0 && law.beta > 0)) {
    throw new RangeError(
      `${where}: need A, B, alpha, beta > 0 for an optimum, got A=${law.A}, B=${law.B}, ` +
        `alpha=${law.alpha}, beta=${law.beta}`,
    );
  }
}

/**
 * Compute-optimal parameters and tokens for a training budget of `flops` FLOPs (C = 6ND).
 *
 * @example Chinchilla's budget under Hoffmann et al.'s printed law
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeOptimal } from "./compute_optimal.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const opt = computeOptimal(law, 5.76e23);
 * assert.ok(opt.params > 3e10 && opt.params < 3.5e10); // ≈ 32B with the rounded printed law
 * assert.ok(Math.abs(opt.params * opt.tokens * 6 / 5.76e23 - 1) < 1e-12);
 * ```
 */
export function computeOptimal(law: ChinchillaLaw, flops: number): ComputeOptimal {
  checkLaw(law, "computeOptimal");
  if (!(flops > 0) || !Number.isFinite(flops)) {
    throw new RangeError(`computeOptimal: flops must be a positive number, got ${flops}`);
  }
  const { A, B, alpha, beta } = law;
  const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  const a = beta / (alpha + beta), b = alpha / (alpha + beta);
  const params = G * (flops / 6) ** a;
  const tokens = (1 / G) * (flops / 6) ** b;
  const loss = law.E + A / params ** alpha + B / tokens ** beta;
  return finiteResult(
    { params, tokens, tokensPerParam: tokens / params, loss, flops, a, b },
    "computeOptimal",
  );
}

/** A model sized for a target loss, counting inference. */
export interface InferenceAwareOptimal {
  /** Parameters N. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** D / N. */
  tokensPerParam: number;
  /** The target loss (met exactly). */
  loss: number;
  /** Training FLOPs 6·N·D. */
  trainingFlops: number;
  /** Inference FLOPs 2·N·D_inf. */
  inferenceFlops: number;
  /** Sum of the two. */
  totalFlops: number;
  /** The Chinchilla-optimal model for the same loss (ignoring inference), with its costs. */
  chinchilla: {
    params: number;
    tokens: number;
    tokensPerParam: number;
    trainingFlops: number;
    inferenceFlops: number;
    totalFlops: number;
  };
  /** 1 − totalFlops / chinchilla.totalFlops: the share of compute saved. */
  savings: number;
}

/** Options of {@linkcode inferenceAwareOptimal}. */
export interface InferenceAwareOptions {
  /** Target loss (must exceed E). */
  loss: number;
  /** Expected number of tokens served over the model's life (D_inf ≥ 0). */
  inferenceTokens: number;
}

/** D needed to reach `loss` with N parameters, or Infinity when N alone cannot. */
function tokensFor(law: ChinchillaLaw, params: number, loss: number): number {
  const room = loss - law.E - law.A / params ** law.alpha;
  return room > 0 ? (law.B / room) ** (1 / law.beta) : Infinity;
}

/** Golden-section minimum of cost(log N) over (lo, hi). */
function minimiseLogN(cost: (logN: number) => number, lo: number, hi: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
  let f1 = cost(x1), f2 = cost(x2);
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    if (f1 <= f2) hi = x2, x2 = x1, f2 = f1, x1 = hi - r * (hi - lo), f1 = cost(x1);
    else lo = x1, x1 = x2, f1 = f2, x2 = lo + r * (hi - lo), f2 = cost(x2);
  }
  return 0.5 * (lo + hi);
}

/**
 * Smallest total (training + inference) compute model reaching a target loss, after Sardana
 * et al. 2023: minimise 6·N·D(N) + 2·N·D_inf over N, where D(N) solves L(N, D) = loss.
 *
 * @example A model served for 2 trillion tokens should be smaller and train longer
 * ```ts
 * import assert from "node:assert/strict";
 * import { inferenceAwareOptimal } from "./compute_optimal.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const opt = inferenceAwareOptimal(law, { loss: 2.0, inferenceTokens: 2e12 });
 * assert.ok(opt.params < opt.chinchilla.params);
 * assert.ok(opt.tokensPerParam > opt.chinchilla.tokensPerParam && opt.savings > 0);
 * ```
 */
export function inferenceAwareOptimal(
  law: ChinchillaLaw,
  options: InferenceAwareOptions,
): InferenceAwareOptimal {
  checkOptions("inferenceAwareOptimal", options, INFERENCE_AWARE_SPEC);
  checkLaw(law, "inferenceAwareOptimal");
  const { loss, inferenceTokens } = options;
  if (!(loss > law.E) || !Number.isFinite(loss)) {
    throw new RangeError(
      `inferenceAwareOptimal: target loss must be a number above E = ${law.E}, got ${loss}`,
    );
  }
  if (!(inferenceTokens >= 0) || !Number.isFinite(inferenceTokens)) {
    throw new RangeError(
      `inferenceAwareOptimal: inferenceTokens must be >= 0, got ${inferenceTokens}`,
    );
  }
  // N must exceed N_min = (A / (loss − E))^(1/α), where D → ∞.
  const logNmin = Math.log(law.A / (loss - law.E)) / law.alpha;
  const plan = (dInf: number) => {
    const cost = (logN: number) => {
      const n = Math.exp(logN);
      return 6 * n * tokensFor(law, n, loss) + 2 * n * dInf;
    };
    const logN = minimiseLogN(cost, logNmin + 1e-9, logNmin + 40);
    const params = Math.exp(logN), tokens = tokensFor(law, params, loss);
    return {
      params,
      tokens,
      tokensPerParam: tokens / params,
      trainingFlops: 6 * params * tokens,
      inferenceFlops: 2 * params * inferenceTokens,
      totalFlops: 6 * params * tokens + 2 * params * inferenceTokens,
    };
  };
  const best = plan(inferenceTokens);
  const chinchilla = plan(0);
  return finiteResult({
    ...best,
    loss,
    chinchilla,
    savings: 1 - best.totalFlops / chinchilla.totalFlops,
  }, "inferenceAwareOptimal");
}
