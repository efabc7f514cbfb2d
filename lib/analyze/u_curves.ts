/**
 * The U-curve census of chapter 3: every inverse-scaling curve (McKenzie et al. 2023) with at
 * least three sizes classified by shape, the rows behind its small multiples and table, the
 * curves that decline or turn around (Wei et al. 2022, "Inverse scaling can become U-shaped"),
 * the hindsight-neglect curve, and the true-task-plus-distractor toy model's curves.
 * @module
 */
import type { Curve } from "../data/curves.ts";
import { type ClassifiedCurve, classifyAll } from "../classify/classify_all.ts";
import { type Shape, SHAPE_IDS } from "../classify/shapes.ts";
import { distractorCurve } from "../classify/u_curve_model.ts";
import { panelLabel, shortSetting } from "./_curve_labels.ts";
import { taskLabel } from "./_labels.ts";
import { type Formatter, formatter } from "../locale/format.ts";
import { thresholdStatement } from "./emergence_robustness_text.ts";

/** Fewest distinct sizes a curve needs to be classified here. */
export const U_CURVE_MIN_SIZES = 3;

/**
 * Source id of the Inverse Scaling Prize's own evaluations (prize tasks on OPT, Hugging Face
 * autoevaluation, Oct 2022); every other source in data/inverse_scaling is the organisers' pilot
 * runs on GPT-2 and GPT-3 (data/inverse_scaling/PROVENANCE.md).
 */
export const PRIZE_SOURCE = "hf_autoeval_inverse_scaling_opt_2022-10";

/** One point of an accuracy panel of the small multiples. */
export interface UCurvePanelRow {
  /** Panel label: task · family · setting. */
  panel: string;
  /** Parameters. */
  params: number;
  /** Accuracy. */
  score: number;
  /** The curve's shape. */
  shape: Shape;
  /** Model name. */
  model: string | undefined;
  /** Metric name. */
  metric: string;
}

/** Result of {@linkcode uCurveCensus}. */
export interface UCurveCensus {
  /** Classified curves, sorted by shape then confidence (as {@linkcode classifyAll}). */
  classified: ClassifiedCurve[];
  /** Curves of each shape present, in the order of `SHAPE_IDS`. */
  counts: { shape: Shape; count: number }[];
  /** Points of every accuracy curve, in the data's order. */
  panels: UCurvePanelRow[];
  /** Chance level of each accuracy panel that has one. */
  chance: Record<string, number>;
  /**
   * `classified` with the setting shortened and the turn or threshold in words (a point with its
   * 95% interval inside the data, a bound at its edge), for the table.
   */
  table: (ClassifiedCurve & { setting: string; turnText: string })[];
  /** Curves neither flat nor smooth (their reasons are printed). */
  notable: ClassifiedCurve[];
  /** Curves that decline by more than noise somewhere: inverse or U-shaped. */
  declining: ClassifiedCurve[];
  /** Of those, the ones that turn back up within the data (U-shaped). */
  turned: ClassifiedCurve[];
  /** Curves that only decline within the data (inverse). */
  inverse: ClassifiedCurve[];
  /** Curves from prize tasks ({@linkcode PRIZE_SOURCE}). */
  prize: ClassifiedCurve[];
  /** Curves from the organisers' pilot runs. */
  pilot: ClassifiedCurve[];
  /** Shape counts of the prize-task curves, in the order of `SHAPE_IDS`. */
  prizeCounts: { shape: Shape; count: number }[];
  /** Shape counts of the pilot curves, in the order of `SHAPE_IDS`. */
  pilotCounts: { shape: Shape; count: number }[];
  /** The hindsight-neglect accuracy curve, when present. */
  hindsight: ClassifiedCurve | undefined;
  /** The hindsight-neglect classification-loss curve, when present. */
  hindsightLoss: ClassifiedCurve | undefined;
}

/**
 * Classifies every curve with at least {@linkcode U_CURVE_MIN_SIZES} points and gathers what chapter 3
 * shows and says about them; `f` (default English) writes the turns and thresholds of the table.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { uCurveCensus } from "./u_curves.ts";
 * const points = (scores: number[]) => scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([
 *   { task: "t", family: "F", metric: "accuracy", setting: "zero-shot", chance: 0.5, higherIsBetter: true, points: points([0.7, 0.6, 0.5, 0.6, 0.7]) },
 *   { task: "u", family: "F", metric: "accuracy", chance: 0.5, higherIsBetter: true, points: points([0.5, 0.6]) },
 * ]);
 * assert.deepEqual(census.counts, [{ shape: "u_shaped", count: 1 }]);
 * assert.equal(census.panels[0]?.panel, "t · F · 0-shot");
 * ```
 */
export function uCurveCensus(
  curves: readonly Curve[],
  f: Formatter = formatter("en"),
): UCurveCensus {
  const kept = curves.filter((curve) => curve.points.length >= U_CURVE_MIN_SIZES);
  const classified = classifyAll(kept);
  const byCurve = new Map(classified.map((row) => [row.curve, row]));
  const accuracy = kept.filter((curve) => curve.metric === "accuracy");
  const panels = accuracy.flatMap((curve) =>
    curve.points.map((p): UCurvePanelRow => ({
      panel: panelLabel(curve),
      params: p.scale,
      score: p.score,
      shape: byCurve.get(curve)!.shape,
      model: p.model,
      metric: curve.metric,
    }))
  );
  const chance = Object.fromEntries(
    accuracy.flatMap((c) => c.chance === undefined ? [] : [[panelLabel(c), c.chance]]),
  );
  const ofShape = (...shapes: Shape[]) => classified.filter((row) => shapes.includes(row.shape));
  const countsOf = (rows: ClassifiedCurve[]) =>
    SHAPE_IDS.map((shape) => ({ shape, count: rows.filter((r) => r.shape === shape).length }))
      .filter((entry) => entry.count > 0);
  const prize = classified.filter((row) => row.curve.source === PRIZE_SOURCE);
  const pilot = classified.filter((row) => row.curve.source !== PRIZE_SOURCE);
  const hindsightOf = (metric: string) =>
    classified.find((row) => row.task === "hindsight_neglect_10shot" && row.metric === metric);
  return {
    classified,
    counts: countsOf(classified),
    panels,
    chance,
    table: classified.map((row) => ({
      ...row,
      task: taskLabel(row.task),
      metric: row.metric.replace(/_/g, " "),
      setting: shortSetting(row.setting),
      turnText: row.threshold === undefined ? "—" : thresholdStatement(
        {
          estimate: row.threshold,
          ...(row.thresholdInterval ? { interval: row.thresholdInterval } : {}),
        },
        row.curve.points.map((p) => p.scale),
        f,
      ),
    })),
    notable: classified.filter((row) =>
      row.shape !== "flat" && row.shape !== "smooth" && row.shape !== "insufficient"
    ),
    declining: ofShape("inverse", "u_shaped"),
    turned: ofShape("u_shaped"),
    inverse: ofShape("inverse"),
    prize,
    pilot,
    prizeCounts: countsOf(prize),
    pilotCounts: countsOf(pilot),
    hindsight: hindsightOf("accuracy"),
    hindsightLoss: hindsightOf("classification_loss_mean"),
  };
}

/** The four settings of the toy model's midpoints (log10 scale) drawn in chapter 3. */
export const DISTRACTOR_SETTINGS = [
  { distractorMidpoint: 9, trueMidpoint: 10 },
  { distractorMidpoint: 9, trueMidpoint: 11 },
  { distractorMidpoint: 9, trueMidpoint: 12 },
  { distractorMidpoint: 10, trueMidpoint: 12 },
] as const;

/** One point of the toy model's small multiples. */
export interface DistractorRow {
  /** Panel label naming the two midpoints. */
  panel: string;
  /** Model scale. */
  params: number;
  /** Accuracy, distractor skill or true skill. */
  value: number;
  /** Which of the three. */
  curve: "accuracy" | "distractor skill" | "true skill";
}

/**
 * The toy model's curves (lib/classify/u_curve_model.ts: steepness 2.5 per decade, chance 0.5,
 * 57 points from 10⁷ to 10¹⁴) for each of {@linkcode DISTRACTOR_SETTINGS}, and each panel's
 * chance level.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorIllustration } from "./u_curves.ts";
 * const toy = distractorIllustration();
 * assert.equal(toy.rows.length, 4 * 57 * 3);
 * assert.equal(toy.chance["distractor 1e9, skill 1e10"], 0.5);
 * ```
 */
export function distractorIllustration(): {
  rows: DistractorRow[];
  chance: Record<string, number>;
} {
  const chance = 0.5;
  const name = (s: { distractorMidpoint: number; trueMidpoint: number }) =>
    `distractor 1e${s.distractorMidpoint}, skill 1e${s.trueMidpoint}`;
  const rows = DISTRACTOR_SETTINGS.flatMap((s) =>
    distractorCurve({ ...s, steepness: 2.5, chance }, 7, 14, 57).flatMap((p): DistractorRow[] => [
      { panel: name(s), params: p.scale, value: p.accuracy, curve: "accuracy" },
      { panel: name(s), params: p.scale, value: p.distractor, curve: "distractor skill" },
      { panel: name(s), params: p.scale, value: p.skill, curve: "true skill" },
    ])
  );
  return { rows, chance: Object.fromEntries(DISTRACTOR_SETTINGS.map((s) => [name(s), chance])) };
}
