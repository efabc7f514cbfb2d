/**
 * Tooltips written by lib/locale's one formatter: each number becomes a text field computed by a
 * `calculate` transform from a pure Vega expression (so the live Jupyter view and the static SVG
 * show the same "70.7B", "5.9×10²³"), each labelled category its words.
 */
import type { Lang } from "../locale/lang.ts";
import { type ExpressionQuantity, formatExpression } from "../locale/vega_expression.ts";
import { datum, fieldRef } from "./_validate.ts";

/**
 * A Vega expression giving the words for `valueExpr`'s value (`labels[value]`), or the value
 * itself when it has none.
 */
export function labelLookup(labels: Record<string, string>, valueExpr: string): string {
  const v = `(${valueExpr})`;
  return Object.entries(labels).reduceRight(
    (rest, [value, words]) =>
      `${v} == ${JSON.stringify(value)} ? ${JSON.stringify(words)} : ${rest}`,
    `"" + ${v}`,
  );
}

/** A numeric field on an axis, as tooltips need it. */
export interface TipAxis {
  /** Row field. */
  field: string;
  /** Tooltip title. */
  title: string;
  /** A d3-format string that overrides the quantity's notation. */
  format?: string;
}

/**
 * Builds one layer's tooltip entries, the `calculate` transforms they read, and the mark's
 * aria-label (`description`) made of the same "Title: text" parts — without it Vega-Lite would
 * describe each mark by its raw encoded fields ("scale: 70000000").
 */
export class Tooltips {
  /** `calculate` transforms to append to the layer's `transform`. */
  readonly transform: { calculate: string; as: string }[] = [];
  /** The layer's `encoding.tooltip`. */
  readonly tooltip: Record<string, unknown>[] = [];
  readonly #lang: Lang;
  readonly #parts: string[] = [];

  /** Tooltips whose numbers are written in `lang`. */
  constructor(lang: Lang) {
    this.#lang = lang;
  }

  /** A text field computed from `source` (left out of tooltip and aria-label where it is missing). */
  #text(expr: string, title: string, source: string): this {
    const as = `__tip${this.transform.length}`;
    const v = datum(source);
    this.transform.push({ calculate: `isValid(${v}) && ${v} === ${v} ? ${expr} : null`, as });
    this.tooltip.push({ field: as, type: "nominal", title });
    this.#parts.push(
      `(isValid(${datum(as)}) ? ${JSON.stringify(`${title}: `)} + ${datum(as)} + "; " : "")`,
    );
    return this;
  }

  /** A category, in words when `labels` has them. */
  category(field: string, title: string, labels?: Record<string, string>): this {
    if (labels) return this.#text(labelLookup(labels, datum(field)), title, field);
    return this.raw(field, title, "nominal");
  }

  /** A field shown as it is (extra tooltip fields the caller names). */
  raw(field: string, title: string, type?: "nominal"): this {
    this.tooltip.push({ field: fieldRef(field), ...(type ? { type } : {}), title });
    const v = datum(field);
    this.#parts.push(`(isValid(${v}) ? ${JSON.stringify(`${title}: `)} + ${v} + "; " : "")`);
    return this;
  }

  /** A number in its quantity's notation (or the axis's own d3 `format`). */
  number(axis: TipAxis, quantity: ExpressionQuantity, digits?: number): this {
    if (axis.format) {
      this.tooltip.push({
        field: fieldRef(axis.field),
        type: "quantitative",
        title: axis.title,
        format: axis.format,
      });
      const v = datum(axis.field);
      const text = `format(${v}, ${JSON.stringify(axis.format)})`;
      this.#parts.push(
        `(isValid(${v}) && isFinite(${v}) ? ${
          JSON.stringify(`${axis.title}: `)
        } + ${text} + "; " : "")`,
      );
      return this;
    }
    return this.#text(
      formatExpression(quantity, this.#lang, datum(axis.field), digits),
      axis.title,
      axis.field,
    );
  }

  /** The layer's `transform`: `before`, then the text fields (left out when empty). */
  layer(before: unknown[] = []): { transform?: unknown[] } {
    const description = this.#parts.length
      // Every part is "" where its field is missing; the separators between present parts only.
      ? [{
        calculate: `replace(${this.#parts.join(" + ")}, /; $/, "")`,
        as: "__description",
      }]
      : [];
    const all = [...before, ...this.transform, ...description];
    return all.length ? { transform: all } : {};
  }

  /** The layer's `encoding.tooltip` and `encoding.description` (its marks' aria-label). */
  channels(): { tooltip: Record<string, unknown>[]; description?: Record<string, unknown> } {
    return this.#parts.length
      ? { tooltip: this.tooltip, description: { field: "__description", type: "nominal" } }
      : { tooltip: this.tooltip };
  }
}
