/**
 * Curves: a task's score against model scale for one model family and metric — the unit that the
 * classifier, the fits and the charts work on.
 * @module
 */

/** One measurement on a curve. */
export interface CurvePoint {
  /** Model scale (parameters). */
  scale: number;
  /** The metric's value. */
  score: number;
  /** Number of evaluation examples, when known (gives the binomial standard error). */
  n?: number;
  /** Model name, when known. */
  model?: string;
}

/** A task's scores across model scales for one (task, family, metric, setting). */
export interface Curve {
  /** Task name. */
  task: string;
  /** Model family (e.g. "BIG-G T=0", "OPT"). */
  family: string;
  /** Metric name (e.g. "multiple_choice_grade"). */
  metric: string;
  /** Prompting setting when the source has several (e.g. "0-shot closed"). */
  setting?: string;
  /** Chance-level score (random baseline) when known. */
  chance?: number;
  /** True when larger scores are better (accuracy); false for loss, error, distance. */
  higherIsBetter: boolean;
  /** Source id of the rows. */
  source?: string;
  /** Points sorted by scale, ascending. */
  points: CurvePoint[];
}

/** Metric names whose larger values are worse. */
const _LOWER_IS_BETTER = /(loss|error|perplexity|^ppl$|nll|edit_distance|distance)/i;

/**
 * Whether a larger value of `metric` is better, judged from its name (loss, error, perplexity,
 * NLL and distances are lower-is-better; everything else higher-is-better).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { higherIsBetterFor } from "./curves.ts";
 * assert.ok(higherIsBetterFor("accuracy") && !higherIsBetterFor("classification_loss_mean"));
 * ```
 */
export function higherIsBetterFor(metric: string): boolean {
  return !_LOWER_IS_BETTER.test(metric);
}

/** A curve key made of its identifying fields. */
export function curveKey(curve: Pick<Curve, "task" | "family" | "metric" | "setting">): string {
  return JSON.stringify([curve.task, curve.family, curve.metric, curve.setting ?? ""]);
}

/**
 * Groups scored rows into curves keyed by (task, family, metric, setting), each sorted by scale;
 * curves are returned sorted by task, family, metric and setting. Rows of the same curve at the
 * same scale (e.g. several seeds on the same examples) are averaged, and so are their example
 * counts (seeds re-use the examples, so they do not shrink the sampling error).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { groupCurves } from "./curves.ts";
 * const curves = groupCurves([
 *   { task: "t", family: "f", metric: "acc", scale: 2e9, score: 0.6, higherIsBetter: true },
 *   { task: "t", family: "f", metric: "acc", scale: 1e9, score: 0.5, higherIsBetter: true },
 * ]);
 * assert.ok(curves.length === 1 && curves[0]?.points[0]?.scale === 1e9);
 * ```
 */
export function groupCurves(
  rows: Iterable<Omit<Curve, "points"> & CurvePoint>,
): Curve[] {
  const byKey = new Map<string, { curve: Curve; sums: Map<number, _Sum> }>();
  for (const row of rows) {
    const key = curveKey(row);
    let entry = byKey.get(key);
    if (entry === undefined) {
      const { scale: _s, score: _v, n: _n, model: _m, ...identity } = row;
      entry = { curve: { ...identity, points: [] }, sums: new Map() };
      byKey.set(key, entry);
    }
    const sum = entry.sums.get(row.scale) ??
      { total: 0, count: 0, n: 0, nKnown: true, model: row.model };
    sum.total += row.score;
    sum.count += 1;
    if (row.n === undefined) sum.nKnown = false;
    else sum.n += row.n;
    entry.sums.set(row.scale, sum);
  }
  const curves = [...byKey.values()].map(({ curve, sums }) => {
    curve.points = [...sums.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([scale, s]) => {
        const point: CurvePoint = { scale, score: s.total / s.count };
        if (s.nKnown) point.n = Math.round(s.n / s.count);
        if (s.model !== undefined) point.model = s.model;
        return point;
      });
    return curve;
  });
  return curves.sort((
    a,
    b,
  ) => (curveKey(a) < curveKey(b) ? -1 : curveKey(a) > curveKey(b) ? 1 : 0));
}

interface _Sum {
  total: number;
  count: number;
  n: number;
  nKnown: boolean;
  model?: string;
}

/**
 * Merges the curves of several model families into one curve per (task, metric, setting), as Lu
 * et al. 2024 do when each family has only two or three sizes. Points from different families at
 * the same scale are averaged (see {@link groupCurves}). The result mixes families — different
 * training data and recipes — so label it as such wherever it is shown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { poolFamilies } from "./curves.ts";
 * const base = { task: "t", metric: "acc", higherIsBetter: true };
 * const pooled = poolFamilies([
 *   { ...base, family: "A", points: [{ scale: 1e8, score: 0.2 }, { scale: 1e9, score: 0.3 }] },
 *   { ...base, family: "B", points: [{ scale: 7e9, score: 0.5 }] },
 * ], "A + B");
 * assert.equal(pooled.length, 1);
 * assert.deepEqual(pooled[0]?.points.map((p) => p.scale), [1e8, 1e9, 7e9]);
 * ```
 */
export function poolFamilies(curves: readonly Curve[], family: string): Curve[] {
  return groupCurves(curves.flatMap((curve) => {
    const { points, family: _family, ...identity } = curve;
    return points.map((point) => ({ ...identity, family, ...point }));
  }));
}
