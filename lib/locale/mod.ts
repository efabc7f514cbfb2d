/**
 * Language and number formatting: the report's languages, per-language wording (`ByLang`), and
 * the one number formatter every layer above uses for prose, tables, axes and tooltips.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "./mod.ts";
 * assert.equal(formatter("en").params(1.75e11), "175B");
 * ```
 * @module
 */
export { type ByLang, inLang, type Lang, LANGS, LOCALE_TAG, parseLang } from "./lang.ts";
export { Formatter, formatter, type Quantity } from "./format.ts";
export {
  type ExpressionQuantity,
  formatExpression,
  formatQuantity,
  QUANTITIES,
} from "./vega_expression.ts";
