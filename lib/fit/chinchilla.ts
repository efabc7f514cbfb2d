/**
 * Chinchilla Approach 3: fit L(N, D) = E + A/N^α + B/D^β to training runs.
 *
 * Method: Hoffmann et al. 2022 ("Training Compute-Optimal Large Language Models",
 * arXiv:2203.15556, §3.3 and Appendix D.2) as replicated by Besiroglu et al. 2024
 * ("Chinchilla Scaling: A replication attempt", arXiv:2404.10102): the log-sum-exp form
 * log L̂ = LSE(a − α·log N, b − β·log D, e) with A = eᵃ, B = eᵇ, E = eᵉ, the Huber loss
 * (δ = 1e-3) of log L − log L̂ summed over runs, minimised by L-BFGS from each of the 4,500
 * starts of Hoffmann's grid; the best converged fit is kept. The maximum-likelihood variant
 * (Huber error density with a free scale σ) reproduces Besiroglu et al.'s reported estimates.
 * @module
 */
import { fitMle, type GridTask, HUBER_LBFGS } from "./_chinchilla_core.ts";
import type { LogData } from "./_chinchilla_objective.ts";
import { hoffmannGrid, logResiduals, prepareRuns, type RunLike } from "./_chinchilla_setup.ts";
import type { MultiStartOutcome } from "./_multistart.ts";
import { defaultWorkers, runTasks } from "./_pool.ts";
import type { LbfgsOptions } from "./lbfgs.ts";
import { checkOptions, CHINCHILLA_SPEC } from "./_options.ts";

export type { RunLike } from "./_chinchilla_setup.ts";
export { hoffmannGrid } from "./_chinchilla_setup.ts";

/** The parametric loss L(N, D) = E + A/N^α + B/D^β. */
export interface ChinchillaLaw {
  /** Irreducible loss. */
  E: number;
  /** Parameter-term coefficient. */
  A: number;
  /** Data-term coefficient. */
  B: number;
  /** Parameter exponent α. */
  alpha: number;
  /** Data exponent β. */
  beta: number;
}

/** Options of {@linkcode fitChinchilla}. */
export interface ChinchillaFitOptions {
  /** "huber" (default): summed Huber loss; "mle": Huber-density likelihood with free σ. */
  estimator?: "huber" | "mle";
  /** Huber threshold δ (default 1e-3, on log-loss residuals). */
  delta?: number;
  /** Start vectors [a, b, e, α, β] (default: Hoffmann's 4,500-point grid). */
  starts?: readonly number[][];
  /**
   * "pruned" (default): every start gets `warmupIterations` L-BFGS iterations, then only the
   * `finishTop` best are run to convergence; "exhaustive": every start runs to convergence.
   */
  search?: "pruned" | "exhaustive";
  /**
   * Iterations before ranking starts (default 3: on the real runs, 10 bootstrap resamples of them
   * and 10 synthetic sets with outliers, the pruned search equals the exhaustive one to 5e-15 in
   * objective — `bench/grid_pruning_study.ts`).
   */
  warmupIterations?: number;
  /** Starts finished after ranking (default 64). */
  finishTop?: number;
  /** Web Workers to use (default: cores, at most 4; 0 or 1 = main thread). */
  workers?: number;
  /** L-BFGS settings (default gradient tolerance 1e-8, 2,000 iterations). */
  lbfgs?: LbfgsOptions;
}

/** Result of {@linkcode fitChinchilla}. */
export interface ChinchillaFit extends ChinchillaLaw {
  /** Minimised objective: summed Huber loss, or the negative log-likelihood for "mle". */
  objective: number;
  /** Summed Huber loss (δ) at the fitted law, whatever the estimator. */
  huberObjective: number;
  /** true when the reported fit met the gradient-norm criterion. */
  converged: boolean;
  /** L-BFGS iterations of the reported fit. */
  iterations: number;
  /** Starts tried. */
  starts: number;
  /** Starts run to the end (all of them for the exhaustive search). */
  startsFinished: number;
  /** Starts that converged. */
  startsConverged: number;
  /** The start [a, b, e, α, β] that gave the reported fit. */
  bestStart: number[];
  /** Gradient norm at the fit. */
  gradientNorm: number;
  /** Fitted vector [a, b, e, α, β] (plus log σ for "mle"). */
  x: number[];
  /** Residuals log L − log L̂, in input order. */
  residuals: number[];
  /** Estimator used. */
  estimator: "huber" | "mle";
  /** Scale σ of the Huber error density ("mle" only). */
  sigma?: number;
}

/**
 * Predicted loss L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaLoss } from "./chinchilla.ts";
 * const hoffmann = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const loss = chinchillaLoss(hoffmann, 70e9, 1.4e12); // Chinchilla itself: ≈ 1.94
 * assert.ok(Math.abs(loss - 1.937) < 0.01);
 * ```
 */
export function chinchillaLoss(law: ChinchillaLaw, params: number, tokens: number): number {
  return law.E + law.A / params ** law.alpha + law.B / tokens ** law.beta;
}

function gridTasks(data: LogData, options: ChinchillaFitOptions, delta: number): GridTask[] {
  const starts = (options.starts ?? hoffmannGrid()).map((s) => [...s]);
  const exhaustive = options.search === "exhaustive";
  const chunks = 2; // fixed, so results do not depend on the number of workers
  const finishTop = options.finishTop ?? 64;
  const lbfgs = { ...HUBER_LBFGS, ...options.lbfgs };
  return Array.from({ length: Math.min(chunks, starts.length) }, (_, c) => ({
    kind: "grid" as const,
    data,
    delta,
    starts: starts.filter((_, i) => i % chunks === c),
    plan: {
      warmupIterations: options.warmupIterations ?? 3,
      finishTop: exhaustive ? Infinity : Math.ceil(finishTop / chunks),
    },
    lbfgs,
  }));
}

/** Combine chunk outcomes: best converged (ties → lower chunk), else best value. */
function combine(outcomes: MultiStartOutcome[], tasks: GridTask[]) {
  let best = -1;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!, b = outcomes[best];
    const better = !b || (o.best.converged && !b.best.converged) ||
      (o.best.converged === b.best.converged && o.best.value < b.best.value);
    if (better) best = i;
  }
  const o = outcomes[best]!;
  const sum = (k: "starts" | "finished" | "converged") => outcomes.reduce((s, x) => s + x[k], 0);
  return {
    best: o.best,
    bestStart: tasks[best]!.starts[o.bestStart]!,
    starts: sum("starts"),
    finished: sum("finished"),
    converged: sum("converged"),
  };
}

/**
 * Fit Chinchilla Approach 3 the way Besiroglu et al. 2024 did (see the module doc); with no
 * options this is their 4,500-start Huber fit. Runs on Web Workers when available (results are
 * identical inline), so it is async; see {@linkcode fitChinchillaSync} for a blocking variant.
 *
 * @param runs training runs { params, tokens, loss } (at least 5, all positive)
 * @param options estimator, starts, search strategy, workers, L-BFGS settings
 * @returns the law, objective, convergence diagnostics and residuals
 * @throws {TypeError} for non-positive or non-finite run fields, an unknown option key or an
 * option of the wrong type (all options are checked before any work)
 * @throws {RangeError} for fewer than 5 runs or an option value out of range (e.g. `search`)
 *
 * @example Recover a known law from synthetic runs
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaLoss, fitChinchilla } from "./chinchilla.ts";
 * const law = { E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37 };
 * const runs = [];
 * for (const params of [1e8, 3e8, 1e9, 3e9, 1e10]) {
 *   for (const tokens of [1e9, 1e10, 1e11]) {
 *     runs.push({ params, tokens, loss: chinchillaLoss(law, params, tokens) });
 *   }
 * }
 * const fit = await fitChinchilla(runs, { workers: 1, starts: [[6, 7, 0.5, 0.3, 0.3]] });
 * assert.ok(fit.converged && Math.abs(fit.alpha - 0.35) < 1e-3);
 * // Options are checked before any work: a misspelt value fails at once.
 * await assert.rejects(fitChinchilla(runs, { search: "exhaustve" as "exhaustive" }), {
 *   name: "RangeError",
 *   message: 'fitChinchilla: search must be "pruned" or "exhaustive", got "exhaustve"',
 * });
 * ```
 */
export async function fitChinchilla(
  runs: readonly RunLike[],
  options: ChinchillaFitOptions = {},
): Promise<ChinchillaFit> {
  checkOptions("fitChinchilla", options, CHINCHILLA_SPEC);
  const delta = options.delta ?? 1e-3;
  const data = prepareRuns(runs, "fitChinchilla");
  const tasks = gridTasks(data, options, delta);
  const outcomes = await runTasks<MultiStartOutcome>(tasks, options.workers ?? defaultWorkers());
  return finish(data, delta, options, combine(outcomes, tasks));
}

/**
 * Blocking {@linkcode fitChinchilla} on the main thread (same result, no workers).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaLoss, fitChinchillaSync } from "./chinchilla.ts";
 * const law = { E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37 };
 * const runs = [1e8, 1e9, 1e10].flatMap((params) =>
 *   [1e9, 1e10, 1e11].map((tokens) => ({ params, tokens, loss: chinchillaLoss(law, params, tokens) }))
 * );
 * const fit = fitChinchillaSync(runs, { starts: [[6, 7, 0.5, 0.3, 0.3]] });
 * assert.ok(Math.abs(fit.E - 1.8) < 1e-3);
 * ```
 */
export function fitChinchillaSync(
  runs: readonly RunLike[],
  options: ChinchillaFitOptions = {},
): ChinchillaFit {
  checkOptions("fitChinchillaSync", options, CHINCHILLA_SPEC);
  const delta = options.delta ?? 1e-3;
  const data = prepareRuns(runs, "fitChinchillaSync");
  const tasks = gridTasks(data, options, delta);
  const outcomes = tasks.map((t) => runGridTaskInline(t));
  return finish(data, delta, options, combine(outcomes, tasks));
}

import { runGridTask as runGridTaskInline } from "./_chinchilla_core.ts";

function finish(
  data: LogData,
  delta: number,
  options: ChinchillaFitOptions,
  grid: ReturnType<typeof combine>,
): ChinchillaFit {
  const estimator = options.estimator ?? "huber"; // checked up front
  let best = grid.best;
  let sigma: number | undefined;
  if (estimator === "mle") {
    const m = fitMle(data, delta, best.x, { ...HUBER_LBFGS, ...options.lbfgs });
    best = { ...m, iterations: best.iterations + m.iterations };
    sigma = Math.exp(m.logSigma);
  }
  const x = best.x;
  const residuals = logResiduals(data, x);
  let huber = 0;
  for (const r of residuals) {
    const a = Math.abs(r);
    huber += a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
  }
  return {
    E: Math.exp(x[2]!),
    A: Math.exp(x[0]!),
    B: Math.exp(x[1]!),
    alpha: x[3]!,
    beta: x[4]!,
    objective: best.value,
    huberObjective: huber,
    converged: best.converged,
    iterations: best.iterations,
    starts: grid.starts,
    startsFinished: grid.finished,
    startsConverged: grid.converged,
    bestStart: [...grid.bestStart],
    gradientNorm: best.gradientNorm,
    x: [...x],
    residuals,
    estimator,
    ...(sigma === undefined ? {} : { sigma }),
  };
}
