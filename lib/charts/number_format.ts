/**
 * Number formats for tables and notebooks, each one method of lib/locale's Formatter (the one
 * formatter for prose, tables, axes and tooltips).
 *
 * @module
 */
import { type Formatter, formatter } from "../locale/format.ts";

/**
 * Built-in number formats, each one method of lib/locale's Formatter (the one formatter):
 * "params"/"tokens" (70.7B, 1.4T), "flops" (5.9×10²³), "percent" (42.1%), "fixed" (0.350),
 * "integer" (1,234); "si" is Formatter.count (70B, never SI "G"), "exp" Formatter.scientific
 * (5.76×10²³); "auto" picks plain digits or scientific notation. Or pass a function.
 */
export type NumberFormat =
  | "auto"
  | "integer"
  | "fixed"
  | "exp"
  | "percent"
  | "si"
  | "params"
  | "tokens"
  | "flops";

/** One value through the Formatter method its format names (`digits` as in `TableColumn`). */
export function formatWith(
  f: Formatter,
  value: number,
  format: NumberFormat,
  digits?: number,
): string {
  switch (format) {
    case "integer":
      return f.fixed(value, 0);
    case "fixed":
      return f.fixed(value, digits ?? 2);
    case "percent":
      return f.percent(value, digits ?? 1);
    case "exp":
      return f.scientific(value, digits ?? 3);
    case "si":
      return f.count(value, digits ?? 3);
    case "params":
      return f.params(value, digits ?? 3);
    case "tokens":
      return f.tokens(value, digits ?? 3);
    case "flops":
      return f.flops(value, digits ?? 2);
    case "auto": {
      const abs = Math.abs(value);
      if (Number.isInteger(value) && abs < 1e6) return f.fixed(value, 0);
      if (abs !== 0 && (abs >= 1e6 || abs < 1e-3)) return f.scientific(value, digits ?? 3);
      return f.number(value, digits ?? 3);
    }
  }
}

/**
 * Format a number in English through lib/locale's Formatter (deterministic; "−" for negatives).
 * "auto": integers below 10⁶ with thousands separators, |x| ≥ 10⁶ or < 10⁻³ in scientific
 * notation (5.76×10²³), otherwise 3 significant digits.
 *
 * @deprecated Use `formatter(lang)` from lib/locale (`f.params(x)`, `f.flops(x)`, …), or a
 * table column's `format`; this wrapper stays for notebooks that still call it.
 * @throws {RangeError} for NaN or an unknown format.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatNumber } from "./mod.ts";
 * assert.equal(formatNumber(5.76e23), "5.76×10²³");
 * assert.equal(formatNumber(7.07e10, "si"), "70.7B");
 * assert.equal(formatNumber(5.88e23, "flops"), "5.9×10²³");
 * ```
 */
export function formatNumber(
  value: number,
  format: NumberFormat = "auto",
  digits?: number,
): string {
  if (Number.isNaN(value)) {
    throw new RangeError("formatNumber: value is NaN; fix the upstream computation");
  }
  if (!FORMATS.includes(format)) {
    throw new RangeError(
      `formatNumber: format must be one of ${FORMATS.map((x) => `"${x}"`).join(", ")}, got ${
        JSON.stringify(format)
      }`,
    );
  }
  return formatWith(formatter("en"), value, format, digits);
}

/** Every {@linkcode NumberFormat}. */
export const FORMATS: readonly NumberFormat[] = [
  "auto",
  "integer",
  "fixed",
  "exp",
  "percent",
  "si",
  "params",
  "tokens",
  "flops",
];
