/**
 * Private: curves built row by row (the long-format reader streams a million rows through it
 * without keeping them), with what the own-data notes need: models sharing a size, and the
 * smallest, largest and first lower-is-better rows. Same curves as `groupCurves` (tested).
 */
import { type Curve, curveKey, type CurvePoint } from "./curves.ts";

/** What the builder reads of a row (a `R`). */
export interface BuilderRow {
  task: string;
  family: string;
  metric: string;
  model: string;
  params: number;
  score: number;
  higherIsBetter: boolean;
  n?: number;
  chance?: number;
  tokens?: number;
}

interface _Sum {
  total: number;
  count: number;
  n: number;
  nKnown: boolean;
  model: string;
  tokens?: number;
}

/** Accumulates rows into curves; see the module doc. */
export class CurveBuilder<R extends BuilderRow = BuilderRow> {
  #curves = new Map<string, { curve: Curve; sums: Map<number, _Sum> }>();
  #shared = new Map<string, { row: R; models: Set<string> }>();
  /** Rows added. */
  count = 0;
  smallest?: R;
  largest?: R;
  /** The first lower-is-better row. */
  loss?: R;

  /** Adds a row; returns true when it is (now) the smallest, largest or first loss row. */
  add(row: R): boolean {
    this.count++;
    const key = `${row.task}\u0000${row.family}\u0000${row.metric}`;
    let entry = this.#curves.get(key);
    if (entry === undefined) {
      const curve: Curve = {
        task: row.task,
        family: row.family,
        metric: row.metric,
        higherIsBetter: row.higherIsBetter,
        points: [],
      };
      if (row.chance !== undefined) curve.chance = row.chance;
      this.#curves.set(key, entry = { curve, sums: new Map() });
    }
    const sum = entry.sums.get(row.params);
    if (sum === undefined) {
      entry.sums.set(row.params, {
        total: row.score,
        count: 1,
        n: row.n ?? 0,
        nKnown: row.n !== undefined,
        model: row.model,
        ...(row.tokens !== undefined ? { tokens: row.tokens } : {}),
      });
    } else {
      sum.total += row.score;
      sum.count += 1;
      if (row.n === undefined) sum.nKnown = false;
      else sum.n += row.n;
      // Runs of one size on different token counts (a Chinchilla grid) are not a mistake.
      if (sum.model !== row.model && sum.tokens === row.tokens) {
        const at = `${key}\u0000${row.params}`;
        const shared = this.#shared.get(at) ?? { row, models: new Set([sum.model]) };
        shared.models.add(row.model);
        this.#shared.set(at, shared);
      }
    }
    let notable = false;
    if (!this.smallest || row.params < this.smallest.params) notable = !!(this.smallest = row);
    if (!this.largest || row.params > this.largest.params) notable = !!(this.largest = row);
    if (!this.loss && !row.higherIsBetter) notable = !!(this.loss = row);
    return notable;
  }

  /** The curves, points sorted by size, curves by (task, family, metric). */
  curves(): Curve[] {
    const curves = [...this.#curves.values()].map(({ curve, sums }) => {
      curve.points = [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([scale, s]) => {
        const point: CurvePoint = { scale, score: s.total / s.count };
        if (s.nKnown) point.n = Math.round(s.n / s.count);
        point.model = s.model;
        return point;
      });
      return curve;
    });
    const keys = new Map(curves.map((c) => [c, curveKey(c)]));
    return curves.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : 1));
  }

  /** Curves in which two or more models have one size. */
  sameSize(): { task: string; family: string; metric: string; params: number; models: string[] }[] {
    return [...this.#shared.values()].map((e) => ({
      task: e.row.task,
      family: e.row.family,
      metric: e.row.metric,
      params: e.row.params,
      models: [...e.models],
    }));
  }
}
