/**
 * Three exemplar curves for chapter 2's lead chart: a jump, a steady climb and a flat line, on a
 * common scale (0 = chance, 1 = perfect).
 * @module
 */
import type { ClassifiedCurve } from "../classify/classify_all.ts";
import type { EmergenceCensus } from "./emergence.ts";
import { taskLabel } from "./_labels.ts";

/** Which exemplar: the shape and how it was chosen. */
export type ExemplarRole = "jump" | "climb" | "flat";

/** One chosen curve. */
export interface Exemplar {
  /** The role it plays in the chart. */
  role: ExemplarRole;
  /** The classified curve. */
  row: ClassifiedCurve;
  /** Its accuracy range, max − min of the raw scores (the selection criterion). */
  spread: number;
}

/** Result of {@linkcode censusExemplars}. */
export interface CensusExemplars {
  /** The exemplars found, in the order jump, climb, flat (a role is missing if no curve has its shape). */
  picks: Exemplar[];
  /** Chart rows: params, accuracy normalised to chance, and a "task (shape)" label. */
  rows: { params: number; normalized: number; curve: string }[];
}

/** The selection rule of each role: the shape it takes and whether the widest or narrowest spread wins. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { EXEMPLAR_RULES } from "./emergence_exemplars.ts";
 * assert.deepEqual(EXEMPLAR_RULES.map((r) => r.shape), ["emergent", "smooth", "flat"]);
 * ```
 */
export const EXEMPLAR_RULES: readonly { role: ExemplarRole; shape: string; widest: boolean }[] = [
  { role: "jump", shape: "emergent", widest: true },
  { role: "climb", shape: "smooth", widest: true },
  { role: "flat", shape: "flat", widest: false },
];

/** Accuracy range of a curve: max − min of its raw scores. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scoreSpread } from "./emergence_exemplars.ts";
 * const points = [0.3, 0.7, 0.5].map((score, i) => ({ scale: 10 ** (8 + i), score }));
 * assert.ok(Math.abs(scoreSpread({ curve: { points } } as never) - 0.4) < 1e-12);
 * ```
 */
export function scoreSpread(row: ClassifiedCurve): number {
  const scores = row.curve.points.map((p) => p.score);
  return Math.max(...scores) - Math.min(...scores);
}

/**
 * Picks the emergent and the smooth curve whose accuracy spans the widest range and the flat curve
 * whose accuracy spans the narrowest (ties: the first in census order, i.e. the more confident),
 * and normalises their scores to chance: (score − chance)/(1 − chance).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { censusExemplars } from "./emergence_exemplars.ts";
 * import { emergenceCensus } from "./emergence.ts";
 * const curve = (task: string, scores: number[]) => ({
 *   task, family: "f", metric: "acc", chance: 0.25, higherIsBetter: true,
 *   points: scores.map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 })),
 * });
 * const census = emergenceCensus([
 *   curve("still", [0.25, 0.26, 0.25, 0.25, 0.24, 0.25, 0.26, 0.25, 0.25]),
 * ]);
 * const { picks, rows } = censusExemplars(census);
 * assert.deepEqual(picks.map((p) => p.role), ["flat"]);
 * assert.equal(rows[0]?.normalized, 0);
 * ```
 */
export function censusExemplars(census: EmergenceCensus): CensusExemplars {
  const picks = EXEMPLAR_RULES.flatMap(({ role, shape, widest }): Exemplar[] => {
    const candidates = census.rows.filter((row) => row.shape === shape);
    let best: Exemplar | undefined;
    for (const row of candidates) {
      const spread = scoreSpread(row);
      if (!best || (widest ? spread > best.spread : spread < best.spread)) {
        best = { role, row, spread };
      }
    }
    return best ? [best] : [];
  });
  const rows = picks.flatMap(({ row }) => {
    const chance = row.curve.chance ?? 0;
    return row.curve.points.map((p) => ({
      params: p.scale,
      normalized: (p.score - chance) / (1 - chance),
      curve: `${taskLabel(row.task)} (${row.shape})`,
    }));
  });
  return { picks, rows };
}
