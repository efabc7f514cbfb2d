/**
 * Statistics kernels shared by every layer above: quantiles and the median (R type 7), means
 * and standard errors, the logistic function, Huber loss, weighted least squares and power-law
 * evaluation. One copy of each; fit, classify and analyze import them from here.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { median, quantile } from "./mod.ts";
 * assert.equal(median([1, 2, 3, 4]), 2.5);
 * assert.equal(quantile([1, 2, 3, 4], 0), 1);
 * ```
 * @module
 */
export { median, quantile, quantileSorted } from "./quantile.ts";
export { binomialStandardError, mean, standardError, variance } from "./moments.ts";
export { logistic, type LogisticCurve, logisticCurve, logit } from "./logistic.ts";
export { huber, huberPsi } from "./huber.ts";
export { wls, type WlsSolution } from "./wls.ts";
export { type PowerLaw, powerLaw } from "./power_law.ts";
export {
  multinomialLogistic,
  type MultinomialLogisticFit,
  softmaxRow,
} from "./multinomial_logistic.ts";
export { expectedCalibrationError, type ReliabilityBin } from "./calibration_error.ts";
