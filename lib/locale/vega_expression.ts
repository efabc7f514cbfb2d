/**
 * The one number formatter as Vega expressions: axis labels and tooltips written with the same
 * notation as {@linkcode Formatter} (70.7B, 1.4T, 5.9×10²³, 42.1%), never d3's SI "130G" or
 * "504Z". The expressions use only Vega's built-in expression functions (`format`, `abs`,
 * `split`, `replace`, …), so they work in the server-side SVG render and in Jupyter's live
 * Vega-Lite renderer alike, with no custom function to register.
 *
 * Rounding: `Intl.NumberFormat` (behind {@linkcode Formatter.count} and
 * {@linkcode Formatter.number}) rounds a number's shortest decimal form half away from zero
 * (12.35 → "12.4"), while `format` rounds the binary value (12.35 is stored as 12.3499…, →
 * "12.3"). The expressions therefore scale the value up by 2⁻⁵² (one or two units in the last
 * place) before those two notations, which carries every such stored-just-below tie across it;
 * only a value whose shortest form itself ends in …4999999999999 can still differ. Scientific
 * notation and percentages round the binary value in both (`toExponential`, `toFixed`).
 * @module
 */
import type { Formatter, Quantity } from "./format.ts";
import type { ByLang, Lang } from "./lang.ts";

/** What an expression formats: a {@linkcode Quantity}, or "count" ({@linkcode Formatter.count}). */
export type ExpressionQuantity = Quantity | "count";

const SUPERSCRIPT: readonly [string, string][] = [
  ["0", "⁰"],
  ["1", "¹"],
  ["2", "²"],
  ["3", "³"],
  ["4", "⁴"],
  ["5", "⁵"],
  ["6", "⁶"],
  ["7", "⁷"],
  ["8", "⁸"],
  ["9", "⁹"],
  ["-", "⁻"],
];

/** A Vega string literal. */
function str(text: string): string {
  return JSON.stringify(text);
}

/** `v` one or two units in the last place further from zero: rounds decimal ties as `Intl` does. */
function tie(v: string): string {
  return `${v} * 1.0000000000000002`;
}

/** Formatter.number: `digits` significant digits with thousands separators. */
function plain(v: string, digits: number): string {
  return `format(${tie(v)}, ${str(`,.${digits}~r`)})`;
}

/** Formatter.scientific: plain for 10⁻³ ≤ |x| < 10⁴, else m×10ᵉ ("1" mantissa left out). */
function scientific(v: string, digits: number): string {
  const text = `format(abs(${v}), ${str(`.${digits - 1}~e`)})`;
  const mantissa = `split(${text}, "e")[0]`;
  let power = `replace(split(${text}, "e")[1], "+", "")`;
  for (const [digit, sup] of SUPERSCRIPT) power = `replace(${power}, /${digit}/g, ${str(sup)})`;
  const sign = `(${v} < 0 ? "−" : "")`;
  const head = `(${mantissa} == "1" ? "" : ${mantissa} + "×")`;
  return `(abs(${v}) == 0 || (abs(${v}) >= 0.001 && abs(${v}) < 10000) ? ${
    plain(v, digits)
  } : ${sign} + ${head} + "10" + ${power})`;
}

/**
 * Formatter.count below 10¹⁵ per language (`Intl` compact notation). English: d3's SI prefix
 * with k → K, G → B; "P" only appears for values that round up to 10¹⁵, which `Intl` writes
 * as "1000T". Chinese: units 10⁴ apart (万, 亿, 万亿), which d3 has no prefix for.
 */
const COMPACT: ByLang<(v: string, digits: number) => string> = {
  en: (v, digits) => {
    const si = `format(${tie(v)}, ${str(`.${digits}~s`)})`;
    return `(abs(${v}) < 1 ? format(${tie(v)}, ${str(`.${digits}~r`)}) : ` +
      `replace(replace(replace(${si}, "k", "K"), "G", "B"), "P", "000T"))`;
  },
  zh: (v, digits) => {
    // Round |v| to `digits` significant digits first (as Intl does), then pick 万 / 亿 / 万亿
    // from the rounded value: 9,999.6 → 10,000 → "1万"; the mantissa keeps its grouping (1,750亿).
    const r = `toNumber(format(${tie(`abs(${v})`)}, ${str(`.${digits}r`)}))`;
    const unit = `(${r} >= 1e12 ? 1e12 : ${r} >= 1e8 ? 1e8 : ${r} >= 1e4 ? 1e4 : 1)`;
    const word = `(${r} >= 1e12 ? "万亿" : ${r} >= 1e8 ? "亿" : ${r} >= 1e4 ? "万" : "")`;
    return `((${v} < 0 ? "−" : "") + format(${r} / ${unit}, ${str(`,.${digits}~r`)}) + ${word})`;
  },
};

function count(v: string, lang: Lang, digits: number): string {
  return `(abs(${v}) >= 1e15 ? ${scientific(v, 2)} : ${COMPACT[lang](v, digits)})`;
}

function body(quantity: ExpressionQuantity, lang: Lang, v: string, digits?: number): string {
  switch (quantity) {
    case "count":
    case "params":
    case "tokens":
      return count(v, lang, digits ?? 3);
    case "flops":
      return scientific(v, digits ?? 2);
    case "percent":
      return `format(${v} * 100, ${str(`,.${digits ?? 1}f`)}) + "%"`;
    case "number":
      return plain(v, digits ?? 3);
  }
}

/**
 * A pure Vega expression that writes the number `valueExpr` evaluates to in the notation of
 * {@linkcode Formatter} for `quantity` and `lang`: "datum.value" for axis `labelExpr`,
 * `datum["params"]` for a tooltip's `calculate` transform. Missing values give "—" and
 * infinities "∞"/"−∞". `digits`: significant digits (count, number, flops) or decimals
 * (percent), defaulting as the Formatter's methods do.
 *
 * @throws {RangeError} for a quantity the Formatter does not know or digits outside 1–20 (0–20
 * decimals for percent).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatExpression } from "./vega_expression.ts";
 * const expr = formatExpression("params", "en", "datum.value");
 * assert.match(expr, /"G", "B"/); // d3's SI "G" (giga) becomes "B" (billion)
 * assert.ok(expr.startsWith('(!isValid((datum.value)) ? "—"')); // missing values: a dash
 * assert.throws(() => formatExpression("bytes" as never, "en", "x"), /quantity must be one of/);
 * assert.match(formatExpression("params", "zh", "datum.value"), /"亿"/); // 707亿, 1.4万亿
 * ```
 */
export function formatExpression(
  quantity: ExpressionQuantity,
  lang: Lang,
  valueExpr: string,
  digits?: number,
): string {
  if (!QUANTITIES.includes(quantity)) {
    throw new RangeError(
      `formatExpression: quantity must be one of ${
        QUANTITIES.map((q) => `"${q}"`).join(", ")
      }, got ${JSON.stringify(quantity)}`,
    );
  }
  const least = quantity === "percent" ? 0 : 1;
  if (digits !== undefined && !(Number.isInteger(digits) && digits >= least && digits <= 20)) {
    throw new RangeError(
      `formatExpression: digits for ${quantity} must be an integer ${least}–20, got ${digits}`,
    );
  }
  const v = `(${valueExpr})`;
  return `(!isValid(${v}) ? "—" : !isFinite(${v}) ? (${v} > 0 ? "∞" : "−∞") : ${
    body(quantity, lang, v, digits)
  })`;
}

/** Every {@linkcode ExpressionQuantity}. */
export const QUANTITIES: readonly ExpressionQuantity[] = [
  "count",
  "params",
  "tokens",
  "flops",
  "percent",
  "number",
];

/**
 * The Formatter's text for a value of an {@linkcode ExpressionQuantity}: what
 * {@linkcode formatExpression} computes inside Vega, computed here (static tooltips, labels).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "./format.ts";
 * import { formatQuantity } from "./vega_expression.ts";
 * assert.equal(formatQuantity(formatter("en"), 1.2e3, "count"), "1.2K");
 * assert.equal(formatQuantity(formatter("en"), 1e21, "flops"), "10²¹");
 * assert.equal(formatQuantity(formatter("zh"), 1.2e4, "count"), "1.2万");
 * ```
 */
export function formatQuantity(f: Formatter, value: number, quantity: ExpressionQuantity): string {
  return quantity === "count" ? f.count(value) : f.quantity(value, quantity);
}
