/**
 * The wide spreadsheet a leaderboard exports: one row per model, one column per task, and a size
 * column (`params`, `parameters`, `size`, `n_params`, `num_params`, `#params`; a `_b`/`(B)` or
 * `_m`/`(M)` suffix means billions or millions). Optional `family` and `tokens` columns. Every
 * other column whose filled cells are all numbers is a task; an empty cell is a missing result;
 * columns of text (licence, type, …) are ignored and listed.
 * @module
 */
import { DataRangeError, DataTypeError } from "./errors.ts";
import type { Delimiter } from "./delimiter.ts";
import { type LongFormatRow, readTable } from "./long_format.ts";
import { readRecords } from "./schema.ts";

const _SIZE =
  /^(params|parameters|size|n_params|num_params|#params|model_num_parameters)(?:\s*\(([bm])\)|_([bm]))?$/i;
const _DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const _ACCURACY = /(acc|accuracy|exact_match|grade)/i;

/** What {@linkcode readWideFormat} read. */
export interface WideFormat {
  /** One row per (model, task) with a value, as in the long format (metric "score"). */
  rows: LongFormatRow[];
  /** The task columns, in file order. */
  tasks: string[];
  /** Text columns that were left out. */
  ignored: string[];
  /** The size column and its unit multiplier. */
  sizeColumn: string;
}

/**
 * Reads a wide spreadsheet (see the module doc) into long-format rows.
 *
 * @throws {DataTypeError | DataRangeError | CsvSyntaxError} located at file:line, with what to do.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readWideFormat } from "./wide_format.ts";
 * const w = readWideFormat("model,params_b,arc,licence\na,0.1,0.3,mit\nb,1,0.5,mit\n", { file: "w.csv" });
 * assert.deepEqual(w.tasks, ["arc"]);
 * assert.equal(w.rows[1]?.params, 1e9);
 * assert.deepEqual(w.ignored, ["licence"]);
 * ```
 */
export function readWideFormat(
  text: string,
  options: { file?: string; chance?: number; delimiter?: Delimiter } = {},
): WideFormat {
  const file = options.file ?? "<input>";
  const table = readTable(text, file, options.delimiter);
  const sizeColumn = table.header.find((h) => _SIZE.test(h));
  if (!table.header.includes("model") || sizeColumn === undefined) {
    throw new DataTypeError(
      { file, line: 1, column: 0 },
      `a wide spreadsheet needs a "model" column and a size column ("params", "parameters" or ` +
        `"size"); the header has ${table.header.map((h) => `"${h}"`).join(", ")}`,
    );
  }
  const unit = _SIZE.exec(sizeColumn)!.slice(2).find((u) => u !== undefined)?.toLowerCase();
  const scale = unit === "b" ? 1e9 : unit === "m" ? 1e6 : 1;
  const records = readRecords(table, {
    model: { type: "string" },
    [sizeColumn]: { type: "number", positive: true },
    family: { type: "string", required: false },
    tokens: { type: "number", positive: true, required: false },
  });
  const fixed = new Set(["model", sizeColumn, "family", "tokens"]);
  const tasks: string[] = [], ignored: string[] = [];
  table.header.forEach((name, at) => {
    if (fixed.has(name)) return;
    const filled = table.rows.filter((r) => (r.fields[at] ?? "").trim() !== "");
    const bad = filled.find((r) => !_DECIMAL.test(r.fields[at]!.trim()));
    if (filled.length > 0 && bad === undefined) tasks.push(name);
    else if (filled.length > 0 && filled.some((r) => _DECIMAL.test(r.fields[at]!.trim()))) {
      throw new DataTypeError(
        { file, line: bad!.line, column: at + 1, value: bad!.fields[at] },
        `column "${name}" holds numbers and the text "${bad!.fields[at]}"; give a number or ` +
          "leave the cell empty for a missing result",
      );
    } else ignored.push(name);
  });
  if (tasks.length === 0) {
    throw new DataTypeError(
      { file, line: 1, column: 0 },
      "no task columns: a wide spreadsheet needs one column of numbers per task",
    );
  }
  const rows: LongFormatRow[] = [];
  table.rows.forEach((row, r) => {
    const record = records[r]!;
    for (const task of tasks) {
      const at = table.header.indexOf(task);
      const raw = row.fields[at]!.trim();
      if (raw === "") continue;
      const score = Number(raw);
      const out: LongFormatRow = {
        task,
        model: record.model as string,
        params: (record[sizeColumn] as number) * scale,
        score,
        family: (record.family as string | undefined) ?? "all models",
        metric: "score",
        higherIsBetter: true,
        line: row.line,
      };
      if (options.chance !== undefined) out.chance = options.chance;
      if (record.tokens !== undefined) out.tokens = record.tokens as number;
      if ((out.chance !== undefined || _ACCURACY.test(task)) && (score < 0 || score > 1)) {
        throw new DataRangeError(
          { file, line: row.line, column: at + 1, value: raw },
          `column "${task}" must be between 0 and 1 (an accuracy), got "${raw}"; give ` +
            "accuracies as fractions, not percentages (divide by 100)",
        );
      }
      rows.push(out);
    }
  });
  if (rows.length === 0) {
    throw new DataRangeError({ file, line: 0, column: 0 }, "the file has a header but no results");
  }
  return { rows, tasks, ignored, sizeColumn };
}
