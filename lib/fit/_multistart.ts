/**
 * Multi-start minimisation with early pruning.
 *
 * Every start is advanced `warmupIterations` L-BFGS iterations; the starts are then ranked by
 * their current objective and only the best `finishTop` (plus any start that already stopped)
 * are run to convergence. With `finishTop = Infinity` this is the exhaustive search. The best
 * *converged* run wins; ties are broken by start index so the outcome is deterministic.
 * @module
 */
import { LbfgsRun, type LbfgsSettings, type Objective } from "./_lbfgs_core.ts";
import { type LbfgsResult, resultOf } from "./lbfgs.ts";
import type { FitDiagnostics } from "./_validate.ts";

/** How hard to search. */
export interface MultiStartPlan {
  /** Iterations every start gets before ranking (default 12). */
  warmupIterations: number;
  /** Starts finished after ranking (Infinity = all: the exhaustive search). */
  finishTop: number;
}

/** Outcome of a multi-start search. */
export interface MultiStartOutcome {
  /** Best converged run (or the best run when none converged). */
  best: LbfgsResult;
  /** Index of the start that produced `best`. */
  bestStart: number;
  /** Starts tried. */
  starts: number;
  /** Starts run to the end (converged or stopped). */
  finished: number;
  /** Starts that converged (gradient-norm criterion). */
  converged: number;
  /** Total L-BFGS iterations over all starts. */
  iterations: number;
  /** Total objective evaluations over all starts. */
  evaluations: number;
}

/** Run the plan over `starts` for objective `f`. */
export function multiStart(
  f: Objective,
  starts: readonly ArrayLike<number>[],
  settings: LbfgsSettings,
  plan: MultiStartPlan,
): MultiStartOutcome {
  const runs = starts.map((x0) => new LbfgsRun(f, x0, settings));
  const exhaustive = !Number.isFinite(plan.finishTop) || plan.finishTop >= runs.length;
  if (!exhaustive) { for (const r of runs) r.advance(plan.warmupIterations); }
  const order = runs.map((_, i) => i);
  if (!exhaustive) {
    order.sort((i, j) => rank(runs[i]!) - rank(runs[j]!) || i - j);
  }
  const limit = exhaustive ? runs.length : plan.finishTop;
  let finished = 0;
  for (let k = 0; k < order.length; k++) {
    const r = runs[order[k]!]!;
    if (k < limit) r.advance(Infinity);
    if (r.done) finished++;
  }
  let bestIndex = -1;
  let converged = 0, iterations = 0, evaluations = 0;
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    iterations += r.iterations;
    evaluations += r.evaluations;
    if (!r.converged) continue;
    converged++;
    if (bestIndex < 0 || r.value < runs[bestIndex]!.value) bestIndex = i;
  }
  if (bestIndex < 0) {
    // Nothing converged: report the lowest finite value, flagged as not converged.
    for (let i = 0; i < runs.length; i++) {
      const v = runs[i]!.value;
      if (Number.isFinite(v) && (bestIndex < 0 || v < runs[bestIndex]!.value)) bestIndex = i;
    }
    if (bestIndex < 0) bestIndex = 0;
  }
  return {
    best: resultOf(runs[bestIndex]!),
    bestStart: bestIndex,
    starts: runs.length,
    finished,
    converged,
    iterations,
    evaluations,
  };
}

function rank(r: LbfgsRun): number {
  return Number.isFinite(r.value) ? r.value : Infinity;
}

/** The diagnostics every multi-start fit reports (see FitDiagnostics), from its search outcome. */
export function diagnosticsOf(out: MultiStartOutcome, residuals: number[]): FitDiagnostics {
  return {
    objective: out.best.value,
    converged: out.best.converged,
    iterations: out.best.iterations,
    starts: out.starts,
    startsConverged: out.converged,
    gradientNorm: out.best.gradientNorm,
    residuals,
  };
}
