/**
 * Chapter 3's computed sentences: every count, direction and comparison it states comes from a
 * {@linkcode UCurveCensus} or a {@linkcode BnslExtrapolation}, worded per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { UCurveCensus } from "./u_curves.ts";
import type { BnslExtrapolation } from "./bnsl_extrapolation.ts";
import { shortSetting } from "./_curve_labels.ts";
import { countOf, shapeLabel, verb } from "./_wording.ts";

/**
 * Held-out points count as predicted when every one is within this share of its measured value
 * (5%); beyond it the sentences say the fit misses them.
 */
export const BNSL_PREDICTS_WITHIN = 0.05;

/**
 * "33 curves: 2 emergent, 3 U-shaped, …" — the census by shape.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { censusSentence } from "./u_curves_text.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "hindsight_neglect_10shot", family: "OPT", metric: "accuracy", setting: "few-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) }]);
 * assert.equal(censusSentence(census, formatter("en")), "1 curve: 1 U-shaped.");
 * ```
 */
export function censusSentence(
  census: Pick<UCurveCensus, "classified" | "counts">,
  f: Formatter,
): string {
  const n = census.classified.length;
  return inLang(f.lang, {
    en: () =>
      n === 0
        ? "No curve has three or more sizes."
        : `${countOf(f, n, "curve", "curves")}: ${
          census.counts.map((c) => `${f.number(c.count)} ${shapeLabel(f, c.shape)}`).join(", ")
        }.`,
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
 * assert.match(notableReasons(census, formatter("en")), /^\*\*Why\*\*.*\n\n- \*hindsight_neglect_10shot, OPT, accuracy, few-shot\* — \*\*U-shaped\*\*: /s);
 * ```
 */
export function notableReasons(census: Pick<UCurveCensus, "notable">, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      census.notable.length === 0
        ? "Every curve here is flat or smooth."
        : `**Why**, for every curve that is not flat or smooth:\n\n${
          census.notable.map((row) =>
            `- *${row.task}, ${row.family}, ${row.metric}, ${shortSetting(row.setting)}* — **${
              shapeLabel(f, row.shape)
            }**: ${row.reason}`
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
 * assert.match(hindsightSentence(census, formatter("en")), /already show the turn/);
 * ```
 */
export function hindsightSentence(census: Pick<UCurveCensus, "hindsight">, f: Formatter): string {
  const row = census.hindsight;
  if (!row) {
    return inLang(f.lang, {
      en: () => "The hindsight-neglect accuracy curve is not in these data.",
    });
  }
  const points = row.curve.points, last = points.at(-1)!;
  return inLang(f.lang, {
    en: () =>
      `On the real hindsight-neglect task, ${row.family} accuracy goes ${
        points.map((p) => `${f.number(p.score)} (${f.params(p.scale)})`).join(" → ")
      } against a chance level of ${f.number(row.curve.chance ?? 0.5)}: the classifier calls it **${
        shapeLabel(f, row.shape)
      }** (${row.reason}). Our data stop at ${f.params(last.scale)} parameters; ` +
      `Wei et al. 2022 report that the largest PaLM model recovers on this task — ${
        row.shape === "u_shaped"
          ? "and these data already show the turn."
          : "the right half of the U that these models are too small to show."
      }`,
  });
}

/**
 * What the declines mean for research: how many decline, how many already turn.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { uCurveCensus } from "./u_curves.ts";
 * import { researchSentence } from "./u_curves_text.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "hindsight_neglect_10shot", family: "OPT", metric: "accuracy", setting: "few-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) }]);
 * assert.match(researchSentence(census, formatter("en")), /^Of the 1 curve here, 1 declines by more than its noise at some point; 1 of those already turns back up/);
 * ```
 */
export function researchSentence(census: UCurveCensus, f: Formatter): string {
  const n = census.classified.length, down = census.declining.length;
  const turned = census.turned.map((r) => `${r.task} on ${r.family}, ${r.setting ?? ""}`);
  return inLang(f.lang, {
    en: () => {
      const turn = down === 0
        ? ""
        : turned.length === 0
        ? "; none of those turns back up within the sizes we have"
        : `; ${f.number(turned.length)} of those already ${
          verb(turned.length, "turns", "turn")
        } back up within the sizes we have (${turned.join("; ")})`;
      return `Of the ${countOf(f, n, "curve", "curves")} here, ${
        down === 0 ? "none declines" : `${f.number(down)} ${verb(down, "declines", "decline")}`
      } by more than ${verb(down, "its", "their")} noise at some point${turn}. ` +
        "A downward trend measured on small models is evidence about small models: it says the " +
        "distractor is learned before the task, not that the task can never be learned. " +
        "Extrapolating it to larger models is exactly the mistake a broken scaling law warns " +
        "against — the break may simply lie beyond the largest model measured. The honest " +
        "statement is the one the classifier makes: *inverse within the data*, with the range of " +
        "scales named.";
    },
  });
}

/** Whether the fit predicts the held-out points, as a verb phrase with the count. */
function predicts(result: BnslExtrapolation, f: Formatter): string {
  const held = countOf(f, result.targets.length, "held-out point", "held-out points");
  return result.maxRelativeError <= BNSL_PREDICTS_WITHIN
    ? `predicts the ${held}`
    : `misses the ${held}`;
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
  });
}

/**
 * The chapter's key finding for the index page.
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
 * assert.match(text, /1 only declines within the data and 0 decline and then turn back up/);
 * assert.match(text, /misses the 1 held-out point by up to 0\.200 nats/);
 * ```
 */
export function uCurveSummary(
  census: UCurveCensus,
  bnsl: BnslExtrapolation,
  f: Formatter,
): string {
  const inverse = census.inverse.length, turned = census.turned.length;
  const pilotTurns = census.turned.filter((r) => census.pilot.includes(r)).length;
  return inLang(f.lang, {
    en: () => {
      const all = (kind: string) =>
        turned === 1
          ? ` (a ${kind} series)`
          : turned === 2
          ? ` (both ${kind} series)`
          : ` (all ${f.number(turned)} ${kind} series)`;
      const which = turned === 0
        ? ""
        : pilotTurns === turned
        ? all("pilot")
        : pilotTurns === 0
        ? all("prize-task")
        : ` (${f.number(pilotTurns)} of them pilot series)`;
      return `**U-curves:** of ${
        countOf(f, census.classified.length, "curve", "curves")
      } in the Inverse Scaling Prize data (${
        f.number(census.prize.length)
      } on prize tasks with OPT, ${f.number(census.pilot.length)} from the organisers' pilot ` +
        `runs on GPT-2 and GPT-3), ${f.number(inverse)} only ${
          verb(inverse, "declines", "decline")
        } within the data and ${f.number(turned)} ${verb(turned, "declines", "decline")} and ` +
        `then ${verb(turned, "turns", "turn")} back up${which}; a one-break broken scaling law ` +
        `fitted on ${countOf(f, bnsl.fitPoints.length, "point", "points")} ${predicts(bnsl, f)} ${
          bnsl.maxRelativeError <= BNSL_PREDICTS_WITHIN ? "to within" : "by up to"
        } ${f.fixed(bnsl.maxError, 3)} nats.`;
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
  const fall = census.declining.length > 0, turn = census.turned.length > 0;
  return inLang(f.lang, {
    en: () =>
      `Accuracy on inverse-scaling tasks: ${
        fall && turn
          ? "some fall, some turn around"
          : fall
          ? "some fall, none turns around"
          : "none falls by more than noise"
      }`,
  });
}
