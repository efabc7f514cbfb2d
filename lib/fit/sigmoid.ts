/**
 * Sigmoid in log-scale: score = floor + (ceiling − floor)·σ(k·(log10 x − x₀)).
 *
 * Method: weighted least squares, minimised by L-BFGS from a grid of midpoints and slopes
 * (floor and ceiling started from a linear least-squares solve given each midpoint and slope).
 * The slope is kept inside (0, maxSlope) and the midpoint inside the observed log10 range
 * widened by `margin` decades through logistic transforms, not clipping, so a curve without a
 * transition cannot send the fit to infinity. The floor can be fixed at chance. The midpoint
 * x₀ is the emergence scale (the sigmoid's inflection), as in the emergence analyses of
 * Wei et al. 2022 ("Emergent Abilities of Large Language Models", arXiv:2206.07682) and the
 * sigmoid fits of Ganguli et al. 2022 / BIG-bench (Srivastava et al. 2022, arXiv:2206.04615).
 * @module
 */
import { diagnosticsOf, multiStart } from "./_multistart.ts";
import { checkPoints, finiteResult, type FitDiagnostics } from "./_validate.ts";
import { type LbfgsOptions, lbfgsSettings } from "./lbfgs.ts";
import { logistic, logisticCurve, logit } from "../stats/logistic.ts";
import { checkOptions, SIGMOID_SPEC } from "./_options.ts";

/** Options of {@linkcode fitSigmoid}. */
export interface SigmoidOptions {
  /** Fix the floor (e.g. at chance); free when omitted. */
  floor?: number;
  /** Fix the ceiling (e.g. 1 for accuracy); free when omitted. */
  ceiling?: number;
  /** Per-point weights (default points[i].weight or 1), e.g. 1/SE². */
  weights?: readonly number[];
  /** Largest slope k allowed, per decade (default 30). */
  maxSlope?: number;
  /** Decades the midpoint may lie outside the data (default 1). */
  margin?: number;
  /** L-BFGS settings. */
  lbfgs?: LbfgsOptions;
}

/** Result of {@linkcode fitSigmoid}. */
export interface SigmoidFit extends FitDiagnostics {
  /** Score at small scale. */
  floor: number;
  /** Score at large scale. */
  ceiling: number;
  /** Slope per decade of x. */
  k: number;
  /** Midpoint in log10 x (the emergence scale). */
  x0: number;
  /** 10^x0: the midpoint in x units. */
  midpoint: number;
  /** Residual sum of squares (unweighted). */
  rss: number;
  /** Whether the floor / ceiling were fixed. */
  floorFixed: boolean;
  /** Whether the ceiling was fixed. */
  ceilingFixed: boolean;
  /** true when the midpoint or slope sits at its transform bound (no clear transition). */
  atBound: boolean;
}

/**
 * Fit a sigmoid in log10 x to 3+ points (4+ with a free floor and ceiling).
 *
 * @example Emergence at 10^9 parameters on a 4-way multiple-choice task
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitSigmoid } from "./sigmoid.ts";
 * const xs = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11];
 * const points = xs.map((x) => ({ x, y: 0.25 + 0.5 / (1 + Math.exp(-4 * (Math.log10(x) - 9))) }));
 * const fit = fitSigmoid(points, { floor: 0.25 });
 * assert.ok(fit.converged && Math.abs(fit.x0 - 9) < 1e-3 && Math.abs(fit.ceiling - 0.75) < 1e-3);
 * ```
 */
export function fitSigmoid(
  points: readonly { x: number; y: number; weight?: number }[],
  options: SigmoidOptions = {},
): SigmoidFit {
  checkOptions("fitSigmoid", options, SIGMOID_SPEC);
  const floorFixed = options.floor !== undefined, ceilingFixed = options.ceiling !== undefined;
  const free = (floorFixed ? 0 : 1) + (ceilingFixed ? 0 : 1);
  const w = checkPoints(points, "fitSigmoid", 2 + free, options.weights);
  const maxSlope = options.maxSlope ?? 30, margin = options.margin ?? 1;
  const n = points.length;
  const lx = Float64Array.from(points, (p) => Math.log10(p.x));
  const y = Float64Array.from(points, (p) => p.y);
  const lo = Math.min(...lx) - margin, span = Math.max(...lx) - Math.min(...lx) + 2 * margin;
  let scale = 0;
  for (const v of y) scale = Math.max(scale, Math.abs(v));
  scale ||= 1;
  const wsum = w.reduce((s, v) => s + v, 0) || 1;
  // Parameter vector: [θ_x0, θ_k, floor?, ceiling?] (floor/ceiling scaled by `scale`).
  const unpack = (x: ArrayLike<number>) => {
    const x0 = lo + span * logistic(x[0]!), k = maxSlope * logistic(x[1]!);
    let j = 2;
    const floor = floorFixed ? options.floor! : x[j++]! * scale;
    const ceiling = ceilingFixed ? options.ceiling! : x[j]! * scale;
    return { x0, k, floor, ceiling };
  };
  const f = (x: Float64Array, g: Float64Array) => {
    const { x0, k, floor, ceiling } = unpack(x);
    const s0 = logistic(x[0]!), s1 = logistic(x[1]!);
    let value = 0, g0 = 0, g1 = 0, gf = 0, gc = 0;
    for (let i = 0; i < n; i++) {
      const t = k * (lx[i]! - x0);
      const s = logistic(t);
      const r = (y[i]! - floor - (ceiling - floor) * s) / scale;
      value += 0.5 * w[i]! * r * r;
      const c = -w[i]! * r / scale; // d(0.5 w r²)/d(pred)
      const ds = (ceiling - floor) * s * (1 - s);
      g0 += c * ds * -k * span * s0 * (1 - s0);
      g1 += c * ds * (lx[i]! - x0) * maxSlope * s1 * (1 - s1);
      gf += c * (1 - s) * scale, gc += c * s * scale;
    }
    g[0] = g0 / wsum, g[1] = g1 / wsum;
    let j = 2;
    if (!floorFixed) g[j++] = gf / wsum;
    if (!ceilingFixed) g[j] = gc / wsum;
    return value / wsum;
  };
  const starts: number[][] = [];
  const sortedLx = [...lx].sort((a, b) => a - b);
  const mids = new Set<number>();
  for (const q of [0.2, 0.4, 0.6, 0.8]) mids.add(sortedLx[Math.floor(q * (n - 1))]!);
  for (let i = 0; i + 1 < n; i++) if (n <= 12) mids.add(0.5 * (sortedLx[i]! + sortedLx[i + 1]!));
  for (const x0 of mids) {
    for (const k of [1, 4, 15]) {
      const start = [logit(clamp01((x0 - lo) / span)), logit(clamp01(k / maxSlope))];
      const [fl, ce] = linearFloorCeiling(lx, y, w, x0, k, options.floor, options.ceiling);
      if (!floorFixed) start.push(fl / scale);
      if (!ceilingFixed) start.push(ce / scale);
      starts.push(start);
    }
  }
  const settings = lbfgsSettings({
    gradientTolerance: 1e-10,
    maxIterations: 2000,
    ...options.lbfgs,
  });
  const out = multiStart(f, starts, settings, { warmupIterations: 10, finishTop: 8 });
  const p = unpack(out.best.x);
  const curve = { floor: p.floor, height: p.ceiling - p.floor, midpoint: p.x0, slope: p.k };
  const residuals = points.map((pt) => pt.y - logisticCurve(curve, Math.log10(pt.x)));
  const tx = logistic(out.best.x[0]!), tk = logistic(out.best.x[1]!);
  return finiteResult({
    ...p,
    midpoint: 10 ** p.x0,
    rss: residuals.reduce((s, r) => s + r * r, 0),
    floorFixed,
    ceilingFixed,
    atBound: tx < 1e-6 || tx > 1 - 1e-6 || tk > 1 - 1e-6,
    ...diagnosticsOf(out, residuals),
  }, "fitSigmoid");
}

function clamp01(p: number): number {
  return Math.min(1 - 1e-6, Math.max(1e-6, p));
}

/** Weighted least-squares floor and ceiling for a fixed midpoint and slope. */
function linearFloorCeiling(
  lx: Float64Array,
  y: Float64Array,
  w: Float64Array,
  x0: number,
  k: number,
  floor?: number,
  ceiling?: number,
): [number, number] {
  // y ≈ floor·(1 − s) + ceiling·s: 2×2 normal equations (or 1×1 when one end is fixed).
  let a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
  for (let i = 0; i < lx.length; i++) {
    const s = logistic(k * (lx[i]! - x0)), u = 1 - s, wi = w[i]!;
    let yi = y[i]!;
    if (floor !== undefined) yi -= floor * u;
    if (ceiling !== undefined) yi -= ceiling * s;
    a11 += wi * u * u, a12 += wi * u * s, a22 += wi * s * s, b1 += wi * u * yi, b2 += wi * s * yi;
  }
  if (floor !== undefined && ceiling !== undefined) return [floor, ceiling];
  if (floor !== undefined) return [floor, a22 > 0 ? b2 / a22 : floor];
  if (ceiling !== undefined) return [a11 > 0 ? b1 / a11 : ceiling, ceiling];
  const det = a11 * a22 - a12 * a12;
  if (Math.abs(det) < 1e-12 * (a11 * a22 + 1e-300)) {
    const mean = (b1 + b2) / (a11 + 2 * a12 + a22 || 1);
    return [mean, mean];
  }
  return [(b1 * a22 - b2 * a12) / det, (a11 * b2 - a12 * b1) / det];
}
