/**
 * Chapter 2's sentences about the BIG-G census, the exemplars and the emergence scales: each takes
 * the numbers of a lib/analyze result and a Formatter and returns the wording in the formatter's
 * language, so every count, comparison and superlative is computed (issue 14).
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { EmergenceCensus } from "./emergence.ts";
import type { CensusExemplars, ExemplarRole } from "./emergence_exemplars.ts";
import type { EmergenceScales } from "./emergence_scales.ts";
import { enCountWord, shareOf } from "./_share.ts";
import { shapeLabel } from "./_wording.ts";
import { join, spelled } from "./_words.ts";
import { taskLabel } from "./_labels.ts";
import type { ThresholdPlaces } from "./emergence_robustness.ts";

/** "A, B and C". */
function enList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join("")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The census in a sentence: tasks, sizes, the count of each shape, and the emergent tasks that
 * have no threshold inside the data.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { censusText } from "./emergence_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const census = {
 *   rows: Array(3), unpinned: [], emergent: 1,
 *   counts: [{ shape: "emergent", count: 1 }, { shape: "inverted_u", count: 2 }],
 *   sizes: { count: 4, smallest: 2.1e6, largest: 137e9 },
 * } as never;
 * assert.equal(censusText(census, formatter("en")),
 *   "Of 3 BIG-G tasks (4 sizes, 2.1M to 137B non-embedding parameters): **1 emergent**, **2 inverted U**.");
 * ```
 */
export function censusText(census: EmergenceCensus, f: Formatter): string {
  const { rows, sizes, counts, unpinned } = census;
  return inLang(f.lang, {
    en: () =>
      `Of ${rows.length} BIG-G tasks (${sizes.count} sizes, ${f.params(sizes.smallest)} to ${
        f.params(sizes.largest)
      } non-embedding parameters): ${
        counts.map(({ shape, count }) => `**${count} ${shapeLabel(f, shape)}**`).join(", ")
      }.` +
      (unpinned.length > 0
        ? ` For ${
          join(unpinned.map(taskLabel), f)
        } the rise is too close to the noise to place a threshold ` +
          "inside the data."
        : ""),
    zh: () =>
      `在 ${rows.length} 个 BIG-G 任务中（${sizes.count} 个规模，非嵌入参数从 ${
        f.params(sizes.smallest)
      } 到 ${f.params(sizes.largest)}）：${
        counts.map(({ shape, count }) => `**${shapeLabel(f, shape)} ${count} 个**`).join("、")
      }。` +
      (unpinned.length > 0
        ? `对于 ${join(unpinned.map(taskLabel), f)}，上升幅度离噪声太近，无法在数据范围内确定阈值。`
        : ""),
  });
}

/**
 * Title of the census small multiples: how many tasks jump, and of those how many only with the
 * largest model (their label changes when it is left out: `labelRobustness`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { censusTitle } from "./emergence_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const f = formatter("en");
 * const title = (emergent: number, lastOnly = 0) =>
 *   censusTitle({ emergent, rows: Array(35) } as never, f, lastOnly);
 * assert.equal(title(11), "11 of 35 BIG-bench tasks stay near chance and then jump");
 * assert.equal(title(11, 8), "11 of 35 BIG-bench tasks stay near chance and then jump — 8 of them only with the largest model");
 * assert.equal(title(11, 11), "11 of 35 BIG-bench tasks stay near chance and then jump — all of them only with the largest model");
 * assert.equal(title(0), "None of the 35 BIG-bench tasks stays near chance and then jumps");
 * assert.equal(title(35), "All 35 BIG-bench tasks stay near chance and then jump");
 * ```
 */
export function censusTitle(
  census: Pick<EmergenceCensus, "emergent" | "rows">,
  f: Formatter,
  lastOnly = 0,
): string {
  const n = census.rows.length, k = census.emergent;
  return inLang(f.lang, {
    en: () => {
      const share = shareOf(k, n);
      if (share === "none") {
        return `None of the ${n} BIG-bench tasks stays near chance and then jumps`;
      }
      const tail = lastOnly === 0
        ? ""
        : ` — ${lastOnly === k ? (k === 1 ? "it" : "all of them") : `${lastOnly} of them`} only ` +
          "with the largest model";
      if (share === "all" && n === 1) {
        return `The one BIG-bench task stays near chance and then jumps${tail}`;
      }
      const who = share === "all" ? `All ${n}` : `${k} of ${n}`;
      return `${who} BIG-bench tasks stay near chance and then jump${tail}`;
    },
    zh: () => {
      const share = shareOf(k, n);
      if (share === "none") return `${n} 个 BIG-bench 任务中没有一个先停在随机水平附近、然后跃升`;
      const tail = lastOnly === 0
        ? ""
        : `——${
          lastOnly === k ? (k === 1 ? "它" : "它们全部") : `其中 ${lastOnly} 个`
        }只在最大的模型上才跃升`;
      if (share === "all" && n === 1) {
        return `这个 BIG-bench 任务先停在随机水平附近，然后跃升${tail}`;
      }
      return share === "all"
        ? `全部 ${n} 个 BIG-bench 任务都先停在随机水平附近，然后跃升${tail}`
        : `${n} 个 BIG-bench 任务中有 ${k} 个先停在随机水平附近，然后跃升${tail}`;
    },
  });
}

/** Description of the census small multiples (counts the model sizes). *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { censusDescription } from "./emergence_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.match(censusDescription({ sizes: { count: 12 } } as never, formatter("en")), /of the 12 BIG-G models/);
 * ```
 */
export function censusDescription(census: EmergenceCensus, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `Three-shot multiple-choice accuracy of the ${census.sizes.count} BIG-G models on each ` +
      "BIG-bench task, coloured by the classifier's shape, with the random baseline (dotted) and " +
      "the emergence threshold with its 95% interval — or, where only the " +
      "largest model is past the threshold, the band between the two largest sizes, labelled " +
      "with its lower bound.",
    zh: () =>
      `${census.sizes.count} 个 BIG-G 模型在每个 BIG-bench 任务上的三样本多选准确率，按分类器判定的形状着色，` +
      "附随机基线（点线）和涌现阈值及其 95% 区间；若只有最大的模型越过阈值，" +
      "则画出两个最大规模之间的色带，并标注其下界。",
  });
}

const EN_ROLE: Record<ExemplarRole, string> = {
  jump: "a jump",
  climb: "a steady climb",
  flat: "nothing",
};

/**
 * Title of the exemplar chart, from the exemplars actually found.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exemplarTitle } from "./emergence_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const picks = (...roles: string[]) => ({ picks: roles.map((role) => ({ role })) }) as never;
 * assert.equal(exemplarTitle(picks("jump", "climb", "flat"), formatter("en")),
 *   "Three BIG-bench tasks, three shapes: a jump, a steady climb, nothing");
 * assert.equal(exemplarTitle(picks("jump", "flat"), formatter("en")),
 *   "Two BIG-bench tasks, two shapes: a jump, nothing");
 * ```
 */
export function exemplarTitle(exemplars: CensusExemplars, f: Formatter): string {
  const n = exemplars.picks.length;
  return inLang(f.lang, {
    en: () =>
      `${enCountWord(n)} BIG-bench task${n === 1 ? "" : "s"}, ${enCountWord(n).toLowerCase()} ` +
      `shape${n === 1 ? "" : "s"}: ${exemplars.picks.map((p) => EN_ROLE[p.role]).join(", ")}`,
    zh: () => {
      const roles = exemplars.picks.map((p) =>
        ({ jump: "一次跃升", climb: "稳步爬升", flat: "毫无变化" })[p.role]
      );
      return `${spelled(n, f)}个 BIG-bench 任务，${spelled(n, f)}种形状：${roles.join("、")}`;
    },
  });
}

/**
 * Description of the exemplar chart, stating the selection rule: the emergent and smooth curves
 * with the widest accuracy range, the flat one with the narrowest.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exemplarDescription } from "./emergence_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const picks = (...roles: string[]) => ({ picks: roles.map((role) => ({ role })) }) as never;
 * assert.match(exemplarDescription(picks("jump", "climb", "flat"), formatter("en")),
 *   /for the emergent and the smooth task with the widest range of accuracy and the flat task with the narrowest\.$/);
 * assert.match(exemplarDescription(picks("flat"), formatter("en")), /for the flat task with the narrowest range of accuracy\.$/);
 * ```
 */
export function exemplarDescription(exemplars: CensusExemplars, f: Formatter): string {
  const roles = new Set(exemplars.picks.map((p) => p.role));
  return inLang(f.lang, {
    en: () => {
      const widest = [
        roles.has("jump") ? "the emergent" : "",
        roles.has("climb") ? "the smooth" : "",
      ]
        .filter(Boolean);
      const parts = [
        widest.length > 0 ? `${enList(widest)} task with the widest range of accuracy` : "",
        roles.has("flat")
          ? `the flat task with the narrowest${widest.length ? "" : " range of accuracy"}`
          : "",
      ].filter(Boolean);
      return "Accuracy normalised to chance ((score − chance)/(1 − chance)) against BIG-G " +
        `parameters for ${parts.join(" and ")}.`;
    },
    zh: () => {
      const widest = [roles.has("jump") ? "涌现" : "", roles.has("climb") ? "平滑" : ""]
        .filter(Boolean);
      const parts = [
        widest.length > 0 ? `准确率范围最宽的${widest.join("和")}任务` : "",
        roles.has("flat") ? `${widest.length ? "" : "准确率"}范围最窄的持平任务` : "",
      ].filter(Boolean);
      return `${
        parts.join("和")
      }的准确率（按随机水平归一化：(分数 − 随机)/(1 − 随机)）与 BIG-G 参数的关系。`;
    },
  });
}

/** Where the published median sits relative to our median's bounds. */
function medianAgreement(published: number, low: number, high: number): "inside" | "near" | "far" {
  if (published >= low && published <= high) return "inside";
  const distance = published < low ? Math.log10(low / published) : Math.log10(published / high);
  return distance < 1 ? "near" : "far";
}

/**
 * The published emergence scales beside ours: ranges, medians, two examples; our thresholds split
 * into those inside the data (a range of points) and those only the largest size is past (a
 * bound); the median threshold as a bound when the bounded thresholds make it one; and whether
 * the published median lies inside our median's bounds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scalesText } from "./emergence_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const range = (median: number) => ({ count: 10, min: median / 2, max: median * 2, median });
 * const example = { ability: "Word in Context (WiC) benchmark", model: "PaLM", params: 540e9 };
 * const scales = ({ flops: range(2.9e23), params: range(68e9), ours: range(70.7e9), examples: [example, example] }) as never;
 * const places = (inside: number[], median: { low: number; high: number }) =>
 *   ({ total: 10, atLastSize: 10 - inside.length, beyond: 0, inside, median, secondLargest: 29e9, largest: 137e9 });
 * const f = formatter("en");
 * const real = scalesText(scales, f, places([2.54e9, 3.54e9, 6.16e9, 13.4e9], { low: 29e9, high: 137e9 }));
 * assert.match(real, /On BIG-G, 4 of the 10 emergent tasks with a threshold cross it inside the data, between 2.54B and 13.4B non-embedding parameters; for the other 6 only the largest size is past the threshold, so the data place it between 29B and 137B, not at a point\./);
 * assert.match(real, /The median threshold is therefore a bound too: between \*\*29B and 137B\*\*\. Thresholds/);
 * assert.match(real, /the published median, 68B, lies inside our median's bounds: they agree on the order of magnitude, not on a number\.$/);
 * // Contrary: every threshold inside the data, a point median far from the published one.
 * const inside = scalesText(scales, f, places(Array(10).fill(1e9), { low: 1e9, high: 1e9 }));
 * assert.match(inside, /all 10 emergent tasks with a threshold cross it inside the data, at 1B non-embedding parameters/);
 * assert.match(inside, /The median threshold is \*\*1B\*\*\. Thresholds/);
 * assert.match(inside, /differ by more than an order of magnitude\.$/);
 * // The ends quote their intervals, the kind named once.
 * const ends = [{ estimate: 2.54e9, interval: [2.15e9, 2.96e9] }, { estimate: 13.4e9, interval: [7.48e9, 24.3e9] }];
 * const quoted = scalesText(scales, f, { ...places([2.54e9, 13.4e9], { low: 29e9, high: 137e9 }), insideEstimates: ends } as never);
 * assert.match(quoted, /between 2.54B \(95% interval 2.15B–2.96B\) and 13.4B \(7.48B–24.3B\) non-embedding/);
 * // None inside.
 * const none = scalesText(scales, f, places([], { low: 29e9, high: 137e9 }));
 * assert.match(none, /none of the 10 emergent tasks with a threshold crosses it inside the data; for all 10 only the largest size/);
 * // One the fit never reaches: above the largest size, not between the two largest.
 * const above = scalesText(scales, f, { ...places([2e9], { low: 29e9, high: 137e9 }), atLastSize: 8, beyond: 1 });
 * assert.match(above, /for 8 only the largest size is past the threshold, so the data place it between 29B and 137B, not at a point; for 1 the fitted curve does not reach the threshold within the data, so it lies above 137B\./);
 * ```
 */
export function scalesText(
  scales: EmergenceScales,
  f: Formatter,
  places: ThresholdPlaces,
): string {
  const { flops, params, examples } = scales;
  const [first, contrast] = examples;
  const { atLastSize, total, inside, median } = places;
  const beyond = places.beyond ?? 0;
  const agreement = medianAgreement(params.median, median.low, median.high);
  const largest = f.params(places.largest);
  return inLang(f.lang, {
    en: () => {
      // `total` counts only the emergent tasks that have a threshold (the unpinned ones are named
      // in the census sentence).
      const tasks = "emergent tasks with a threshold";
      const k = inside.length;
      // Each end quotes its 95% interval when there is one, naming the kind once.
      const ends = places.insideEstimates;
      const withInterval = (i: number, kind: string) => {
        const value = ends?.[i];
        return value?.interval
          ? ` (${kind}${f.interval(value.interval[0], value.interval[1], "params")})`
          : "";
      };
      const span = inside.length > 0 && inside[0] === inside.at(-1)
        ? `at ${f.params(inside[0]!)}`
        : `between ${f.params(inside[0] ?? 0)}${withInterval(0, "95% interval ")} and ${
          f.params(inside.at(-1) ?? 0)
        }${withInterval(inside.length - 1, "")}`;
      const insideText = k === 0
        ? `none of the ${total} ${tasks} crosses it inside the data`
        : k === 1 && total === 1
        ? `the one ${tasks.replace("tasks", "task")} crosses it inside the data, ${span} ` +
          "non-embedding parameters"
        : `${k === total ? `all ${total}` : `${k} of the ${total}`} ${tasks} ${
          k === 1 ? "crosses" : "cross"
        } it inside the data, ${span} non-embedding parameters`;
      const gap = (atLastSize === 0
        ? ""
        : `; for ${
          atLastSize === total
            ? `all ${total}`
            : k + atLastSize === total
            ? `the other ${atLastSize}`
            : `${atLastSize}`
        } only the largest size is past the threshold, so the data place it between ${
          f.params(places.secondLargest)
        } and ${largest}, not at a point`) +
        (beyond === 0
          ? ""
          : `; for ${beyond === total ? `all ${total}` : `${beyond}`} the fitted curve does not ` +
            `reach the threshold within the data, so it lies above ${largest}`);
      const medianText = median.low === median.high
        ? `The median threshold is **${f.params(median.low)}**.`
        : `The median threshold is therefore a bound too: between **${f.params(median.low)} and ${
          Number.isFinite(median.high) ? f.params(median.high) : "beyond " + largest
        }**.`;
      const compare = agreement === "inside"
        ? `the published median, ${f.params(params.median)}, lies inside our median's bounds: ` +
          "they agree on the order of magnitude, not on a number."
        : agreement === "near"
        ? `the published median, ${f.params(params.median)}, is within an order of magnitude of ` +
          "ours, but not on it."
        : "published thresholds and ours differ by more than an order of magnitude.";
      return `The published emergence scales run from ${f.flops(flops.min)} to ${
        f.flops(flops.max)
      } training FLOPs (median ${f.flops(flops.median)}) and from ${f.params(params.min)} to ` +
        `${f.params(params.max)} parameters with a median of **${f.params(params.median)}** ` +
        `(e.g. ${first!.ability.toLowerCase()} at ${f.params(first!.params!)} with ${
          first!.model
        }; ${contrast!.ability.replace(/ \(.*/, "")} at ${f.params(contrast!.params!)}). ` +
        `On BIG-G, ${insideText}${gap}. ${medianText} Thresholds are a property of a ` +
        "task *and* a model family *and* a metric, and the published rows are other abilities " +
        `measured on other families; ${compare}`;
    },
    zh: () => {
      const tasks = "有阈值的涌现任务";
      const k = inside.length;
      const ends = places.insideEstimates;
      const withInterval = (i: number, kind: string) => {
        const value = ends?.[i];
        return value?.interval
          ? `（${kind}${f.interval(value.interval[0], value.interval[1], "params")}）`
          : "";
      };
      const span = inside.length > 0 && inside[0] === inside.at(-1)
        ? `在 ${f.params(inside[0]!)}`
        : `在 ${f.params(inside[0] ?? 0)}${withInterval(0, "95% 区间 ")} 与 ${
          f.params(inside.at(-1) ?? 0)
        }${withInterval(inside.length - 1, "")} 之间`;
      const insideText = k === 0
        ? `${total} 个${tasks}中没有一个在数据范围内越过阈值`
        : k === 1 && total === 1
        ? `这一个${tasks}在数据范围内越过了阈值，${span}非嵌入参数处`
        : `${
          k === total ? `全部 ${total} 个` : `${total} 个中有 ${k} 个`
        }${tasks}在数据范围内越过了阈值，${span}非嵌入参数处`;
      const gap = (atLastSize === 0
        ? ""
        : `；${
          atLastSize === total
            ? `全部 ${total} 个`
            : k + atLastSize === total
            ? `其余 ${atLastSize} 个`
            : `${atLastSize} 个`
        }只有最大的规模越过了阈值，所以数据只能把阈值定在 ${
          f.params(places.secondLargest)
        } 与 ${largest} 之间，而不是一个点`) +
        (beyond === 0
          ? ""
          : `；${
            beyond === total ? `全部 ${total} 个` : `另有 ${beyond} 个`
          }，拟合曲线在数据范围内没有达到阈值，所以阈值高于 ${largest}`);
      const medianText = median.low === median.high
        ? `阈值的中位数是 **${f.params(median.low)}**。`
        : `因此阈值的中位数也只是一个范围：在 **${f.params(median.low)} 与 ${
          Number.isFinite(median.high) ? f.params(median.high) : `超过 ${largest} 的某处`
        }** 之间。`;
      const compare = agreement === "inside"
        ? `发表的中位数 ${
          f.params(params.median)
        } 落在我们的中位数范围之内：两者在数量级上一致，而不是在具体数字上一致。`
        : agreement === "near"
        ? `发表的中位数 ${f.params(params.median)} 与我们的相差不到一个数量级，但并不吻合。`
        : "发表的阈值与我们的相差超过一个数量级。";
      return `发表的涌现规模从 ${f.flops(flops.min)} 到 ${f.flops(flops.max)} 训练 FLOP（中位数 ${
        f.flops(flops.median)
      }），参数从 ${f.params(params.min)} 到 ` +
        `${f.params(params.max)}，中位数为 **${f.params(params.median)}**` +
        `（例如 ${first!.model} 的 ${first!.ability} 出现在 ${f.params(first!.params!)}；${
          contrast!.ability.replace(/ \(.*/, "")
        } 出现在 ${f.params(contrast!.params!)}）。` +
        `在 BIG-G 上，${insideText}${gap}。${medianText}阈值同时是任务、模型系列*和*指标的属性，` +
        `而发表的那些行是在其他模型系列上测得的其他能力；${compare}`;
    },
  });
}
