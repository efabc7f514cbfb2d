/**
 * The compute-optimal allocation of the own-data page: a Chinchilla law
 * L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, Approach 3) fitted to the loss rows with
 * training tokens, and the compute-optimal split of budgets C ≈ 6ND.
 * @module
 */
import type { LongFormatRow } from "../data/long_format.ts";
import { type ChinchillaFit, fitChinchilla } from "../fit/chinchilla.ts";
import { type ComputeOptimal, computeOptimal } from "../fit/compute_optimal.ts";

/** The fit needs this many distinct (parameters, tokens) pairs … */
export const MIN_PAIRS = 8;
/** … with this many distinct values of each. */
export const MIN_VALUES = 3;

/** Why no law was fitted. */
export type AllocationSkip =
  | { reason: "no-tokens" }
  | { reason: "no-loss" }
  | { reason: "no-loss-tokens" }
  | { reason: "too-few-runs"; pairs: number; params: number; tokens: number };

/** A fitted law and what it says. */
export interface AllocationFit {
  /** The fitted law. */
  law: ChinchillaFit;
  /** The runs fitted (one task and metric: the one with the most distinct pairs). */
  runs: LongFormatRow[];
  /** Task and metric of the runs. */
  task: string;
  /** Metric of the runs. */
  metric: string;
  /** Six log-spaced budgets from the smallest run's 6ND to 100 × the largest's. */
  budgets: number[];
  /** The compute-optimal allocation at each budget. */
  optimum: ComputeOptimal[];
  /** Largest |residual| of the fit, in log loss. */
  worstResidual: number;
  /** Training compute 6ND of the largest run. */
  largestRunFlops: number;
}

const distinct = (rows: readonly LongFormatRow[], pick: (r: LongFormatRow) => unknown) =>
  new Set(rows.map(pick)).size;
const pairOf = (r: LongFormatRow) => `${r.params},${r.tokens}`;

/** The loss rows with tokens of the (task, metric) with the most distinct (N, D) pairs. */
function lossRuns(rows: readonly LongFormatRow[]): LongFormatRow[] {
  const groups = new Map<string, LongFormatRow[]>();
  for (const row of rows) {
    if (row.higherIsBetter || row.tokens === undefined || !(row.score > 0)) continue;
    const k = JSON.stringify([row.task, row.metric]);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.values()].sort((a, b) => distinct(b, pairOf) - distinct(a, pairOf))[0] ?? [];
}

/** Fits the law when the rows allow, else says why not. */
export async function allocation(
  rows: readonly LongFormatRow[],
): Promise<AllocationFit | AllocationSkip> {
  if (!rows.some((r) => r.tokens !== undefined)) return { reason: "no-tokens" };
  if (!rows.some((r) => !r.higherIsBetter)) return { reason: "no-loss" };
  const runs = lossRuns(rows);
  if (runs.length === 0) return { reason: "no-loss-tokens" };
  const pairs = distinct(runs, pairOf);
  const params = distinct(runs, (r) => r.params), tokens = distinct(runs, (r) => r.tokens);
  if (pairs < MIN_PAIRS || params < MIN_VALUES || tokens < MIN_VALUES) {
    return { reason: "too-few-runs", pairs, params, tokens };
  }
  const law = await fitChinchilla(
    runs.map((r) => ({ params: r.params, tokens: r.tokens!, loss: r.score })),
  );
  const flops = runs.map((r) => 6 * r.params * r.tokens!);
  const lo = Math.min(...flops), largestRunFlops = Math.max(...flops), hi = largestRunFlops * 100;
  const budgets = Array.from(
    { length: 6 },
    (_, i) => 10 ** (Math.log10(lo) + (i * Math.log10(hi / lo)) / 5),
  );
  return {
    law,
    runs,
    task: runs[0]!.task,
    metric: runs[0]!.metric,
    budgets,
    optimum: budgets.map((c) => computeOptimal(law, c)),
    worstResidual: Math.max(...law.residuals.map(Math.abs)),
    largestRunFlops,
  };
}
