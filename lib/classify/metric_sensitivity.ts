/**
 * Metric sensitivity (Schaeffer, Miranda & Koyejo 2023, "Are Emergent Abilities of Large Language
 * Models a Mirage?", NeurIPS 2023, arXiv:2304.15004, §2): a smooth per-token improvement looks like
 * a sharp jump under exact match (all L answer tokens right: p^L) and smooth again under a
 * continuous metric (token edit distance ≈ L·(1 − p)); and a check of whether a task's shape
 * changes with the metric.
 * @module
 */

import type { Curve } from "../data/curves.ts";
import type { ClassifyOptions, Shape } from "./types.ts";
import { shapeWords as label } from "./_reason.ts";
import { classifyCurve } from "./classify_curve.ts";
import { powerLaw } from "../stats/power_law.ts";
import { checkClassifyOptions, METRIC_SENSITIVITY_SPEC, MIRAGE_SPEC } from "./_options.ts";

/**
 * Exact-match accuracy from the per-token probability of the right token: p^L for an answer of L
 * tokens whose tokens are right independently (Schaeffer et al. 2023, Eq. 2).
 *
 * @throws {RangeError} when p is outside [0, 1] or L is not a positive integer.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exactMatchFromPerToken } from "./mod.ts";
 * assert.ok(Math.abs(exactMatchFromPerToken(0.9, 5) - 0.59049) < 1e-12);
 * ```
 */
export function exactMatchFromPerToken(perToken: number, answerLength: number): number {
  if (!(perToken >= 0 && perToken <= 1)) {
    throw new RangeError(
      `exactMatchFromPerToken: per-token probability must be in [0, 1], got ${perToken}`,
    );
  }
  if (!(Number.isInteger(answerLength) && answerLength >= 1)) {
    throw new RangeError(
      `exactMatchFromPerToken: answerLength must be a positive integer, got ${answerLength}`,
    );
  }
  return perToken ** answerLength;
}

/** One row of {@linkcode mirageCurves}. */
export interface MirageRow {
  /** Model scale N. */
  scale: number;
  /** Per-token cross-entropy L(N) = (N/c)^(−α). */
  perTokenLoss: number;
  /** p(N) = exp(−L(N)), the probability of the right token. */
  perTokenProbability: number;
  /** Exact match p^L: sharp, "emergent"-looking. */
  exactMatch: number;
  /** Expected token edit distance ≈ L·(1 − p): smooth (lower is better). */
  tokenEditDistance: number;
}

/**
 * The toy model of Schaeffer et al. 2023 (§2): per-token loss a power law in scale,
 * L(N) = (N/c)^(−α), p(N) = exp(−L(N)), then exact match p^L and token edit distance L(1 − p) at
 * each scale. The defaults (c = 2·10⁷, α = 0.35, L = 5) are illustrative, not fitted to any
 * model — label charts made from them as an illustration. Exact match p^L = exp(−L·(N/c)^(−α)) is
 * a Gumbel-type step in log N about 1/(α·ln 10) decades wide: it looks sudden when the scale range
 * spans several times that width, and gradual when zoomed in.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyCurve, mirageCurves } from "./mod.ts";
 * const scales = Array.from({ length: 15 }, (_, i) => 10 ** (6 + i * 0.5));
 * const rows = mirageCurves(scales, { answerLength: 10 });
 * const exact = classifyCurve(rows.map((r) => ({ scale: r.scale, score: r.exactMatch, n: 1000 })), { chance: 0 });
 * const edit = classifyCurve(rows.map((r) => ({ scale: r.scale, score: r.tokenEditDistance })), { higherIsBetter: false });
 * assert.equal(exact.shape, "emergent"); // p^L: flat at 0, then a sharp rise
 * assert.equal(edit.shape, "smooth"); // L·(1 − p): a steady decline of the distance
 * ```
 */
export function mirageCurves(
  scales: number[],
  options: { c?: number; alpha?: number; answerLength?: number } = {},
): MirageRow[] {
  checkClassifyOptions("mirageCurves", options, MIRAGE_SPEC);
  const c = options.c ?? 2e7, alpha = options.alpha ?? 0.35, L = options.answerLength ?? 5;
  return scales.map((scale) => {
    if (!(scale > 0)) throw new RangeError(`mirageCurves: scales must be > 0, got ${scale}`);
    const perTokenLoss = powerLaw({ E: 0, A: 1, alpha }, scale / c);
    const p = Math.exp(-perTokenLoss);
    return {
      scale,
      perTokenLoss,
      perTokenProbability: p,
      exactMatch: exactMatchFromPerToken(p, L),
      tokenEditDistance: L * (1 - p),
    };
  });
}

/**
 * Metrics that score an answer all-or-nothing (exact match, multiple-choice grade, accuracy): the
 * kind Schaeffer et al. 2023 found behind most claimed emergence. Everything else (log-likelihood,
 * loss, Brier score, edit distance, log-odds, probabilities) counts as continuous.
 */
export const DISCONTINUOUS_METRIC = /(exact|match|multiple_choice_grade|^acc|accuracy|grade)/i;

/** One row of {@linkcode metricSensitivity}: a (task, family, setting) seen through several metrics. */
export interface MetricSensitivityRow {
  /** Task name. */
  task: string;
  /** Model family. */
  family: string;
  /** Prompting setting, when any. */
  setting?: string;
  /** Shape and confidence under each metric. */
  shapes: { metric: string; shape: Shape; confidence: number }[];
  /** True when the metrics disagree about the shape. */
  changes: boolean;
  /**
   * True when the curve is emergent under an all-or-nothing metric (exact match, multiple-choice
   * grade, accuracy) but smooth under a continuous one — the pattern Schaeffer et al. 2023 explain
   * as an artefact of the metric.
   */
  possibleArtefact: boolean;
  /** A sentence for the report. */
  note: string;
}

/**
 * For every (task, family, setting) with two or more metrics in `curves`, classifies each metric's
 * curve and reports whether the shape changes with the metric — in particular whether an
 * "emergent" label under an all-or-nothing metric (exact match, multiple-choice grade, accuracy)
 * is smooth under a continuous one (log-likelihood, loss, Brier score, edit distance), which
 * Schaeffer et al. 2023 read as a sign that the emergence is an artefact of the metric. Rows are
 * sorted: possible artefacts first, then groups whose shape changes, then by task and family.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricSensitivity, mirageCurves } from "./mod.ts";
 * const rows = mirageCurves(Array.from({ length: 15 }, (_, i) => 10 ** (6 + i * 0.5)), { answerLength: 10 });
 * const base = { task: "toy", family: "toy", higherIsBetter: true };
 * const out = metricSensitivity([
 *   { ...base, metric: "exact_match", chance: 0, points: rows.map((r) => ({ scale: r.scale, score: r.exactMatch, n: 1000 })) },
 *   { ...base, metric: "token_edit_distance", higherIsBetter: false, points: rows.map((r) => ({ scale: r.scale, score: r.tokenEditDistance })) },
 * ]);
 * assert.ok(out[0]?.possibleArtefact);
 * console.log(out[0]?.note);
 * ```
 */
export function metricSensitivity(
  curves: Curve[],
  options: Omit<ClassifyOptions, "chance" | "higherIsBetter"> & {
    /** Which metrics are all-or-nothing; default: names matching {@linkcode DISCONTINUOUS_METRIC}. */
    discontinuous?: (metric: string) => boolean;
  } = {},
): MetricSensitivityRow[] {
  checkClassifyOptions("metricSensitivity", options, METRIC_SENSITIVITY_SPEC);
  const { discontinuous: isDiscontinuous, ...classify } = options;
  const groups = new Map<string, Curve[]>();
  for (const curve of curves) {
    const key = JSON.stringify([curve.task, curve.family, curve.setting ?? ""]);
    const list = groups.get(key) ?? [];
    list.push(curve);
    groups.set(key, list);
  }
  const rows: MetricSensitivityRow[] = [];
  for (const list of groups.values()) {
    if (new Set(list.map((c) => c.metric)).size < 2) continue;
    const shapes = list.map((curve) => {
      const r = classifyCurve(curve.points, {
        ...classify,
        higherIsBetter: curve.higherIsBetter,
        ...(curve.chance !== undefined ? { chance: curve.chance } : {}),
      });
      return { metric: curve.metric, shape: r.shape, confidence: r.confidence };
    }).sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
    const known = shapes.filter((s) => s.shape !== "insufficient");
    const changes = new Set(known.map((s) => s.shape)).size > 1;
    const discontinuous = isDiscontinuous ?? ((m: string) => DISCONTINUOUS_METRIC.test(m));
    const emergent = known.filter((s) => s.shape === "emergent" && discontinuous(s.metric))
      .map((s) => s.metric);
    const other = known.filter((s) => s.shape === "smooth" && !discontinuous(s.metric));
    const possibleArtefact = emergent.length > 0 && other.length > 0;
    const first = list[0]!;
    const listText = shapes.map((s) => `${s.metric}: ${label(s.shape)}`).join(", ");
    const note = possibleArtefact
      ? `${label("emergent")} under ${emergent.join(", ")} but ${
        other.map((s) => `${label(s.shape)} under ${s.metric}`).join(", ")
      }` +
        ` — the sharp rise may be an artefact of the metric (Schaeffer et al. 2023)`
      : changes
      ? `the shape depends on the metric (${listText})`
      : `same shape under every metric (${listText})`;
    const row: MetricSensitivityRow = {
      task: first.task,
      family: first.family,
      shapes,
      changes,
      possibleArtefact,
      note,
    };
    if (first.setting !== undefined) row.setting = first.setting;
    rows.push(row);
  }
  return rows.sort((a, b) =>
    Number(b.possibleArtefact) - Number(a.possibleArtefact) ||
    Number(b.changes) - Number(a.changes) ||
    (a.task < b.task
      ? -1
      : a.task > b.task
      ? 1
      : a.family < b.family
      ? -1
      : a.family > b.family
      ? 1
      : 0)
  );
}
