/**
 * The shape of a fitted candidate model before noise scaling and shape mapping, shared by the
 * candidate fits (`_models.ts`) and the sigmoid fit (`_sigmoid_model.ts`).
 * @module
 */
import type { ModelName } from "./types.ts";

/** A fitted candidate before noise scaling and shape mapping. */
export interface RawFit {
  model: ModelName;
  parameters: number;
  chi2: number;
  /** Fitted oriented values at the observed x. */
  fitted: number[];
  coefficients: Record<string, number>;
  /** Evaluates the fitted curve (oriented units) at any x = log10(scale). */
  predict: (x: number) => number;
  location?: number;
  /** Profile of chi2 against the location (scanned models). */
  profile?: { location: number; chi2: number }[];
  /** Variance factor of the location (quadratic vertex, delta method), to multiply by φ. */
  locationVariance?: number;
}
