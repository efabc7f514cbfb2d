/**
 * CSV text → header and rows with line numbers. The one module that imports the npm CSV parser
 * (`csv-parse`, a substitute for `@std/csv`, which cannot be installed here), so it can be swapped
 * in one place.
 *
 * Policy (RFC 4180 plus what real files do):
 * - a UTF-8 byte-order mark is dropped; CRLF and CR line endings are read as LF;
 * - blank lines are skipped (also between records);
 * - quoted fields may hold commas, quotes (`""`) and newlines; a record's line is where it starts;
 * - trailing commas are tolerated: empty fields past the header's width are dropped, and an empty
 *   last header name (a header with a trailing comma) is dropped;
 * - text without any `"` takes a fast path (split on newlines and commas, which is exact for such
 *   text); text with quotes goes through csv-parse. Both paths give identical results (tested).
 * - the delimiter is a comma unless `options.delimiter` says `;` or a tab (see
 *   `detectDelimiter` in delimiter.ts for files exported with a European locale);
 * - anything else is a {@link CsvSyntaxError} naming file and line: an empty file, a missing or
 *   duplicated header name, a row with too few or too many fields, an unclosed quote.
 * @module
 */
import { parse } from "csv-parse/sync";
import { CsvSyntaxError } from "./errors.ts";

/** One data row: its fields as text and the 1-based line where it starts in the file. */
export interface CsvRow {
  /** 1-based line number of the row's first character. */
  line: number;
  /** Field texts, exactly as many as the header has names. */
  fields: string[];
}

/** A parsed CSV table: header names and rows. */
export interface CsvTable {
  /** File name used in error messages. */
  file: string;
  /** Column names from the first non-blank line. */
  header: string[];
  /** Data rows in file order. */
  rows: CsvRow[];
}

interface _ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses CSV text strictly (see the module doc for the policy).
 *
 * @param text The file's content.
 * @param file The name to use in error messages.
 * @throws {CsvSyntaxError} for malformed text, naming file and line.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCsv } from "./csv.ts";
 * const table = parseCsv('task,score\r\n"a, b",0.5\r\n', "x.csv");
 * assert.ok(table.header[1] === "score" && table.rows[0]?.fields[0] === "a, b");
 * assert.ok(table.rows[0]?.line === 2);
 * ```
 */
export function parseCsv(
  text: string,
  file = "<input>",
  options: { delimiter?: "," | ";" | "\t" } = {},
): CsvTable {
  const delimiter = options.delimiter ?? ",";
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (normalised.trim() === "") {
    throw new CsvSyntaxError(
      { file, line: 0, column: 0 },
      "the file is empty; expected a header line such as `task,model,params,score`",
    );
  }
  // Every record, header first, as a CsvRow (fields not yet checked against the header).
  const records = normalised.includes('"')
    ? _parseQuoted(normalised, file, delimiter)
    : _splitUnquoted(normalised, delimiter);
  const first = records[0];
  if (first === undefined) {
    throw new CsvSyntaxError({ file, line: 0, column: 0 }, "the file has no header line");
  }
  const header = _dropTrailingEmpty(first.fields);
  _checkHeader(header, file, first.line);
  const rows: CsvRow[] = new Array(records.length - 1);
  for (let i = 1; i < records.length; i++) {
    const row = records[i]!;
    if (row.fields.length > header.length) {
      row.fields = _trimExtraEmpty(row.fields, header.length);
    }
    const fields = row.fields;
    if (fields.length !== header.length) {
      throw new CsvSyntaxError(
        { file, line: row.line, column: Math.min(fields.length, header.length) + 1 },
        `row has ${fields.length} field${
          fields.length === 1 ? "" : "s"
        } but the header has ${header.length}; ` +
          `every row needs one value per column (quote values that contain ${
            delimiter === "," ? "commas" : delimiter === ";" ? "semicolons" : "tabs"
          })`,
      );
    }
    rows[i - 1] = row;
  }
  return { file, header, rows };
}

/** Quoted text goes through the npm parser; its errors become located {@link CsvSyntaxError}s. */
function _parseQuoted(text: string, file: string, delimiter: string): CsvRow[] {
  let records: _ParsedRecord[];
  try {
    records = parse(text, {
      relax_column_count: true,
      delimiter,
      skip_empty_lines: true,
      info: true,
    }) as unknown as _ParsedRecord[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    const reason = String(e.message ?? error).replace(/^[^:]*: /, "");
    throw new CsvSyntaxError(
      { file, line: e.lines ?? 0, column: 0 },
      `${reason}; check the quotes`,
    );
  }
  return records.map((parsed) => ({ line: _startLine(parsed), fields: parsed.record }));
}

/** Fast path for text with no quote character: every line is one record, every comma a separator. */
function _splitUnquoted(text: string, delimiter: string): CsvRow[] {
  const lines = text.split("\n");
  const records: CsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line !== "") records.push({ line: i + 1, fields: line.split(delimiter) });
  }
  return records;
}

/** The line where a record starts: csv-parse reports the line where it ends. */
function _startLine(parsed: _ParsedRecord): number {
  let newlines = 0;
  for (const field of parsed.record) {
    for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1)) newlines++;
  }
  return parsed.info.lines - newlines;
}

function _dropTrailingEmpty(names: string[]): string[] {
  const out = names.map((name) => name.trim());
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out;
}

function _trimExtraEmpty(fields: string[], width: number): string[] {
  for (let i = width; i < fields.length; i++) {
    if ((fields[i] ?? "").trim() !== "") return fields;
  }
  return fields.slice(0, width);
}

function _checkHeader(header: string[], file: string, line: number): void {
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === "") {
      throw new CsvSyntaxError(
        { file, line, column: index + 1 },
        `header column ${index + 1} has no name; give every column a name`,
      );
    }
    const before = seen.get(name);
    if (before !== undefined) {
      throw new CsvSyntaxError(
        { file, line, column: index + 1, value: name },
        `header names "${name}" twice (columns ${before + 1} and ${index + 1}); rename one`,
      );
    }
    seen.set(name, index);
  });
}
