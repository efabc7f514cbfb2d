/**
 * Sentences about thresholds and the robustness of emergent labels: a threshold near the edge of
 * the data is reported as a bound, never a point; how many labels change when an end size is left
 * out; and whether the knowledge tasks' emergent labels contradict smooth scaling (issue 14).
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { LabelRobustness } from "./emergence_robustness.ts";
import { shapeLabel } from "./_wording.ts";
import { shareOf } from "./_share.ts";
import { join } from "./_words.ts";
import { taskLabel } from "./_labels.ts";

/** An estimate (scale) with an optional interval, as lib/classify's `ScaleEstimate`. */
export interface ScaleEstimateLike {
  /** Point estimate (scale). */
  estimate: number;
  /** Interval (scales), when there is one. */
  interval?: [number, number];
}

export { type EstimatePlace, estimatePlace } from "./_estimate_place.ts";
import { estimatePlace } from "./_estimate_place.ts";

/**
 * A threshold or turn in words: a point with its interval only when it sits inside the data;
 * a bound when it sits at or beyond an edge ("above 137B — not reached in these data") or between
 * the two largest sizes ("between 29B and 137B — only the largest size is past it"). `kind` names
 * the interval on first use ("95% interval").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { thresholdStatement } from "./emergence_robustness_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en"), scales = [2.1e6, 8.59e9, 29e9, 137e9];
 * assert.equal(thresholdStatement({ estimate: 137e9 }, scales, f), "above 137B — not reached in these data");
 * assert.equal(thresholdStatement({ estimate: 130e9, interval: [31.2e9, 134e9] }, scales, f),
 *   "between 29B and 137B — only the largest size is past it");
 * assert.equal(thresholdStatement({ estimate: 2.54e9, interval: [2.15e9, 2.96e9] }, scales, f),
 *   "2.54B (2.15B–2.96B)");
 * assert.equal(thresholdStatement({ estimate: 2.54e9, interval: [2.15e9, 2.96e9] }, scales, f,
 *   { kind: "95% interval" }), "2.54B (95% interval 2.15B–2.96B)");
 * assert.equal(thresholdStatement({ estimate: 1e6 }, scales, f), "at or below 2.1M — already passed by the smallest size");
 * ```
 */
export function thresholdStatement(
  value: ScaleEstimateLike,
  scales: readonly number[],
  f: Formatter,
  options: { kind?: string } = {},
): string {
  const sorted = [...new Set(scales)].sort((a, b) => a - b);
  const place = estimatePlace(value.estimate, sorted);
  const largest = f.params(sorted.at(-1)!), smallest = f.params(sorted[0]!);
  const second = sorted.length > 1 ? f.params(sorted.at(-2)!) : smallest;
  const { interval } = value;
  return inLang(f.lang, {
    en: () => {
      switch (place) {
        case "beyond":
          return `above ${largest} — not reached in these data`;
        case "before":
          return `at or below ${smallest} — already passed by the smallest size`;
        case "last-gap":
          return `between ${second} and ${largest} — only the largest size is past it`;
        case "inside":
          return f.params(value.estimate) +
            (interval
              ? ` (${options.kind ? `${options.kind} ` : ""}${
                f.interval(interval[0], interval[1], "params")
              })`
              : "");
      }
    },
    zh: () => {
      switch (place) {
        case "beyond":
          return `高于 ${largest}——在这些数据中尚未达到`;
        case "before":
          return `不高于 ${smallest}——最小的规模已经越过`;
        case "last-gap":
          return `在 ${second} 与 ${largest} 之间——只有最大的规模越过了它`;
        case "inside":
          return f.params(value.estimate) +
            (interval
              ? `（${options.kind ? `${options.kind} ` : ""}${
                f.interval(interval[0], interval[1], "params")
              }）`
              : "");
      }
    },
  });
}

/** "the label changes without the largest size: flat" — the table cell. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { robustnessCell } from "./emergence_robustness_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const r = { shape: "emergent", withoutLargest: "flat", withoutSmallest: "emergent", changesWithout: ["largest"] } as never;
 * assert.equal(robustnessCell(r, formatter("en")), "flat without the largest");
 * assert.equal(robustnessCell({ ...(r as object), changesWithout: [] } as never, formatter("en")), "unchanged");
 * ```
 */
export function robustnessCell(r: LabelRobustness, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      r.changesWithout.length === 0
        ? "unchanged"
        : r.changesWithout.map((end) =>
          `${
            shapeLabel(f, end === "largest" ? r.withoutLargest : r.withoutSmallest)
          } without the ${end}`
        ).join("; "),
    zh: () =>
      r.changesWithout.length === 0
        ? "不变"
        : r.changesWithout.map((end) =>
          `去掉${end === "largest" ? "最大" : "最小"}规模后为${
            shapeLabel(f, end === "largest" ? r.withoutLargest : r.withoutSmallest)
          }`
        ).join("；"),
  });
}

/** "8" / "all 11" / "none of the 11" / "the one" (after "Of the 11 …"). */
function enShare(k: number, n: number): string {
  switch (shareOf(k, n)) {
    case "none":
      return n === 1 ? "not the one" : `none of the ${n}`;
    case "all":
      return n === 1 ? "the one" : `all ${n}`;
    default:
      return `${k}`;
  }
}

/**
 * How much the emergent labels rest on: how many change when the largest or the smallest size is
 * left out, and how many have only one size clearly above chance.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { robustnessText } from "./emergence_robustness_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en"), scales = { smallest: 2.1e6, largest: 137e9 };
 * const row = (ends: string[], above: number, task = "t") => ({ task, changesWithout: ends, clearlyAbove: above, fragile: ends.length > 0 });
 * const rows = [row(["largest"], 1), row(["largest"], 1), row(["smallest"], 4), row([], 5, "solid_task")] as never;
 * assert.equal(robustnessText(rows, scales, f),
 *   "Of the 4 emergent labels, 2 change when the largest size (137B) is left out and 1 when the smallest (2.1M) is; 2 rest on a single size clearly above chance (more than two noise standard errors). 1 of 4 survives both tests (solid task).");
 * const solid = [row([], 5), row([], 4)] as never;
 * assert.match(robustnessText(solid, scales, f), /none of the 2 change when the largest .* none of the 2 when the smallest .* none of the 2 rest on a single size .* All 2 survive both\.$/);
 * ```
 */
export function robustnessText(
  rows: readonly Pick<LabelRobustness, "task" | "changesWithout" | "clearlyAbove" | "fragile">[],
  scales: { smallest: number; largest: number },
  f: Formatter,
): string {
  const n = rows.length;
  const largest = rows.filter((r) => r.changesWithout.includes("largest")).length;
  const smallest = rows.filter((r) => r.changesWithout.includes("smallest")).length;
  const single = rows.filter((r) => r.clearlyAbove <= 1).length;
  const solid = rows.filter((r) => !r.fragile).length;
  return inLang(f.lang, {
    en: () => {
      if (n === 0) return "No curve is labelled emergent, so no label needs checking.";
      const survive = shareOf(solid, n) === "all"
        ? `All ${n} survive both.`
        : shareOf(solid, n) === "none"
        ? "None survives both."
        : `${solid} of ${n} ${solid === 1 ? "survives" : "survive"} both tests (${
          join(rows.filter((r) => !r.fragile).map((r) => taskLabel(r.task)), f)
        }).`;
      return `Of the ${n} emergent label${n === 1 ? "" : "s"}, ${
        enShare(largest, n)
      } change when the largest size ` +
        `(${f.params(scales.largest)}) is left out and ${enShare(smallest, n)} when the smallest ` +
        `(${f.params(scales.smallest)}) is; ${enShare(single, n)} rest on a single size clearly ` +
        `above chance (more than two noise standard errors). ${survive}`;
    },
    zh: () => {
      if (n === 0) return "没有曲线被标为涌现，所以没有标签需要检验。";
      const share = (k: number) => {
        switch (shareOf(k, n)) {
          case "none":
            return n === 1 ? "它没有" : `${n} 个都没有`;
          case "all":
            return n === 1 ? "它" : `全部 ${n} 个`;
          default:
            return `${k} 个`;
        }
      };
      const survive = shareOf(solid, n) === "all"
        ? `${n === 1 ? "它" : `全部 ${n} 个`}都经受住了两项检验。`
        : shareOf(solid, n) === "none"
        ? "没有一个经受住两项检验。"
        : `${n} 个中有 ${solid} 个经受住了两项检验（${
          join(rows.filter((r) => !r.fragile).map((r) => taskLabel(r.task)), f)
        }）。`;
      return `在 ${n} 个涌现标签中，去掉最大的规模（${f.params(scales.largest)}）时，${
        share(largest)
      }改变；去掉最小的规模（${f.params(scales.smallest)}）时，${share(smallest)}改变；${
        share(single)
      }只依赖一个明显高于随机水平（超出两个噪声标准误）的规模。${survive}`;
    },
  });
}

/** What one knowledge task's emergent label rests on. */
function knowledgeClause(r: LabelRobustness, f: Formatter, largest: number): string {
  const above = r.clearlyAboveScales;
  const onlyLargest = above.length === 0 || (above.length === 1 && above[0] === largest);
  const where = above.length === 0
    ? "no size clearly above chance"
    : onlyLargest
    ? `only the largest size (${f.params(largest)}) clearly above chance`
    : `${r.clearlyAbove} of ${r.sizes} sizes clearly above chance, from ${f.params(above[0]!)}`;
  const without = r.withoutLargest === r.shape
    ? `still ${shapeLabel(f, r.shape)} without the largest size`
    : `${shapeLabel(f, r.withoutLargest)} without the largest size`;
  return `*${taskLabel(r.task)}* has ${where}; the label is ${without}`;
}

/** {@linkcode knowledgeClause} in Chinese. */
function knowledgeClauseZh(r: LabelRobustness, f: Formatter, largest: number): string {
  const above = r.clearlyAboveScales;
  const onlyLargest = above.length === 0 || (above.length === 1 && above[0] === largest);
  const where = above.length === 0
    ? "没有哪个规模明显高于随机水平"
    : onlyLargest
    ? `只有最大的规模（${f.params(largest)}）明显高于随机水平`
    : `${r.sizes} 个规模中有 ${r.clearlyAbove} 个明显高于随机水平，从 ${f.params(above[0]!)} 开始`;
  const without = r.withoutLargest === r.shape
    ? `去掉最大规模后仍为${shapeLabel(f, r.shape)}`
    : `去掉最大规模后为${shapeLabel(f, r.withoutLargest)}`;
  return `*${taskLabel(r.task)}*：${where}；标签${without}`;
}

/**
 * Whether the knowledge tasks (`context.tasks`) labelled emergent contradict the smooth scaling of knowledge-heavy tasks
 * (chapter 1, the lecture): per task, where the rise sits and whether the label survives leaving
 * out the largest size; then the verdict — "the label rests on the last size" when every label
 * changes without it, "the disagreement is real" when none does.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { knowledgeText } from "./emergence_robustness_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * const ctx = { tasks: ["hindu_knowledge", "general_knowledge"], metric: "multiple-choice accuracy", sizes: 12, largest: 137e9 };
 * const row = (task: string, above: number[], withoutLargest: string) => ({
 *   task, shape: "emergent", sizes: 12, clearlyAbove: above.length, clearlyAboveScales: above,
 *   withoutLargest, withoutSmallest: "emergent",
 * });
 * const fragile = [row("hindu_knowledge", [137e9], "flat"), row("general_knowledge", [2.62e8, 2.1e9, 137e9], "smooth")] as never;
 * const text = knowledgeText(fragile, ctx, f);
 * assert.match(text, /\*hindu knowledge\* has only the largest size \(137B\) clearly above chance; the label is flat without the largest size/);
 * assert.match(text, /\*general knowledge\* has 3 of 12 sizes clearly above chance, from 262M; the label is smooth without the largest size/);
 * assert.match(text, /Neither label survives .* without 137B the curves are flat or smooth, and/);
 * const solid = [row("hindu_knowledge", [8e9, 29e9, 137e9], "emergent")] as never;
 * assert.match(knowledgeText(solid, ctx, f), /survives without the largest size, so here the disagreement is the finding/);
 * assert.match(knowledgeText([], ctx, f), /^No knowledge task is labelled emergent/);
 * ```
 */
export function knowledgeText(
  robustness: readonly LabelRobustness[],
  context: { tasks: readonly string[]; metric: string; sizes: number; largest: number },
  f: Formatter,
): string {
  const rows = robustness.filter((r) => context.tasks.includes(r.task));
  const n = rows.length;
  const fragile = rows.filter((r) => r.withoutLargest !== r.shape).length;
  return inLang(f.lang, {
    en: () => {
      if (n === 0) {
        return "No knowledge task is labelled emergent here, so nothing contradicts the smooth " +
          "scaling of knowledge-heavy tasks.";
      }
      const clauses = rows.map((r) => knowledgeClause(r, f, context.largest)).join("; ");
      const labels = n === 1 ? "The label" : n === 2 ? "Both labels" : `All ${n} labels`;
      const without = [...new Set(rows.map((r) => shapeLabel(f, r.withoutLargest)))];
      const verdict = fragile === n
        ? `${
          n === 1
            ? "The label does not survive"
            : n === 2
            ? "Neither label survives"
            : "None of the labels survives"
        } leaving out the largest size, so these data do not contradict the smooth scaling of ` +
          `knowledge-heavy tasks: without ${f.params(context.largest)} the ${
            n === 1 ? "curve is" : "curves are"
          } ${without.join(" or ")}, and the emergent label comes from the one step to the ` +
          `largest size in ${context.metric}, an all-or-nothing score per question.`
        : fragile === 0
        ? `${labels === "The label" ? "The label survives" : `${labels} survive`} without the ` +
          "largest size, so here the disagreement is the finding: on BIG-G these knowledge " +
          `tasks rise late and sharply in ${context.metric}, unlike the smooth curves of chapter 1.`
        : `${fragile} of ${n} labels change without the largest size; only the others are ` +
          "evidence of a late, sharp rise in knowledge tasks.";
      return `Measured in ${context.metric} over ${context.sizes} sizes: ${clauses}. ${verdict}`;
    },
    zh: () => {
      if (n === 0) {
        return "这里没有知识类任务被标为涌现，所以没有什么与知识密集型任务的平滑伸缩相矛盾。";
      }
      const clauses = rows.map((r) => knowledgeClauseZh(r, f, context.largest)).join("；");
      const without = [...new Set(rows.map((r) => shapeLabel(f, r.withoutLargest)))];
      const verdict = fragile === n
        ? `去掉最大的规模后，${
          n === 1 ? "这个标签" : n === 2 ? "两个标签都" : "所有标签都"
        }不再成立，所以这些数据与知识密集型任务的平滑伸缩并不矛盾：没有 ${
          f.params(context.largest)
        }时，${n === 1 ? "曲线" : "这些曲线"}是${
          without.join("或")
        }，涌现标签来自 ${context.metric} 上通往最大规模的那一步，而这是一个对每道题“全对或全错”的分数。`
        : fragile === 0
        ? `去掉最大的规模后，${
          n === 1 ? "这个标签" : n === 2 ? "两个标签都" : `全部 ${n} 个标签都`
        }依然成立，所以这里的分歧本身就是发现：在 BIG-G 上，这些知识类任务在 ${context.metric} ` +
          "上上升得晚而陡，不同于第 1 章中的平滑曲线。"
        : `${n} 个标签中有 ${fragile} 个在去掉最大规模后改变；只有其余的才是知识类任务晚而陡地上升的证据。`;
      return `以 ${context.metric} 在 ${context.sizes} 个规模上衡量：${clauses}。${verdict}`;
    },
  });
}
