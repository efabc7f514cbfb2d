/**
 * Chapter 3's computed sentences: every count, direction and comparison it states comes from a
 * {@linkcode UCurveCensus} or a {@linkcode BnslExtrapolation}, worded per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { UCurveCensus } from "./u_curves.ts";
import type { ClassifiedCurve } from "../classify/classify_all.ts";
import type { BnslExtrapolation } from "./bnsl_extrapolation.ts";
import { shortSetting } from "./_curve_labels.ts";
import { taskLabel } from "./_labels.ts";
import { countOf, shapeLabel, verb } from "./_wording.ts";
import type { Shape } from "../classify/shapes.ts";
import { binomialStandardError } from "../stats/moments.ts";
import { reasonWords } from "./reason_words.ts";

/**
 * Held-out points count as predicted when every one is within this share of its measured value
 * (5%); beyond it the sentences say the fit misses them.
 */
export const BNSL_PREDICTS_WITHIN = 0.05;

/** "2 emergent, 1 flat" from shape counts. */
function shapeList(f: Formatter, counts: readonly { shape: Shape; count: number }[]): string {
  return counts.map((c) => `${f.number(c.count)} ${shapeLabel(f, c.shape)}`).join(", ");
}

/**
 * The census by source and shape: the prize-task series (OPT) and the organisers' pilot series
 * (GPT-2, GPT-3) counted separately, never mixed in one count.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { censusSentence } from "./u_curves_text.ts";
 * const census = (prize: number, pilot: number) => ({
 *   classified: Array(prize + pilot), prize: Array(prize), pilot: Array(pilot),
 *   prizeCounts: prize ? [{ shape: "emergent", count: 2 }, { shape: "flat", count: prize - 2 }] : [],
 *   pilotCounts: pilot ? [{ shape: "u_shaped", count: pilot }] : [],
 * }) as never;
 * const f = formatter("en");
 * assert.equal(censusSentence(census(4, 3), f),
 *   "7 curves with three or more sizes, in two kinds of series that are not pooled: **4 from Inverse Scaling Prize tasks** evaluated on OPT (2 emergent, 2 flat) and **3 from the prize organisers' pilot runs** on GPT-2 and GPT-3 (3 U-shaped).");
 * assert.equal(censusSentence(census(0, 1), f),
 *   "1 curve with three or more sizes, all from the prize organisers' pilot runs on GPT-2 and GPT-3: 1 U-shaped.");
 * assert.equal(censusSentence(census(0, 0), f), "No curve has three or more sizes.");
 * ```
 */
export function censusSentence(
  census: Pick<UCurveCensus, "classified" | "prize" | "pilot" | "prizeCounts" | "pilotCounts">,
  f: Formatter,
): string {
  const n = census.classified.length, prize = census.prize.length, pilot = census.pilot.length;
  const prizeKind = "Inverse Scaling Prize tasks evaluated on OPT";
  const pilotKind = "the prize organisers' pilot runs on GPT-2 and GPT-3";
  return inLang(f.lang, {
    en: () => {
      if (n === 0) return "No curve has three or more sizes.";
      const head = `${countOf(f, n, "curve", "curves")} with three or more sizes`;
      if (pilot === 0) {
        return `${head}, all from ${prizeKind}: ${shapeList(f, census.prizeCounts)}.`;
      }
      if (prize === 0) {
        return `${head}, all from ${pilotKind}: ${shapeList(f, census.pilotCounts)}.`;
      }
      return `${head}, in two kinds of series that are not pooled: **${
        f.number(prize)
      } from Inverse Scaling Prize tasks** evaluated on OPT (${
        shapeList(f, census.prizeCounts)
      }) and **${f.number(pilot)} from the prize organisers' pilot runs** on GPT-2 and GPT-3 (${
        shapeList(f, census.pilotCounts)
      }).`;
    },
    zh: () => {
      const list = (counts: readonly { shape: Shape; count: number }[]) =>
        counts.map((c) => `${shapeLabel(f, c.shape)} ${f.number(c.count)} 条`).join("、");
      const prizeZh = "在 OPT 上评测的 Inverse Scaling Prize 任务";
      const pilotZh = "奖项组织者在 GPT-2 和 GPT-3 上做的试点运行";
      if (n === 0) return "没有曲线有三个或更多的规模。";
      const head = `有 ${f.number(n)} 条曲线具有三个或更多的规模`;
      if (pilot === 0) return `${head}，全部来自${prizeZh}：${list(census.prizeCounts)}。`;
      if (prize === 0) return `${head}，全部来自${pilotZh}：${list(census.pilotCounts)}。`;
      return `${head}，分属两类不合并的序列：**${
        f.number(prize)
      } 条来自 Inverse Scaling Prize 任务**，在 OPT 上评测（${list(census.prizeCounts)}）；**${
        f.number(pilot)
      } 条来自奖项组织者的试点运行**，在 GPT-2 和 GPT-3 上（${list(census.pilotCounts)}）。`;
    },
  });
}

/**
 * Why each curve that is neither flat nor smooth got its label, as a markdown list.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { notableReasons } from "./u_curves_text.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "hindsight_neglect_10shot", family: "OPT", metric: "accuracy", setting: "few-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) }]);
 * assert.match(notableReasons(census, formatter("en")), /^\*\*Why\*\*.*95% profile-likelihood intervals widened to cover the truth 95% of the time on synthetic curves\):\n\n- \*hindsight neglect 10shot, OPT, accuracy, few-shot\* — \*\*U-shaped\*\*: /s);
 * ```
 */
export function notableReasons(census: Pick<UCurveCensus, "notable">, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      census.notable.length === 0
        ? "Every curve here is flat or smooth."
        : "**Why**, for every curve that is not flat or smooth (σ is the noise standard error of " +
          "one point; the intervals of thresholds and turns are 95% profile-likelihood " +
          `intervals widened to cover the truth 95% of the time on synthetic curves):\n\n${
            census.notable.map((row) =>
              `- *${taskLabel(row.task)}, ${row.family}, ${row.metric.replace(/_/g, " ")}, ${
                shortSetting(row.setting)
              }* — **${shapeLabel(f, row.shape)}**: ${row.reason}`
            ).join("\n")
          }`,
    zh: () =>
      census.notable.length === 0
        ? "这里的每条曲线都是持平或平滑的。"
        : "**原因**，针对每条不是持平或平滑的曲线（σ 是单个点的噪声标准误；阈值和拐点的区间是 95% " +
          `剖面似然区间，并按合成曲线上 95% 的覆盖率加宽）：\n\n${
            census.notable.map((row) =>
              `- *${taskLabel(row.task)}，${row.family}，${row.metric.replace(/_/g, " ")}，${
                shortSetting(row.setting)
              }*——**${shapeLabel(f, row.shape)}**：${reasonWords(row.reason, f)}`
            ).join("\n")
          }`,
  });
}

/**
 * The hindsight-neglect curve point by point, its label, and what larger models do.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { hindsightSentence } from "./u_curves_text.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "hindsight_neglect_10shot", family: "OPT", metric: "accuracy", setting: "few-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) }]);
 * assert.match(hindsightSentence(census, formatter("en")), /OPT accuracy goes 0\.7 \(100M\) → 0\.6 \(1B\)/);
 * // √(0.5·0.5/1000) = 0.0158 at the 0.5 point (hand-computed)
 * assert.match(hindsightSentence(census, formatter("en")), /\(each point ± at most 0\.016, one binomial standard error\) against a chance level of 0\.5/);
 * assert.match(hindsightSentence(census, formatter("en")), /already show the turn/);
 * ```
 */
export function hindsightSentence(census: Pick<UCurveCensus, "hindsight">, f: Formatter): string {
  const row = census.hindsight;
  if (!row) {
    return inLang(f.lang, {
      en: () => "The hindsight-neglect accuracy curve is not in these data.",
      zh: () => "这些数据中没有 hindsight neglect 的准确率曲线。",
    });
  }
  const points = row.curve.points, last = points.at(-1)!;
  // The largest binomial standard error of a point, when the counts are known.
  const ses = points.flatMap((p) => p.n ? [binomialStandardError(p.score, p.n)] : []);
  const se = ses.length === points.length
    ? ` (each point ± at most ${f.number(Math.max(...ses), 2)}, one binomial standard error)`
    : "";
  return inLang(f.lang, {
    en: () =>
      `On the real hindsight-neglect task, ${row.family} accuracy goes ${
        points.map((p) => `${f.number(p.score)} (${f.params(p.scale)})`).join(" → ")
      }${se} against a chance level of ${
        f.number(row.curve.chance ?? 0.5)
      }: the classifier calls it **${
        shapeLabel(f, row.shape)
      }** (${row.reason}). Our data stop at ${f.params(last.scale)} parameters; ` +
      `Wei et al. 2022 report that the largest PaLM model recovers on this task — ${
        row.shape === "u_shaped"
          ? "and these data already show the turn."
          : "the right half of the U that these models are too small to show."
      }`,
    zh: () =>
      `在真实的 hindsight neglect 任务上，${row.family} 的准确率依次为 ${
        points.map((p) => `${f.number(p.score)}（${f.params(p.scale)}）`).join(" → ")
      }${
        ses.length === points.length
          ? `（每个点最多 ± ${f.number(Math.max(...ses), 2)}，一个二项标准误）`
          : ""
      }，随机水平为 ${f.number(row.curve.chance ?? 0.5)}：分类器判定它为**${
        shapeLabel(f, row.shape)
      }**（${reasonWords(row.reason, f)}）。我们的数据止于 ${f.params(last.scale)}参数；` +
      `Wei et al. 2022 报告最大的 PaLM 模型在这个任务上回升了——${
        row.shape === "u_shaped"
          ? "而这些数据已经显示出了拐点。"
          : "那是U形的右半边，这些模型太小，还显示不出来。"
      }`,
  });
}

/**
 * The hindsight-neglect **loss** curve beside its accuracy curve: which way the loss moves, why a
 * falling loss is labelled like a rise (lower is better: no orientation bug), how a loss can
 * improve while accuracy collapses, how many sizes beat the coin-flip loss ln(1/chance), and how
 * much support the label has.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { hindsightLossSentence } from "./u_curves_text.ts";
 * const row = (metric: string, shape: string, scores: number[]) => ({
 *   metric, shape, confidence: 0.56, scales: scores.length, family: "OPT",
 *   curve: { chance: metric === "accuracy" ? 0.5 : undefined, points: scores.map((score, i) => ({ scale: [125e6, 13e9][i], score })) },
 * });
 * const f = formatter("en");
 * const census = (loss: number[], accuracy: number[]) =>
 *   ({ hindsightLoss: row("classification_loss_mean", "emergent", loss), hindsight: row("accuracy", "inverse", accuracy) }) as never;
 * const text = hindsightLossSentence(census([0.897, 0.771], [0.505, 0.27]), f);
 * assert.match(text, /is labelled \*\*emergent\*\* \(56% support from 2 sizes\): it falls from 0.897 \(125M\) to 0.771 \(13B\)/);
 * assert.match(text, /accuracy falls from 0.505 to 0.27 while the loss improves/);
 * assert.match(text, /none of the 2 sizes gets below ln 2 ≈ 0.693/);
 * // Contrary numbers: a rising loss, one size below the coin-flip loss, accuracy that rises.
 * const other = hindsightLossSentence(census([0.897, 0.6], [0.4, 0.6]), f);
 * assert.match(other, /1 of the 2 sizes gets below ln 2/);
 * assert.match(other, /accuracy rises from 0.4 to 0.6 and the loss improves with it/);
 * assert.match(hindsightLossSentence({} as never, f), /not in these data/);
 * ```
 */
export function hindsightLossSentence(
  census: Pick<UCurveCensus, "hindsight" | "hindsightLoss">,
  f: Formatter,
): string {
  const loss = census.hindsightLoss, accuracy = census.hindsight;
  if (!loss || !accuracy) {
    return inLang(f.lang, {
      en: () => "The hindsight-neglect loss and accuracy curves are not in these data.",
      zh: () => "这些数据中没有 hindsight neglect 的损失和准确率曲线。",
    });
  }
  const pts = [...loss.curve.points].sort((a, b) => a.scale - b.scale);
  const first = pts[0]!, last = pts.at(-1)!;
  const acc = [...accuracy.curve.points].sort((a, b) => a.scale - b.scale);
  const acc0 = acc[0]!.score, acc1 = acc.at(-1)!.score;
  const coin = Math.log(1 / (accuracy.curve.chance ?? 0.5));
  const below = pts.filter((p) => p.score < coin).length;
  const improves = last.score < first.score;
  return inLang(f.lang, {
    en: () => {
      const moves = `it ${improves ? "falls" : "rises"} from ${f.number(first.score)} (${
        f.params(first.scale)
      }) to ${f.number(last.score)} (${f.params(last.scale)})`;
      const accWord = acc1 < acc0 ? "falls" : "rises";
      const contrast = acc1 < acc0 && improves
        ? `accuracy falls from ${f.number(acc0)} to ${f.number(acc1)} while the loss improves`
        : `accuracy ${accWord} from ${f.number(acc0)} to ${f.number(acc1)} and the loss ${
          improves ? "improves" : "worsens"
        } with it`;
      const coinText = below === 0
        ? `none of the ${pts.length} sizes gets below`
        : `${below} of the ${pts.length} sizes ${verb(below, "gets", "get")} below`;
      return `The same task's **classification loss** (mean −log p of the right answer, ` +
        `renormalised over the answer options) is labelled **${shapeLabel(f, loss.shape)}** (${
          f.percent(loss.confidence).replace(/\.0%$/, "%")
        } support from ${loss.scales} sizes): ${moves}. This is not an orientation bug: a loss ` +
        "is lower-is-better, so the classifier reads a falling loss as a rising score. The two " +
        "metrics see different things: accuracy counts how often the right answer gets the " +
        "higher probability, the loss averages how much probability it gets, so a model can be " +
        "less confidently wrong on average while being wrong more often. Here " +
        `${contrast}; ${coinText} ln ${f.number(Math.exp(coin))} ≈ ${f.fixed(coin, 3)}, the loss ` +
        "of a model that spreads its probability evenly over the answers.";
    },
    zh: () => {
      const moves = `它从 ${f.number(first.score)}（${f.params(first.scale)}）${
        improves ? "降" : "升"
      }到 ${f.number(last.score)}（${f.params(last.scale)}）`;
      const contrast = acc1 < acc0 && improves
        ? `准确率从 ${f.number(acc0)} 降到 ${f.number(acc1)}，而损失却在改善`
        : `准确率从 ${f.number(acc0)} ${acc1 < acc0 ? "降" : "升"}到 ${f.number(acc1)}，损失也随之${
          improves ? "改善" : "变差"
        }`;
      const coinText = below === 0
        ? `${pts.length} 个规模中没有一个低于`
        : `${pts.length} 个规模中有 ${below} 个低于`;
      return `同一任务的**分类损失**（正确答案的平均 −log p，在各答案选项上重新归一化）被标为**${
        shapeLabel(f, loss.shape)
      }**（${loss.scales} 个规模，支持度 ${
        f.percent(loss.confidence).replace(/\.0%$/, "%")
      }）：${moves}。这不是方向弄反了：损失越低越好，所以分类器把下降的损失读作上升的分数。` +
        "两个指标看到的东西不同：准确率数的是正确答案得到更高概率的次数，损失平均的是它得到了多少概率，" +
        "所以一个模型可以平均而言错得不那么自信，同时又错得更频繁。这里" +
        `${contrast}；${coinText} ln ${f.number(Math.exp(coin))} ≈ ${
          f.fixed(coin, 3)
        }，即把概率平均分给各个答案的模型的损失。`;
    },
  });
}

/** One series kind's declines and turns in words ("Among the 4 prize-task curves, …"). */
function declinesOf(
  census: Pick<UCurveCensus, "declining" | "turned">,
  rows: readonly ClassifiedCurve[],
  kind: string,
  f: Formatter,
): string {
  const n = rows.length;
  const down = census.declining.filter((r) => rows.includes(r)).length;
  const turned = census.turned.filter((r) => rows.includes(r));
  const names = turned.map((r) => `${taskLabel(r.task)} on ${r.family}, ${r.setting ?? ""}`);
  const sizes = [...new Set(turned.map((r) => r.scales))].sort((a, b) => a - b);
  const head = `Among the ${countOf(f, n, `${kind} curve`, `${kind} curves`)}, ${
    down === 0 ? "none declines" : `${f.number(down)} ${verb(down, "declines", "decline")}`
  } by more than ${verb(down, "its", "their")} noise at some point`;
  if (down === 0) return `${head}.`;
  if (turned.length === 0) return `${head}; none of those turns back up within the sizes we have.`;
  const who = turned.length === down
    ? (down === 1 ? "it turns" : down === 2 ? "both turn" : `all ${f.number(down)} turn`)
    : `${f.number(turned.length)} of those ${verb(turned.length, "turns", "turn")}`;
  const rest = sizes.length === 1
    ? `${turned.length === 1 ? "it rests" : "each rests"} on ${f.number(sizes[0]!)} sizes`
    : `they rest on ${f.number(sizes[0]!)} to ${f.number(sizes.at(-1)!)} sizes`;
  return `${head}; ${who} back up within the sizes we have (${names.join("; ")}) — ${rest}.`;
}

/** {@linkcode declinesOf} in Chinese. */
function declinesOfZh(
  census: Pick<UCurveCensus, "declining" | "turned">,
  rows: readonly ClassifiedCurve[],
  kind: string,
  f: Formatter,
): string {
  const n = rows.length;
  const down = census.declining.filter((r) => rows.includes(r)).length;
  const turned = census.turned.filter((r) => rows.includes(r));
  const names = turned.map((r) => `${taskLabel(r.task)}（${r.family}，${r.setting ?? ""}）`);
  const sizes = [...new Set(turned.map((r) => r.scales))].sort((a, b) => a - b);
  const head = `在 ${f.number(n)} 条${kind}曲线中，${
    down === 0 ? "没有一条" : `有 ${f.number(down)} 条`
  }在某处的下降超过了自身的噪声`;
  if (down === 0) return `${head}。`;
  if (turned.length === 0) return `${head}；在我们已有的规模内，它们都没有回升。`;
  const who = turned.length === down
    ? (down === 1 ? "它" : down === 2 ? "两条都" : `全部 ${f.number(down)} 条都`)
    : `其中 ${f.number(turned.length)} 条`;
  const rest = sizes.length === 1
    ? `${turned.length === 1 ? "它" : "每条"}基于 ${f.number(sizes[0]!)} 个规模`
    : `它们基于 ${f.range(f.number(sizes[0]!), f.number(sizes.at(-1)!))} 个规模`;
  return `${head}；${who}在我们已有的规模内回升了（${names.join("；")}）——${rest}。`;
}

/**
 * What the declines mean for research: per kind of series (prize tasks, pilot runs), how many
 * decline, how many already turn, and on how many sizes each turn rests.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { researchSentence } from "./u_curves_text.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "hindsight_neglect_10shot", family: "OPT", metric: "accuracy", setting: "few-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) }]);
 * assert.match(researchSentence(census, formatter("en")), /^Among the 1 pilot curve, 1 declines by more than its noise at some point; it turns back up within the sizes we have \(hindsight neglect 10shot on OPT, few-shot\) — it rests on 5 sizes\. /);
 * ```
 */
export function researchSentence(census: UCurveCensus, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      [
        census.prize.length > 0 ? declinesOf(census, census.prize, "prize-task", f) : "",
        census.pilot.length > 0 ? declinesOf(census, census.pilot, "pilot", f) : "",
      ].filter(Boolean).join(" ") + " " +
      "A downward trend measured on small models is evidence about small models: it says the " +
      "distractor is learned before the task, not that the task can never be learned. " +
      "Extrapolating it to larger models is exactly the mistake a broken scaling law warns " +
      "against — the break may simply lie beyond the largest model measured. The honest " +
      "statement is the one the classifier makes: *inverse within the data*, with the range of " +
      "scales named.",
    zh: () =>
      [
        census.prize.length > 0 ? declinesOfZh(census, census.prize, "奖项任务", f) : "",
        census.pilot.length > 0 ? declinesOfZh(census, census.pilot, "试点", f) : "",
      ].filter(Boolean).join("") +
      "在小模型上测到的下降趋势，是关于小模型的证据：它说明干扰任务比真正任务先学会，" +
      "而不是说这个任务永远学不会。把它外推到更大的模型，恰恰是折线伸缩法则（broken scaling law）" +
      "所警示的错误——拐点可能就在测过的最大模型之外。诚实的说法就是分类器给出的说法：" +
      "*在数据范围内呈逆伸缩*，并写明规模范围。",
  });
}

/** Whether the fit predicts the held-out points, as a verb phrase with the count. */
function predicts(result: BnslExtrapolation, f: Formatter): string {
  const held = countOf(f, result.targets.length, "held-out point", "held-out points");
  return result.maxRelativeError <= BNSL_PREDICTS_WITHIN
    ? `predicts the ${held}`
    : `misses the ${held}`;
}

/** {@linkcode predicts} in Chinese. */
function predictsZh(result: BnslExtrapolation, f: Formatter): string {
  const held = `${f.number(result.targets.length)} 个留出点`;
  return result.maxRelativeError <= BNSL_PREDICTS_WITHIN
    ? `预测准了这 ${held}`
    : `没有预测准这 ${held}`;
}

/**
 * The BNSL chart's title: fitted on how many points, and whether it predicts the rest.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { bnsl } from "../fit/bnsl.ts";
 * import { bnslExtrapolation } from "./bnsl_extrapolation.ts";
 * import { bnslTitle } from "./u_curves_text.ts";
 * const law = { name: "t", description: "", a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((x, i) => ({
 *   x, y: bnsl(x, law), role: i < 9 ? "fit" as const : "extrapolation_target" as const,
 * }));
 * const result = bnslExtrapolation(points, law);
 * assert.equal(bnslTitle(result, formatter("en")), "A one-break BNSL fitted on 9 points predicts the 1 held-out point");
 * ```
 */
export function bnslTitle(result: BnslExtrapolation, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `A one-break BNSL fitted on ${countOf(f, result.fitPoints.length, "point", "points")} ${
        predicts(result, f)
      }`,
    zh: () =>
      `在 ${f.number(result.fitPoints.length)} 个点上拟合的单拐点 BNSL ${predictsZh(result, f)}`,
  });
}

/**
 * Caption of the extrapolation table: where our break is and where the published one is.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { bnsl } from "../fit/bnsl.ts";
 * import { bnslExtrapolation } from "./bnsl_extrapolation.ts";
 * import { bnslCaption } from "./u_curves_text.ts";
 * const law = { name: "t", description: "", a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((x, i) => ({
 *   x, y: bnsl(x, law), role: i < 9 ? "fit" as const : "extrapolation_target" as const,
 * }));
 * const result = bnslExtrapolation(points, law);
 * assert.match(bnslCaption(result, formatter("en")), /\(published 100\)\.$/);
 * ```
 */
export function bnslCaption(result: BnslExtrapolation, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `Extrapolation to the held-out points. Our break is at ${
        f.number(result.fit.breaks[0]!.d)
      } examples (published ${f.number(result.published.breaks[0]!.d)}).`,
    zh: () =>
      `外推到留出的点。我们的拐点在 ${f.number(result.fit.breaks[0]!.d)} 个示例处（发表值 ${
        f.number(result.published.breaks[0]!.d)
      }）。`,
  });
}

/** "1 only declines and none turns back up" for one kind of series. */
function kindTurns(census: UCurveCensus, rows: readonly ClassifiedCurve[], f: Formatter): string {
  const inverse = census.inverse.filter((r) => rows.includes(r)).length;
  const turned = census.turned.filter((r) => rows.includes(r));
  const sizes = [...new Set(turned.map((r) => r.scales))].sort((a, b) => a - b);
  const on = sizes.length === 0
    ? ""
    : sizes.length === 1
    ? ` (${turned.length === 1 ? "on" : "each on"} ${f.number(sizes[0]!)} sizes)`
    : ` (on ${f.number(sizes[0]!)} to ${f.number(sizes.at(-1)!)} sizes)`;
  const down = inverse === 0
    ? "none only declines"
    : `${f.number(inverse)} only ${verb(inverse, "declines", "decline")}`;
  const up = turned.length === 0
    ? "none declines and then turns back up"
    : `${f.number(turned.length)} ${verb(turned.length, "declines", "decline")} and then ${
      verb(turned.length, "turns", "turn")
    } back up${on}`;
  return `${down} within the data and ${up}`;
}

/** {@linkcode kindTurns} in Chinese. */
function kindTurnsZh(census: UCurveCensus, rows: readonly ClassifiedCurve[], f: Formatter): string {
  const inverse = census.inverse.filter((r) => rows.includes(r)).length;
  const turned = census.turned.filter((r) => rows.includes(r));
  const sizes = [...new Set(turned.map((r) => r.scales))].sort((a, b) => a - b);
  const on = sizes.length === 0
    ? ""
    : sizes.length === 1
    ? `（${turned.length === 1 ? "" : "各"}基于 ${f.number(sizes[0]!)} 个规模）`
    : `（基于 ${f.range(f.number(sizes[0]!), f.number(sizes.at(-1)!))} 个规模）`;
  const down = inverse === 0 ? "没有只下降的" : `有 ${f.number(inverse)} 个只下降`;
  const up = turned.length === 0
    ? "没有先下降后回升的"
    : `${f.number(turned.length)} 个先下降后回升${on}`;
  return `在数据范围内${down}，${up}`;
}

/**
 * The chapter's key finding for the index page: per kind of series (prize tasks on OPT, pilot runs
 * on GPT-2 and GPT-3), how many only decline and how many turn back up, and the BNSL extrapolation.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { uCurveSummary } from "./u_curves_text.ts";
 * const points = [0.7, 0.6, 0.5, 0.4, 0.3].map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "t", family: "F", metric: "accuracy", chance: 0.25, higherIsBetter: true, points }]);
 * const bnsl = { fitPoints: [{}, {}], targets: [{}], maxError: 0.2, maxRelativeError: 0.3 };
 * // @ts-expect-error: the summary reads only the counts and errors of the extrapolation
 * const text = uCurveSummary(census, bnsl, formatter("en"));
 * assert.match(text, /of the 1 pilot series \(GPT-2, GPT-3\), 1 only declines within the data and none declines and then turns back up/);
 * assert.doesNotMatch(text, /prize-task series/);
 * assert.match(text, /misses the 1 held-out point by up to 0\.200 nats/);
 * ```
 */
export function uCurveSummary(
  census: UCurveCensus,
  bnsl: BnslExtrapolation,
  f: Formatter,
): string {
  const prize = census.prize.length, pilot = census.pilot.length;
  return inLang(f.lang, {
    en: () => {
      const parts = [
        prize > 0
          ? `of the ${countOf(f, prize, "prize-task series", "prize-task series")} (OPT), ${
            kindTurns(census, census.prize, f)
          }`
          : "",
        pilot > 0
          ? `of the ${countOf(f, pilot, "pilot series", "pilot series")} (GPT-2, GPT-3), ${
            kindTurns(census, census.pilot, f)
          }`
          : "",
      ].filter(Boolean);
      return `**U-curves:** in the Inverse Scaling Prize data, counted by kind of series: ${
        parts.join("; ")
      }. A one-break broken scaling law fitted on ${
        countOf(f, bnsl.fitPoints.length, "point", "points")
      } ${predicts(bnsl, f)} ${
        bnsl.maxRelativeError <= BNSL_PREDICTS_WITHIN ? "to within" : "by up to"
      } ${f.fixed(bnsl.maxError, 3)} nats.`;
    },
    zh: () => {
      const parts = [
        prize > 0
          ? `${f.number(prize)} 个奖项任务序列（OPT）中，${kindTurnsZh(census, census.prize, f)}`
          : "",
        pilot > 0
          ? `${f.number(pilot)} 个试点序列（GPT-2、GPT-3）中，${
            kindTurnsZh(census, census.pilot, f)
          }`
          : "",
      ].filter(Boolean);
      return `**U形曲线：** 在 Inverse Scaling Prize 的数据中，按序列类别计数：${
        parts.join("；")
      }。在 ${f.number(bnsl.fitPoints.length)} 个点上拟合的单拐点折线伸缩法则${
        predictsZh(bnsl, f)
      }，误差${bnsl.maxRelativeError <= BNSL_PREDICTS_WITHIN ? "在" : "最大达"} ${
        f.fixed(bnsl.maxError, 3)
      } nats${bnsl.maxRelativeError <= BNSL_PREDICTS_WITHIN ? " 以内" : ""}。`;
    },
  });
}

/**
 * The small multiples' title: whether some curves fall and whether some turn around.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { panelsTitle } from "./u_curves_text.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "hindsight_neglect_10shot", family: "OPT", metric: "accuracy", setting: "few-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) }]);
 * assert.equal(panelsTitle(census, formatter("en")), "Accuracy on inverse-scaling tasks: some fall, some turn around");
 * ```
 */
export function panelsTitle(
  census: Pick<UCurveCensus, "declining" | "turned">,
  f: Formatter,
): string {
  // The panels show accuracy curves only: count only those.
  const accuracy = (rows: readonly ClassifiedCurve[]) =>
    rows.filter((r) => r.metric === "accuracy");
  const fall = accuracy(census.declining).length > 0, turn = accuracy(census.turned).length > 0;
  return inLang(f.lang, {
    en: () =>
      `Accuracy on inverse-scaling tasks: ${
        fall && turn
          ? "some fall, some turn around"
          : fall
          ? "some fall, none turns around"
          : "none falls by more than noise"
      }`,
    zh: () =>
      `逆伸缩任务上的准确率：${
        fall && turn
          ? "有的下降，有的回升"
          : fall
          ? "有的下降，没有回升的"
          : "没有一个的下降超过噪声"
      }`,
  });
}
