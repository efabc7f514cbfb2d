/**
 * Power-law fits of the own-data page: y = E + A·N^(−α) on the error 1 − score (accuracies) or
 * the loss (lower-is-better metrics), Kaplan et al. 2020's form with a floor.
 * @module
 */
import type { Curve } from "../data/curves.ts";
import type { ClassifiedCurve } from "../classify/classify_all.ts";
import type { Shape } from "../classify/shapes.ts";
import { fitPowerLaw, type PowerLawFit } from "../fit/power_law.ts";
import { powerLaw } from "../stats/power_law.ts";

/** Why a curve got no power law. */
export type FitSkip =
  | { reason: "score-above-1" }
  | { reason: "score-of-1" }
  | { reason: "loss-not-positive" }
  | { reason: "fit-failed"; message: string };

/** One curve's power-law fit, or why there is none. */
export interface OwnDataFit {
  /** The classified curve. */
  curve: ClassifiedCurve;
  /** Its label on the page. */
  label: string;
  /** What was fitted: the error rate 1 − score, or the score itself (a loss). */
  quantity: "error" | "loss";
  /** The fitted points (x = parameters, y = error or loss); empty when skipped. */
  points: { x: number; y: number }[];
  /** The fit, when there is one. */
  fit?: PowerLawFit;
  /** Root mean square of log(y / ŷ). */
  rms?: number;
  /** Why there is no fit. */
  skipped?: FitSkip;
}

/** Shapes whose curves get a power law, in table order (smooth ones first). */
export const FIT_ORDER: readonly Shape[] = [
  "smooth",
  "emergent",
  "inverse",
  "u_shaped",
  "inverted_u",
  "flat",
];

/** The quantity that falls with scale: error for higher-is-better scores in [0, 1], else loss. */
function errorPoints(curve: Curve): { x: number; y: number }[] | FitSkip {
  if (curve.higherIsBetter) {
    if (curve.points.some((p) => p.score > 1)) return { reason: "score-above-1" };
    if (curve.points.some((p) => p.score >= 1)) return { reason: "score-of-1" };
    return curve.points.map((p) => ({ x: p.scale, y: 1 - p.score }));
  }
  if (curve.points.some((p) => p.score <= 0)) return { reason: "loss-not-positive" };
  return curve.points.map((p) => ({ x: p.scale, y: p.score }));
}

/** Fits one curve (never throws: a failed fit is reported as skipped). */
export function fitOne(curve: ClassifiedCurve, label: string): OwnDataFit {
  const quantity = curve.curve.higherIsBetter ? "error" : "loss";
  const points = errorPoints(curve.curve);
  if (!Array.isArray(points)) return { curve, label, quantity, points: [], skipped: points };
  try {
    const fit = fitPowerLaw(points);
    const rms = Math.sqrt(
      points.reduce((s, p) => s + Math.log(p.y / powerLaw(fit, p.x)) ** 2, 0) / points.length,
    );
    return { curve, label, quantity, points, fit, rms };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { curve, label, quantity, points: [], skipped: { reason: "fit-failed", message } };
  }
}
