/**
 * The classifier's reason sentence in the formatter's language (for pages and tables). The
 * classifier writes its evidence in English from a fixed grammar (lib/classify/_reason.ts); this
 * rewrites each clause of that grammar, numbers untouched, so a Chinese page explains a label in
 * Chinese. A clause outside the grammar stays as written.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import { SHAPE_IDS, SHAPE_INFO } from "../classify/shapes.ts";
import { latinSpace } from "./_words.ts";

/** The candidate models as lib/classify/_reason.ts names them, in Chinese. */
const MODELS: [string, string][] = [
  ["a straight line in log-scale", "对数坐标下的直线"],
  ["a quadratic in log-scale", "对数坐标下的二次曲线"],
  ["a flat-then-rising broken line", "先平后升的折线"],
  ["a rising-then-flat broken line", "先升后平的折线"],
  ["a two-segment broken line", "两段折线"],
  ["a sigmoid in log-scale", "对数坐标下的 sigmoid"],
  ["a constant", "常数"],
];

const model = (text: string) => MODELS.find(([en]) => en === text)?.[1] ?? text;
const label = (text: string) =>
  SHAPE_IDS.map((s) => SHAPE_INFO[s].label).find((l) => l.en === text)?.zh ?? text;
const SIZE = String.raw`(\S+) \((\S+)σ\)`;
const size = (value: string, sigma: string) => `${value}（${sigma}σ）`;
const iv = (low?: string, high?: string) => low === undefined ? "" : `（95% 区间 ${low}～${high}）`;

/** One clause of the grammar, rewritten; undefined when it is not one. */
const CLAUSES: [RegExp, (...m: string[]) => string][] = [
  [
    /^no change beyond ±(\S+) between (\S+) and (\S+)$/,
    (v, lo, hi) => `在 ${lo} 与 ${hi} 之间没有超出 ±${v} 的变化`,
  ],
  [
    /^best fit (.+?), a straight line in log-scale within ΔAIC (\S+)$/,
    (m, d) => `最佳拟合为${model(m)}，对数坐标下的直线与之相差 ΔAIC ${d} 以内`,
  ],
  [
    /^best fit (.+?), ((?:binomial|residual) noise .+)$/,
    (m, noise) => `最佳拟合为${model(m)}，${clause(noise)}`,
  ],
  [/^best fit (.+)$/, (m) => `最佳拟合为${model(m)}`],
  [/^a straight line in log-scale explains it$/, () => "对数坐标下的直线即可解释"],
  [new RegExp(String.raw`^improves by ${SIZE} across (\S+)–(\S+), spread over the range$`), (
    v,
    s,
    lo,
    hi,
  ) => `在 ${lo}～${hi} 之间提升 ${size(v, s)}，分布在整个范围内`],
  [
    new RegExp(
      String.raw`^near its floor(?: \(chance (\S+)\))? up to the threshold (\S+)` +
        String.raw`(?: \(95% interval (\S+)–(\S+)\))?, then rises by ${SIZE}$`,
    ),
    (chance, th, lo, hi, v, s) =>
      `在阈值 ${th}${iv(lo, hi)}之前接近下限${
        chance === undefined ? "" : `（随机水平 ${chance}）`
      }，然后上升 ${size(v, s)}`,
  ],
  [
    new RegExp(String.raw`^worsens by ${SIZE} across (\S+)–(\S+) with no recovery beyond ±(\S+)$`),
    (v, s, lo, hi, band) => `在 ${lo}～${hi} 之间变差 ${size(v, s)}，没有超出 ±${band} 的回升`,
  ],
  [
    new RegExp(
      String.raw`^worsens by ${SIZE} to a low near (\S+)(?: \(95% interval (\S+)–(\S+)\))?, ` +
        String.raw`then recovers by ${SIZE}$`,
    ),
    (v, s, th, lo, hi, v2, s2) =>
      `变差 ${size(v, s)}，在 ${th}${iv(lo, hi)}附近到达低点，然后回升 ${size(v2!, s2!)}`,
  ],
  [
    new RegExp(
      String.raw`^improves by ${SIZE} to a peak near (\S+)(?: \(95% interval (\S+)–(\S+)\))?, ` +
        String.raw`then worsens by ${SIZE}$`,
    ),
    (v, s, th, lo, hi, v2, s2) =>
      `提升 ${size(v, s)}，在 ${th}${iv(lo, hi)}附近到达峰值，然后变差 ${size(v2!, s2!)}`,
  ],
  [/^(.+) beats (.+) by ΔAIC (\S+)$/, (a, b, d) => {
    const [x, y] = [model(a), model(b)];
    return `${x}${latinSpace(x, y, "优于")}${y}（ΔAIC 差 ${d}）`;
  }],
  [
    /^(binomial|residual) noise σ ≈ (\S+)(?: \(over-dispersion ×(\S+)\))?$/,
    (kind, v, x) =>
      `${kind === "binomial" ? "二项" : "残差"}噪声 σ ≈ ${v}${
        x === undefined ? "" : `（过度离散 ×${x}）`
      }`,
  ],
  [/^only (\d+) distinct scales?$/, (n) => `只有 ${n} 个不同的规模`],
  [/^at least 3 are needed$/, () => "至少需要 3 个"],
  [/^3 scales without example counts n$/, () => "3 个规模且没有样本数 n"],
  [/^the noise cannot be estimated from residuals$/, () => "无法从残差估计噪声"],
  [
    /^likeliest (.+), but (?:no fit shows (.+) with changes|every fit shows a change) of at least 2\.5 noise units$/,
    (list, top) =>
      `最可能的是${
        list.split(" · ").map((item) =>
          item.replace(/^(.+) (\d\.\d\d)$/, (_, l, p) => `${label(l)} ${p}`)
        ).join(" · ")
      }，但${
        !top
          ? "每个拟合都显示出至少 2.5 个噪声单位的变化"
          : `没有哪个拟合以至少 2.5 个噪声单位的变化显示出${label(top)}`
      }`,
  ],
  [
    /^the data cannot separate (.+)$/,
    (list) =>
      `数据无法区分${
        list.split(" · ").map((item) =>
          item.replace(/^(.+) (\d\.\d\d)$/, (_, l, p) => `${label(l)} ${p}`)
        ).join(" · ")
      }`,
  ],
];

function clause(text: string): string {
  for (const [re, zh] of CLAUSES) {
    const m = re.exec(text);
    if (m) return zh(...m.slice(1));
  }
  return text;
}

/**
 * A classification's reason in `f`'s language: as written in English; in Chinese, every clause
 * of the classifier's grammar rewritten.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { reasonWords } from "./reason_words.ts";
 * const reason = "flat (91%): no change beyond ±0.05 between 1e8 and 1e11; best fit a constant, " +
 *   "binomial noise σ ≈ 0.02";
 * assert.equal(reasonWords(reason, formatter("en")), reason);
 * assert.equal(
 *   reasonWords(reason, formatter("zh")),
 *   "持平（91%）：在 1e8 与 1e11 之间没有超出 ±0.05 的变化；最佳拟合为常数，二项噪声 σ ≈ 0.02",
 * );
 * ```
 */
export function reasonWords(reason: string, f: Formatter): string {
  return inLang(f.lang, {
    en: () => reason,
    zh: () => {
      const colon = reason.indexOf(": ");
      if (colon < 0) return clause(reason);
      const head = reason.slice(0, colon).replace(
        /^(.+?)(?: \((\d+%)\))?$/,
        (_, l: string, p?: string) => `${label(l)}${p === undefined ? "" : `（${p}）`}`,
      );
      return `${head}：${reason.slice(colon + 2).split("; ").map(clause).join("；")}`;
    },
  });
}
