/**
 * The report's languages. Every piece of reader-facing wording is written per language as a
 * `ByLang<T>` record, so adding a language to {@linkcode LANGS} makes the type checker name every
 * sentence, label and chart title that still lacks it (docs/architecture.md, "A second language").
 * @module
 */

/** The languages the report is written in. */
export const LANGS = ["en", "zh"] as const;

/** A report language (BCP 47 primary tag). */
export type Lang = typeof LANGS[number];

/** One value per language: the shape of every translatable string in lib. */
export type ByLang<T> = { readonly [L in Lang]: T };

/** The `<html lang>` / `Intl` locale of each language. */
export const LOCALE_TAG: ByLang<string> = { en: "en-US", zh: "zh-CN" };

/**
 * Checks a `lang` notebook parameter or `--lang` flag.
 *
 * @throws {RangeError} naming the value and the languages there are.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseLang } from "./lang.ts";
 * assert.equal(parseLang("en"), "en");
 * assert.equal(parseLang("zh"), "zh");
 * assert.throws(() => parseLang("fr"), /lang must be one of "en", "zh", got "fr"/);
 * ```
 */
export function parseLang(value: string): Lang {
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new RangeError(
    `lang must be one of ${LANGS.map((l) => `"${l}"`).join(", ")}, got ${JSON.stringify(value)}`,
  );
}

/**
 * Picks the wording of one language. Sentence functions are written as
 * `inLang(f.lang, { en: () => \`…\`, zh: () => \`…\` })`: a language added to {@linkcode LANGS}
 * is then a type error at every sentence that lacks it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { inLang } from "./lang.ts";
 * assert.equal(inLang("en", { en: () => "three tasks", zh: () => "三个任务" }), "three tasks");
 * assert.equal(inLang("zh", { en: () => "three tasks", zh: () => "三个任务" }), "三个任务");
 * ```
 */
export function inLang<T>(lang: Lang, wording: ByLang<() => T>): T {
  return wording[lang]();
}
