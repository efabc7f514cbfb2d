/**
 * Sentences about the emergence window figure: which curves cross the 10¹⁰–10¹¹ parameter window
 * and where their largest rise lies. Numbers in, wording out, per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { EmergenceWindow, WindowCurve } from "./emergence_window.ts";
import { panelLabel } from "./_story_labels.ts";
import { shareOf } from "./_share.ts";
import { join, latinSpace } from "./_words.ts";

/**
 * A curve in words: "GPT-3 on 3-digit addition".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { curveName } from "./emergence_window_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(curveName({ panel: "3D+", family: "GPT-3" }, formatter("en")), "GPT-3 on 3-digit addition");
 * ```
 */
export function curveName(curve: Pick<WindowCurve, "panel" | "family">, f: Formatter): string {
  return inLang(f.lang, {
    en: () => `${curve.family} on ${panelLabel(curve.panel, f.lang)}`,
    zh: () => {
      const panel = panelLabel(curve.panel, f.lang);
      return `${curve.family}${latinSpace(curve.family, panel, "在")}${panel}${
        latinSpace(panel, "", "上")
      }`;
    },
  });
}

/**
 * Title of the window figure: on how many of the curves that reach the window the largest rise
 * overlaps it ("most" only above half, "every" only when all).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowTitle } from "./emergence_window_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const c = (riseInWindow: boolean, position = "crosses") => ({ riseInWindow, position }) as never;
 * const t = (curves: never[]) => windowTitle({ curves } as never, formatter("en"));
 * assert.equal(t([c(true), c(true), c(false)]), "For most curves that reach 10B–100B parameters, the largest rise overlaps that range");
 * assert.equal(t([c(true), c(true)]), "For every curve that reaches 10B–100B parameters, the largest rise overlaps that range");
 * assert.equal(t([c(true), c(false)]), "For 1 of 2 curves that reach 10B–100B parameters, the largest rise overlaps that range");
 * assert.equal(t([c(false), c(true, "below")]), "For no curve that reaches 10B–100B parameters, the largest rise overlaps that range");
 * ```
 */
export function windowTitle(w: Pick<EmergenceWindow, "curves">, f: Formatter): string {
  const reach = w.curves.filter((c) => c.position !== "below" && c.position !== "above");
  const k = reach.filter((c) => c.riseInWindow).length, n = reach.length;
  const range = f.interval(1e10, 1e11, "params");
  const tail = `reaches ${range} parameters, the largest rise overlaps that range`;
  return inLang(f.lang, {
    en: () => {
      if (n === 0) return `No curve reaches ${range} parameters`;
      switch (shareOf(k, n)) {
        case "none":
          return `For no curve that ${tail}`;
        case "all":
          return n === 1 ? `For the one curve that ${tail}` : `For every curve that ${tail}`;
        case "most":
          return `For most curves that ${tail.replace("reaches", "reach")}`;
        case "some":
          return `For ${k} of ${n} curves that ${tail.replace("reaches", "reach")}`;
      }
    },
    zh: () => {
      const zhRange = `${range}参数`;
      if (n === 0) return `没有曲线达到${zhRange}`;
      const among = `达到${zhRange}的曲线中`;
      switch (shareOf(k, n)) {
        case "none":
          return `${among}，没有一条的最大上升与这一范围重叠`;
        case "all":
          return n === 1
            ? `对于达到${zhRange}的这一条曲线，最大的上升与这一范围重叠`
            : `每一条达到${zhRange}的曲线，最大的上升都与这一范围重叠`;
        case "most":
          return `${among}，大多数的最大上升与这一范围重叠`;
        case "some":
          return `${among}，${n} 条中有 ${k} 条的最大上升与这一范围重叠`;
      }
    },
  });
}

function riseClause(r: number, k: number): string {
  const lies = "the largest rise lies between sizes that overlap the window.";
  if (r === k) return k === 1 ? `For it, ${lies}` : `For all of them, ${lies}`;
  if (r === 0) return "None of them rises most between sizes that overlap the window.";
  return `For ${r} of them, ${lies}`;
}

/**
 * The window paragraph: which curves span the window from below to above, on which the largest
 * rise overlaps it, and which end below it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowText } from "./emergence_window_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const c = (family: string, position: string, riseInWindow: boolean) =>
 *   ({ panel: "3D+", family, position, riseInWindow, largest: 1.5e9 });
 * const w = (curves: object[]) => ({
 *   curves, crossing: curves.filter((x: any) => x.position === "crosses"),
 *   riseInWindow: curves.filter((x: any) => x.riseInWindow),
 *   endBelow: curves.filter((x: any) => x.position === "below"),
 * }) as never;
 * const text = windowText(w([c("GPT-3", "crosses", true), c("T5", "below", false)]), formatter("en"));
 * assert.match(text, /^Of 2 curves with two or more sizes, 1 starts below 10B parameters and ends above 100B: GPT-3 on 3-digit addition\./);
 * assert.match(text, /GPT-3 on 3-digit addition\. For it, the largest rise lies between sizes that overlap the window\./);
 * assert.match(text, /1 curve ends below the window \(at most 1.5B parameters\), so it cannot show the jump: T5 on 3-digit addition\./);
 * const none = windowText(w([c("T5", "below", false)]), formatter("en"));
 * assert.match(none, /none starts below 10B parameters and ends above 100B\./);
 * ```
 */
export function windowText(
  w: Pick<EmergenceWindow, "curves" | "crossing" | "riseInWindow" | "endBelow">,
  f: Formatter,
): string {
  const names = (curves: readonly WindowCurve[]) => join(curves.map((c) => curveName(c, f)), f);
  const n = w.curves.length, k = w.crossing.length;
  const risesAmongCrossing = w.crossing.filter((c) => c.riseInWindow).length;
  const below = w.endBelow.length;
  const largestBelow = below ? Math.max(...w.endBelow.map((c) => c.largest)) : 0;
  return inLang(f.lang, {
    en: () =>
      `Of ${n} ${n === 1 ? "curve" : "curves"} with two or more sizes, ` +
      (k === 0
        ? "none starts below 10B parameters and ends above 100B."
        : `${k} ${k === 1 ? "starts" : "start"} below 10B parameters and ${
          k === 1 ? "ends" : "end"
        } above 100B: ${names(w.crossing)}. ${riseClause(risesAmongCrossing, k)}`) +
      (below === 0
        ? ""
        : ` ${below} ${below === 1 ? "curve ends" : "curves end"} below the window (at most ${
          f.params(largestBelow)
        } parameters), so ${below === 1 ? "it cannot" : "they cannot"} show the jump: ${
          names(w.endBelow)
        }.`),
    zh: () => {
      const lo = f.params(1e10), hi = f.params(1e11);
      const lies = "最大的上升都落在与窗口重叠的相邻规模之间。";
      const rise = (r: number, k: number) =>
        r === k
          ? `${k === 1 ? "对它而言，" : "对它们全部而言，"}${lies}`
          : r === 0
          ? "它们都不是在与窗口重叠的规模之间上升得最多。"
          : `其中 ${r} 条，${lies}`;
      return `在有两个或更多规模的 ${n} 条曲线中，` +
        (k === 0
          ? `没有一条从低于 ${lo}参数开始、到高于 ${hi}结束。`
          : `${k} 条从低于 ${lo}参数开始、到高于 ${hi}结束：${names(w.crossing)}。${
            rise(risesAmongCrossing, k)
          }`) +
        (below === 0
          ? ""
          : `${below} 条曲线止于窗口之下（最多 ${f.params(largestBelow)}参数），所以${
            below === 1 ? "它" : "它们"
          }无法显示这一跃升：${names(w.endBelow)}。`);
    },
  });
}

/**
 * The same question against training compute: which curves with known compute start below
 * 10²² FLOP and end above 10²³.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowFlopsText } from "./emergence_window_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const c = (family: string, flopsPosition?: string) => ({ panel: "mmlu", family, ...(flopsPosition ? { flopsPosition } : {}) });
 * const f = formatter("en");
 * assert.equal(windowFlopsText({ curves: [c("PaLM", "leaves"), c("GPT-3", "crosses"), c("T5")] } as never, f),
 *   "Of 2 curves whose training compute is known, 1 starts below 10²² FLOP and ends above 10²³: GPT-3 on MMLU (57 subjects).");
 * assert.equal(windowFlopsText({ curves: [c("PaLM", "leaves")] } as never, f),
 *   "Of 1 curve whose training compute is known, none starts below 10²² FLOP and ends above 10²³.");
 * ```
 */
export function windowFlopsText(w: Pick<EmergenceWindow, "curves">, f: Formatter): string {
  const known = w.curves.filter((c) => c.flopsPosition !== undefined);
  const crossing = known.filter((c) => c.flopsPosition === "crosses");
  const n = known.length, k = crossing.length;
  return inLang(f.lang, {
    en: () =>
      `Of ${n} ${n === 1 ? "curve" : "curves"} whose training compute is known, ` +
      (k === 0
        ? "none starts below 10²² FLOP and ends above 10²³."
        : `${k} ${k === 1 ? "starts" : "start"} below 10²² FLOP and ${
          k === 1 ? "ends" : "end"
        } above 10²³: ${join(crossing.map((c) => curveName(c, f)), f)}.`),
    zh: () =>
      `在训练算力已知的 ${n} 条曲线中，` +
      (k === 0
        ? "没有一条从低于 10²² FLOP 开始、到高于 10²³ 结束。"
        : `${k} 条从低于 10²² FLOP 开始、到高于 10²³ 结束：${
          join(crossing.map((c) => curveName(c, f)), f)
        }。`),
  });
}

/**
 * Which curves lack sizes their family has elsewhere (GPT-3 cells that failed the cross-check are
 * left out, so a line may jump over them).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { windowGapsText } from "./emergence_window_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * assert.equal(windowGapsText({ gaps: [{ panel: "3D+", family: "GPT-3", missing: [6.7e9, 13e9] }] } as never, f),
 *   "Some sizes are missing because their published values failed the cross-check: GPT-3 on 3-digit addition lacks 6.7B and 13B.");
 * assert.equal(windowGapsText({ gaps: [] } as never, f), "No size is missing from any curve.");
 * ```
 */
export function windowGapsText(w: Pick<EmergenceWindow, "gaps">, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      w.gaps.length === 0
        ? "No size is missing from any curve."
        : "Some sizes are missing because their published values failed the cross-check: " +
          w.gaps.map((g) =>
            `${curveName(g, f)} lacks ${join(g.missing.map((x) => f.params(x)), f)}`
          ).join("; ") + ".",
    zh: () =>
      w.gaps.length === 0
        ? "没有曲线缺少规模。"
        : "有些规模缺失，因为它们发表的数值没有通过交叉核对：" +
          w.gaps.map((g) => `${curveName(g, f)}缺少 ${join(g.missing.map((x) => f.params(x)), f)}`)
            .join("；") +
          "。",
  });
}
