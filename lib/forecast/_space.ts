/**
 * The space a curve's models are fitted in: the metric's bounds, the link that makes a power law
 * a straight line in log10(scale) (log-odds of the bounded range for proportions; log of a
 * positive lower-is-better metric, a power law in loss; the identity otherwise), and the noise of
 * one measurement (binomial from n, or the classifier's residual σ).
 * @module
 */
import { logistic, logit } from "../stats/logistic.ts";

/** Scores and their link for one curve. */
export interface Space {
  /** Bounds the scores are kept in ([-∞, ∞] when unbounded). */
  bounds: [number, number];
  /** Score → linear predictor z. */
  toZ(y: number): number;
  /** z → score. */
  fromZ(z: number): number;
  /** dz/dy at y (for delta-method weights in z). */
  slope(y: number): number;
  /** Which link. */
  link: "logit" | "log" | "identity";
  /**
   * For a proportion, the space of a power law in its error: the log of the distance to the
   * better bound (1 − accuracy for accuracy), in the same bounds.
   */
  error?: Space;
}

/** Keeps `y` inside `bounds`. */
export function clamp(y: number, bounds: readonly [number, number]): number {
  return Math.min(bounds[1], Math.max(bounds[0], y));
}

/** A proportion's distance from its bounds kept ≥ 0.5% of the range, so log-odds stay finite. */
const EDGE = 0.005;

/** The space of a proportion in [lo, hi]: log-odds of (y − lo)/(hi − lo). */
function logitSpace(lo: number, hi: number, higherIsBetter: boolean): Space {
  const span = hi - lo;
  const p = (y: number) => Math.min(1 - EDGE, Math.max(EDGE, (y - lo) / span));
  return {
    bounds: [lo, hi],
    link: "logit",
    toZ: (y) => logit(p(y)),
    fromZ: (z) => lo + span * logistic(z),
    slope: (y) => 1 / (span * p(y) * (1 - p(y))),
    error: errorSpace(lo, hi, higherIsBetter),
  };
}

/** log of the error e = distance to the better bound over the range (kept ≥ 0.5%). */
function errorSpace(lo: number, hi: number, higherIsBetter: boolean): Space {
  const span = hi - lo;
  const e = (y: number) => Math.max(EDGE, higherIsBetter ? (hi - y) / span : (y - lo) / span);
  return {
    bounds: [lo, hi],
    link: "log",
    toZ: (y) => Math.log(e(y)),
    fromZ: (z) => higherIsBetter ? hi - span * Math.exp(z) : lo + span * Math.exp(z),
    slope: (y) => 1 / (span * e(y)),
  };
}

/**
 * The space of a curve: logit for a proportion, log for a positive lower-is-better continuous
 * metric (a power law in loss), identity otherwise.
 */
export function spaceOf(
  scores: readonly number[],
  kind: "proportion" | "continuous",
  higherIsBetter: boolean,
  bounds: [number, number] | undefined,
): Space {
  if (kind === "proportion") {
    const [lo, hi] = bounds ?? [0, 1];
    return logitSpace(lo, hi, higherIsBetter);
  }
  const b: [number, number] = bounds ?? [-Infinity, Infinity];
  if (!higherIsBetter && scores.every((y) => y > 0) && (!bounds || b[0] >= 0)) {
    const floor = Math.min(...scores) * 1e-3;
    return {
      bounds: [Math.max(b[0], 0), b[1]],
      link: "log",
      toZ: (y) => Math.log(Math.max(y, floor)),
      fromZ: (z) => Math.exp(z),
      slope: (y) => 1 / Math.max(y, floor),
    };
  }
  return { bounds: b, link: "identity", toZ: (y) => y, fromZ: (z) => z, slope: () => 1 };
}

/**
 * Standard error of one measurement of `y` with `n` examples, in metric units: binomial
 * √(p(1−p)/n) on the bounded range with p kept ≥ 1/(n+2) from the edges (the (k+1)/(n+2) rule),
 * times √φ (over-dispersion); `sigma` (the residual noise) without n.
 */
export function noiseOf(
  y: number,
  n: number | undefined,
  space: Space,
  phi: number,
  sigma: number,
): number {
  if (n === undefined || space.link !== "logit") return sigma;
  const [lo, hi] = space.bounds;
  const k = ((y - lo) / (hi - lo)) * n;
  const p = (Math.min(n, Math.max(0, k)) + 1) / (n + 2);
  return (hi - lo) * Math.sqrt((p * (1 - p)) / n * Math.max(1, phi));
}
