/**
 * Chapter 3's broken-neural-scaling-law check (Caballero et al. 2022, arXiv:2210.14891): fit a
 * one-break BNSL to the points the paper fits on, extrapolate it to the held-out points, and
 * compare with the published parameter set.
 * @module
 */
import type { BnslParameterSet } from "../data/bnsl.ts";
import { bnsl, type BnslFit, fitBnsl } from "../fit/bnsl.ts";

/** One measured point of the BNSL example (as `loadBnslPoints` gives it). */
export interface BnslPoint {
  /** Training-set size. */
  x: number;
  /** Test cross-entropy. */
  y: number;
  /** Whether the paper fits on it or extrapolates to it. */
  role: "fit" | "extrapolation_target";
}

/** A held-out point with both predictions. */
export interface BnslError {
  /** Training-set size. */
  x: number;
  /** Measured cross-entropy. */
  observed: number;
  /** Our fit's prediction. */
  ours: number;
  /** The published parameters' prediction. */
  published: number;
}

/** Result of {@linkcode bnslExtrapolation}. */
export interface BnslExtrapolation {
  /** Points fitted on. */
  fitPoints: BnslPoint[];
  /** Held-out points. */
  targets: BnslPoint[];
  /** Our one-break fit. */
  fit: BnslFit;
  /** The published parameter set. */
  published: BnslParameterSet;
  /** Predictions at the held-out points. */
  errors: BnslError[];
  /** Largest |ours − observed| over the held-out points (nats). */
  maxError: number;
  /** Largest |ours − observed| / observed over the held-out points. */
  maxRelativeError: number;
  /** The chart's points, labelled by role. */
  chartRows: { x: number; y: number; role: "fitted on" | "held out (extrapolated)" }[];
  /** Range [from, to] over which the two curves are drawn (10² to 6,000 examples). */
  curveRange: [number, number];
}

/**
 * Fits a one-break BNSL on the points marked "fit" and predicts the "extrapolation_target" ones.
 *
 * @throws {RangeError} when there are no points to fit on or none held out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bnsl } from "../fit/bnsl.ts";
 * import { bnslExtrapolation } from "./bnsl_extrapolation.ts";
 * const law = { name: "t", description: "", a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((x, i) => ({
 *   x, y: bnsl(x, law), role: i < 9 ? "fit" as const : "extrapolation_target" as const,
 * }));
 * const result = bnslExtrapolation(points, law);
 * assert.equal(result.targets.length, 1);
 * assert.ok(result.maxError < 0.01);
 * ```
 */
export function bnslExtrapolation(
  points: readonly BnslPoint[],
  published: BnslParameterSet,
): BnslExtrapolation {
  const fitPoints = points.filter((p) => p.role === "fit");
  const targets = points.filter((p) => p.role === "extrapolation_target");
  if (fitPoints.length === 0 || targets.length === 0) {
    throw new RangeError(
      `bnslExtrapolation: need points with role "fit" and "extrapolation_target", got ` +
        `${fitPoints.length} and ${targets.length}`,
    );
  }
  const fit = fitBnsl(fitPoints, { breaks: 1 });
  const errors = targets.map((p) => ({
    x: p.x,
    observed: p.y,
    ours: bnsl(p.x, fit),
    published: bnsl(p.x, published),
  }));
  // The ends of the 60-point log grid the chapter has always drawn on (10² to 6,000).
  const end = 10 ** (2 + 59 * (Math.log10(6000) - 2) / 59);
  return {
    fitPoints,
    targets,
    fit,
    published,
    errors,
    maxError: Math.max(...errors.map((e) => Math.abs(e.ours - e.observed))),
    maxRelativeError: Math.max(...errors.map((e) => Math.abs(e.ours - e.observed) / e.observed)),
    chartRows: points.map((p) => ({
      x: p.x,
      y: p.y,
      role: p.role === "fit" ? "fitted on" : "held out (extrapolated)",
    })),
    curveRange: [10 ** 2, end],
  };
}
