/**
 * Nonparametric bootstrap with percentile intervals.
 *
 * Method: Efron 1979 ("Bootstrap Methods: Another Look at the Jackknife", Ann. Statist. 7);
 * percentile intervals (Efron & Tibshirani 1993, §13.3). Each resample draws n items with
 * replacement from a seeded generator, refits, and the α/2 and 1 − α/2 quantiles of every
 * parameter (and derived quantity) over the converged refits form the interval. The share of
 * converged refits is reported, so a fragile fit shows up instead of hiding in the interval.
 * `bootstrapChinchilla` is the same procedure for Chinchilla Approach 3 as Besiroglu et al.
 * 2024 (arXiv:2404.10102, §3) ran it, with each resample refitted from several good starts,
 * spread over Web Workers.
 * @module
 */
import type { ResampleFit, ResampleTask } from "./_chinchilla_core.ts";
import {
  gaussNewtonInverse,
  HOFFMANN_START,
  prepareRuns,
  type RunLike,
} from "./_chinchilla_setup.ts";
import { defaultWorkers, runTasks } from "./_pool.ts";
import { type Random, resampleCounts, seededRandom } from "../_random.ts";
import { type ChinchillaFit, fitChinchilla } from "./chinchilla.ts";
import { computeOptimal } from "./compute_optimal.ts";
import type { LbfgsOptions } from "./lbfgs.ts";
import { quantileSorted } from "../stats/quantile.ts";
import { BOOTSTRAP_SPEC, checkOptions, CHINCHILLA_BOOTSTRAP_SPEC } from "./_options.ts";

/** A percentile interval with the full-data estimate and the bootstrap median. */
export interface BootstrapInterval {
  /** Value on the full data. */
  estimate: number;
  /** Lower percentile bound. */
  lower: number;
  /** Upper percentile bound. */
  upper: number;
  /** Median over resamples. */
  median: number;
}

/** Options of {@linkcode bootstrap}. */
export interface BootstrapOptions<F> {
  /** Number of resamples (default 1000). */
  resamples?: number;
  /** Seed (default 0); ignored when `random` is given. */
  seed?: number;
  /** Injected uniform generator. */
  random?: Random;
  /** Interval level (default 0.95). */
  level?: number;
  /** Names of the numeric fields of a fit to summarise (default: all finite number fields). */
  parameters?: readonly string[];
  /** Derived quantities computed from each fit. */
  derived?: (fit: F) => Record<string, number>;
}

/** Result of a bootstrap. */
export interface BootstrapResult<F> {
  /** Fit on the full data. */
  fit: F;
  /** Interval per parameter / derived quantity. */
  intervals: Record<string, BootstrapInterval>;
  /** Resamples drawn. */
  resamples: number;
  /** Resamples whose refit converged. */
  converged: number;
  /** converged / resamples. */
  convergedFraction: number;
  /** Interval level. */
  level: number;
  /** Finite values over converged resamples, in resample order. */
  samples: Record<string, number[]>;
}

const DIAGNOSTIC_KEYS = new Set([
  "objective",
  "iterations",
  "starts",
  "startsConverged",
  "startsFinished",
  "gradientNorm",
  "huberObjective",
]);

/** Build percentile intervals from per-resample rows. */
export function summarise<F>(
  fit: F,
  full: Record<string, number>,
  rows: (Record<string, number> | null)[],
  level: number,
): BootstrapResult<F> {
  const ok = rows.filter((r): r is Record<string, number> => r !== null);
  if (ok.length === 0) {
    throw new RangeError(
      `bootstrap: none of the ${rows.length} resamples gave a converged fit; check the fit on ` +
        "the full data and the data's size",
    );
  }
  const intervals: Record<string, BootstrapInterval> = {};
  const samples: Record<string, number[]> = {};
  const lo = (1 - level) / 2;
  for (const key of Object.keys(full)) {
    // Quantities undefined for some refits (e.g. an optimum needs α, β > 0) use the others;
    // one undefined for every refit gets no interval.
    const values = ok.map((r) => r[key]!).filter(Number.isFinite);
    if (values.length === 0) continue;
    samples[key] = values;
    const sorted = Float64Array.from(values).sort();
    intervals[key] = {
      estimate: full[key]!,
      lower: quantileSorted(sorted, lo),
      upper: quantileSorted(sorted, 1 - lo),
      median: quantileSorted(sorted, 0.5),
    };
  }
  return {
    fit,
    intervals,
    resamples: rows.length,
    converged: ok.length,
    convergedFraction: rows.length ? ok.length / rows.length : 0,
    level,
    samples,
  };
}

function numericFields(fit: unknown, names?: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  const obj = fit as Record<string, unknown>;
  for (const key of names ?? Object.keys(obj)) {
    const v = obj[key];
    if (typeof v === "number" && (names || (Number.isFinite(v) && !DIAGNOSTIC_KEYS.has(key)))) {
      out[key] = v;
    }
  }
  return out;
}

/**
 * Bootstrap any fit: resample `data` with replacement, refit, percentile intervals.
 * A refit counts as converged unless it returns `converged: false` or throws.
 *
 * @example Interval for a power-law exponent
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrap } from "./bootstrap.ts";
 * import { fitPowerLaw } from "./power_law.ts";
 * const data = [1, 2, 4, 8, 16, 32, 64, 128].map((x, i) => ({ x, y: 2 * x ** -0.3 * (1 + 0.02 * Math.sin(i)) }));
 * const result = bootstrap(data, (sample) => fitPowerLaw(sample, { E: 0 }), { resamples: 200, seed: 1 });
 * const alpha = result.intervals.alpha!;
 * assert.ok(alpha.lower < 0.3 && 0.3 < alpha.upper && result.convergedFraction === 1);
 * ```
 */
export function bootstrap<T, F>(
  data: readonly T[],
  fit: (sample: T[]) => F,
  options: BootstrapOptions<F> = {},
): BootstrapResult<F> {
  checkOptions("bootstrap", options, BOOTSTRAP_SPEC);
  const resamples = options.resamples ?? 1000, level = options.level ?? 0.95;
  if (!Array.isArray(data) || data.length === 0) throw new RangeError("bootstrap: data is empty");
  const random = options.random ?? seededRandom(options.seed ?? 0);
  const row = (f: F) => ({ ...numericFields(f, options.parameters), ...options.derived?.(f) });
  const full = fit([...data]);
  const fullRow = row(full);
  const rows: (Record<string, number> | null)[] = [];
  for (let k = 0; k < resamples; k++) {
    const sample: T[] = [];
    for (let i = 0; i < data.length; i++) sample.push(data[Math.floor(random() * data.length)]!);
    try {
      const f = fit(sample);
      rows.push((f as { converged?: boolean })?.converged === false ? null : row(f));
    } catch {
      rows.push(null);
    }
  }
  return summarise(full, fullRow, rows, level);
}

/** Options of {@linkcode bootstrapChinchilla}. */
export interface ChinchillaBootstrapOptions {
  /** Resamples (default 4000, as Besiroglu et al.). */
  resamples?: number;
  /** Seed (default 0). */
  seed?: number;
  /** Interval level (default 0.95). */
  level?: number;
  /** Budgets (FLOPs) at which to report N_opt, D_opt and tokens per parameter. */
  flops?: readonly number[];
  /** Full-data fit to reuse (default: `fitChinchilla(runs)`). */
  fit?: ChinchillaFit;
  /** Web Workers (default: cores, at most 4). */
  workers?: number;
  /** Huber δ (default 1e-3). */
  delta?: number;
  /** L-BFGS settings of the refits. */
  lbfgs?: LbfgsOptions;
  /**
   * Skip the quick refit and refit every resample from all three starts, keeping the best
   * converged refit — the literal procedure, about ten times slower (default false).
   */
  allStarts?: boolean;
}

function chinchillaRow(x: number[], flops: readonly number[]): Record<string, number> {
  const law = {
    E: Math.exp(x[2]!),
    A: Math.exp(x[0]!),
    B: Math.exp(x[1]!),
    alpha: x[3]!,
    beta: x[4]!,
  };
  const row: Record<string, number> = { ...law };
  row.a = law.beta / (law.alpha + law.beta);
  row.b = law.alpha / (law.alpha + law.beta);
  for (const C of flops) {
    const opt = law.alpha > 0 && law.beta > 0 ? computeOptimal(law, C) : undefined;
    row[`params@${C}`] = opt?.params ?? NaN;
    row[`tokens@${C}`] = opt?.tokens ?? NaN;
    row[`tokensPerParam@${C}`] = opt?.tokensPerParam ?? NaN;
  }
  return row;
}

/**
 * Bootstrap Chinchilla Approach 3: `resamples` resamples of the runs, each refitted (summed
 * Huber loss) from several good starts — the full-data optimum, Hoffmann et al.'s printed law
 * and the grid point that led to the full-data optimum — keeping the best converged refit.
 * Each refit first tries a quick path: L-BFGS from the full-data optimum preconditioned by the
 * inverse Gauss–Newton matrix there (about 16 objective evaluations instead of 90 from each of
 * the three starts). When it converges — or stops on a failed line search within 10× the
 * gradient tolerance, the objective's rounding floor — it is the refit; otherwise the three
 * starts run as above. On the Chinchilla runs the quick path settles every resample and agrees
 * with the three-start refit to 1e-6 in every parameter (tests/fit_bootstrap_test.ts).
 * Intervals cover E, A, B, alpha, beta, the allocation exponents a = β/(α+β), b = α/(α+β),
 * and for each budget C in `flops`: `params@C`, `tokens@C`, `tokensPerParam@C`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { bootstrapChinchilla, chinchillaLoss } from "./mod.ts";
 * const law = { E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37 };
 * const runs = [1e8, 3e8, 1e9, 3e9].flatMap((params, i) =>
 *   [1e9, 1e10, 1e11].map((tokens, j) => ({
 *     params, tokens, loss: chinchillaLoss(law, params, tokens) * (1 + 0.01 * Math.sin(3 * i + j)),
 *   }))
 * );
 * const result = await bootstrapChinchilla(runs, { resamples: 20, workers: 1, flops: [1e21] });
 * assert.ok(result.intervals.alpha!.lower <= result.intervals.alpha!.upper);
 * ```
 */
export async function bootstrapChinchilla(
  runs: readonly RunLike[],
  options: ChinchillaBootstrapOptions = {},
): Promise<BootstrapResult<ChinchillaFit>> {
  checkOptions("bootstrapChinchilla", options, CHINCHILLA_BOOTSTRAP_SPEC);
  const resamples = options.resamples ?? 4000, level = options.level ?? 0.95;
  const delta = options.delta ?? 1e-3;
  const workers = options.workers ?? defaultWorkers();
  const data = prepareRuns(runs, "bootstrapChinchilla");
  const fit = options.fit ?? await fitChinchilla(runs, { delta, workers });
  const flops = options.flops ?? [];
  const starts = [fit.x.slice(0, 5), [...HOFFMANN_START], fit.bestStart];
  const n = data.logN.length;
  const random = seededRandom(options.seed ?? 0);
  const chunk = 50;
  const lbfgs = { gradientTolerance: 1e-8, maxIterations: 2000, ...options.lbfgs };
  // Resample optima lie near the full-data optimum, so the curvature there (Gauss–Newton)
  // preconditions a quick refit from it (Nocedal & Wright 2006, §7.2 on the choice of H₀).
  const preconditioner = options.allStarts ? undefined : gaussNewtonInverse(data, fit.x);
  const quick = preconditioner
    ? { x0: fit.x.slice(0, 5), lbfgs: { ...lbfgs, preconditioner } }
    : undefined;
  const tasks: ResampleTask[] = [];
  for (let k = 0; k < resamples; k += chunk) {
    const count = Math.min(chunk, resamples - k);
    const weights = new Float64Array(count * n);
    for (let j = 0; j < count; j++) weights.set(resampleCounts(n, random), j * n);
    tasks.push({
      kind: "resample",
      data,
      delta,
      weights,
      starts,
      lbfgs,
      estimator: "huber",
      ...(quick ? { quick } : {}),
    });
  }
  const results = (await runTasks<ResampleFit[]>(tasks, workers)).flat();
  const rows = results.map((r) => (r.converged ? chinchillaRow(r.x, flops) : null));
  return summarise(fit, chinchillaRow(fit.x, flops), rows, level);
}
