/**
 * The exams of the GPT-4 Technical Report (OpenAI 2023, arXiv:2303.08774, Table 1): 34 exams ×
 * GPT-4, GPT-4 (no vision) and GPT-3.5, scores and percentiles as printed
 * (data/paper_tables/gpt4_exams.csv).
 * @module
 */
import { checkOptions, ofType } from "../_options.ts";
import { bundled, loadTable } from "./_read.ts";
import { DataRangeError } from "./errors.ts";

/** The models of Table 1. */
export const GPT4_EXAM_MODELS = ["GPT-4", "GPT-4 (no vision)", "GPT-3.5"] as const;

/** A model of Table 1. */
export type Gpt4ExamModel = typeof GPT4_EXAM_MODELS[number];

const _SCHEMA = {
  exam: { type: "string" },
  model: { type: "enum", values: GPT4_EXAM_MODELS },
  score_as_printed: { type: "string" },
  score: { type: "number", min: 0, required: false },
  score_max: { type: "number", positive: true, required: false },
  percentile_as_printed: { type: "string", required: false },
  percentile_low: { type: "number", min: 0, max: 100, required: false },
  percentile_high: { type: "number", min: 0, max: 100, required: false },
} as const;

/** One model's result on one exam. */
export interface ExamResult {
  /** Exam name as printed. */
  exam: string;
  /** Model. */
  model: Gpt4ExamModel;
  /** The score cell as printed ("298 / 400 (~90th)"). */
  printed: string;
  /** Score, where printed as a number. */
  score?: number;
  /** Maximum score, where printed ("/ 400"). */
  scoreMax?: number;
  /** Percentile range (low = high for "~90th"); absent for "below 5th" and where none printed. */
  percentile?: { low: number; high: number };
  /** The percentile text as printed ("~90th", "below 5th"), where printed. */
  percentileText?: string;
  /** 1-based line in the file. */
  line: number;
}

/**
 * GPT-4 Technical Report Table 1, one row per exam and model.
 *
 * @param options.path Read another file with the same columns.
 * @throws {DataRangeError} naming file:line when a percentile range is reversed, only one bound is
 * given, or a score exceeds its maximum.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt4Exams } from "./gpt4_exams.ts";
 * const rows = await loadGpt4Exams();
 * const bar = rows.find((r) => r.exam.startsWith("Uniform Bar") && r.model === "GPT-3.5");
 * assert.ok(rows.length === 102 && bar?.percentile?.low === 10);
 * ```
 */
export async function loadGpt4Exams(options: { path?: string } = {}): Promise<ExamResult[]> {
  checkOptions("loadGpt4Exams", options, { path: ofType("string") });
  const file = bundled("paper_tables/gpt4_exams.csv");
  const label = options.path ?? file.label;
  const rows = await loadTable(options.path ?? file.url, _SCHEMA, label);
  return rows.map((row) => {
    const fail = (message: string): never => {
      throw new DataRangeError({ file: label, line: row.line, column: 0 }, message);
    };
    const { percentile_low: low, percentile_high: high } = row;
    if ((low === undefined) !== (high === undefined)) {
      fail("give both percentile_low and percentile_high, or neither");
    }
    if (low !== undefined && high !== undefined && low > high) {
      fail(`percentile_low ${low} is above percentile_high ${high}; swap them`);
    }
    if (row.score !== undefined && row.score_max !== undefined && row.score > row.score_max) {
      fail(`score ${row.score} is above score_max ${row.score_max}`);
    }
    return {
      exam: row.exam,
      model: row.model,
      printed: row.score_as_printed,
      ...(row.score !== undefined ? { score: row.score } : {}),
      ...(row.score_max !== undefined ? { scoreMax: row.score_max } : {}),
      ...(low !== undefined && high !== undefined ? { percentile: { low, high } } : {}),
      ...(row.percentile_as_printed ? { percentileText: row.percentile_as_printed } : {}),
      line: row.line,
    };
  });
}
