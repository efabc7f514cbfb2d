/**
 * Chapter 1's loss laws: Kaplan et al. 2020's published power laws drawn from their constants,
 * and the Chinchilla law L(N, D) refitted to Epoch AI's extraction of Hoffmann et al. 2022's runs
 * (Besiroglu et al. 2024) — the runs behind the charts, the parameter table beside the published
 * values, and the facts the prose states. Pure functions of loaded data and finished fits.
 * @module
 */
import {
  BESIROGLU_2024,
  BESIROGLU_2024_GRID,
  type ChinchillaRun,
  HOFFMANN_2022,
  KAPLAN_2020,
  kaplanLoss,
  PF_DAY,
} from "../data/mod.ts";
import type { BootstrapResult, ChinchillaFit } from "../fit/mod.ts";
import { median } from "../stats/mod.ts";
import { type LawParameterRow, lawParameterRows } from "./_law_table.ts";
import { type ResidualTrend, residualTrend } from "./_residual_trend.ts";

export type { LawParameter, LawParameterRow } from "./_law_table.ts";
export type { ResidualTrend } from "./_residual_trend.ts";

/** Which of Kaplan et al.'s three laws: L(N), L(D) or L(C). */
export type KaplanLawId = "params" | "tokens" | "compute";

/** Kaplan et al. 2020's laws evaluated on a grid, and what a tenfold larger model buys. */
export interface KaplanLaws {
  /** One row per grid point: x in parameters, tokens or FLOP; the law's loss. */
  rows: { x: number; loss: number; law: KaplanLawId }[];
  /** The exponents α_N, α_D, α_C. */
  exponents: Record<KaplanLawId, number>;
  /** Loss ratio L(N) / L(10N) = 10^α_N. */
  tenfoldFactor: number;
  /** Fractional loss reduction from a 10× larger model, 1 − 10^−α_N. */
  tenfoldReduction: number;
}

const KAPLAN_GRID: Record<KaplanLawId, number[]> = {
  params: [1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12],
  tokens: [1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13],
  compute: [1e-8, 1e-6, 1e-4, 1e-2, 1, 1e2, 1e4], // PF-days, Kaplan et al.'s unit
};

/**
 * Kaplan et al. 2020's three power laws (eqs. 1.1–1.3) from their published constants: the
 * chart's rows (compute converted from PF-days to FLOP) and the gain per tenfold size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kaplanLaws } from "./scaling_laws.ts";
 * const k = kaplanLaws();
 * assert.equal(k.rows.length, 22);
 * assert.equal(k.tenfoldFactor.toFixed(3), "1.191"); // 10^0.076
 * ```
 */
export function kaplanLaws(): KaplanLaws {
  const ids: KaplanLawId[] = ["params", "tokens", "compute"];
  const rows = ids.flatMap((law) =>
    KAPLAN_GRID[law].map((v) => ({
      x: law === "compute" ? v * PF_DAY : v,
      loss: kaplanLoss(KAPLAN_2020[law], v),
      law,
    }))
  );
  const alphaN = KAPLAN_2020.params.exponent;
  return {
    rows,
    exponents: {
      params: alphaN,
      tokens: KAPLAN_2020.tokens.exponent,
      compute: KAPLAN_2020.compute.exponent,
    },
    tenfoldFactor: 10 ** alphaN,
    tenfoldReduction: 1 - 10 ** -alphaN,
  };
}

/** A group of runs whose training tokens share a decade [10^d, 10^(d+1)). */
export interface TokenDecade {
  /** d = floor(log10 D). */
  decade: number;
  /** 10^d. */
  lower: number;
  /** 10^(d+1). */
  upper: number;
  /** Runs in the group. */
  runs: number;
  /** Median training tokens of the group (R type 7), where the chart draws the law. */
  medianTokens: number;
}

/** A fitted run with its token decade and its residual log L − log L̂. */
export interface RefitRun extends ChinchillaRun {
  /** floor(log10 tokens). */
  decade: number;
  /** Residual of the fit at this run. */
  residual: number;
}

/** The parts of a Chinchilla fit the summary reads. */
export type RefitLaw = Pick<
  ChinchillaFit,
  | "E"
  | "A"
  | "B"
  | "alpha"
  | "beta"
  | "objective"
  | "converged"
  | "gradientNorm"
  | "starts"
  | "startsFinished"
  | "startsConverged"
  | "residuals"
>;

/** The parts of a bootstrap the summary reads. */
export type RefitBootstrap = Pick<
  BootstrapResult<unknown>,
  "intervals" | "resamples" | "converged" | "level"
>;

/** Everything chapter 1 shows about the Chinchilla refit. */
export interface ChinchillaRefit {
  /** The law as fitted. */
  law: RefitLaw;
  /** Runs in the extraction, dropped as outliers, fitted. */
  counts: { extracted: number; dropped: number; fitted: number };
  /** Range of the fitted runs. */
  range: { params: [number, number]; tokens: [number, number] };
  /** Fitted runs sorted by tokens (stable), each with its residual. */
  runs: RefitRun[];
  /** Token decades in increasing order. */
  decades: TokenDecade[];
  /** E, A, B, α, β: ours with interval, Besiroglu et al.'s, Hoffmann et al.'s. */
  parameters: LawParameterRow[];
  /** Besiroglu et al.'s summed Huber loss for their grid fit. */
  besirogluObjective: number;
  /** Bootstrap resamples, how many refits converged, interval level. */
  bootstrap: { resamples: number; converged: number; level: number };
  /** Largest |residual|. */
  worstResidual: number;
  /** Least-squares slope of the residuals against log10 N, with its standard error. */
  residualTrend: ResidualTrend;
}

/**
 * Summarises a Chinchilla refit for the page.
 *
 * @param extracted all runs of the extraction, outliers included, in file order.
 * @param law the fit to the non-outlier runs in that order (its residuals line up with them).
 * @param boot its bootstrap (intervals for E, A, B, alpha, beta).
 * @throws {RangeError} when the residuals do not match the non-outlier runs, fewer than 3 runs
 *   are fitted (the residual trend needs 3), or an interval is missing.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaRefit } from "./scaling_laws.ts";
 * const run = (params: number, tokens: number, outlier = false) =>
 *   ({ params, tokens, flops: 6 * params * tokens, loss: 3, outlier, line: 0 });
 * const law = { E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37, objective: 1e-3,
 *   converged: true, gradientNorm: 1e-9, starts: 9, startsFinished: 4, startsConverged: 4,
 *   residuals: [0.01, -0.02, 0.03] };
 * const iv = { estimate: 1, lower: 0, upper: 2e4, median: 1 };
 * const boot = { resamples: 10, converged: 10, level: 0.95,
 *   intervals: { E: iv, A: iv, B: iv, alpha: iv, beta: iv } };
 * const runs = [run(1e9, 3e10), run(1e8, 2e9, true), run(1e8, 2e9), run(3e8, 5e9)];
 * const r = chinchillaRefit(runs, law, boot);
 * assert.deepEqual(r.counts, { extracted: 4, dropped: 1, fitted: 3 });
 * assert.equal(r.runs[0]!.residual, -0.02); // sorted by tokens, residual kept with its run
 * ```
 */
export function chinchillaRefit(
  extracted: readonly ChinchillaRun[],
  law: RefitLaw,
  boot: RefitBootstrap,
): ChinchillaRefit {
  const fitted = extracted.filter((run) => !run.outlier);
  if (law.residuals.length !== fitted.length) {
    throw new RangeError(
      `chinchillaRefit: the fit has ${law.residuals.length} residuals but there are ` +
        `${fitted.length} non-outlier runs; pass the fit of exactly those runs, in file order`,
    );
  }
  const runs = fitted
    .map((run, i) => ({
      ...run,
      decade: Math.floor(Math.log10(run.tokens)),
      residual: law.residuals[i]!,
    }))
    .sort((a, b) => a.tokens - b.tokens);
  const decades = [...new Set(runs.map((run) => run.decade))].map((decade) => {
    const tokens = runs.filter((run) => run.decade === decade).map((run) => run.tokens);
    return {
      decade,
      lower: 10 ** decade,
      upper: 10 ** (decade + 1),
      runs: tokens.length,
      medianTokens: median(tokens),
    };
  });
  const extent = (values: number[]): [number, number] => [
    Math.min(...values),
    Math.max(...values),
  ];
  return {
    law,
    counts: {
      extracted: extracted.length,
      dropped: extracted.length - fitted.length,
      fitted: fitted.length,
    },
    range: { params: extent(runs.map((r) => r.params)), tokens: extent(runs.map((r) => r.tokens)) },
    runs,
    decades,
    parameters: lawParameterRows(law, boot.intervals, {
      hoffmann: HOFFMANN_2022,
      besiroglu: BESIROGLU_2024,
      besirogluGrid: BESIROGLU_2024_GRID,
    }),
    besirogluObjective: BESIROGLU_2024_GRID.objective!,
    bootstrap: { resamples: boot.resamples, converged: boot.converged, level: boot.level },
    worstResidual: Math.max(...runs.map((run) => Math.abs(run.residual))),
    residualTrend: residualTrend(
      runs.map((r) => Math.log10(r.params)),
      runs.map((r) => r.residual),
    ),
  };
}
