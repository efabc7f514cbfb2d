/**
 * Strong-Wolfe line search (Nocedal & Wright, *Numerical Optimization*, 2nd ed., 2006,
 * Algorithms 3.5 and 3.6) with safeguarded cubic interpolation in the zoom phase.
 *
 * Used by the L-BFGS minimiser: finds a step t along a descent direction d with
 * sufficient decrease f(x + t·d) ≤ f(x) + c1·t·g·d and curvature |g(x + t·d)·d| ≤ c2·|g·d|.
 * @module
 */

/** One-dimensional restriction φ(t) = f(x + t·d); returns φ(t) and stores φ'(t) in `slope`. */
export interface LineFunction {
  /** Evaluate at step t; must set `slope` to φ'(t). */
  evaluate(t: number): number;
  /** φ'(t) from the last `evaluate` call. */
  slope: number;
}

/** Outcome of a line search. */
export interface LineSearchOutcome {
  /** Accepted step (0 when nothing was accepted). */
  step: number;
  /** φ(step). */
  value: number;
  /** true when both Wolfe conditions hold; false when only a decrease was found or none. */
  wolfe: boolean;
  /** Step whose evaluation was the last one made (the caller's buffers hold that point). */
  lastEvaluated: number;
}

/** Minimiser of the cubic through (t0, f0, d0), (t1, f1, d1); NaN when it has none. */
function cubicMin(t0: number, f0: number, d0: number, t1: number, f1: number, d1: number): number {
  const d1c = d0 + d1 - 3 * (f0 - f1) / (t0 - t1);
  const disc = d1c * d1c - d0 * d1;
  if (!(disc >= 0)) return NaN;
  const d2 = Math.sign(t1 - t0) * Math.sqrt(disc);
  return t1 - (t1 - t0) * (d1 + d2 - d1c) / (d1 - d0 + 2 * d2);
}

/**
 * Search for a strong-Wolfe step starting at `initial`.
 * @param phi the line function
 * @param f0 φ(0)
 * @param g0 φ'(0) (must be negative)
 */
export function strongWolfe(
  phi: LineFunction,
  f0: number,
  g0: number,
  initial: number,
  c1 = 1e-4,
  c2 = 0.9,
  maxEvaluations = 30,
): LineSearchOutcome {
  let tPrev = 0, fPrev = f0, gPrev = g0;
  let t = initial;
  let evals = 0;
  let last = 0;
  // Bracketing phase.
  while (evals < maxEvaluations) {
    const f = phi.evaluate(t);
    const g = phi.slope;
    evals++;
    last = t;
    if (!Number.isFinite(f) || !Number.isFinite(g)) {
      // Overflow: shrink towards the last good step.
      t = tPrev + (t - tPrev) * 0.1;
      if (t - tPrev < 1e-20) break;
      continue;
    }
    if (f > f0 + c1 * t * g0 || (evals > 1 && f >= fPrev)) {
      return zoom(phi, f0, g0, tPrev, fPrev, gPrev, t, f, g, c1, c2, maxEvaluations - evals, last);
    }
    if (Math.abs(g) <= -c2 * g0) return { step: t, value: f, wolfe: true, lastEvaluated: t };
    if (g >= 0) {
      return zoom(phi, f0, g0, t, f, g, tPrev, fPrev, gPrev, c1, c2, maxEvaluations - evals, last);
    }
    // Extrapolate: cubic step clamped to [1.1 t, 10 t].
    let next = cubicMin(tPrev, fPrev, gPrev, t, f, g);
    if (!(next > t * 1.1)) next = t * 2;
    if (next > t * 10) next = t * 10;
    tPrev = t, fPrev = f, gPrev = g;
    t = next;
  }
  return fPrev < f0
    ? { step: tPrev, value: fPrev, wolfe: false, lastEvaluated: last }
    : { step: 0, value: f0, wolfe: false, lastEvaluated: last };
}

function zoom(
  phi: LineFunction,
  f0: number,
  g0: number,
  tLo: number,
  fLo: number,
  gLo: number,
  tHi: number,
  fHi: number,
  gHi: number,
  c1: number,
  c2: number,
  budget: number,
  last: number,
): LineSearchOutcome {
  for (let i = 0; i < budget; i++) {
    const lo = Math.min(tLo, tHi), hi = Math.max(tLo, tHi);
    const width = hi - lo;
    if (width <= 1e-16 * Math.max(1, hi)) break;
    let t = cubicMin(tLo, fLo, gLo, tHi, fHi, gHi);
    if (!(t > lo + 0.1 * width && t < hi - 0.1 * width)) t = 0.5 * (tLo + tHi);
    const f = phi.evaluate(t);
    const g = phi.slope;
    last = t;
    if (!Number.isFinite(f) || f > f0 + c1 * t * g0 || f >= fLo) {
      tHi = t, fHi = Number.isFinite(f) ? f : Infinity, gHi = Number.isFinite(g) ? g : 0;
      if (!Number.isFinite(f)) fHi = Infinity;
    } else {
      if (Math.abs(g) <= -c2 * g0) return { step: t, value: f, wolfe: true, lastEvaluated: t };
      if (g * (tHi - tLo) >= 0) tHi = tLo, fHi = fLo, gHi = gLo;
      tLo = t, fLo = f, gLo = g;
    }
  }
  return tLo > 0 && fLo < f0
    ? { step: tLo, value: fLo, wolfe: false, lastEvaluated: last }
    : { step: 0, value: f0, wolfe: false, lastEvaluated: last };
}
