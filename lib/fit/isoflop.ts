/**
 * Chinchilla Approach 2: IsoFLOP profiles.
 *
 * Method: Hoffmann et al. 2022 (arXiv:2203.15556, §3.2): group runs by compute budget C, fit a
 * parabola of loss against log N within each budget, take its minimum N_opt(C) (and
 * D_opt = C/(6·N_opt)), then fit the power laws N_opt ∝ C^a and D_opt ∝ C^b by least squares
 * in log-log space. Intervals for a and b come from a seeded bootstrap that resamples runs
 * within each budget and redoes both steps (percentile intervals).
 * @module
 */
import { type Random, resampleCounts, seededRandom } from "../_random.ts";
import { checkOptions, ISOFLOP_SPEC } from "./_options.ts";
import { mean, quantileSorted, wls } from "../stats/mod.ts";

/** A run for the IsoFLOP analysis; flops defaults to 6·params·tokens. */
export interface IsoFlopRun {
  /** Parameters N. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** Final loss. */
  loss: number;
  /** Training FLOPs (default 6·N·D). */
  flops?: number;
}

/** Options of {@linkcode fitIsoFlop}. */
export interface IsoFlopOptions {
  /**
   * Nominal budgets; a run belongs to budget C when its FLOPs lie in [C·0.9, C·1.15] (the bands
   * Besiroglu et al. 2024 used). Default: clusters of runs whose log10 FLOPs differ by < 0.05.
   */
  budgets?: readonly number[];
  /** Smallest number of runs for a budget to count (default 5). */
  minRuns?: number;
  /** Bootstrap resamples for the intervals (default 1000; 0 = none). */
  resamples?: number;
  /** Seed of the bootstrap (default 0). */
  seed?: number;
  /** Interval level (default 0.95). */
  level?: number;
}

/** One budget's profile. */
export interface IsoFlopProfile {
  /** Budget (nominal, or the geometric mean of the cluster). */
  flops: number;
  /** Runs in the budget. */
  runs: number;
  /** Parabola loss = c0 + c1·log10 N + c2·(log10 N)². */
  coefficients: [number, number, number];
  /** Parameters at the parabola's minimum. */
  params: number;
  /** Tokens at the minimum: C/(6·N_opt). */
  tokens: number;
  /** Loss at the minimum. */
  loss: number;
}

/** An interval. */
export interface Interval {
  /** Lower bound. */
  lower: number;
  /** Upper bound. */
  upper: number;
}

/** Result of {@linkcode fitIsoFlop}. */
export interface IsoFlopFit {
  /** Exponent of N_opt ∝ C^a. */
  a: number;
  /** Exponent of D_opt ∝ C^b. */
  b: number;
  /** Prefactors: N_opt = paramsCoefficient·C^a, D_opt = tokensCoefficient·C^b. */
  paramsCoefficient: number;
  /** See paramsCoefficient. */
  tokensCoefficient: number;
  /** Percentile bootstrap intervals (absent with resamples = 0). */
  intervals?: { a: Interval; b: Interval };
  /** Profiles used (budgets with a convex parabola). */
  profiles: IsoFlopProfile[];
  /** Budgets dropped (too few runs, or a parabola without a minimum). */
  dropped: { flops: number; runs: number; why: string }[];
  /** Fraction of bootstrap resamples that gave a usable fit. */
  convergedFraction?: number;
}

interface Group {
  flops: number;
  logN: number[];
  loss: number[];
}

function groupRuns(runs: readonly IsoFlopRun[], options: IsoFlopOptions): Group[] {
  const withC = runs.map((r, i) => {
    for (const k of ["params", "tokens", "loss"] as const) {
      if (!(r?.[k] > 0) || !Number.isFinite(r[k])) {
        throw new TypeError(`fitIsoFlop: runs[${i}].${k} must be a positive number, got ${r?.[k]}`);
      }
    }
    return { c: r.flops ?? 6 * r.params * r.tokens, logN: Math.log10(r.params), loss: r.loss };
  });
  if (options.budgets) {
    return options.budgets.map((C) => {
      const inBand = withC.filter((r) => r.c >= C * 0.9 && r.c <= C * 1.15);
      return { flops: C, logN: inBand.map((r) => r.logN), loss: inBand.map((r) => r.loss) };
    });
  }
  const sorted = [...withC].sort((x, y) => x.c - y.c);
  const groups: (typeof sorted)[] = [];
  for (const r of sorted) {
    const last = groups.at(-1);
    if (last && Math.log10(r.c) - Math.log10(last.at(-1)!.c) < 0.05) last.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => ({
    flops: 10 ** mean(g.map((r) => Math.log10(r.c))),
    logN: g.map((r) => r.logN),
    loss: g.map((r) => r.loss),
  }));
}

/** Least-squares parabola v = c0 + c1·u + c2·u² (WLS with unit weights, centred at the mean of u
 * for conditioning); null when singular. */
function parabola(u: number[], v: number[]): [number, number, number] | null {
  const mu = mean(u);
  const x = u.map((value) => value - mu);
  const fit = wls([x.map(() => 1), x, x.map((value) => value * value)], v, x.map(() => 1));
  if (!fit) return null;
  const [p0 = NaN, p1 = NaN, p2 = NaN] = fit.beta;
  // Back to powers of u: p0 + p1 (u − μ) + p2 (u − μ)².
  return [p0 - p1 * mu + p2 * mu * mu, p1 - 2 * p2 * mu, p2];
}

function profile(g: Group, pick?: Float64Array): IsoFlopProfile | string {
  const u: number[] = [], v: number[] = [];
  g.logN.forEach((x, i) => {
    const times = pick ? pick[i]! : 1;
    for (let k = 0; k < times; k++) u.push(x), v.push(g.loss[i]!);
  });
  if (new Set(u).size < 3) return "fewer than 3 distinct model sizes";
  const c = parabola(u, v);
  if (!c || !(c[2] > 0)) return "the parabola has no minimum (not convex)";
  const x = -c[1] / (2 * c[2]);
  const params = 10 ** x;
  return {
    flops: g.flops,
    runs: g.logN.length,
    coefficients: c,
    params,
    tokens: g.flops / (6 * params),
    loss: c[0] + c[1] * x + c[2] * x * x,
  };
}

/** OLS slope and intercept of y on x (WLS with unit weights). */
function line(x: number[], y: number[]): [number, number] {
  const fit = wls([x.map(() => 1), x], y, x.map(() => 1));
  if (!fit) {
    throw new RangeError("fitIsoFlop: the budgets' optima share one FLOP value; need ≥ 2 budgets");
  }
  return [fit.beta[1]!, fit.beta[0]!];
}

function exponents(profiles: IsoFlopProfile[]) {
  const lc = profiles.map((p) => Math.log10(p.flops));
  const [a, ia] = line(lc, profiles.map((p) => Math.log10(p.params)));
  const [b, ib] = line(lc, profiles.map((p) => Math.log10(p.tokens)));
  return { a, b, paramsCoefficient: 10 ** ia, tokensCoefficient: 10 ** ib };
}

/**
 * IsoFLOP-profile fit (Chinchilla Approach 2) with bootstrap intervals for a and b.
 *
 * @example Synthetic runs from a law whose optimum grows as N_opt ∝ C^0.5
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitIsoFlop } from "./isoflop.ts";
 * const runs = [];
 * for (const C of [1e18, 1e19, 1e20, 1e21]) {
 *   const nOpt = 0.1 * Math.sqrt(C);
 *   for (const k of [-0.6, -0.3, 0, 0.3, 0.6]) {
 *     const params = nOpt * 10 ** k;
 *     runs.push({ params, tokens: C / (6 * params), loss: 2 + 0.2 * k * k, flops: C });
 *   }
 * }
 * const fit = fitIsoFlop(runs, { resamples: 50 });
 * assert.ok(Math.abs(fit.a - 0.5) < 1e-9 && Math.abs(fit.b - 0.5) < 1e-9);
 * ```
 */
export function fitIsoFlop(runs: readonly IsoFlopRun[], options: IsoFlopOptions = {}): IsoFlopFit {
  checkOptions("fitIsoFlop", options, ISOFLOP_SPEC);
  const minRuns = options.minRuns ?? 5, level = options.level ?? 0.95;
  const groups = groupRuns(runs, options);
  const used: Group[] = [], profiles: IsoFlopProfile[] = [];
  const dropped: IsoFlopFit["dropped"] = [];
  for (const g of groups) {
    if (g.logN.length < minRuns) {
      dropped.push({ flops: g.flops, runs: g.logN.length, why: `fewer than ${minRuns} runs` });
      continue;
    }
    const p = profile(g);
    if (typeof p === "string") dropped.push({ flops: g.flops, runs: g.logN.length, why: p });
    else used.push(g), profiles.push(p);
  }
  if (profiles.length < 2) {
    throw new RangeError(
      `fitIsoFlop: need at least 2 budgets with a convex profile, got ${profiles.length} ` +
        `(${groups.length} budgets found); pass options.budgets or lower options.minRuns`,
    );
  }
  const fit: IsoFlopFit = { ...exponents(profiles), profiles, dropped };
  const resamples = options.resamples ?? 1000;
  if (resamples > 0) {
    const random: Random = seededRandom(options.seed ?? 0);
    const as: number[] = [], bs: number[] = [];
    for (let k = 0; k < resamples; k++) {
      const ps = used.map((g) => profile(g, resampleCounts(g.logN.length, random)));
      if (ps.some((p) => typeof p === "string")) continue;
      const e = exponents(ps as IsoFlopProfile[]);
      // A nearly flat parabola puts its minimum at ±∞: count the resample as not converged.
      if (!Number.isFinite(e.a) || !Number.isFinite(e.b)) continue;
      as.push(e.a), bs.push(e.b);
    }
    as.sort((x, y) => x - y), bs.sort((x, y) => x - y);
    const lo = (1 - level) / 2;
    if (as.length > 0) {
      fit.intervals = {
        a: { lower: quantileSorted(as, lo), upper: quantileSorted(as, 1 - lo) },
        b: { lower: quantileSorted(bs, lo), upper: quantileSorted(bs, 1 - lo) },
      };
    }
    fit.convergedFraction = as.length / resamples;
  }
  return fit;
}
