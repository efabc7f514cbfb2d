/** Small wording helpers shared by the sentence functions. */
import { type Formatter, inLang } from "../locale/mod.ts";

/** "a", "a and b", "a, b and c" in the formatter's language. */
export function join(items: readonly string[], f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      items.length <= 1
        ? items.join("")
        : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
    // Chinese lists: the enumeration comma 、 and 和 before the last item.
    zh: () =>
      items.length <= 1
        ? items.join("")
        : `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`,
  });
}

const EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
// 两 (not 二) before a measure word: 两个任务.
const ZH_SMALL = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九"];

/** A whole number below ten in words ("two"), otherwise in digits. */
export function spelled(n: number, f: Formatter): string {
  return inLang(f.lang, {
    en: () => (Number.isInteger(n) && n >= 0 && n < 10 ? EN_SMALL[n]! : f.number(n)),
    zh: () => (Number.isInteger(n) && n >= 0 && n < 10 ? ZH_SMALL[n]! : f.number(n)),
  });
}
