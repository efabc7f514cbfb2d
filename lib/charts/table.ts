/**
 * Tables for the report and notebooks: escaped HTML (caption, header row, right-aligned
 * formatted numbers) and aligned plain text, displayable in Jupyter.
 *
 * @module
 */
import { JUPYTER_DISPLAY } from "./chart.ts";
import { requireRows, type Row } from "./_validate.ts";
import { formatter } from "../locale/format.ts";
import type { Lang } from "../locale/lang.ts";
import { FORMATS, formatWith, type NumberFormat } from "./number_format.ts";

/** A table column. */
export interface TableColumn {
  /** Row field. */
  key: string;
  /** Header text (default: the key). */
  title?: string;
  /**
   * How to format numbers (default "auto"), or a custom formatter for any value (given the
   * value and its whole row).
   */
  format?: NumberFormat | ((value: unknown, row: Record<string, unknown>) => string);
  /**
   * Significant digits ("auto", "exp", "si", "params", "tokens", "flops"; default 3, flops 2)
   * or decimals ("fixed", default 2; "percent", default 1).
   */
  digits?: number;
  /** Alignment; default right for numeric columns, left otherwise. */
  align?: "left" | "right";
}

/** Options for {@linkcode table}. */
export interface TableOptions {
  /** Caption (what the table shows; include the source). */
  caption?: string;
  /** Language of the numbers (default "en"). */
  lang?: Lang;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * A formatted table; build it with {@linkcode table}. Displays as HTML + text in Jupyter.
 *
 * @example
 * ```ts
 * import { Table } from "./mod.ts";
 * const t = new Table([{ a: 1.5 }], ["a"]);
 * if (t.text() !== "  a\n---\n1.5") throw new Error(JSON.stringify(t.text()));
 * ```
 */
export class Table {
  /** The rows (a copy). */
  readonly rows: readonly Row[];
  /** Resolved columns (title and alignment filled in). */
  readonly columns: readonly Required<Pick<TableColumn, "key" | "title" | "align">>[];
  /** Caption text, if any. */
  readonly caption: string | undefined;
  readonly #cells: string[][];

  /** Format every cell up front (throws on NaN); see {@linkcode table}. */
  constructor(
    rows: readonly Row[],
    columns: readonly (string | TableColumn)[],
    options: TableOptions = {},
  ) {
    requireRows(rows as Row[], "table");
    if (!Array.isArray(columns) || columns.length === 0) {
      throw new TypeError("table: columns must be a non-empty array of keys or { key } objects");
    }
    const specs = columns.map((c) => (typeof c === "string" ? { key: c } : c));
    this.rows = rows.map((r) => ({ ...r }));
    this.caption = options.caption;
    const f = formatter(options.lang ?? "en");
    specs.forEach((col) => {
      if (typeof col.format === "string" && !FORMATS.includes(col.format)) {
        throw new RangeError(
          `table: columns.${col.key}.format must be one of ${
            FORMATS.map((x) => `"${x}"`).join(", ")
          } or a function, got ${JSON.stringify(col.format)}`,
        );
      }
    });
    this.#cells = rows.map((row, i) =>
      specs.map((col) => {
        const value = row[col.key];
        if (typeof col.format === "function") return col.format(value, row);
        if (value == null) return "—";
        if (typeof value === "number") {
          if (Number.isNaN(value)) throw new RangeError(`table: rows[${i}].${col.key} is NaN`);
          return formatWith(f, value, col.format ?? "auto", col.digits);
        }
        return String(value);
      })
    );
    this.columns = specs.map((col) => {
      const numeric = rows.every((r) => r[col.key] == null || typeof r[col.key] === "number") &&
        rows.some((r) => typeof r[col.key] === "number");
      return {
        key: col.key,
        title: col.title ?? col.key,
        align: col.align ?? (numeric ? "right" : "left"),
      };
    });
  }

  /** Escaped HTML `<table>` with caption, thead, and right-aligned numeric cells. */
  html(): string {
    const style = (
      align: string,
    ) => (align === "right" ? ' style="text-align:right;font-variant-numeric:tabular-nums"' : "");
    const head = this.columns.map((c) =>
      `<th scope="col"${style(c.align)}>${escapeHtml(c.title)}</th>`
    ).join("");
    const body = this.#cells.map((cells) =>
      `<tr>${
        cells.map((cell, j) =>
          `<td${style(this.columns[j]?.align ?? "left")}>${escapeHtml(cell)}</td>`
        ).join("")
      }</tr>`
    ).join("\n");
    const caption = this.caption ? `<caption>${escapeHtml(this.caption)}</caption>` : "";
    return `<table class="data-table">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
  }

  /** Plain text with padded columns (caption on the first line). */
  text(): string {
    const widths = this.columns.map((c, j) =>
      Math.max([...c.title].length, ...this.#cells.map((r) => [...(r[j] ?? "")].length))
    );
    const line = (cells: string[]) =>
      cells.map((cell, j) => {
        const pad = " ".repeat((widths[j] ?? 0) - [...cell].length);
        return this.columns[j]?.align === "right" ? pad + cell : cell + pad;
      }).join("  ").trimEnd();
    const rule = widths.map((w) => "-".repeat(w)).join("  ");
    return [
      ...(this.caption ? [this.caption] : []),
      line(this.columns.map((c) => c.title)),
      rule,
      ...this.#cells.map(line),
    ].join("\n");
  }

  /** Deno Jupyter display hook: HTML and plain text. */
  [JUPYTER_DISPLAY](): { "text/html": string; "text/plain": string } {
    return { "text/html": this.html(), "text/plain": this.text() };
  }
}

/**
 * Build a {@linkcode Table} from rows and columns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { table } from "./mod.ts";
 * const t = table([{ name: "Chinchilla", params: 7.07e10, flops: 5.88e23, loss: 1.9372 }], [
 *   { key: "name", title: "Model" }, { key: "params", title: "Parameters", format: "params" },
 *   { key: "flops", title: "Compute (FLOP)", format: "flops" },
 *   { key: "loss", title: "Loss", format: "fixed", digits: 3 },
 * ], { caption: "Model sizes (Hoffmann et al. 2022)", lang: "en" });
 * assert.ok(t.html().includes('<td style="text-align:right;font-variant-numeric:tabular-nums">70.7B</td>'));
 * assert.ok(t.text().endsWith("Chinchilla       70.7B        5.9×10²³  1.937"));
 * ```
 */
export function table(
  rows: readonly object[],
  columns: readonly (string | TableColumn)[],
  options: TableOptions = {},
): Table {
  return new Table(rows as readonly Row[], columns, options);
}
