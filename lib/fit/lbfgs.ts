/**
 * L-BFGS minimisation with a strong-Wolfe line search.
 *
 * Method: limited-memory BFGS (Liu & Nocedal 1989, "On the limited memory BFGS method for
 * large scale optimization", Math. Programming 45) using the two-loop recursion and the
 * strong-Wolfe line search of Nocedal & Wright, *Numerical Optimization* (2006), Alg. 7.4/3.5.
 * It stops when the largest gradient component is below `gradientTolerance` (converged) or
 * after `maxIterations`; it never stops on a small relative change of the objective, which
 * would stall objectives that are tiny near the optimum (the Chinchilla Huber objective is ~1e-3).
 * @module
 */
import { LbfgsRun, type Objective, type StopReason } from "./_lbfgs_core.ts";
import { checkOptions, LBFGS_SPEC } from "./_options.ts";

export type { Objective, StopReason } from "./_lbfgs_core.ts";

/** Options of {@linkcode minimizeLbfgs}. */
export interface LbfgsOptions {
  /** Converged when max |∂f/∂xᵢ| ≤ this (default 1e-8). */
  gradientTolerance?: number;
  /** Maximum iterations (default 1000). */
  maxIterations?: number;
  /** Correction pairs kept (default 10). */
  memory?: number;
  /** Armijo constant (default 1e-4). */
  c1?: number;
  /** Curvature constant (default 0.9). */
  c2?: number;
  /**
   * Initial inverse-Hessian shape H₀: an n×n symmetric positive definite matrix, row-major
   * (default: the identity). A good one — e.g. the inverse Gauss–Newton matrix at a nearby
   * optimum — removes the poor scaling and correlation of the parameters, so refits from a
   * nearby start take a few iterations instead of dozens (Nocedal & Wright 2006, §7.2).
   */
  preconditioner?: ArrayLike<number>;
}

/** Result of {@linkcode minimizeLbfgs}. */
export interface LbfgsResult {
  /** Final point. */
  x: number[];
  /** f(x). */
  value: number;
  /** max |∂f/∂xᵢ| at x. */
  gradientNorm: number;
  /** Iterations taken. */
  iterations: number;
  /** Objective evaluations (each with its gradient). */
  evaluations: number;
  /** true only when the gradient norm reached the tolerance. */
  converged: boolean;
  /** Why it stopped: "gradient", "max_iterations", "line_search_failed" or "non_finite". */
  reason: StopReason;
}

/** Fill in defaults and validate the options. */
export function lbfgsSettings(options: LbfgsOptions = {}) {
  const s = {
    gradientTolerance: options.gradientTolerance ?? 1e-8,
    maxIterations: options.maxIterations ?? 1000,
    memory: options.memory ?? 10,
    c1: options.c1 ?? 1e-4,
    c2: options.c2 ?? 0.9,
    preconditioner: options.preconditioner === undefined
      ? undefined
      : Float64Array.from(options.preconditioner),
  };
  if (!(s.gradientTolerance >= 0)) {
    throw new RangeError(
      `minimizeLbfgs: gradientTolerance must be >= 0, got ${s.gradientTolerance}`,
    );
  }
  if (!(s.maxIterations >= 0) || !Number.isInteger(s.maxIterations)) {
    throw new RangeError(
      `minimizeLbfgs: maxIterations must be a non-negative integer, got ${s.maxIterations}`,
    );
  }
  if (!(s.memory >= 1) || !Number.isInteger(s.memory)) {
    throw new RangeError(`minimizeLbfgs: memory must be a positive integer, got ${s.memory}`);
  }
  const h0 = s.preconditioner;
  if (h0 && (!Number.isInteger(Math.sqrt(h0.length)) || !h0.every(Number.isFinite))) {
    throw new RangeError(
      `minimizeLbfgs: preconditioner must be n×n finite numbers (row-major), got ${h0.length} values`,
    );
  }
  if (!(0 < s.c1 && s.c1 < s.c2 && s.c2 < 1)) {
    throw new RangeError(`minimizeLbfgs: need 0 < c1 < c2 < 1, got c1=${s.c1}, c2=${s.c2}`);
  }
  return s;
}

/**
 * Minimise a smooth function with L-BFGS and a strong-Wolfe line search.
 *
 * @param objective returns f(x) and writes the analytic gradient into its second argument
 * @param x0 starting point (any finite numbers)
 * @param options tolerances and limits
 * @returns the final point with `converged` (gradient norm reached) and the stop `reason`
 * @throws {TypeError} when x0 is empty or holds a non-finite number, or for an unknown option
 * @throws {RangeError} for an option out of range (checked before any evaluation)
 *
 * @example Rosenbrock's function
 * ```ts
 * import assert from "node:assert/strict";
 * import { minimizeLbfgs } from "./lbfgs.ts";
 * const rosenbrock = (x: Float64Array, g: Float64Array) => {
 *   const [a, b] = [x[0]!, x[1]!];
 *   g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
 *   g[1] = 200 * (b - a * a);
 *   return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
 * };
 * const result = minimizeLbfgs(rosenbrock, [-1.2, 1]);
 * assert.ok(result.converged && Math.abs(result.x[0]! - 1) < 1e-6);
 * ```
 */
export function minimizeLbfgs(
  objective: Objective,
  x0: ArrayLike<number>,
  options: LbfgsOptions = {},
): LbfgsResult {
  checkOptions("minimizeLbfgs", options, LBFGS_SPEC);
  if (x0.length === 0) throw new TypeError("minimizeLbfgs: x0 is empty; pass at least one value");
  for (let i = 0; i < x0.length; i++) {
    if (!Number.isFinite(x0[i])) {
      throw new TypeError(`minimizeLbfgs: x0[${i}] is ${x0[i]}; every start value must be finite`);
    }
  }
  const run = new LbfgsRun(objective, x0, lbfgsSettings(options));
  run.advance(Infinity);
  return resultOf(run);
}

/** Snapshot of a run as a plain result. */
export function resultOf(run: LbfgsRun): LbfgsResult {
  return {
    x: Array.from(run.x),
    value: run.value,
    gradientNorm: run.gradientNorm,
    iterations: run.iterations,
    evaluations: run.evaluations,
    converged: run.converged,
    reason: run.reason,
  };
}
