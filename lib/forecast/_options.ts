/**
 * The options of {@linkcode forecastCurve}, declared once and checked before any work
 * (see lib/_options.ts).
 * @module
 */
import {
  bounds,
  type Check,
  finiteNumber,
  inRange,
  nonNegativeInteger,
  oneOf,
  type OptionSpec,
  show,
} from "../_options.ts";

/** A classification result (an object with `evidence`). */
const classification: Check = (value, name, where) => {
  if (typeof value !== "object" || value === null || !("evidence" in value)) {
    throw new TypeError(`${where}: ${name} must be a result of classifyCurve, got ${show(value)}`);
  }
};

/** {@linkcode forecastCurve}. */
export const FORECAST_SPEC: OptionSpec = {
  level: inRange(0, 1, "both"),
  resamples: nonNegativeInteger,
  seed: finiteNumber,
  bounds,
  metricKind: oneOf("proportion", "continuous"),
  classification,
  prior: oneOf("benchmarks", "uniform"),
};
