/**
 * The options of {@linkcode forecastCurve}, declared once and checked before any work
 * (see lib/_options.ts).
 * @module
 */
import {
  type Check,
  finiteNumber,
  inRange,
  nonNegativeInteger,
  oneOf,
  type OptionSpec,
  show,
} from "../_options.ts";

/** The metric's bounds: two finite numbers, lower below upper. */
const bounds: Check = (value, name, where) => {
  const b = value as unknown[];
  if (!Array.isArray(b) || b.length !== 2 || !b.every((v) => Number.isFinite(v))) {
    throw new TypeError(
      `${where}: ${name} must be [lower, upper] (finite numbers), got ${show(b)}`,
    );
  }
  if (!((b[0] as number) < (b[1] as number))) {
    throw new RangeError(`${where}: ${name} must have lower < upper, got [${b[0]}, ${b[1]}]`);
  }
};

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
};
