/** Small wording helpers shared by the sentence functions. */
import { type Formatter, inLang } from "../locale/mod.ts";

/** "a", "a and b", "a, b and c" in the formatter's language. */
export function join(items: readonly string[], f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      items.length <= 1
        ? items.join("")
        : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`,
  });
}

const EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** A whole number below ten in words ("two"), otherwise in digits. */
export function spelled(n: number, f: Formatter): string {
  return inLang(f.lang, {
    en: () => (Number.isInteger(n) && n >= 0 && n < 10 ? EN_SMALL[n]! : f.number(n)),
  });
}
