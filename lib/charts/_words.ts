/**
 * The chart layer's own words (tooltip titles and default marker labels), per language: a
 * language added to lib/locale's `LANGS` is a type error here until it has them.
 */
import type { ByLang, Lang } from "../locale/lang.ts";

const WORDS = {
  chance: { en: "chance" },
  Chance: { en: "Chance" },
  Curve: { en: "Curve" },
  Marker: { en: "Marker" },
  interval: { en: "95% interval" },
  stderr: { en: "Std. error" },
  threshold: { en: "threshold" },
} as const satisfies Record<string, ByLang<string>>;

/** One of the chart layer's words in `lang`. */
export function word(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}
