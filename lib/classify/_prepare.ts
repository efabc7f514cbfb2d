/**
 * Input checks and preparation for the classifier: validation (typed errors only for invalid
 * input), sorting, merging duplicate scales, orientation (higher is better), binomial standard
 * errors and chance normalisation.
 * @module
 */

import type { ClassifyOptions, ClassifyPoint } from "./types.ts";
import { binomialStandardError } from "../stats/moments.ts";

/** A validated curve in the classifier's working units. */
export interface PreparedCurve {
  /** Distinct scales, ascending. */
  scales: number[];
  /** x = log10(scale). */
  x: number[];
  /** Scores in the metric's units (duplicates averaged). */
  score: number[];
  /** Oriented scores: score when higher is better, −score otherwise. */
  y: number[];
  /** +1 or −1: y = orientation · score. */
  orientation: 1 | -1;
  /** Binomial standard errors (metric units) when every point has n and the metric is a proportion. */
  se?: number[];
  /** Examples per point when known. */
  n?: number[];
  /** Chance level (metric units) when known. */
  chance?: number;
  /** The best attainable score (metric units) when known. */
  best?: number;
  kind: "proportion" | "continuous";
}

/** Checks one point: an object with finite scale > 0 and score within `bounds`, n ≥ 1 if given. */
function checkPoint(p: ClassifyPoint, i: number, bounds: [number, number] | undefined): void {
  const where = `classifyCurve: points[${i}]`;
  if (typeof p !== "object" || p === null) {
    throw new TypeError(`${where} must be an object {scale, score, n?}`);
  }
  if (typeof p.scale !== "number" || !Number.isFinite(p.scale)) {
    throw new TypeError(`${where}.scale must be a finite number, got ${p.scale}`);
  }
  if (typeof p.score !== "number" || !Number.isFinite(p.score)) {
    throw new TypeError(
      `${where}.score must be a finite number, got ${p.score}; drop missing values first`,
    );
  }
  if (p.scale <= 0) {
    throw new RangeError(
      `${where}.scale must be > 0 (it is used on a log scale), got ${p.scale}`,
    );
  }
  if (p.n !== undefined && !(typeof p.n === "number" && p.n >= 1 && Number.isFinite(p.n))) {
    throw new RangeError(
      `${where}.n must be a number of examples (at least 1), got ${p.n}; omit it if unknown`,
    );
  }
  if (bounds && (p.score < bounds[0] || p.score > bounds[1])) {
    throw new RangeError(
      `${where}.score ${p.score} lies outside the metric's bounds [${bounds[0]}, ${bounds[1]}]; ` +
        `pass options.bounds or metricKind: "continuous" if the metric is not a proportion`,
    );
  }
}

/**
 * Merges duplicate scales (equal in log10, the classifier's axis): scores averaged, weighted by n
 * when every duplicate has it, as first + mean of differences so identical scores stay exact.
 */
function mergeDuplicates(
  points: ClassifyPoint[],
): { scales: number[]; score: number[]; ns: (number | undefined)[] } {
  const sorted = [...points].sort((a, b) => a.scale - b.scale);
  const scales: number[] = [];
  const score: number[] = [];
  const ns: (number | undefined)[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    let sum = 0, wsum = 0, nsum = 0, allN = true;
    const first = sorted[i]!, log = Math.log10(first.scale);
    while (j < sorted.length && Math.log10(sorted[j]!.scale) === log) {
      const p = sorted[j]!;
      const w = p.n ?? 1;
      if (p.n === undefined) allN = false;
      sum += w * (p.score - first.score);
      wsum += w;
      nsum += p.n ?? 0;
      j++;
    }
    scales.push(sorted[i]!.scale);
    score.push(first.score + sum / wsum);
    ns.push(allN ? nsum : undefined);
    i = j;
  }
  return { scales, score, ns };
}

/**
 * Checks the input and returns the prepared curve.
 * @throws {TypeError} when a scale or score is not a finite number, or points is not an array.
 * @throws {RangeError} when a scale is ≤ 0, n is not a positive number, or a score lies outside
 * the metric's bounds.
 */
export function prepareCurve(points: ClassifyPoint[], options: ClassifyOptions): PreparedCurve {
  if (!Array.isArray(points)) {
    throw new TypeError(
      `classifyCurve: points must be an array of {scale, score, n?}, got ${typeof points}`,
    );
  }
  const higher = options.higherIsBetter ?? true;
  const chance = options.chance;
  if (chance !== undefined && !Number.isFinite(chance)) {
    throw new TypeError(`classifyCurve: options.chance must be a finite number, got ${chance}`);
  }
  const inUnit = points.every((p) => typeof p?.score === "number" && p.score >= 0 && p.score <= 1);
  const kind = options.metricKind ??
    (chance !== undefined || (inUnit && higher) ? "proportion" : "continuous");
  const bounds = options.bounds ?? (kind === "proportion" ? [0, 1] : undefined);
  points.forEach((p, i) => checkPoint(p, i, bounds));
  const { scales, score, ns } = mergeDuplicates(points);
  const orientation: 1 | -1 = higher ? 1 : -1;
  const haveN = ns.length > 0 && ns.every((v) => v !== undefined);
  const prepared: PreparedCurve = {
    scales,
    x: scales.map((s) => Math.log10(s)),
    score,
    y: score.map((s) => orientation * s),
    orientation,
    kind,
  };
  if (haveN) prepared.n = ns as number[];
  if (haveN && kind === "proportion") {
    // Binomial standard error with p shrunk towards 1/2 by one pseudo-example each way, so that
    // scores of exactly 0 or 1 still get a positive error: p̃ = (k + 1)/(n + 2).
    prepared.se = score.map((s, i) => {
      const n = ns[i]!;
      const pt = (s * n + 1) / (n + 2);
      return binomialStandardError(pt, n);
    });
  }
  if (chance !== undefined) prepared.chance = chance;
  if (bounds) prepared.best = higher ? bounds[1] : bounds[0];
  return prepared;
}

/**
 * Scores normalised to chance: (score − chance)/(best − chance), e.g. (score − c)/(1 − c) for
 * accuracies; undefined when chance or the best score is unknown or they coincide.
 */
export function normalizeToChance(prepared: PreparedCurve): number[] | undefined {
  const { chance, best } = prepared;
  if (chance === undefined || best === undefined) return undefined;
  const span = best - chance;
  // A chance level (numerically) at the best score leaves nothing to normalise by.
  if (!(Math.abs(span) > 1e-12 * Math.max(Math.abs(best), Math.abs(chance), 1))) return undefined;
  return prepared.score.map((s) => (s - chance) / span);
}
