/**
 * Log-spaced binning of curves with very many model sizes (the own-data page stays readable and
 * fast for files with thousands of sizes per curve).
 * @module
 */
import type { Curve, CurvePoint } from "../data/curves.ts";

/** Number of distinct model sizes of a curve. */
export function distinctSizes(curve: Curve): number {
  return new Set(curve.points.map((p) => p.scale)).size;
}

/**
 * Merges the points of a curve with more than `maxScales` sizes into `maxScales` log-spaced bins:
 * log-size and score averaged, weighted by `n` (1 without it); `n` summed when every point has it.
 * A curve with at most `maxScales` sizes is returned unchanged.
 */
export function mergeScales(curve: Curve, maxScales: number): Curve {
  if (distinctSizes(curve) <= maxScales) return curve;
  const lo = Math.log10(curve.points[0]!.scale);
  const width = (Math.log10(curve.points.at(-1)!.scale) - lo) / maxScales;
  const bins = new Map<number, CurvePoint[]>();
  for (const p of curve.points) {
    const bin = Math.min(maxScales - 1, Math.floor((Math.log10(p.scale) - lo) / width));
    const group = bins.get(bin);
    if (group) group.push(p);
    else bins.set(bin, [p]);
  }
  const points = [...bins.values()].map((group): CurvePoint => {
    const weights = group.map((p) => p.n ?? 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const mean = (value: (p: CurvePoint) => number) =>
      group.reduce((sum, p, i) => sum + weights[i]! * value(p), 0) / total;
    return {
      scale: 10 ** mean((p) => Math.log10(p.scale)),
      score: mean((p) => p.score),
      ...(group.every((p) => p.n !== undefined) ? { n: total } : {}),
    };
  });
  return { ...curve, points };
}
