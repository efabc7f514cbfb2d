/**
 * The options of every public fit, declared once each (allowed keys and their checks), checked
 * up front by {@linkcode checkOptions} before any data is read or any start is run.
 * @module
 */
import {
  anything,
  arrayOf,
  type Check,
  finiteNumber,
  inRange,
  integerIn,
  nested,
  nonNegativeInteger,
  nonNegativeNumber,
  ofType,
  oneOf,
  type OptionSpec,
  positiveInteger,
  positiveNumber,
  show,
} from "../_options.ts";

export { checkOptions } from "../_options.ts";

/**
 * {@linkcode minimizeLbfgs}'s options; c1 < c2 is checked by lbfgsSettings there and by the
 * nested `lbfgs` check below for the fits.
 */
export const LBFGS_SPEC: OptionSpec = {
  gradientTolerance: nonNegativeNumber,
  maxIterations: nonNegativeInteger,
  memory: positiveInteger,
  c1: inRange(0, 1, "both"),
  c2: inRange(0, 1, "both"),
  preconditioner: arrayOf(finiteNumber, 1),
};

/** Nested L-BFGS settings, with c1 < c2 (defaults 1e-4 and 0.9) as the strong-Wolfe conditions need. */
const lbfgs: Check = (value, name, where) => {
  nested(LBFGS_SPEC)(value, name, where);
  const { c1 = 1e-4, c2 = 0.9 } = value as { c1?: number; c2?: number };
  if (!(c1 < c2)) {
    throw new RangeError(`${where}: ${name}.c1 must be below ${name}.c2, got ${c1} and ${c2}`);
  }
};
const weights = arrayOf(nonNegativeNumber);
const level = inRange(0, 1, "both");

/** Chinchilla start vectors: a non-empty list of [a, b, e, α, β], 5 finite numbers each. */
const startVectors: Check = (value, name, where) => {
  arrayOf(anything, 1)(value, name, where);
  (value as unknown[]).forEach((s, i) => {
    if (!Array.isArray(s) || s.length !== 5 || !s.every(Number.isFinite)) {
      throw new TypeError(
        `${where}: ${name}[${i}] must be 5 finite numbers [a, b, e, α, β], got ${show(s)}`,
      );
    }
  });
};

/** A full-data Chinchilla fit to reuse: needs its vector x and its best start. */
const chinchillaFit: Check = (value, name, where) => {
  const fit = value as { x?: unknown; bestStart?: unknown } | null;
  if (typeof fit !== "object" || fit === null) {
    throw new TypeError(`${where}: ${name} must be a fitChinchilla result, got ${show(value)}`);
  }
  for (const key of ["x", "bestStart"] as const) {
    const v = fit[key];
    if (!Array.isArray(v) || v.length < 5 || !v.slice(0, 5).every(Number.isFinite)) {
      throw new TypeError(
        `${where}: ${name}.${key} must hold 5 finite numbers (pass a fitChinchilla result), ` +
          `got ${show(v)}`,
      );
    }
  }
};

/** {@linkcode fitChinchilla} / {@linkcode fitChinchillaSync}. */
export const CHINCHILLA_SPEC: OptionSpec = {
  estimator: oneOf("huber", "mle"),
  delta: positiveNumber,
  starts: startVectors,
  search: oneOf("pruned", "exhaustive"),
  warmupIterations: nonNegativeInteger,
  finishTop: positiveInteger,
  workers: nonNegativeInteger,
  lbfgs,
};

/** {@linkcode bootstrap}. */
export const BOOTSTRAP_SPEC: OptionSpec = {
  resamples: positiveInteger,
  seed: finiteNumber,
  random: ofType("function"),
  level,
  parameters: arrayOf(ofType("string")),
  derived: ofType("function"),
};

/** {@linkcode bootstrapChinchilla}. */
export const CHINCHILLA_BOOTSTRAP_SPEC: OptionSpec = {
  resamples: positiveInteger,
  seed: finiteNumber,
  level,
  flops: arrayOf(positiveNumber),
  fit: chinchillaFit,
  workers: nonNegativeInteger,
  delta: positiveNumber,
  lbfgs,
  allStarts: ofType("boolean"),
};

/** {@linkcode fitPowerLaw}. */
export const POWER_LAW_SPEC: OptionSpec = {
  E: nonNegativeNumber,
  loss: oneOf("log", "huber", "linear"),
  delta: positiveNumber,
  weights,
  lbfgs,
};

/** {@linkcode fitSigmoid}. */
export const SIGMOID_SPEC: OptionSpec = {
  floor: finiteNumber,
  ceiling: finiteNumber,
  weights,
  maxSlope: positiveNumber,
  margin: nonNegativeNumber,
  lbfgs,
};

/** {@linkcode fitBnsl}. */
export const BNSL_SPEC: OptionSpec = {
  breaks: integerIn(0, 5),
  weights,
  starts: arrayOf(anything, 1),
  lbfgs,
};

/** {@linkcode fitIsoFlop}. */
export const ISOFLOP_SPEC: OptionSpec = {
  budgets: arrayOf(positiveNumber, 1),
  minRuns: positiveInteger,
  resamples: nonNegativeInteger,
  seed: finiteNumber,
  level,
};

/** {@linkcode inferenceAwareOptimal} (both required; their ranges are checked there). */
export const INFERENCE_AWARE_SPEC: OptionSpec = {
  loss: finiteNumber,
  inferenceTokens: nonNegativeNumber,
};
