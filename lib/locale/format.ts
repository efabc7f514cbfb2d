/**
 * The one number formatter for prose, tables, axes, tooltips and aria-labels: parameters and
 * tokens in compact words (70.7B, 1.4T; built on `Intl.NumberFormat`'s compact notation so a
 * second language brings its own units), FLOP counts in scientific notation (5.9×10²³),
 * percentages (42.1%), plain numbers with significant digits, and intervals. Deterministic for a
 * given language: "−" for negatives, no dependence on the machine's locale.
 * @module
 */
import { type ByLang, type Lang, LOCALE_TAG } from "./lang.ts";

/** What a number counts; picks its notation. */
export type Quantity = "params" | "tokens" | "flops" | "percent" | "number";

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
};

/**
 * Interval dash per language: the en dash in English; the wave dash (浪纹线) in Chinese, as
 * GB/T 15834-2011 (标点符号用法) writes numeric ranges: 29亿～1370亿.
 */
const RANGE_DASH: ByLang<string> = { en: "–", zh: "～" };

/**
 * Digit grouping of compact numbers per language: Chinese units are 10⁴ apart (万, 亿, 万亿), so a
 * mantissa can have four digits and is grouped (1,750亿); English mantissas stay below 1,000.
 */
const COMPACT_GROUPING: ByLang<"always" | "auto"> = { en: "auto", zh: "always" };

/** Compact notation stops at trillions (万亿); beyond this, scientific notation. */
const COMPACT_LIMIT = 1e15;

function finiteOrThrow(value: number, what: string): void {
  if (Number.isNaN(value)) {
    throw new RangeError(`format.${what}: value is NaN; fix the upstream computation`);
  }
}

function minus(text: string): string {
  return text.replace(/^-/, "−");
}

/** Formats numbers for one language; build it with {@linkcode formatter}. */
export class Formatter {
  /** The language. */
  readonly lang: Lang;
  readonly #compact: Map<number, Intl.NumberFormat> = new Map();
  readonly #plain: Map<number, Intl.NumberFormat> = new Map();

  /** A formatter for `lang`; prefer {@linkcode formatter}, which caches one per language. */
  constructor(lang: Lang) {
    this.lang = lang;
  }

  #compactFormat(digits: number): Intl.NumberFormat {
    let format = this.#compact.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(LOCALE_TAG[this.lang], {
        notation: "compact",
        maximumSignificantDigits: digits,
        useGrouping: COMPACT_GROUPING[this.lang],
      } as Intl.NumberFormatOptions);
      this.#compact.set(digits, format);
    }
    return format;
  }

  #significant(digits: number): Intl.NumberFormat {
    let format = this.#plain.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(LOCALE_TAG[this.lang], { maximumSignificantDigits: digits });
      this.#plain.set(digits, format);
    }
    return format;
  }

  /**
   * A count in compact words with `digits` significant digits: 70.7B, 1.4T (en); 707亿, 1.4万亿,
   * 1,750亿 (zh); scientific past 10¹⁵.
   */
  count(value: number, digits = 3): string {
    finiteOrThrow(value, "count");
    if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
    if (Math.abs(value) >= COMPACT_LIMIT) return this.scientific(value);
    return minus(this.#compactFormat(digits).format(value));
  }

  /** Model parameters: 70.7B (en), 707亿 (zh). */
  params(value: number, digits = 3): string {
    return this.count(value, digits);
  }

  /** Training tokens: 1.4T (en), 1.4万亿 (zh). */
  tokens(value: number, digits = 3): string {
    return this.count(value, digits);
  }

  /** A FLOP count in scientific notation: 5.9×10²³ (2 significant digits by default). */
  flops(value: number, digits = 2): string {
    return this.scientific(value, digits);
  }

  /** m×10ᵉ with `digits` significant digits; plain when 10⁻³ ≤ |x| < 10⁴. */
  scientific(value: number, digits = 2): string {
    finiteOrThrow(value, "scientific");
    if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
    const abs = Math.abs(value);
    if (abs === 0 || (abs >= 1e-3 && abs < 1e4)) return this.number(value, digits);
    const [mantissa = "0", exponent = "0"] = abs.toExponential(digits - 1).split("e");
    const power = String(Number(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]!);
    const head = mantissa.replace(/\.?0+$/, "") === "1" ? "" : `${Number(mantissa)}×`;
    return `${value < 0 ? "−" : ""}${head}10${power}`;
  }

  /** A proportion as a percentage: 0.421 → 42.1%. */
  percent(value: number, decimals = 1): string {
    finiteOrThrow(value, "percent");
    return `${this.fixed(value * 100, decimals)}%`;
  }

  /** A number with `digits` significant digits and thousands separators: 12,300; 0.0123. */
  number(value: number, digits = 3): string {
    finiteOrThrow(value, "number");
    if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
    return minus(this.#significant(digits).format(value));
  }

  /** A number with a fixed count of decimals: 0.35 → "0.350" for 3. */
  fixed(value: number, decimals = 2): string {
    finiteOrThrow(value, "fixed");
    if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
    // `|| 0` drops the sign of a value that rounds to zero: "0.0", never "−0.0".
    const rounded = Number(value.toFixed(decimals)) || 0;
    return minus(
      rounded.toLocaleString(LOCALE_TAG[this.lang], {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }),
    );
  }

  /** A value of a given quantity. */
  quantity(value: number, quantity: Quantity): string {
    switch (quantity) {
      case "params":
        return this.params(value);
      case "tokens":
        return this.tokens(value);
      case "flops":
        return this.flops(value);
      case "percent":
        return this.percent(value);
      case "number":
        return this.number(value);
    }
  }

  /** An interval "low–high" in one quantity's notation: 31.2B–134B (en), 312亿～1,340亿 (zh). */
  interval(low: number, high: number, quantity: Quantity = "number"): string {
    return this.range(this.quantity(low, quantity), this.quantity(high, quantity));
  }

  /**
   * A calendar date (an ISO `YYYY-MM-DD` string or a Date, read in UTC so the machine's time zone
   * never shifts it): "March 29, 2022" (en), "2022年3月29日" (zh).
   */
  date(value: string | Date): string {
    const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
    if (Number.isNaN(d.getTime())) {
      throw new RangeError(
        `format.date: ${JSON.stringify(String(value))} is not a date; use YYYY-MM-DD`,
      );
    }
    return new Intl.DateTimeFormat(LOCALE_TAG[this.lang], { dateStyle: "long", timeZone: "UTC" })
      .format(d);
  }

  /** Two already formatted ends joined by the language's interval dash: "0.28–0.34", "0.28～0.34". */
  range(low: string, high: string): string {
    return `${low}${RANGE_DASH[this.lang]}${high}`;
  }
}

const FORMATTERS = new Map<Lang, Formatter>();

/**
 * The formatter of a language (one instance per language).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "./format.ts";
 * const f = formatter("en");
 * assert.equal(f.params(70.7e9), "70.7B");
 * assert.equal(f.tokens(1.4e12), "1.4T");
 * assert.equal(f.flops(5.88e23), "5.9×10²³");
 * assert.equal(f.percent(0.4213), "42.1%");
 * assert.equal(f.interval(31.2e9, 134e9, "params"), "31.2B–134B");
 *
 * // Chinese: 亿 (10⁸) and 万亿 (10¹²), grouped four-digit mantissas, the wave dash.
 * const zh = formatter("zh");
 * assert.equal(zh.params(70.7e9), "707亿");
 * assert.equal(zh.params(1.75e11), "1,750亿");
 * assert.equal(zh.tokens(1.4e12), "1.4万亿");
 * assert.equal(zh.flops(5.88e23), "5.9×10²³");
 * assert.equal(zh.percent(0.4213), "42.1%");
 * assert.equal(zh.interval(2.9e9, 137e9, "params"), "29亿～1,370亿");
 * assert.equal(zh.number(12345), "12,300");
 * assert.equal(zh.date("2022-03-29"), "2022年3月29日");
 * assert.equal(f.date("2022-03-29"), "March 29, 2022");
 * ```
 */
export function formatter(lang: Lang = "en"): Formatter {
  let f = FORMATTERS.get(lang);
  if (!f) FORMATTERS.set(lang, f = new Formatter(lang));
  return f;
}
