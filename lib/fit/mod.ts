/**
 * Fitting library: optimiser (L-BFGS), scaling-law fits (power law, Chinchilla Approaches 2
 * and 3, compute-optimal allocation, sigmoid in log-scale, broken neural scaling laws) and the
 * bootstrap.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeOptimal, fitPowerLaw } from "./mod.ts";
 * const fit = fitPowerLaw([1, 10, 100, 1000].map((x) => ({ x, y: 5 * x ** -0.2 })), { E: 0 });
 * const opt = computeOptimal({ E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 }, 1e21);
 * assert.ok(Math.abs(fit.alpha - 0.2) < 1e-9 && opt.tokensPerParam > 1);
 * ```
 * @module
 */
export {
  type LbfgsOptions,
  type LbfgsResult,
  minimizeLbfgs,
  type Objective,
  type StopReason,
} from "./lbfgs.ts";
export type { FitDiagnostics } from "./_validate.ts";
export {
  type ChinchillaFit,
  type ChinchillaFitOptions,
  type ChinchillaLaw,
  chinchillaLoss,
  fitChinchilla,
  fitChinchillaSync,
  hoffmannGrid,
  type RunLike,
} from "./chinchilla.ts";
export {
  type ComputeOptimal,
  computeOptimal,
  type InferenceAwareOptimal,
  inferenceAwareOptimal,
  type InferenceAwareOptions,
} from "./compute_optimal.ts";
export { fitPowerLaw, type PowerLawFit, type PowerLawOptions } from "./power_law.ts";
export { fitSigmoid, type SigmoidFit, type SigmoidOptions } from "./sigmoid.ts";
export {
  bnsl,
  type BnslBreak,
  type BnslFit,
  type BnslOptions,
  type BnslParams,
  fitBnsl,
} from "./bnsl.ts";
export {
  fitIsoFlop,
  type Interval,
  type IsoFlopFit,
  type IsoFlopOptions,
  type IsoFlopProfile,
  type IsoFlopRun,
} from "./isoflop.ts";
export {
  bootstrap,
  bootstrapChinchilla,
  type BootstrapInterval,
  type BootstrapOptions,
  type BootstrapResult,
  type ChinchillaBootstrapOptions,
} from "./bootstrap.ts";
export { type Random, seededRandom } from "../_random.ts";
export * from "./allocation.ts";
