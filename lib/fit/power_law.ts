/**
 * Power law with an offset: y = E + A·x^(−α).
 *
 * Method: least squares on log residuals log y − log ŷ (default), or the Huber loss of those
 * residuals (robust; Huber 1964), or least squares on y itself, each with optional weights,
 * minimised by L-BFGS from a small grid of starts. Positivity is kept by transforms, not
 * clipping: A = eᵃ, E = eᵉ (or E fixed, e.g. at 0). With E = 0 and log least squares this is
 * the straight line log y = log A − α·log x of Kaplan et al. 2020 (arXiv:2001.08361, eq. 1.1-1.3).
 * @module
 */
import { diagnosticsOf, multiStart } from "./_multistart.ts";
import { checkPoints, finiteResult, type FitDiagnostics } from "./_validate.ts";
import { type LbfgsOptions, lbfgsSettings } from "./lbfgs.ts";
import { checkOptions, POWER_LAW_SPEC } from "./_options.ts";

/** Options of {@linkcode fitPowerLaw}. */
export interface PowerLawOptions {
  /** Fix E (e.g. 0 for a pure power law); free (E ≥ 0) when omitted. */
  E?: number;
  /** "log" (default): squares of log residuals; "huber": Huber of log residuals; "linear": squares of y − ŷ. */
  loss?: "log" | "huber" | "linear";
  /** Huber threshold on log residuals (default 1e-3). */
  delta?: number;
  /** Per-point weights (default: points[i].weight or 1). */
  weights?: readonly number[];
  /** L-BFGS settings. */
  lbfgs?: LbfgsOptions;
}

/** Result of {@linkcode fitPowerLaw}. */
export interface PowerLawFit extends FitDiagnostics {
  /** Offset (asymptote) E. */
  E: number;
  /** Coefficient A. */
  A: number;
  /** Exponent α. */
  alpha: number;
  /** Whether E was fixed. */
  fixedE: boolean;
}

/**
 * Fit y = E + A·x^(−α) to points (x > 0; y > 0 for the log losses).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitPowerLaw } from "./power_law.ts";
 * const points = [1, 2, 4, 8, 16, 32, 64].map((x) => ({ x, y: 1.5 + 3 * x ** -0.5 }));
 * const fit = fitPowerLaw(points);
 * assert.ok(fit.converged && Math.abs(fit.alpha - 0.5) < 1e-4 && Math.abs(fit.E - 1.5) < 1e-4);
 * const pure = fitPowerLaw(points.map(({ x }) => ({ x, y: 3 * x ** -0.5 })), { E: 0 });
 * assert.ok(Math.abs(pure.A - 3) < 1e-6);
 * ```
 */
export function fitPowerLaw(
  points: readonly { x: number; y: number; weight?: number }[],
  options: PowerLawOptions = {},
): PowerLawFit {
  checkOptions("fitPowerLaw", options, POWER_LAW_SPEC);
  const lossKind = options.loss ?? "log";
  const fixedE = options.E !== undefined;
  const w = checkPoints(
    points,
    "fitPowerLaw",
    fixedE ? 2 : 3,
    options.weights,
    lossKind !== "linear",
  );
  const delta = options.delta ?? 1e-3;
  const n = points.length;
  const lx = Float64Array.from(points, (p) => Math.log(p.x));
  const y = Float64Array.from(points, (p) => p.y);
  const ly = Float64Array.from(y, (v) => (v > 0 ? Math.log(v) : NaN));
  let scale = 0;
  for (const v of y) scale = Math.max(scale, Math.abs(v));
  scale ||= 1;
  const wsum = w.reduce((s, v) => s + v, 0) || 1;
  const fixedValue = options.E ?? 0;
  // Parameter vector: [a = log A, α, e = log E] (e omitted when E is fixed).
  const residual = (i: number, pred: number) =>
    lossKind === "linear" ? (y[i]! - pred) / scale : ly[i]! - Math.log(pred);
  const f = (x: Float64Array, g: Float64Array) => {
    const a = x[0]!, alpha = x[1]!, E = fixedE ? fixedValue : Math.exp(x[2]!);
    let value = 0, g0 = 0, g1 = 0, g2 = 0;
    for (let i = 0; i < n; i++) {
      const term = Math.exp(a - alpha * lx[i]!);
      const pred = E + term;
      const r = residual(i, pred);
      let rho: number, psi: number;
      if (lossKind === "huber" && Math.abs(r) > delta) {
        rho = delta * (Math.abs(r) - 0.5 * delta), psi = Math.sign(r) * delta;
      } else rho = 0.5 * r * r, psi = r;
      value += w[i]! * rho;
      // dr/dpred = −1/pred (log) or −1/scale (linear).
      const c = -w[i]! * psi / (lossKind === "linear" ? scale : pred);
      g0 += c * term, g1 -= c * term * lx[i]!, g2 += c * E;
    }
    g[0] = g0 / wsum, g[1] = g1 / wsum;
    if (!fixedE) g[2] = g2 / wsum;
    return value / wsum;
  };
  const minY = Math.min(...y);
  const starts: number[][] = [];
  for (const alpha of [0.1, 0.3, 0.7, 1.5]) {
    for (const frac of fixedE ? [0] : [0.01, 0.5, 0.9]) {
      const E = fixedE ? fixedValue : Math.max(frac * minY, 1e-12);
      // a from the weighted mean of log(y − E) + α·log x over points above E.
      let s = 0, c = 0;
      for (let i = 0; i < n; i++) {
        if (y[i]! > E) s += w[i]! * (Math.log(y[i]! - E) + alpha * lx[i]!), c += w[i]!;
      }
      const a = c > 0 ? s / c : Math.log(Math.abs(minY) + 1);
      starts.push(fixedE ? [a, alpha] : [a, alpha, Math.log(E)]);
    }
  }
  const settings = lbfgsSettings({
    gradientTolerance: 1e-10,
    maxIterations: 3000,
    ...options.lbfgs,
  });
  const out = multiStart(f, starts, settings, { warmupIterations: 0, finishTop: Infinity });
  const x = out.best.x;
  const E = fixedE ? fixedValue : Math.exp(x[2]!);
  const A = Math.exp(x[0]!), alpha = x[1]!;
  const residuals = points.map((p) => {
    // A·x^(−α) as exp(a − α·log x), like the objective: no 0·∞ when A underflows.
    const pred = E + Math.exp(x[0]! - alpha * Math.log(p.x));
    return lossKind === "linear" ? p.y - pred : Math.log(p.y) - Math.log(pred);
  });
  return finiteResult({
    E,
    A,
    alpha,
    fixedE,
    ...diagnosticsOf(out, residuals),
  }, "fitPowerLaw");
}
