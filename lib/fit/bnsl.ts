/**
 * Broken neural scaling law (BNSL).
 *
 * Method: Caballero, Gupta, Rish & Krueger 2022, "Broken Neural Scaling Laws" (arXiv:2210.14891,
 * ICLR 2023), eq. 1: y = a + b·x^(−c₀)·Π_{i=1..n} (1 + (x/dᵢ)^(1/fᵢ))^(−cᵢ·fᵢ). A smooth chain
 * of power-law segments: segment k has log-log slope −(c₀ + … + c_{k−1}); break i sits at dᵢ
 * with sharpness fᵢ (smaller = sharper). Fitted by least squares on log y (as the paper does
 * for its extrapolation experiments) with L-BFGS from a grid of break positions, sharpnesses
 * and slopes; a, b, dᵢ, fᵢ stay positive through log transforms.
 * @module
 */
import { diagnosticsOf, multiStart } from "./_multistart.ts";
import { checkPoints, finiteResult, type FitDiagnostics } from "./_validate.ts";
import { type LbfgsOptions, lbfgsSettings } from "./lbfgs.ts";
import { logistic } from "../stats/logistic.ts";
import { BNSL_SPEC, checkOptions } from "./_options.ts";

/** One break of a BNSL. */
export interface BnslBreak {
  /** Change of log-log slope after the break. */
  c: number;
  /** Where the break is (x units). */
  d: number;
  /** Sharpness (> 0, smaller = sharper). */
  f: number;
}

/** BNSL parameters. */
export interface BnslParams {
  /** Limit of y as x → ∞. */
  a: number;
  /** Scale of the first power-law segment. */
  b: number;
  /** Log-log slope (negated) of the first segment. */
  c0: number;
  /** The breaks, in increasing d. */
  breaks: BnslBreak[];
}

const softplus = (t: number) => (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));

/**
 * Evaluate a BNSL at x (> 0), computed in log space for stability.
 *
 * @example The published 4-digit-addition law at x = 800 (Caballero et al. 2022, Figure 4)
 * ```ts
 * import assert from "node:assert/strict";
 * import { bnsl } from "./bnsl.ts";
 * const law = { a: 0.41388453, b: 2.27727229, c0: 0.05507735,
 *   breaks: [{ c: 5.66290382, d: 612.58361729, f: 0.05919304 }] };
 * assert.ok(Math.abs(bnsl(800, law) - 0.7586) < 0.01);
 * ```
 */
export function bnsl(x: number, params: BnslParams): number {
  const lx = Math.log(x);
  let logTerm = Math.log(params.b) - params.c0 * lx;
  for (const { c, d, f } of params.breaks) logTerm -= c * f * softplus((lx - Math.log(d)) / f);
  return params.a + Math.exp(logTerm);
}

/** Options of {@linkcode fitBnsl}. */
export interface BnslOptions {
  /** Number of breaks (default 1). */
  breaks?: number;
  /** Per-point weights. */
  weights?: readonly number[];
  /** Explicit starts (parameter objects); default: a grid over break positions and shapes. */
  starts?: readonly BnslParams[];
  /** L-BFGS settings. */
  lbfgs?: LbfgsOptions;
}

/** Result of {@linkcode fitBnsl}. */
/** Fitted BNSL parameters with diagnostics. */
export interface BnslFit extends BnslParams, FitDiagnostics {}

/** Parameter vector: [log a, log b, c0, (c, log d, log f) per break]. */
function unpack(x: ArrayLike<number>, nb: number): BnslParams {
  const breaks: BnslBreak[] = [];
  for (let i = 0; i < nb; i++) {
    breaks.push({ c: x[3 + 3 * i]!, d: Math.exp(x[4 + 3 * i]!), f: Math.exp(x[5 + 3 * i]!) });
  }
  return { a: Math.exp(x[0]!), b: Math.exp(x[1]!), c0: x[2]!, breaks };
}

/**
 * Fit a BNSL with `breaks` breaks to positive points by least squares on log y.
 *
 * @example A one-break curve
 * ```ts
 * import assert from "node:assert/strict";
 * import { bnsl, fitBnsl } from "./bnsl.ts";
 * const law = { a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280].map((x) => ({ x, y: bnsl(x, law) }));
 * const fit = fitBnsl(points);
 * assert.ok(fit.objective < 1e-8 && Math.abs(bnsl(2560, fit) - bnsl(2560, law)) < 0.01);
 * ```
 */
export function fitBnsl(
  points: readonly { x: number; y: number; weight?: number }[],
  options: BnslOptions = {},
): BnslFit {
  checkOptions("fitBnsl", options, BNSL_SPEC);
  const nb = options.breaks ?? 1;
  const w = checkPoints(points, "fitBnsl", 3 + 3 * nb, options.weights, true);
  const n = points.length, dim = 3 + 3 * nb;
  const lx = Float64Array.from(points, (p) => Math.log(p.x));
  const ly = Float64Array.from(points, (p) => Math.log(p.y));
  const wsum = w.reduce((s, v) => s + v, 0) || 1;
  const sp = new Float64Array(nb), sg = new Float64Array(nb);
  const f = (x: Float64Array, g: Float64Array) => {
    g.fill(0);
    const a = Math.exp(x[0]!);
    let value = 0;
    for (let i = 0; i < n; i++) {
      let logTerm = x[1]! - x[2]! * lx[i]!;
      for (let j = 0; j < nb; j++) {
        const c = x[3 + 3 * j]!, fj = Math.exp(x[5 + 3 * j]!);
        const t = (lx[i]! - x[4 + 3 * j]!) / fj;
        sp[j] = softplus(t), sg[j] = logistic(t);
        logTerm -= c * fj * sp[j]!;
      }
      const term = Math.exp(logTerm), pred = a + term;
      const r = ly[i]! - Math.log(pred);
      value += 0.5 * w[i]! * r * r;
      const cpred = -w[i]! * r / pred; // d/d pred
      const ct = cpred * term; // d/d logTerm
      g[0] = g[0]! + cpred * a;
      g[1] = g[1]! + ct;
      g[2] = g[2]! - ct * lx[i]!;
      for (let j = 0; j < nb; j++) {
        const c = x[3 + 3 * j]!, fj = Math.exp(x[5 + 3 * j]!);
        const t = (lx[i]! - x[4 + 3 * j]!) / fj;
        g[3 + 3 * j] = g[3 + 3 * j]! - ct * fj * sp[j]!;
        g[4 + 3 * j] = g[4 + 3 * j]! + ct * c * sg[j]!; // d(−c f sp)/d log d = c·σ(t)
        // d(−c f sp(t))/d log f = −c f sp + c f σ(t)·t
        g[5 + 3 * j] = g[5 + 3 * j]! - ct * c * fj * (sp[j]! - sg[j]! * t);
      }
    }
    for (let k = 0; k < dim; k++) g[k] = g[k]! / wsum;
    return value / wsum;
  };
  const starts: number[][] = options.starts
    ? options.starts.map((s) => pack(s, nb))
    : defaultStarts(lx, ly, nb);
  const settings = lbfgsSettings({
    gradientTolerance: 1e-10,
    maxIterations: 5000,
    ...options.lbfgs,
  });
  const out = multiStart(f, starts, settings, { warmupIterations: 20, finishTop: 40 });
  const p = unpack(out.best.x, nb);
  const residuals = points.map((pt) => Math.log(pt.y) - Math.log(bnsl(pt.x, p)));
  return finiteResult({
    ...p,
    ...diagnosticsOf(out, residuals),
  }, "fitBnsl");
}

function pack(p: BnslParams, nb: number): number[] {
  if (p.breaks.length !== nb) {
    throw new RangeError(`fitBnsl: a start has ${p.breaks.length} breaks, expected ${nb}`);
  }
  const x = [Math.log(Math.max(p.a, 1e-12)), Math.log(p.b), p.c0];
  for (const b of p.breaks) x.push(b.c, Math.log(b.d), Math.log(b.f));
  return x;
}

/** Grid of starts: breaks spread over the x range, several sharpnesses and slope changes. */
function defaultStarts(lx: Float64Array, ly: Float64Array, nb: number): number[][] {
  const lo = Math.min(...lx), hi = Math.max(...lx);
  const minY = Math.exp(Math.min(...ly)), firstY = Math.exp(ly[lx.indexOf(lo)]!);
  const starts: number[][] = [];
  const positions = [0.15, 0.35, 0.5, 0.65, 0.85];
  const shapes = [0.05, 0.3, 1];
  const changes = [-0.5, 0.5, 2, 6];
  const combos = (k: number): number[][] =>
    k === 0
      ? [[]]
      : combos(k - 1).flatMap((rest) =>
        positions.flatMap((q) =>
          shapes.flatMap((s) => changes.map((c) => [c, lo + q * (hi - lo), Math.log(s), ...rest]))
        )
      );
  const breakSets = nb <= 1 ? combos(nb) : combos(nb).filter((_, i) => i % (4 ** (nb - 1)) === 0);
  for (const aFrac of [0.01, 0.5]) {
    for (const c0 of [0, 0.3]) {
      for (const bs of breakSets) {
        const a = Math.max(aFrac * minY, 1e-12);
        const b = Math.max(firstY - a, 1e-6) * Math.exp(c0 * lo);
        starts.push([Math.log(a), Math.log(b), c0, ...bs]);
      }
    }
  }
  return starts;
}
