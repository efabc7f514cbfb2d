/**
 * Worker-safe core of the Chinchilla Approach 3 fits: plain data in, plain data out, so the same
 * code runs inline or inside a Web Worker and gives identical results.
 * @module
 */
import { huberLogNormalizer } from "./_huber.ts";
import { huberNllObjective, huberObjective, type LogData } from "./_chinchilla_objective.ts";
import { multiStart, type MultiStartOutcome, type MultiStartPlan } from "./_multistart.ts";
import { type LbfgsOptions, type LbfgsResult, lbfgsSettings, minimizeLbfgs } from "./lbfgs.ts";

/** Default L-BFGS settings for the Huber objective (gradient of order 1e-3·n far away). */
export const HUBER_LBFGS: LbfgsOptions = { gradientTolerance: 1e-8, maxIterations: 2000 };

/** One chunk of a multi-start Huber search. */
export interface GridTask {
  kind: "grid";
  data: LogData;
  delta: number;
  starts: number[][];
  plan: MultiStartPlan;
  lbfgs: LbfgsOptions;
}

/** Several resample fits (weights = multiplicities over the base data). */
export interface ResampleTask {
  kind: "resample";
  data: LogData;
  delta: number;
  /** Row-major resample weights, `data.logN.length` per resample. */
  weights: Float64Array;
  starts: number[][];
  lbfgs: LbfgsOptions;
  estimator: "huber" | "mle";
  /**
   * A preconditioned Huber refit tried first; when it converges (or stalls at the rounding
   * floor) it is the answer and the starts are skipped (see `bootstrapChinchilla`).
   */
  quick?: { x0: number[]; lbfgs: LbfgsOptions };
}

/** Result of one resample fit. */
export interface ResampleFit {
  x: number[];
  value: number;
  converged: boolean;
  startsConverged: number;
}

/** Run a grid chunk. */
export function runGridTask(task: GridTask): MultiStartOutcome {
  const f = huberObjective(task.data, task.delta);
  return multiStart(f, task.starts, lbfgsSettings(task.lbfgs), task.plan);
}

/** Restrict `data` to one resample's weights (dropping zero-weight points). */
export function reweight(data: LogData, weights: ArrayLike<number>, offset = 0): LogData {
  const n = data.logN.length;
  let kept = 0;
  for (let i = 0; i < n; i++) if (weights[offset + i]! > 0) kept++;
  const out: LogData = {
    logN: new Float64Array(kept),
    logD: new Float64Array(kept),
    logL: new Float64Array(kept),
    weight: new Float64Array(kept),
  };
  let j = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[offset + i]!;
    if (!(w > 0)) continue;
    out.logN[j] = data.logN[i]!;
    out.logD[j] = data.logD[i]!;
    out.logL[j] = data.logL[i]!;
    out.weight[j] = w * data.weight[i]!;
    j++;
  }
  return out;
}

/** Minimise from each start; best converged wins (ties → earlier start). */
export function fitFromStarts(
  data: LogData,
  delta: number,
  starts: readonly number[][],
  lbfgs: LbfgsOptions,
  estimator: "huber" | "mle",
): ResampleFit {
  let best: LbfgsResult | undefined;
  let bestAny: LbfgsResult | undefined;
  let startsConverged = 0;
  for (const x0 of starts) {
    const r = estimator === "mle"
      ? fitMle(data, delta, x0, lbfgs)
      : minimizeLbfgs(huberObjective(data, delta), x0, lbfgs);
    if (!bestAny || r.value < bestAny.value) bestAny = r;
    if (!r.converged) continue;
    startsConverged++;
    if (!best || r.value < best.value) best = r;
  }
  const chosen = best ?? bestAny!;
  return { x: chosen.x, value: chosen.value, converged: !!best, startsConverged };
}

/** Run a resample chunk. */
export function runResampleTask(task: ResampleTask): ResampleFit[] {
  const n = task.data.logN.length;
  const count = task.weights.length / n;
  const out: ResampleFit[] = [];
  for (let k = 0; k < count; k++) {
    const d = reweight(task.data, task.weights, k * n);
    if (task.quick && task.estimator === "huber") {
      const r = minimizeLbfgs(huberObjective(d, task.delta), task.quick.x0, task.quick.lbfgs);
      // A line search that fails within 10× the gradient tolerance has reached the objective's
      // rounding floor (its changes there are ~1e-19 on values ~1e-3): a converged refit, as in
      // fitMle. Restarting from such a point never gets further (0 of 260 resamples).
      const tolerance = task.quick.lbfgs.gradientTolerance ?? 1e-8;
      if (
        r.converged || (r.reason === "line_search_failed" && r.gradientNorm <= 10 * tolerance)
      ) {
        out.push({ x: r.x, value: r.value, converged: true, startsConverged: 1 });
        continue;
      }
    }
    out.push(fitFromStarts(d, task.delta, task.starts, task.lbfgs, task.estimator));
  }
  return out;
}

/** Σ w·|r| / Σ w at p = [a, b, e, α, β]: the mean absolute log-residual. */
function meanAbsResidual(data: LogData, p: ArrayLike<number>): number {
  let s = 0, w = 0;
  for (let i = 0; i < data.logN.length; i++) {
    const u1 = p[0]! - p[3]! * data.logN[i]!, u2 = p[1]! - p[4]! * data.logD[i]!;
    const m = Math.max(u1, u2, p[2]!);
    const pred = m + Math.log(Math.exp(u1 - m) + Math.exp(u2 - m) + Math.exp(p[2]! - m));
    s += data.weight[i]! * Math.abs(data.logL[i]! - pred);
    w += data.weight[i]!;
  }
  return s / w;
}

/** argmin over log σ of the NLL with the location parameters fixed (1-D Newton on log σ). */
function profileLogSigma(data: LogData, delta: number, p: ArrayLike<number>, logZ: number): number {
  const f = huberNllObjective(data, delta, logZ);
  const x = Float64Array.from([
    ...Array.from(p).slice(0, 5),
    Math.log(delta * meanAbsResidual(data, p) + 1e-300),
  ]);
  const g = new Float64Array(6);
  // The NLL is convex in log σ; bisection on its derivative between generous brackets.
  let lo = x[5]! - 5, hi = x[5]! + 5;
  for (let k = 0; k < 200 && hi - lo > 1e-13; k++) {
    x[5] = 0.5 * (lo + hi);
    f(x, g);
    if (g[5]! > 0) hi = x[5]!;
    else lo = x[5]!;
  }
  return 0.5 * (lo + hi);
}

/** Outcome of {@linkcode fitMle}. */
export interface MleResult extends LbfgsResult {
  /** Fitted log σ (also x[5]). */
  logSigma: number;
}

/**
 * Maximum-likelihood fit with a Huber error density and free scale σ (Besiroglu et al. 2024),
 * from a Huber-loss solution x0 = [a, b, e, α, β].
 *
 * With the location parameters fixed, ρ_δ(r/σ) = ρ_{δσ}(r)/σ², so for fixed σ the likelihood is
 * a Huber fit with threshold δσ (≈ 5e-9 on the Chinchilla data: nearly least absolute
 * deviations). The fit alternates the two profiles — σ given the parameters (1-D, convex in
 * log σ) and the parameters given σ (L-BFGS, continued from δ down to δσ) — until σ is a fixed
 * point. Converged means the last Huber sub-fit met its gradient tolerance (relative to δσ) and
 * log σ moved less than 1e-9.
 */
export function fitMle(
  data: LogData,
  delta: number,
  x0: ArrayLike<number>,
  lbfgs: LbfgsOptions,
): MleResult {
  const logZ = huberLogNormalizer(delta);
  let x = Array.from(x0).slice(0, 5);
  let logSigma = profileLogSigma(data, delta, x, logZ);
  let d = delta;
  let sub: LbfgsResult | undefined;
  let iterations = 0, evaluations = 0, fixedPoint = false, subConverged = false;
  for (let round = 0; round < 50; round++) {
    const target = delta * Math.exp(logSigma);
    // Continue the Huber threshold down (or up) to δσ in steps of 10.
    while (d > target * 10) {
      d /= 10;
      const r = minimizeLbfgs(huberObjective(data, d), x, {
        ...lbfgs,
        gradientTolerance: 1e-4 * d,
      });
      iterations += r.iterations, evaluations += r.evaluations;
      if (Number.isFinite(r.value)) x = r.x;
    }
    d = target;
    sub = minimizeLbfgs(huberObjective(data, d), x, { ...lbfgs, gradientTolerance: 1e-4 * d });
    // Below ~1e-2·δσ the objective's changes reach its rounding error (values ~δσ·Σ|r|):
    // a failed line search there is a converged fit.
    subConverged = sub.converged ||
      (sub.reason === "line_search_failed" && sub.gradientNorm <= 1e-2 * d);
    iterations += sub.iterations, evaluations += sub.evaluations;
    if (Number.isFinite(sub.value)) x = sub.x;
    const next = profileLogSigma(data, delta, x, logZ);
    const moved = Math.abs(next - logSigma);
    logSigma = next;
    if (moved < 1e-9) {
      fixedPoint = true;
      break;
    }
  }
  const full = Float64Array.from([...x, logSigma]);
  const g = new Float64Array(6);
  const value = huberNllObjective(data, delta, logZ)(full, g);
  let gn = 0;
  for (const v of g) gn = Math.max(gn, Math.abs(v));
  const converged = fixedPoint && subConverged;
  return {
    x: Array.from(full),
    value,
    gradientNorm: gn,
    iterations,
    evaluations,
    converged,
    reason: converged
      ? "gradient"
      : !fixedPoint
      ? "max_iterations"
      : sub?.reason ?? "max_iterations",
    logSigma,
  };
}
