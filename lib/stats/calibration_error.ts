/**
 * Expected calibration error (Naeini, Cooper & Hauskrecht 2015): predictions put in 10 equal-width
 * bins of confidence; the error is the count-weighted mean gap between a bin's mean confidence and
 * its fraction right. The bins are returned for a reliability diagram.
 * @module
 */

/** One bin of a reliability diagram: count, summed confidence and number right. */
export interface ReliabilityBin {
  /** Predictions in the bin. */
  n: number;
  /** Their summed confidence. */
  conf: number;
  /** How many were right. */
  right: number;
}

/**
 * The expected calibration error of `rows` and its 10 bins.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { expectedCalibrationError } from "./calibration_error.ts";
 * const rows = [0.95, 0.95, 0.95, 0.95].map((confidence, i) => ({ confidence, right: i < 2 }));
 * assert.ok(Math.abs(expectedCalibrationError(rows).ece - 0.45) < 1e-12);
 * ```
 */
export function expectedCalibrationError(
  rows: readonly { confidence: number; right: boolean }[],
): { ece: number; bins: ReliabilityBin[] } {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const r of rows) {
    const b = bins[Math.min(9, Math.floor(r.confidence * 10))]!;
    b.n++;
    b.conf += r.confidence;
    b.right += r.right ? 1 : 0;
  }
  let e = 0;
  for (const b of bins) if (b.n) e += (b.n / rows.length) * Math.abs(b.conf / b.n - b.right / b.n);
  return { ece: e, bins };
}
