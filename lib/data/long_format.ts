/**
 * The generic long format for a user's own results: one row per (task, model[, family, metric]).
 *
 * Required columns: `task`, `model`, `params` (> 0), `score`. Optional: `family`, `metric`,
 * `n` (examples, integer > 0), `chance` (0–1), `tokens` (> 0), `flops` (> 0),
 * `higher_is_better` (true/false). Extra columns are ignored. Accuracy-like metrics (names with
 * "acc", "accuracy", "exact_match" or "grade", or no metric at all with scores meant as
 * accuracies when `chance` is given) must lie in [0, 1].
 * @module
 */
import { checkOptions, inRange, ofType } from "../_options.ts";
import { type CsvTable, parseCsv } from "./csv.ts";
import { type Delimiter, DELIMITER_NAMES, detectDelimiter } from "./delimiter.ts";
import { readDataFile } from "./_read.ts";
import { readRecords } from "./schema.ts";
import { DataRangeError } from "./errors.ts";
import { type Curve, higherIsBetterFor } from "./curves.ts";
import { CurveBuilder } from "./_curve_builder.ts";

const _SCHEMA = {
  task: { type: "string" },
  model: { type: "string" },
  params: { type: "number", positive: true },
  score: { type: "number" },
  family: { type: "string", required: false },
  metric: { type: "string", required: false },
  n: { type: "integer", positive: true, required: false },
  chance: { type: "number", min: 0, max: 1, required: false },
  tokens: { type: "number", positive: true, required: false },
  flops: { type: "number", positive: true, required: false },
  higher_is_better: { type: "boolean", required: false },
} as const;

/** One row of a long-format file, checked and typed. */
export interface LongFormatRow {
  /** Task name. */
  task: string;
  /** Model name. */
  model: string;
  /** Parameters (model scale). */
  params: number;
  /** The metric's value. */
  score: number;
  /** Model family ("all models" when the file has none). */
  family: string;
  /** Metric ("score" when the file has none). */
  metric: string;
  /** Number of evaluation examples. */
  n?: number;
  /** Chance-level score. */
  chance?: number;
  /** Training tokens, when given. */
  tokens?: number;
  /** Training compute, when given. */
  flops?: number;
  /** True when larger scores are better. */
  higherIsBetter: boolean;
  /** The standard error the evaluation tool reported (lm-evaluation-harness `*_stderr`). */
  stderr?: number;
  /** Line in the CSV file (0 for rows read from JSON). */
  line: number;
}

/** Options for {@link readLongFormat}. */
export interface LongFormatOptions {
  /** Chance level for curves whose rows give none (e.g. 0.25 for 4-way multiple choice). */
  chance?: number;
  /** Keep only rows of this metric. */
  metric?: string;
  /** File name used in error messages. */
  file?: string;
  /** Field delimiter; default detected from the header (comma, semicolon or tab). */
  delimiter?: Delimiter;
  /**
   * "all" rows (default), or only those an own-data analysis reads ("needed": rows with tokens,
   * and the smallest, largest and first lower-is-better rows), for files of a million rows.
   */
  keep?: "all" | "needed";
}

/** What {@linkcode readLongFormat} returns. */
export interface LongFormatData {
  /** The rows (all, or those `keep: "needed"` keeps). */
  rows: LongFormatRow[];
  /** The curves of every row. */
  curves: Curve[];
  /** Rows read. */
  rowCount: number;
  /** Curves in which two or more models have one size (their scores are averaged). */
  sameSize: { task: string; family: string; metric: string; params: number; models: string[] }[];
  /** The row of the largest model. */
  largest: LongFormatRow;
}

const LOAD_LONG_FORMAT_SPEC = { chance: inRange(0, 1), metric: ofType("string") };
const LONG_FORMAT_SPEC = {
  ...LOAD_LONG_FORMAT_SPEC,
  file: ofType("string"),
  delimiter: ofType("string"),
  keep: ofType("string"),
};

const _ACCURACY = /(acc|accuracy|exact_match|grade)/i;

/**
 * Reads long-format CSV text into checked rows and curves keyed by (task, family, metric), each
 * sorted by scale. Duplicate (task, family, metric, model) rows are an error naming both lines.
 *
 * @throws {CsvSyntaxError | DataTypeError | DataRangeError} located at file:line, with what to do.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readLongFormat } from "./long_format.ts";
 * const { curves } = readLongFormat("task,model,params,score\nqa,s,1e8,0.3\nqa,m,1e9,0.5\n", { chance: 0.25 });
 * assert.ok(curves[0]?.points.length === 2 && curves[0]?.chance === 0.25);
 * ```
 */
export function readLongFormat(
  text: string,
  options: LongFormatOptions = {},
): LongFormatData {
  checkOptions("readLongFormat", options, LONG_FORMAT_SPEC);
  const file = options.file ?? "<input>";
  const rows: LongFormatRow[] = [];
  const builder = new CurveBuilder<LongFormatRow>();
  const all = options.keep !== "needed";
  // One string per distinct name: rows do not keep slices of the file's pieces alive.
  const names = new Map<string, string>();
  const intern = (v: string) => {
    const known = names.get(v);
    if (known !== undefined) return known;
    const copy = JSON.parse(JSON.stringify(v)) as string;
    names.set(copy, copy);
    return copy;
  };
  // task → family → metric → model → line (no per-row key strings: files have a million rows).
  const seen = new Map<string, Map<string, number>>();
  for (const table of _tables(text, file, options.delimiter)) {
    const records = readRecords(table, _SCHEMA);
    const scoreColumn = table.header.indexOf("score") + 1;
    for (const record of records) {
      const metric = record.metric ?? "score";
      if (options.metric !== undefined && metric !== options.metric) continue;
      const row: LongFormatRow = {
        task: intern(record.task),
        model: intern(record.model),
        params: record.params,
        score: record.score,
        family: record.family === undefined ? "all models" : intern(record.family),
        metric: intern(metric),
        higherIsBetter: record.higher_is_better ?? higherIsBetterFor(metric),
        line: record.line,
      };
      if (record.n !== undefined) row.n = record.n;
      const chance = record.chance ?? options.chance;
      if (chance !== undefined) row.chance = chance;
      if (record.tokens !== undefined) row.tokens = record.tokens;
      if (record.flops !== undefined) row.flops = record.flops;
      _checkBounds(row, file, scoreColumn, record.chance !== undefined);
      const curve = `${row.task}\u0000${row.family}\u0000${row.metric}`;
      let models = seen.get(curve);
      if (models === undefined) seen.set(curve, models = new Map());
      const first = models.get(row.model);
      if (first !== undefined) {
        throw new DataRangeError(
          { file, line: row.line, column: 0, value: row.model },
          `duplicate row: task "${row.task}", family "${row.family}", metric "${row.metric}", ` +
            `model "${row.model}" already appears on line ${first}; keep one row per model ` +
            "(average seeds before loading, or give them different metric or family names)",
        );
      }
      models.set(row.model, row.line);
      if (builder.add(row) || all || row.tokens !== undefined) rows.push(row);
    }
  }
  if (builder.count === 0) {
    throw new DataRangeError(
      { file, line: 0, column: 0 },
      options.metric === undefined
        ? "the file has a header but no data rows"
        : `no rows have metric "${options.metric}"; check --metric`,
    );
  }
  return {
    rows,
    curves: builder.curves(),
    rowCount: builder.count,
    sameSize: builder.sameSize(),
    largest: builder.largest!,
  };
}

/** Above this size, quote-free text is parsed in pieces so the whole table never exists at once. */
const _CHUNK = 100_000;

/**
 * The file as one table, or — for a large file without quotes or lone CRs whose first line is the
 * header — as tables of about 100 kB each (header repeated, line numbers those of the file):
 * little is alive at once, so memory stays near the rows kept.
 */
function* _tables(text: string, file: string, delimiter?: Delimiter) {
  const d = delimiter ?? detectDelimiter(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerEnd = body.indexOf("\n");
  if (
    body.length <= _CHUNK || body.includes('"') || /\r(?!\n)/.test(body) || headerEnd <= 0 ||
    /^\s/.test(body)
  ) {
    yield readTable(text, file, d);
    return;
  }
  const header = body.slice(0, headerEnd).replace(/\r$/, "");
  let start = headerEnd + 1, line = 2;
  while (start < body.length) {
    let end = body.indexOf("\n", Math.min(body.length, start + _CHUNK));
    if (end < 0) end = body.length;
    const piece = body.slice(start, end);
    const table = readTable(`${header}\n${piece}`, file, d);
    for (const row of table.rows) row.line += line - 2;
    yield table;
    for (let i = piece.indexOf("\n"); i !== -1; i = piece.indexOf("\n", i + 1)) line++;
    line++;
    start = end + 1;
  }
}

/**
 * Parses CSV text with its delimiter (given or detected); decimal commas ("0,5") in a
 * semicolon-separated file are read as decimal points. A header without any of the delimiters that
 * holds a `;` or tab names the delimiter in the error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readTable } from "./long_format.ts";
 * assert.deepEqual(readTable("a;b\n1,5;x\n", "f.csv").rows[0]?.fields, ["1.5", "x"]);
 * ```
 */
export function readTable(
  text: string,
  file: string,
  delimiter?: Delimiter,
): CsvTable & { delimiter: Delimiter; delimiterName: string } {
  const d = delimiter ?? detectDelimiter(text);
  const table = parseCsv(text, file, { delimiter: d });
  if (d === ";") {
    for (const row of table.rows) {
      row.fields = row.fields.map((f) => f.replace(/^([+-]?\d*),(\d+(?:[eE][+-]?\d+)?)$/, "$1.$2"));
    }
  }
  return Object.assign(table, { delimiter: d, delimiterName: DELIMITER_NAMES[d] });
}

/**
 * Groups checked rows into curves keyed by (task, family, metric), sorted by key; rows of one curve
 * at one size are averaged (see `groupCurves`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readLongFormat, rowsToCurves } from "./long_format.ts";
 * const { rows } = readLongFormat("task,model,params,score\nqa,a,1,0.5\nqa,b,2,0.6\n");
 * assert.equal(rowsToCurves(rows)[0]?.points.length, 2);
 * ```
 */
export function rowsToCurves(rows: readonly LongFormatRow[]): Curve[] {
  const builder = new CurveBuilder<LongFormatRow>();
  for (const row of rows) builder.add(row);
  return builder.curves();
}

/**
 * Reads a long-format CSV file (see {@link readLongFormat}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadLongFormat } from "./long_format.ts";
 * const { curves } = await loadLongFormat(new URL("../../data/examples/pythia_final_checkpoints.csv", import.meta.url).pathname);
 * assert.ok(curves.length > 0);
 * ```
 */
export async function loadLongFormat(
  path: string,
  options: Omit<LongFormatOptions, "file"> = {},
): Promise<LongFormatData> {
  checkOptions("loadLongFormat", options, LOAD_LONG_FORMAT_SPEC);
  return readLongFormat(await readDataFile(path), { ...options, file: path });
}

function _checkBounds(row: LongFormatRow, file: string, column: number, chanceColumn: boolean) {
  // A chance level makes the scores of a file without metric names accuracies (issue 19: percentages
  // with a chance column passed here, then failed in the classifier).
  const proportion = _ACCURACY.test(row.metric) ||
    (row.chance !== undefined && row.metric === "score" && row.higherIsBetter);
  if (proportion && (row.score < 0 || row.score > 1)) {
    const why = _ACCURACY.test(row.metric)
      ? `for metric "${row.metric}" (an accuracy)`
      : `because ${chanceColumn ? "the row gives a chance level" : "--chance was given"}`;
    throw new DataRangeError(
      { file, line: row.line, column, value: String(row.score) },
      `column "score" must be between 0 and 1 ${why}, got "${row.score}"; give accuracies as ` +
        "fractions, not percentages (divide by 100)",
    );
  }
}
