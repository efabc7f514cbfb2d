/**
 * A small schema layer: each column's type, whether it is required, and range checks. Turns a
 * {@link CsvTable} into typed records, or throws a located error naming file, line, column and
 * value. Unknown extra columns are allowed; a missing required column is an error.
 * @module
 */
import type { CsvTable } from "./csv.ts";
import { DataRangeError, DataTypeError } from "./errors.ts";

/** How one column is read and checked. */
export type ColumnSpec =
  | {
    type: "number" | "integer";
    required?: boolean;
    /** Smallest allowed value (inclusive). */
    min?: number;
    /** Largest allowed value (inclusive). */
    max?: number;
    /** Value must be > 0. */
    positive?: boolean;
  }
  | { type: "string"; required?: boolean }
  | { type: "boolean"; required?: boolean }
  | { type: "enum"; values: readonly string[]; required?: boolean };

/** Column name → spec. Columns are required unless `required: false`. */
export type Schema = Record<string, ColumnSpec>;

/** The TypeScript type a column spec reads as. */
export type ColumnValue<C> = C extends { type: "number" | "integer" } ? number
  : C extends { type: "boolean" } ? boolean
  : C extends { type: "enum"; values: readonly (infer V)[] } ? V
  : string;

/** The record type a schema produces: required columns always present, optional ones maybe. */
export type RecordOf<S extends Schema> =
  & {
    [K in keyof S]: S[K] extends { required: false } ? ColumnValue<S[K]> | undefined
      : ColumnValue<S[K]>;
  }
  & { line: number };

const _DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const _NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const _TRUE = new Set(["true", "yes", "1"]);
const _FALSE = new Set(["false", "no", "0"]);

/**
 * Reads the rows of `table` against `schema`.
 *
 * Numbers must be plain decimals (`1e9`, `-0.5`, `.25`); `NaN`, `inf`, hex, empty text where the
 * column is required, and anything else are errors. Empty optional fields read as `undefined`.
 *
 * @throws {DataTypeError} a missing required column, a missing value or a value of the wrong type.
 * @throws {DataRangeError} a value outside the column's range, or NaN / infinity.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseCsv } from "./csv.ts";
 * import { readRecords } from "./schema.ts";
 * const table = parseCsv("model,params\na,7e9\n", "m.csv");
 * const rows = readRecords(table, { model: { type: "string" }, params: { type: "number", positive: true } });
 * assert.ok(rows[0]?.params === 7e9 && rows[0]?.line === 2);
 * ```
 */
export function readRecords<S extends Schema>(table: CsvTable, schema: S): RecordOf<S>[] {
  const names = Object.keys(schema);
  const index = new Map(table.header.map((name, i) => [name, i]));
  for (const name of names) {
    if (!index.has(name) && (schema[name] as ColumnSpec).required !== false) {
      throw new DataTypeError(
        { file: table.file, line: 1, column: 0, value: name },
        `missing required column "${name}"; the header has ${
          table.header.map((h) => `"${h}"`).join(", ")
        }. Add the column or rename the one that holds it`,
      );
    }
  }
  const columns = names
    .filter((name) => index.has(name))
    .map((name) => ({ name, spec: schema[name] as ColumnSpec, at: index.get(name) as number }));
  const missing = names.filter((name) => !index.has(name));
  const out: RecordOf<S>[] = new Array(table.rows.length);
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const record: Record<string, unknown> = { line: row.line };
    for (const column of columns) {
      record[column.name] = _readField(
        row.fields[column.at] ?? "",
        column.spec,
        column.name,
        table.file,
        row.line,
        column.at + 1,
      );
    }
    for (const name of missing) record[name] = undefined;
    out[r] = record as RecordOf<S>;
  }
  return out;
}

function _readField(
  raw: string,
  spec: ColumnSpec,
  name: string,
  file: string,
  line: number,
  column: number,
): unknown {
  const text = raw.trim();
  if (spec.type === "number" || spec.type === "integer") {
    // Hot path (hundreds of thousands of fields): a plain decimal inside the column's range
    // returns without building an error location; everything else takes the checks below.
    if (_DECIMAL.test(text)) {
      const value = Number(text);
      if (
        Number.isFinite(value) && (spec.type === "number" || Number.isInteger(value)) &&
        !(spec.positive && !(value > 0)) && !(spec.min !== undefined && value < spec.min) &&
        !(spec.max !== undefined && value > spec.max)
      ) return value;
    }
  }
  const where = { file, line, column, value: raw };
  if (text === "") {
    if (spec.required === false) return undefined;
    throw new DataTypeError(where, `column "${name}" is required but empty; fill in a value`);
  }
  switch (spec.type) {
    case "string":
      return text;
    case "boolean": {
      const lower = text.toLowerCase();
      if (_TRUE.has(lower)) return true;
      if (_FALSE.has(lower)) return false;
      throw new DataTypeError(where, `column "${name}" must be true or false, got "${raw}"`);
    }
    case "enum":
      if (spec.values.includes(text)) return text;
      throw new DataTypeError(
        where,
        `column "${name}" must be one of ${spec.values.join(", ")}, got "${raw}"`,
      );
    case "number":
    case "integer":
      return _readNumber(text, spec, name, where);
  }
}

function _readNumber(
  text: string,
  spec: { type: "number" | "integer"; min?: number; max?: number; positive?: boolean },
  name: string,
  where: { file: string; line: number; column: number; value: string },
): number {
  const kind = spec.positive
    ? "a positive number"
    : spec.type === "integer"
    ? "an integer"
    : "a number";
  if (_NON_FINITE.test(text)) {
    throw new DataRangeError(
      where,
      `column "${name}" must be a finite number, got "${where.value}"`,
    );
  }
  if (!_DECIMAL.test(text)) {
    throw new DataTypeError(where, `column "${name}" must be ${kind}, got "${where.value}"`);
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new DataRangeError(
      where,
      `column "${name}" must be a finite number, got "${where.value}"`,
    );
  }
  if (spec.type === "integer" && !Number.isInteger(value)) {
    throw new DataTypeError(where, `column "${name}" must be an integer, got "${where.value}"`);
  }
  if (spec.positive && !(value > 0)) {
    throw new DataRangeError(
      where,
      `column "${name}" must be a positive number, got "${where.value}"`,
    );
  }
  if (spec.min !== undefined && value < spec.min) {
    throw new DataRangeError(
      where,
      `column "${name}" must be at least ${spec.min}, got "${where.value}"`,
    );
  }
  if (spec.max !== undefined && value > spec.max) {
    throw new DataRangeError(
      where,
      `column "${name}" must be at most ${spec.max}, got "${where.value}"`,
    );
  }
  return value;
}
