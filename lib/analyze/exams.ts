/**
 * GPT-4 against GPT-3.5 on the exams of the GPT-4 Technical Report (OpenAI 2023,
 * arXiv:2303.08774, Table 1): percentiles among human test-takers where the report prints them.
 * @module
 */
import type { ExamResult, Gpt4ExamModel } from "../data/gpt4_exams.ts";

/** One exam with both models' percentile ranges (as printed; low = high for "~Nth"). */
export interface ExamComparison {
  /** Exam name as printed. */
  exam: string;
  /** GPT-4's percentile range. */
  gpt4: { low: number; high: number };
  /** GPT-3.5's percentile range. */
  gpt35: { low: number; high: number };
  /** Midpoint of GPT-4's range minus midpoint of GPT-3.5's (percentile points). */
  gain: number;
  /** True when the two ranges do not overlap and GPT-4's is higher. */
  clearlyHigher: boolean;
}

/** Result of {@linkcode examComparison}. */
export interface ExamResults {
  /** The model compared with GPT-3.5 ("GPT-4" by default; the report's vision variant). */
  model: Gpt4ExamModel;
  /** Exams with a percentile for both models, in the table's order. */
  exams: ExamComparison[];
  /** Chart rows: exam × model with the range and its midpoint. */
  rows: { exam: string; model: string; low: number; high: number; mid: number }[];
  /** Exams where GPT-4's range lies wholly above GPT-3.5's. */
  higher: ExamComparison[];
  /** Exams where the ranges are equal. */
  same: ExamComparison[];
  /** Exams where GPT-4's midpoint is lower. */
  lower: ExamComparison[];
  /** Exams without a percentile for both (score only, or "below 5th"). */
  noPercentile: string[];
  /** The exam with the largest gain. */
  largestGain: ExamComparison;
}

const mid = (r: { low: number; high: number }) => (r.low + r.high) / 2;

/**
 * Pairs GPT-4 (or `model`) with GPT-3.5 on each exam that prints a percentile for both.
 *
 * @throws {RangeError} when no exam has a percentile for both models.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { examComparison } from "./exams.ts";
 * const row = (exam: string, model: "GPT-4" | "GPT-3.5", low?: number, high = low) => ({
 *   exam, model, printed: "", line: 2, ...(low !== undefined ? { percentile: { low, high: high! } } : {}),
 * });
 * const r = examComparison([row("Bar", "GPT-4", 90), row("Bar", "GPT-3.5", 10), row("Code", "GPT-4"), row("Code", "GPT-3.5")]);
 * assert.equal(r.exams[0]?.gain, 80);
 * assert.deepEqual(r.noPercentile, ["Code"]);
 * ```
 */
export function examComparison(
  results: readonly ExamResult[],
  model: Gpt4ExamModel = "GPT-4",
): ExamResults {
  const exams = [...new Set(results.map((r) => r.exam))];
  const find = (exam: string, m: Gpt4ExamModel) =>
    results.find((r) => r.exam === exam && r.model === m)?.percentile;
  const compared: ExamComparison[] = [];
  const noPercentile: string[] = [];
  for (const exam of exams) {
    const a = find(exam, model), b = find(exam, "GPT-3.5");
    if (!a || !b) {
      noPercentile.push(exam);
      continue;
    }
    compared.push({
      exam,
      gpt4: a,
      gpt35: b,
      gain: mid(a) - mid(b),
      clearlyHigher: a.low > b.high,
    });
  }
  if (compared.length === 0) {
    throw new RangeError(
      `examComparison: no exam prints a percentile for both ${model} and GPT-3.5`,
    );
  }
  return {
    model,
    exams: compared,
    rows: compared.flatMap((c) => [
      { exam: c.exam, model, ...c.gpt4, mid: mid(c.gpt4) },
      { exam: c.exam, model: "GPT-3.5", ...c.gpt35, mid: mid(c.gpt35) },
    ]),
    higher: compared.filter((c) => c.clearlyHigher),
    same: compared.filter((c) => c.gpt4.low === c.gpt35.low && c.gpt4.high === c.gpt35.high),
    lower: compared.filter((c) => c.gain < 0),
    noPercentile,
    largestGain: compared.reduce((a, b) => (b.gain > a.gain ? b : a)),
  };
}
