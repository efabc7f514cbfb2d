/**
 * Typed errors for data loading. Each carries where the problem is (file, line, column) and the
 * offending value, and its message says what to do, e.g.
 * `data/my.csv:14: column "params" must be a positive number, got "-3e9"`.
 *
 * They extend the closest built-in class (SyntaxError for malformed CSV, TypeError for a value of
 * the wrong type, RangeError for a value out of range) so callers can catch them generically.
 * @module
 */

/** Where in a data file a problem is: 1-based line and column; column 0 = whole line. */
export interface DataLocation {
  /** File path as given by the caller (or `<input>` for text). */
  file: string;
  /** 1-based line number in the file (0 when the problem concerns the whole file). */
  line: number;
  /** 1-based column (field) number, 0 when the problem concerns the whole line or file. */
  column: number;
  /** The offending text, when there is one. */
  value?: string;
}

function _where(location: DataLocation): string {
  let where = location.file;
  if (location.line > 0) where += `:${location.line}`;
  return where;
}

/**
 * Malformed CSV text: unclosed quote, ragged row, empty file, missing header.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CsvSyntaxError } from "./errors.ts";
 * const error = new CsvSyntaxError({ file: "a.csv", line: 3, column: 0 }, "row has 2 fields, header has 3");
 * assert.ok(error instanceof SyntaxError && error.message.startsWith("a.csv:3: "));
 * ```
 */
export class CsvSyntaxError extends SyntaxError implements DataLocation {
  file: string;
  line: number;
  column: number;
  value?: string;
  /** Builds the message `file:line: message`. */
  constructor(location: DataLocation, message: string) {
    super(`${_where(location)}: ${message}`);
    this.name = "CsvSyntaxError";
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.value = location.value;
  }
}

/**
 * A field of the wrong type (text where a number is required, a missing required column or value).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DataTypeError } from "./errors.ts";
 * const error = new DataTypeError({ file: "a.csv", line: 2, column: 3, value: "abc" }, 'column "params" must be a number, got "abc"');
 * assert.ok(error instanceof TypeError && error.value === "abc");
 * ```
 */
export class DataTypeError extends TypeError implements DataLocation {
  file: string;
  line: number;
  column: number;
  value?: string;
  /** Builds the message `file:line: message`. */
  constructor(location: DataLocation, message: string) {
    super(`${_where(location)}: ${message}`);
    this.name = "DataTypeError";
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.value = location.value;
  }
}

/**
 * A value of the right type outside its allowed range (negative parameters, accuracy above 1,
 * NaN or infinity, too few points, duplicate rows).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DataRangeError } from "./errors.ts";
 * const error = new DataRangeError({ file: "a.csv", line: 14, column: 3, value: "-3e9" }, 'column "params" must be a positive number, got "-3e9"');
 * assert.ok(error instanceof RangeError && error.line === 14);
 * ```
 */
export class DataRangeError extends RangeError implements DataLocation {
  file: string;
  line: number;
  column: number;
  value?: string;
  /** Builds the message `file:line: message`. */
  constructor(location: DataLocation, message: string) {
    super(`${_where(location)}: ${message}`);
    this.name = "DataRangeError";
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.value = location.value;
  }
}

/** Any of the three data errors. */
export type DataError = CsvSyntaxError | DataTypeError | DataRangeError;

/**
 * True when `error` is one of the data layer's located errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DataRangeError, isDataError } from "./errors.ts";
 * assert.ok(isDataError(new DataRangeError({ file: "x", line: 1, column: 1 }, "bad")));
 * assert.ok(!isDataError(new Error("other")));
 * ```
 */
export function isDataError(error: unknown): error is DataError {
  return error instanceof CsvSyntaxError || error instanceof DataTypeError ||
    error instanceof DataRangeError;
}
