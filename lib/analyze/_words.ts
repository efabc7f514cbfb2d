/** Small wording helpers shared by the sentence functions. */
import { type Formatter, inLang } from "../locale/mod.ts";

/** "a", "a and b", "a, b and c" in the formatter's language. */
export function join(items: readonly string[], f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      items.length <= 1
        ? items.join("")
        : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
    // Chinese lists: the enumeration comma 、 and 和 before the last item (spaced from Latin).
    zh: () => {
      if (items.length <= 1) return items.join("");
      const before = items.slice(0, -1).join("、"), last = items[items.length - 1]!;
      return `${before}${latinSpace(before, last, "和")}${last}`;
    },
  });
}

const EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
// 两 (not 二) before a measure word: 两个任务.
const ZH_SMALL = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * `word` between two pieces of Chinese text, with a space on a side whose neighbour is Latin or a
 * digit ("上和 PaLM", "GPT-3 在"), as Chinese typesetting spaces mixed scripts.
 */
export function latinSpace(before: string, after: string, word: string): string {
  const latin = /[A-Za-z0-9)%\u0370-\u03ff]/;
  return `${latin.test(before.at(-1) ?? "") ? " " : ""}${word}${
    latin.test(after[0] ?? "") ? " " : ""
  }`;
}

/** A whole number below ten in words ("two"; Chinese up to 十), otherwise in digits. */
export function spelled(n: number, f: Formatter): string {
  return inLang(f.lang, {
    en: () => (Number.isInteger(n) && n >= 0 && n < 10 ? EN_SMALL[n]! : f.number(n)),
    zh: () => (Number.isInteger(n) && n >= 0 && n <= 10 ? ZH_SMALL[n]! : f.number(n)),
  });
}
