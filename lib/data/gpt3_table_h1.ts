/**
 * GPT-3's Table H.1 (Brown et al. 2020, arXiv:2005.14165, Appendix H): every task, setting
 * (zero-, one-, few-shot) and model size, as bundled in data/paper_tables/gpt3_table_h1.csv —
 * only the cells whose independent cross-check agrees (`crosscheck_status` = `verified`).
 * @module
 */
import { checkOptions, ofType } from "../_options.ts";
import { bundled, loadTable } from "./_read.ts";
import { DataRangeError } from "./errors.ts";

/** The settings of Table H.1 (the test-server column is a few-shot setting of 175B only). */
export const GPT3_SETTINGS = ["zero_shot", "one_shot", "few_shot", "few_shot_test_server"] as const;

/** A setting of Table H.1. */
export type Gpt3Setting = typeof GPT3_SETTINGS[number];

const _SCHEMA = {
  task: { type: "string" },
  task_group: { type: "string" },
  metric: { type: "string" },
  setting: { type: "enum", values: GPT3_SETTINGS },
  fewshot_k: { type: "integer", min: 0, required: false },
  model: { type: "string" },
  params: { type: "number", positive: true },
  value: { type: "number", min: 0 },
  crosscheck_status: { type: "enum", values: ["verified", "conflict", "single_transcription"] },
} as const;

/** One cell of Table H.1. */
export interface Gpt3Cell {
  /** Task as printed ("2D+", "WiC", "Ro->En 16"). */
  task: string;
  /** Task group ("arithmetic", "superglue", …). */
  group: string;
  /** Metric ("acc", "f1", "ppl", …). */
  metric: string;
  /** Prompting setting. */
  setting: Gpt3Setting;
  /** K, the number of examples of the few-shot setting, where printed. */
  k?: number;
  /** Model name ("GPT-3 13B"). */
  model: string;
  /** Nominal parameters (Table 2.1). */
  params: number;
  /** The value as printed (accuracy in %, perplexity, BLEU). */
  value: number;
  /** 1-based line in the file. */
  line: number;
}

/**
 * The verified cells of GPT-3's Table H.1. A row whose `crosscheck_status` is not `verified` is
 * an error (the bundled file keeps verified rows only; see data/README.md).
 *
 * @param options.path Read another file with the same columns.
 * @throws {DataRangeError} naming file:line for an unverified row or an out-of-range value.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadGpt3TableH1 } from "./gpt3_table_h1.ts";
 * const cells = await loadGpt3TableH1();
 * const add = cells.find((c) => c.task === "2D+" && c.setting === "few_shot" && c.params === 175e9);
 * assert.ok(cells.length === 1338 && add?.value === 100);
 * ```
 */
export async function loadGpt3TableH1(options: { path?: string } = {}): Promise<Gpt3Cell[]> {
  checkOptions("loadGpt3TableH1", options, { path: ofType("string") });
  const file = bundled("paper_tables/gpt3_table_h1.csv");
  const label = options.path ?? file.label;
  const rows = await loadTable(options.path ?? file.url, _SCHEMA, label);
  return rows.map((row) => {
    if (row.crosscheck_status !== "verified") {
      throw new DataRangeError(
        { file: label, line: row.line, column: 0, value: row.crosscheck_status },
        `crosscheck_status is "${row.crosscheck_status}"; only verified cells may be used ` +
          "(drop the row, or check the value against the paper first)",
      );
    }
    if (row.metric !== "ppl" && !/^BLEU/.test(row.metric) && row.value > 100) {
      throw new DataRangeError(
        { file: label, line: row.line, column: 0, value: String(row.value) },
        `value ${row.value} of ${row.task} (${row.metric}) is above 100; percentages must be 0–100`,
      );
    }
    return {
      task: row.task,
      group: row.task_group,
      metric: row.metric,
      setting: row.setting,
      ...(row.fewshot_k !== undefined ? { k: row.fewshot_k } : {}),
      model: row.model,
      params: row.params,
      value: row.value,
      line: row.line,
    };
  });
}
