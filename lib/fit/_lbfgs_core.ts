/**
 * Resumable L-BFGS state (Nocedal 1980; Liu & Nocedal 1989; two-loop recursion from Nocedal &
 * Wright 2006, Algorithm 7.4) with a strong-Wolfe line search.
 *
 * Kept resumable so a multi-start search can advance thousands of starts a few iterations each
 * and finish only the promising ones (see `_grid_search.ts`).
 * @module
 */
import { type LineFunction, strongWolfe } from "./_line_search.ts";

/** Objective with analytic gradient: returns f(x) and writes ∇f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Why the minimiser stopped. */
export type StopReason =
  | "gradient"
  | "max_iterations"
  | "line_search_failed"
  | "non_finite"
  | "running";

/** Tunables of the L-BFGS run. */
export interface LbfgsSettings {
  /** Converged when max |∂f/∂xᵢ| ≤ gradientTolerance. */
  gradientTolerance: number;
  /** Hard cap on iterations. */
  maxIterations: number;
  /** Number of (s, y) correction pairs kept. */
  memory: number;
  /** Armijo constant of the line search. */
  c1: number;
  /** Curvature constant of the line search. */
  c2: number;
  /**
   * Initial inverse-Hessian shape H₀ (n×n, row-major, symmetric positive definite) used in
   * place of the identity, scaled by γ = sᵀy / yᵀH₀y as usual; undefined = identity.
   */
  preconditioner?: Float64Array;
}

/** Internal resumable L-BFGS run. */
export class LbfgsRun implements LineFunction {
  readonly n: number;
  x: Float64Array;
  g: Float64Array;
  value: number;
  gradientNorm: number;
  iterations = 0;
  evaluations = 0;
  reason: StopReason = "running";
  slope = 0;
  private xt: Float64Array;
  private gt: Float64Array;
  private d: Float64Array;
  private scratch: Float64Array;
  private hy: Float64Array;
  private s: Float64Array[];
  private y: Float64Array[];
  private rho: Float64Array;
  private alpha: Float64Array;
  private head = 0;
  private count = 0;

  constructor(private f: Objective, x0: ArrayLike<number>, readonly settings: LbfgsSettings) {
    const n = x0.length;
    if (settings.preconditioner && settings.preconditioner.length !== n * n) {
      throw new RangeError(
        `minimizeLbfgs: preconditioner has ${settings.preconditioner.length} values; ` +
          `${n} parameters need ${n * n}`,
      );
    }
    this.n = n;
    this.x = Float64Array.from(x0);
    this.g = new Float64Array(n);
    this.xt = new Float64Array(n);
    this.gt = new Float64Array(n);
    this.d = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.hy = new Float64Array(n);
    const m = settings.memory;
    this.s = Array.from({ length: m }, () => new Float64Array(n));
    this.y = Array.from({ length: m }, () => new Float64Array(n));
    this.rho = new Float64Array(m);
    this.alpha = new Float64Array(m);
    this.value = f(this.x, this.g);
    this.evaluations = 1;
    this.gradientNorm = infNorm(this.g);
    if (!Number.isFinite(this.value) || !Number.isFinite(this.gradientNorm)) {
      this.reason = "non_finite";
    } else if (this.gradientNorm <= settings.gradientTolerance) this.reason = "gradient";
  }

  /** true once stopped. */
  get done(): boolean {
    return this.reason !== "running";
  }

  /** true when stopped on the gradient norm. */
  get converged(): boolean {
    return this.reason === "gradient";
  }

  /** φ(t) = f(x + t·d) for the line search; leaves the point in xt/gt. */
  evaluate(t: number): number {
    const { n, x, xt, d, gt } = this;
    for (let i = 0; i < n; i++) xt[i] = x[i]! + t * d[i]!;
    const v = this.f(xt, gt);
    this.evaluations++;
    let slope = 0;
    for (let i = 0; i < n; i++) slope += gt[i]! * d[i]!;
    this.slope = slope;
    return v;
  }

  /** Two-loop recursion: d = −H·g. */
  private direction(): void {
    const { n, g, d, s, y, rho, alpha } = this;
    const m = this.settings.memory;
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    let k = this.head;
    for (let j = 0; j < this.count; j++) {
      k = (k - 1 + m) % m;
      const sk = s[k]!, yk = y[k]!;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += sk[i]! * d[i]!;
      const a = rho[k]! * dot;
      alpha[k] = a;
      for (let i = 0; i < n; i++) d[i] = d[i]! - a * yk[i]!;
    }
    const h0 = this.settings.preconditioner;
    if (h0) this.applyPreconditioner(d);
    if (this.count > 0) {
      const last = (this.head - 1 + m) % m;
      const sl = s[last]!, yl = y[last]!;
      let sy = 0, yy = 0;
      if (h0) {
        const hy = this.hy;
        hy.set(yl);
        this.applyPreconditioner(hy);
        for (let i = 0; i < n; i++) sy += sl[i]! * yl[i]!, yy += yl[i]! * hy[i]!;
      } else {
        for (let i = 0; i < n; i++) sy += sl[i]! * yl[i]!, yy += yl[i]! * yl[i]!;
      }
      const gamma = sy / yy;
      for (let i = 0; i < n; i++) d[i] = d[i]! * gamma;
    }
    for (let j = 0; j < this.count; j++) {
      const sk = s[k]!, yk = y[k]!;
      let dot = 0;
      for (let i = 0; i < n; i++) dot += yk[i]! * d[i]!;
      const b = rho[k]! * dot;
      const a = alpha[k]!;
      for (let i = 0; i < n; i++) d[i] = d[i]! + (a - b) * sk[i]!;
      k = (k + 1) % m;
    }
  }

  /** v ← H₀·v (H₀ = the preconditioner). */
  private applyPreconditioner(v: Float64Array): void {
    const h0 = this.settings.preconditioner!, n = this.n, t = this.scratch;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += h0[i * n + j]! * v[j]!;
      t[i] = sum;
    }
    v.set(t);
  }

  /** Steepest descent in the preconditioner's metric, d = −H₀·g; returns gᵀd. */
  private descent(): number {
    const { n, g, d } = this;
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    if (this.settings.preconditioner) this.applyPreconditioner(d);
    return dot(g, d);
  }

  /** Advance at most `steps` iterations; returns `done`. */
  advance(steps: number): boolean {
    const { n, settings } = this;
    const m = settings.memory;
    for (let step = 0; step < steps && !this.done; step++) {
      if (this.iterations >= settings.maxIterations) {
        this.reason = "max_iterations";
        break;
      }
      this.direction();
      let dg = 0;
      for (let i = 0; i < n; i++) dg += this.d[i]! * this.g[i]!;
      if (!(dg < 0)) {
        this.count = 0;
        dg = this.descent();
      }
      const initial = this.count === 0 ? Math.min(1, 1 / Math.sqrt(-dg)) : 1;
      let ls = strongWolfe(this, this.value, dg, initial, settings.c1, settings.c2);
      if (ls.step === 0 && this.count > 0) {
        // Retry once along steepest descent with a fresh memory.
        this.count = 0;
        dg = this.descent();
        ls = strongWolfe(
          this,
          this.value,
          dg,
          Math.min(1, 1 / Math.sqrt(-dg)),
          settings.c1,
          settings.c2,
        );
      }
      if (ls.step === 0) {
        this.reason = "line_search_failed";
        break;
      }
      if (ls.lastEvaluated !== ls.step) this.evaluate(ls.step);
      // s = xt − x, y = gt − g, stored in the ring buffer.
      const sNew = this.s[this.head]!, yNew = this.y[this.head]!;
      let sy = 0;
      for (let i = 0; i < n; i++) {
        sNew[i] = this.xt[i]! - this.x[i]!;
        yNew[i] = this.gt[i]! - this.g[i]!;
        sy += sNew[i]! * yNew[i]!;
      }
      if (sy > 1e-300 && sy > 1e-12 * Math.sqrt(dot(sNew, sNew) * dot(yNew, yNew))) {
        this.rho[this.head] = 1 / sy;
        this.head = (this.head + 1) % m;
        if (this.count < m) this.count++;
      }
      [this.x, this.xt] = [this.xt, this.x];
      [this.g, this.gt] = [this.gt, this.g];
      this.value = ls.value;
      this.iterations++;
      this.gradientNorm = infNorm(this.g);
      if (!Number.isFinite(this.value) || !Number.isFinite(this.gradientNorm)) {
        this.reason = "non_finite";
      } else if (this.gradientNorm <= settings.gradientTolerance) this.reason = "gradient";
    }
    return this.done;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function infNorm(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i]!);
    if (v > m || v !== v) m = v;
  }
  return m;
}
