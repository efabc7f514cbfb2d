/**
 * The chart layer's own words (tooltip titles and default marker labels), per language: a
 * language added to lib/locale's `LANGS` is a type error here until it has them.
 */
import type { ByLang, Lang } from "../locale/lang.ts";

const WORDS = {
  chance: { en: "chance", zh: "随机水平" },
  Chance: { en: "Chance", zh: "随机水平" },
  Curve: { en: "Curve", zh: "曲线" },
  Marker: { en: "Marker", zh: "标记" },
  interval: { en: "95% interval", zh: "95% 区间" },
  stderr: { en: "Std. error", zh: "标准误" },
  threshold: { en: "threshold", zh: "阈值" },
} as const satisfies Record<string, ByLang<string>>;

/** One of the chart layer's words in `lang`. */
export function word(key: keyof typeof WORDS, lang: Lang): string {
  return WORDS[key][lang];
}
