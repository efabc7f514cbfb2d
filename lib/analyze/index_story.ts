/**
 * The index page's story (issue 16): three findings in plain words, each with its numbers and no
 * parameter symbol — what a newcomer should take away before reading the chapters. Each is
 * computed in its chapter (the cell tagged `story`) from the same results as the chapter's text.
 * @module
 */
import { type Formatter, inLang } from "../locale/mod.ts";
import type { ChinchillaRefit, LawParameterRow } from "./scaling_laws.ts";
import type { EmergenceCensus } from "./emergence.ts";
import type { LabelRobustness } from "./emergence_robustness.ts";
import type { MetricCheck } from "./emergence_metric.ts";
import type { UCurveCensus } from "./u_curves.ts";

/** The share of the size- (or data-) dependent loss one doubling removes: 1 − 2^−exponent. */
function perDoubling(exponent: number): number {
  return 1 - 2 ** -exponent;
}

/**
 * Chapter 1's story: the loss falls by a steady share per doubling of the model and of the data,
 * towards a floor (from the refitted law and its bootstrap intervals).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { scalingStory } from "./index_story.ts";
 * const refit = {
 *   counts: { fitted: 240 }, bootstrap: { level: 0.95 }, law: { E: 1.82, alpha: 0.347, beta: 0.367 },
 *   parameters: [
 *     { parameter: "alpha" as const, interval: [0.317, 0.373] as [number, number] },
 *     { parameter: "beta" as const, interval: [0.334, 0.414] as [number, number] },
 *   ],
 * };
 * const en = scalingStory(refit, formatter("en"));
 * assert.match(en, /240 training runs/);
 * assert.match(en, /doubling of the model removes 21% \(95% interval 20%–23%\)/);
 * assert.match(en, /doubling of the training data 22% \(21%–25%\)/);
 * assert.match(en, /floor of 1\.82 nats per token/);
 * assert.doesNotMatch(en, /α|β|E =/);
 * assert.match(scalingStory(refit, formatter("zh")), /模型每扩大一倍/);
 * ```
 */
export function scalingStory(
  refit: {
    counts: Pick<ChinchillaRefit["counts"], "fitted">;
    bootstrap: Pick<ChinchillaRefit["bootstrap"], "level">;
    law: Pick<ChinchillaRefit["law"], "E" | "alpha" | "beta">;
    parameters: readonly Pick<LawParameterRow, "parameter" | "interval">[];
  },
  f: Formatter,
): string {
  const share = (p: "alpha" | "beta") => {
    const value = f.percent(perDoubling(refit.law[p]), 0);
    const iv = refit.parameters.find((r) => r.parameter === p)?.interval;
    return {
      value,
      iv: iv && f.range(f.percent(perDoubling(iv[0]), 0), f.percent(perDoubling(iv[1]), 0)),
    };
  };
  const n = share("alpha"), d = share("beta");
  const level = f.percent(refit.bootstrap.level, 0);
  const nInterval = n.iv ? ` (${level} interval ${n.iv})` : "";
  return inLang(f.lang, {
    en: () =>
      `**Bigger models and more data lower the loss by a steady, predictable share.** Across ` +
      `${f.number(refit.counts.fitted)} training runs, one formula describes the loss: each ` +
      `doubling of the model removes ${n.value}${nInterval} of the ` +
      `part of the loss that size can remove, each doubling of the training data ${d.value}` +
      `${d.iv ? ` (${d.iv})` : ""}, down to a floor of ${f.fixed(refit.law.E, 2)} nats per token ` +
      "that no amount of scale removes.",
    zh: () =>
      `**模型更大、数据更多，损失就按稳定、可预测的比例下降。**在 ${
        f.number(refit.counts.fitted)
      } ` +
      `次训练中，一个公式就描述了损失：模型每扩大一倍，能随规模消除的那部分损失减少 ${n.value}` +
      `${n.iv ? `（${level} 区间 ${n.iv}）` : ""}；训练数据每增加一倍，减少 ${d.value}` +
      `${d.iv ? `（${d.iv}）` : ""}；损失最终趋于每个 token ${f.fixed(refit.law.E, 2)} nats ` +
      "的下限，再大的规模也无法消除。",
  });
}

/**
 * Chapter 2's story: how many tasks jump, how many jumps rest on the largest model alone, and how
 * many apparent jumps turn smooth under a continuous score.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { emergenceStory } from "./index_story.ts";
 * const robust = (fragile: number, n: number) =>
 *   Array.from({ length: n }, (_, i) => ({ changesWithout: i < fragile ? ["largest"] : [] }));
 * const text = (fragile: number, artefacts: number) => emergenceStory(
 *   { emergent: 11, rows: Array(35) } as never,
 *   robust(fragile, 11) as never,
 *   { artefacts: Array(artefacts), emergentSomewhere: Array(18) } as never,
 *   formatter("en"),
 * );
 * assert.match(text(8, 6), /^\*\*Some abilities seem to switch on suddenly, but the evidence is thinner than it looks\.\*\* 11 of 35/);
 * assert.match(text(8, 6), /for 8 of those 11 the jump rests on the largest model alone/);
 * assert.match(text(8, 6), /6 of 18 apparent jumps .* turn smooth/);
 * assert.match(text(0, 0), /^\*\*Some abilities switch on suddenly\.\*{2} /);
 * assert.match(text(0, 0), /every jump survives leaving out the largest model; none of 18/);
 * ```
 */
export function emergenceStory(
  census: Pick<EmergenceCensus, "emergent" | "rows">,
  robustness: readonly Pick<LabelRobustness, "changesWithout">[],
  check: Pick<MetricCheck, "artefacts" | "emergentSomewhere">,
  f: Formatter,
): string {
  const n = robustness.length;
  const fragile = robustness.filter((r) => r.changesWithout.includes("largest")).length;
  const artefacts = check.artefacts.length, apparent = check.emergentSomewhere.length;
  const doubt = fragile > 0 || artefacts > 0;
  return inLang(f.lang, {
    en: () =>
      (doubt
        ? "**Some abilities seem to switch on suddenly, but the evidence is thinner than it looks.** "
        : "**Some abilities switch on suddenly.** ") +
      `${f.number(census.emergent)} of ${f.number(census.rows.length)} BIG-bench tasks stay at ` +
      "chance for small models and then jump; " +
      (fragile === 0
        ? "every jump survives leaving out the largest model; "
        : `for ${f.number(fragile)} of those ${f.number(n)} the jump rests on the largest model ` +
          "alone, so one more model could change the verdict; ") +
      (artefacts === 0
        ? `none of ${f.number(apparent)} apparent jumps in a second data set turns smooth when ` +
          "answers get partial credit."
        : `and ${f.number(artefacts)} of ${f.number(apparent)} apparent jumps in a second data ` +
          "set turn smooth when answers get partial credit instead of all-or-nothing scoring."),
    zh: () =>
      (doubt
        ? "**有些能力看上去是突然出现的，但证据比看上去要薄弱。**"
        : "**有些能力是突然出现的。**") +
      `${f.number(census.rows.length)} 个 BIG-bench 任务中有 ${f.number(census.emergent)} ` +
      "个在小模型上停在随机水平，然后跃升；" +
      (fragile === 0
        ? "去掉最大的模型后，每一次跃升都依然成立；"
        : `其中 ${f.number(fragile)} 个（共 ${f.number(n)} 个）的跃升只靠最大的那一个模型，` +
          "多一个模型就可能改变结论；") +
      (artefacts === 0
        ? `在另一个数据集中，${f.number(apparent)} 次看似跃升的曲线在给部分得分时没有一条变得平滑。`
        : `在另一个数据集中，${f.number(apparent)} 次看似跃升的曲线里有 ${f.number(artefacts)} ` +
          "次在给部分得分、而不是全对或全错计分时变得平滑。"),
  });
}

/**
 * Chapter 3's story: how many inverse-scaling curves get worse with size, how many only decline
 * and how many turn back up (and on how few sizes).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveStory } from "./index_story.ts";
 * const rows = (k: number, scales = 4) => Array.from({ length: k }, () => ({ scales }));
 * const census = { classified: rows(33), declining: rows(4), inverse: rows(1), turned: rows(3) };
 * const en = uCurveStory(census as never, formatter("en"));
 * assert.match(en, /Of 33 inverse-scaling curves .*, 4 get measurably worse somewhere as the models grow: 1 only declines/);
 * assert.match(en, /3 decline and then turn back up, each seen on only 4 sizes/);
 * const none = uCurveStory({ ...census, declining: [], inverse: [], turned: [] } as never, formatter("en"));
 * assert.match(none, /none gets measurably worse/);
 * assert.match(uCurveStory(census as never, formatter("zh")), /先变差、再变好/);
 * ```
 */
export function uCurveStory(
  census: Pick<UCurveCensus, "classified" | "declining" | "inverse" | "turned">,
  f: Formatter,
): string {
  const total = census.classified.length, declining = census.declining.length;
  const inverse = census.inverse.length, turned = census.turned.length;
  const sizes = [...new Set(census.turned.map((r) => r.scales))].sort((a, b) => a - b);
  const sizesEn = sizes.length === 1
    ? `${turned === 1 ? "seen" : "each seen"} on only ${f.number(sizes[0]!)} sizes`
    : `seen on ${f.number(sizes[0] ?? 0)} to ${f.number(sizes.at(-1) ?? 0)} sizes`;
  const sizesZh = sizes.length === 1
    ? `${turned === 1 ? "" : "各"}只基于 ${f.number(sizes[0]!)} 个规模`
    : `基于 ${f.range(f.number(sizes[0] ?? 0), f.number(sizes.at(-1) ?? 0))} 个规模`;
  return inLang(f.lang, {
    en: () => {
      const head = "**Bigger is not always better.** ";
      const where = `Of ${f.number(total)} inverse-scaling curves (OPT, GPT-2 and GPT-3 on tasks ` +
        "built to trip large models up)";
      if (declining === 0) return `${head}${where}, none gets measurably worse as the models grow.`;
      const only = inverse === 1 ? "1 only declines" : `${f.number(inverse)} only decline`;
      const u = turned === 0
        ? "none turns back up"
        : `${f.number(turned)} ${
          turned === 1 ? "declines and then turns" : "decline and then turn"
        }` +
          ` back up, ${sizesEn}, so the U is suggested rather than settled`;
      return `${head}${where}, ${f.number(declining)} ${
        declining === 1 ? "gets" : "get"
      } measurably worse somewhere as the models grow: ${only} within the sizes measured, and ${u}.`;
    },
    zh: () => {
      const head = "**更大并不总是更好。**";
      const where = `在 ${
        f.number(total)
      } 条逆伸缩曲线中（OPT、GPT-2 和 GPT-3 在专门用来难倒大模型的任务上）`;
      if (declining === 0) return `${head}${where}，没有一条随模型变大而明显变差。`;
      const u = turned === 0
        ? "没有一条先变差、再变好"
        : `${f.number(turned)} 条先变差、再变好（${sizesZh}，所以 U 形只是迹象，尚无定论）`;
      return `${head}${where}，有 ${f.number(declining)} 条随模型变大在某处明显变差：其中 ${
        f.number(inverse)
      } 条在测过的规模内只下降，${u}。`;
    },
  });
}
