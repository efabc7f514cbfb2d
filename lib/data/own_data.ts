/**
 * Your own results in whichever format your tools wrote, detected automatically (or chosen with
 * `format`): an lm-evaluation-harness folder or results file (lm_eval.ts), a wide spreadsheet
 * (wide_format.ts) or the long CSV (long_format.ts); or the prepared file `deno task analyze`
 * hands its notebook (own_data_cache.ts). Every reader gives the same rows and curves, plus notes
 * on the choices made (metric per task, guessed sizes, replaced runs) and on what looks wrong but
 * is allowed (sizes that look like billions, two models of one size).
 * @module
 */
import { DataRangeError, DataTypeError } from "./errors.ts";
import { DELIMITER_NAMES, detectDelimiter } from "./delimiter.ts";
import { type LongFormatRow, readLongFormat, readTable, rowsToCurves } from "./long_format.ts";
import { readWideFormat } from "./wide_format.ts";
import { type LmEvalFile, type ModelSizes, readLmEval } from "./lm_eval.ts";
import type { OwnData, OwnDataFormat, OwnDataNotes } from "./own_data_types.ts";
import { readRecords } from "./schema.ts";
import { decodeOwnData, isOwnDataCache } from "./own_data_cache.ts";
import { noticesOf, ownDataNotices } from "./_own_data_checks.ts";
import { listResults, readInputText } from "./_own_data_files.ts";

export * from "./own_data_types.ts";

/** Options of {@linkcode loadOwnData} and {@linkcode readOwnCsv}. */
export interface OwnDataOptions {
  /** Force a format instead of detecting it. */
  format?: OwnDataFormat;
  /** Keep only this metric (long), or use it for every task (lm-eval). */
  metric?: string;
  /** Chance level for rows that give none. */
  chance?: number;
  /** A CSV file with columns model, parameters[, tokens] (lm-eval sizes). */
  sizes?: string;
  /** The name to show for the input (default the path). */
  label?: string;
  /**
   * Long CSV: keep "all" rows (default) or only those an own-data analysis reads ("needed"; then
   * `rowCount` says how many were read). `compactOwnData` gives the same analysis either way.
   */
  keep?: "all" | "needed";
}

const notesOf = (format: OwnDataFormat, inputs: string[]): OwnDataNotes => ({
  format,
  inputs,
  metrics: [],
  guesses: [],
  replaced: [],
  ignored: [],
  sameSize: [],
});

/** Rows → OwnData with its curves and the notices about sizes. */
function finish(rows: LongFormatRow[], notes: OwnDataNotes): OwnData {
  const notices = ownDataNotices(rows, notes.format !== "lm-eval");
  return { rows, curves: rowsToCurves(rows), notes: { ...notes, ...notices } };
}

/** The header's names (first line, quotes dropped): enough to tell the formats apart. */
function headerNames(text: string, delimiter: string): string[] {
  const body = text.replace(/^\uFEFF/, "").replace(/^\s*\n/, "");
  const end = body.indexOf("\n");
  return body.slice(0, end < 0 ? body.length : end).split(delimiter)
    .map((h) => h.trim().replace(/^"(.*)"$/, "$1"));
}

/**
 * Reads CSV text as the long format (a `task` column) or a wide spreadsheet (`model` and a size
 * column, no `task`), detecting the delimiter.
 *
 * @throws {CsvSyntaxError | DataTypeError | DataRangeError} located at file:line, with what to do.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOwnCsv } from "./own_data.ts";
 * const d = readOwnCsv("model;params;arc\na;1e8;0,3\nb;1e9;0,5\n", { label: "w.csv" });
 * assert.equal(d.notes.format, "wide");
 * assert.equal(d.notes.delimiter, "semicolon");
 * assert.equal(d.curves[0]?.points[1]?.score, 0.5);
 * ```
 */
export function readOwnCsv(text: string, options: OwnDataOptions = {}): OwnData {
  const file = options.label ?? "<input>";
  const delimiter = detectDelimiter(text);
  const header = headerNames(text, delimiter);
  const format = options.format ??
    (header.includes("task") || !header.includes("model") ? "long" : "wide");
  const notes = { ...notesOf(format, [file]), delimiter: DELIMITER_NAMES[delimiter] };
  const chance = options.chance !== undefined ? { chance: options.chance } : {};
  if (format === "long") {
    const long = readLongFormat(text, {
      file,
      delimiter,
      ...chance,
      ...(options.metric !== undefined ? { metric: options.metric } : {}),
      ...(options.keep ? { keep: options.keep } : {}),
    });
    return {
      rows: long.rows,
      curves: long.curves,
      notes: { ...notes, ...noticesOf(long.sameSize, long.largest, true) },
      ...(long.rows.length < long.rowCount ? { rowCount: long.rowCount } : {}),
    };
  }
  if (format === "wide") {
    const wide = readWideFormat(text, { file, delimiter, ...chance });
    checkDuplicates(wide.rows, file);
    return finish(wide.rows, { ...notes, ignored: wide.ignored });
  }
  throw new DataTypeError(
    { file, line: 0, column: 0 },
    "--format lm-eval needs a harness results folder or results_*.json file, not a CSV file",
  );
}

/** Two rows of one model and task in a wide file: an error naming both lines. */
function checkDuplicates(rows: readonly LongFormatRow[], file: string): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify([row.task, row.family, row.model]);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DataRangeError(
        { file, line: row.line, column: 0, value: row.model },
        `model "${row.model}" already has a row on line ${first}; keep one row per model`,
      );
    }
    seen.set(key, row.line);
  }
}

/**
 * Reads your results from a file or folder (see the module doc): a folder or a `.json` file is
 * lm-evaluation-harness output, a CSV is the long or the wide format.
 *
 * @throws {DataTypeError | DataRangeError | CsvSyntaxError} one sentence naming the file and
 *   line or key, and what to do; also for a missing path or a folder given as a file.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadOwnData } from "./own_data.ts";
 * const d = await loadOwnData(new URL("../../tests/fixtures/lm_eval", import.meta.url).pathname);
 * assert.equal(d.notes.format, "lm-eval");
 * ```
 */
export async function loadOwnData(path: string, options: OwnDataOptions = {}): Promise<OwnData> {
  const label = options.label ?? path;
  let isDir = false;
  try {
    isDir = (await Deno.stat(path)).isDirectory;
  } catch { /* readInputText says why */ }
  if (isDir || options.format === "lm-eval" || /\.json$/i.test(path)) {
    if (isDir && options.format !== undefined && options.format !== "lm-eval") {
      throw new DataTypeError(
        { file: label, line: 0, column: 0 },
        `is a folder; --format ${options.format} needs a CSV file`,
      );
    }
    const files: LmEvalFile[] = isDir
      ? await listResults(path, label)
      : [{ path: label, text: await readInputText(path, label) }];
    if (!isDir && isOwnDataCache(files[0]!.text)) return decodeOwnData(files[0]!.text);
    const sizes = options.sizes === undefined ? undefined : await readSizes(options.sizes);
    const { rows, notes } = readLmEval(files, {
      ...(options.metric !== undefined ? { metric: options.metric } : {}),
      ...(options.chance !== undefined ? { chance: options.chance } : {}),
      ...(sizes ? { sizes } : {}),
    });
    return finish(rows, {
      ...notesOf("lm-eval", files.map((f) => f.path)),
      ...notes,
    });
  }
  return readOwnCsv(await readInputText(path, label), { ...options, label });
}

/** Reads a `--sizes` CSV: model, parameters (or params)[, tokens]. */
export async function readSizes(path: string, label = path): Promise<ModelSizes> {
  const table = readTable(await readInputText(path, label), label);
  const column = table.header.includes("parameters") ? "parameters" : "params";
  const records = readRecords(table, {
    model: { type: "string" },
    [column]: { type: "number", positive: true },
    tokens: { type: "number", positive: true, required: false },
  });
  return new Map(records.map((r) => [
    r.model as string,
    {
      params: r[column] as number,
      ...(r.tokens !== undefined ? { tokens: r.tokens as number } : {}),
    },
  ]));
}
