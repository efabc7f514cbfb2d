/** Up-front validation of chart inputs: clear errors instead of blank or NaN charts. */

/** A data row: field name → value. */
export type Row = Record<string, unknown>;

/** Throw a TypeError unless `rows` is a non-empty array of objects. */
export function requireRows(rows: unknown, where: string): asserts rows is Row[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`${where}: rows must be an array of objects, got ${typeof rows}`);
  }
  if (rows.length === 0) throw new RangeError(`${where}: rows is empty; pass at least one row`);
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new TypeError(`${where}: rows[${i}] must be an object, got ${JSON.stringify(row)}`);
    }
  });
}

/** Options for {@linkcode requireNumbers}. */
export interface NumberCheck {
  /** Values must be > 0 (log scales). */
  positive?: boolean;
  /** Missing (null/undefined) values are allowed. */
  optional?: boolean;
}

/** Throw unless every `row[field]` is a finite number (and > 0 when `positive`). */
export function requireNumbers(
  rows: readonly Row[],
  field: string,
  where: string,
  check: NumberCheck = {},
): void {
  rows.forEach((row, i) => {
    const value = row[field];
    if (value == null && check.optional) return;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new TypeError(
        `${where}: rows[${i}].${field} must be a finite number, got ${JSON.stringify(value)}`,
      );
    }
    if (check.positive && value <= 0) {
      throw new RangeError(
        `${where}: rows[${i}].${field} = ${value} cannot be shown on a log scale; ` +
          `drop or offset non-positive values`,
      );
    }
  });
}

/** Throw unless every `row[field]` is present (string/number/boolean). */
export function requireCategory(rows: readonly Row[], field: string, where: string): void {
  rows.forEach((row, i) => {
    const value = row[field];
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw new TypeError(
        `${where}: rows[${i}].${field} must be a string or number category, got ${
          JSON.stringify(value)
        }`,
      );
    }
  });
}

/** Throw unless `value` is a finite number (positive for log scales). */
export function requireFinite(value: unknown, what: string, positive = false): number {
  if (typeof value !== "number" || !Number.isFinite(value) || (positive && value <= 0)) {
    throw new RangeError(
      `${what} must be a finite${positive ? " positive" : ""} number, got ${String(value)}`,
    );
  }
  return value;
}

/** Escape a field name for Vega-Lite `field` (dots and brackets are path syntax there). */
export function fieldRef(name: string): string {
  return name.replace(/[.[\]\\]/g, (c) => `\\${c}`);
}

/** A `datum[...]` expression accessor for a field name. */
export function datum(name: string): string {
  return `datum[${JSON.stringify(name)}]`;
}
