/**
 * The options of the classifier's public functions, declared once each (allowed keys and their
 * checks) and checked up front, before any curve is prepared or fitted (see lib/_options.ts).
 * @module
 */
import {
  bounds,
  type Check,
  checkOptions,
  finiteNumber,
  inRange,
  integerAtLeast,
  nonNegativeInteger,
  nonNegativeNumber,
  ofType,
  oneOf,
  type OptionSpec,
  positiveInteger,
  positiveNumber,
} from "../_options.ts";
import { SHAPE_IDS } from "./shapes.ts";
import type { ClassifyOptions } from "./types.ts";

const shared: OptionSpec = {
  metricKind: oneOf("proportion", "continuous"),
  bounds,
  penalty: nonNegativeNumber,
  prior: oneOf("benchmarks", "uniform"),
  gate: nonNegativeNumber,
  minChange: nonNegativeNumber,
};

/** {@linkcode classifyCurve}. */
export const CLASSIFY_SPEC: OptionSpec = {
  chance: finiteNumber,
  higherIsBetter: ofType("boolean"),
  ...shared,
};

/** {@linkcode classifyAll}: each curve brings its own chance and direction. */
export const CLASSIFY_ALL_SPEC: OptionSpec = shared;

/** {@linkcode metricSensitivity}. */
export const METRIC_SENSITIVITY_SPEC: OptionSpec = {
  ...shared,
  discontinuous: ofType("function"),
};

/** {@linkcode emergenceThreshold}. */
export const THRESHOLD_SPEC: OptionSpec = {
  ...CLASSIFY_SPEC,
  resamples: nonNegativeInteger,
  seed: finiteNumber,
  random: ofType("function"),
  coverage: inRange(0, 1, "both"),
};

/** {@linkcode syntheticCurve}. */
export const SYNTHETIC_SPEC: OptionSpec = {
  scales: integerAtLeast(2),
  n: positiveInteger,
  chance: inRange(0, 1, "upper"),
  minEffect: nonNegativeNumber,
  seed: finiteNumber,
  random: ofType("function"),
};

/** {@linkcode mirageCurves}. */
export const MIRAGE_SPEC: OptionSpec = {
  c: positiveNumber,
  alpha: positiveNumber,
  answerLength: positiveInteger,
};

/** {@linkcode bigbenchMetrics} and {@linkcode emergenceScore}. */
export const DIRECTION_SPEC: OptionSpec = { higherIsBetter: ofType("boolean") };

/** The shapes {@linkcode syntheticCurve} can generate. */
export const checkSyntheticShape: Check = oneOf(...SHAPE_IDS.filter((s) => s !== "insufficient"));

/** Checks `options` of the classifier function `where` (default: classifyCurve's options). */
export function checkClassifyOptions(
  where: string,
  options: unknown,
  spec: OptionSpec = CLASSIFY_SPEC,
): void {
  checkOptions(where, options, spec);
}

/** The classifyCurve options among `options` (a caller's own options dropped). */
export function classifyOptionsOf(options: ClassifyOptions): ClassifyOptions {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(CLASSIFY_SPEC)) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as ClassifyOptions;
}
