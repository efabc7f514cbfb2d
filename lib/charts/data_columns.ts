/**
 * What the data table and CSV under a chart call their columns (issue 15): each chart writes its
 * plotted fields with the words of its axes and legend and their quantity into
 * `usermeta.columns`; the page shows them formatted by the one formatter ("70.7B") and the CSV
 * keeps full precision under the same words. Internal fields (`__chance`, `__tip0`) never show.
 *
 * @module
 */
import type { ExpressionQuantity } from "../locale/vega_expression.ts";
import type { Formatter } from "../locale/format.ts";

/** One column of a chart's data table. */
export interface DataColumn {
  /** Row field. */
  field: string;
  /** Column heading, in words (the axis or legend title). */
  title: string;
  /** Notation of numbers in the table (default: 3 significant digits). */
  quantity?: ExpressionQuantity;
  /** Words shown for category values (e.g. shape ids → "emergent"). */
  labels?: Record<string, string>;
}

/**
 * Columns in order, the first of each field kept, fields starting with "__" left out (and no
 * `undefined` property, so the spec stays plain JSON).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dataColumns } from "./data_columns.ts";
 * const cols = dataColumns([{ field: "n", title: "Parameters", labels: undefined }, undefined,
 *   { field: "__chance", title: "Chance" }, { field: "n", title: "again" }]);
 * assert.deepEqual(cols, [{ field: "n", title: "Parameters" }]);
 * ```
 */
export function dataColumns(columns: readonly (DataColumn | undefined)[]): DataColumn[] {
  const seen = new Set<string>();
  return columns.filter((c): c is DataColumn => {
    if (!c || c.field.startsWith("__") || seen.has(c.field)) return false;
    seen.add(c.field);
    return true;
  }).map((c) =>
    Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as DataColumn
  );
}

/** A field name in words: "model_name" and "modelName" → "model name". */
function fieldWords(field: string): string {
  return field.replace(/_/g, " ").replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * The columns a table of `rows` shows: the chart's named columns that the rows have, then every
 * other field of the rows but internal ones, under its own name.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { columnsFor } from "./data_columns.ts";
 * const cols = columnsFor([{ params: 1e9, __chance: 0.25, model_name: "a", zeroShot: 0.3 }], [{ field: "params", title: "Parameters" }]);
 * assert.deepEqual(cols.map((c) => c.title), ["Parameters", "model name", "zero shot"]);
 * ```
 */
export function columnsFor(
  rows: readonly Record<string, unknown>[],
  named: readonly DataColumn[] | undefined,
): DataColumn[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  const own = (named ?? []).filter((c) => keys.has(c.field));
  const rest = [...keys].filter((k) => !k.startsWith("_") && !own.some((c) => c.field === k))
    .map((field) => ({ field, title: fieldWords(field) }));
  return [...own, ...rest];
}

/**
 * One cell of the page's table: numbers in the column's notation, categories in words.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { cellText } from "./data_columns.ts";
 * const f = formatter("en");
 * assert.equal(cellText(70.7e9, { field: "n", title: "Parameters", quantity: "params" }, f), "70.7B");
 * assert.equal(cellText(137440272384, { field: "n", title: "Parameters", quantity: "count" }, f), "137B");
 * assert.equal(cellText(null, { field: "n", title: "n" }, f), "");
 * assert.equal(cellText("u_shaped", { field: "s", title: "Shape", labels: { u_shaped: "U-shaped" } }, f), "U-shaped");
 * ```
 */
export function cellText(value: unknown, column: DataColumn, f: Formatter): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    const q = column.quantity ?? "number";
    return q === "count" ? f.count(value) : f.quantity(value, q);
  }
  if (typeof value === "object") return JSON.stringify(value);
  return column.labels?.[String(value)] ?? String(value);
}

/**
 * Rows that carry a value in at least one of the named columns (annotation rows drop out).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plottedRows } from "./data_columns.ts";
 * const rows = plottedRows([{ n: 1 }, { __chance: 0.25 }], [{ field: "n", title: "N" }]);
 * assert.deepEqual(rows, [{ n: 1 }]);
 * ```
 */
export function plottedRows(
  rows: readonly Record<string, unknown>[],
  columns: readonly DataColumn[],
): Record<string, unknown>[] {
  return rows.filter((row) => columns.some((c) => row[c.field] != null && row[c.field] !== ""));
}
