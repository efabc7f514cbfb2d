/**
 * Chapter 4's compute allocation: the Chinchilla law fitted to the training runs (Besiroglu et
 * al. 2024's replication of Hoffmann et al. 2022, Approach 3) with bootstrap intervals; the
 * compute-optimal frontier N_opt(C) ∝ C^a and D_opt(C) ∝ C^b (Hoffmann et al. 2022, eq. 4);
 * the published exponents it is compared with; tokens per parameter along the frontier; real
 * models placed against it; and the inference-aware optimum (Sardana et al. 2023).
 * @module
 */
import type { TrainedModel } from "../data/paper_tables.ts";
import { type ChinchillaLaw, fitChinchilla, type RunLike } from "../fit/chinchilla.ts";
import { bootstrapChinchilla } from "../fit/bootstrap.ts";
import { type ComputeOptimal, computeOptimal } from "../fit/compute_optimal.ts";
import { type LawSamples, type ModelPlacements, placeModels } from "./allocation_placements.ts";
import { type InferencePlans, inferencePlans } from "./inference_allocation.ts";
import {
  type PublishedExponents,
  publishedExponents,
  type QuotedExponents,
  quotedExponents,
} from "./allocation_exponents.ts";
import {
  type AllocationBootstrap,
  type AllocationBounds,
  bandRows,
  bandSpan,
  interval,
} from "./_bands.ts";

/** Chinchilla's (and Gopher's) training budget, 5.76×10²³ FLOP (Hoffmann et al. 2022, Table 1). */
export const CHINCHILLA_FLOPS = 5.76e23;

/** The frontier's budgets: 25 from 10¹⁸ to 10²⁷ FLOP, every 0.375 decade. */
export const ALLOCATION_BUDGETS: readonly number[] = Array.from(
  { length: 25 },
  (_, i) => 10 ** (18 + i * 0.375),
);

/** Models named on the frontier chart. */
export const FRONTIER_LABELLED_MODELS = [
  "GPT-3 175B",
  "Gopher 280B",
  "Chinchilla 70B",
  "LLaMA 7B",
  "PaLM 540B",
] as const;

export type { AllocationBootstrap, AllocationBounds } from "./_bands.ts";

/** Result of {@linkcode computeAllocation}. */
export interface ComputeAllocation {
  /** The fitted law. */
  law: ChinchillaLaw;
  /** Bootstrap resamples drawn and converged. */
  bootstrap: { resamples: number; converged: number };
  /** The budget the prose follows ({@linkcode CHINCHILLA_FLOPS}). */
  budget: number;
  /** The compute-optimal model at `budget`, with the exponents a and b. */
  optimum: ComputeOptimal;
  /** 95% bootstrap intervals of a, b and tokens per parameter at `budget`. */
  intervals: { a: AllocationBounds; b: AllocationBounds; tokensPerParam: AllocationBounds };
  /** N_opt with its band at each of {@linkcode ALLOCATION_BUDGETS}. */
  frontier: { flops: number; params: number; lower: number; upper: number }[];
  /** Real models at 6ND, named when in {@linkcode FRONTIER_LABELLED_MODELS}. */
  modelPoints: { flops: number; params: number; name: string; model: string }[];
  /** First and last year of the models our law calls under-trained. */
  underTrainedYears: AllocationBounds | undefined;
  /** Published exponents, in the table's order. */
  published: PublishedExponents[];
  /** The exponents the prose quotes. */
  exponents: QuotedExponents;
  /** D_opt / N_opt with its band at each budget. */
  ratios: { flops: number; ratio: number; lower: number; upper: number }[];
  /** Smallest and largest fitted D_opt / N_opt over the budgets. */
  ratioRange: AllocationBounds;
  /** Smallest lower and largest upper bound of the band over the budgets. */
  ratioBand: AllocationBounds;
  /** Hoffmann et al.'s Table 3 as D/N against C; every other row labelled. */
  table3: { flops: number; ratio: number; params: number; labelled: boolean }[];
  /** Real models against the frontier. */
  models: ModelPlacements;
  /** Inference-aware plans for the compute-optimal loss at `budget`. */
  inference: InferencePlans;
  /**
   * The range of the runs the law was fitted on (N, D and 6ND); past it every curve and plan is
   * an extrapolation. Undefined when the runs were not given.
   */
  fitted: FittedRange | undefined;
}

/** Smallest and largest N, D and 6ND of the fitted runs. */
export interface FittedRange {
  /** Parameters N. */
  params: AllocationBounds;
  /** Training tokens D. */
  tokens: AllocationBounds;
  /** Training compute 6ND. */
  flops: AllocationBounds;
}

/**
 * The range of `runs` in N, D and 6ND.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fittedRange } from "./compute_allocation.ts";
 * const range = fittedRange([{ params: 1e8, tokens: 2e9, loss: 3 }, { params: 1e9, tokens: 1e9, loss: 2.9 }]);
 * assert.deepEqual(range.params, { lower: 1e8, upper: 1e9 });
 * assert.deepEqual(range.flops, { lower: 1.2e18, upper: 6e18 });
 * ```
 */
export function fittedRange(runs: readonly RunLike[]): FittedRange {
  if (runs.length === 0) throw new RangeError("fittedRange: runs is empty; give the fitted runs");
  const bounds = (values: number[]) => ({ lower: Math.min(...values), upper: Math.max(...values) });
  return {
    params: bounds(runs.map((r) => r.params)),
    tokens: bounds(runs.map((r) => r.tokens)),
    flops: bounds(runs.map((r) => 6 * r.params * r.tokens)),
  };
}

/** The loaded data: Chinchilla runs (for the fit), real models and Hoffmann's Table 3. */
export interface AllocationData {
  /** Training runs (N, D, loss) the law is fitted to. */
  runs: readonly RunLike[];
  /** Real models with N and D from their papers. */
  models: readonly TrainedModel[];
  /** Hoffmann et al. 2022, Table 3 rows. */
  table3: readonly { params: number; flops: number; tokens: number }[];
}

/**
 * The chapter's numbers from a fitted law and its bootstrap (which must hold intervals "a",
 * "b" and, for each of {@linkcode ALLOCATION_BUDGETS} and {@linkcode CHINCHILLA_FLOPS},
 * `params@C` and `tokensPerParam@C`).
 *
 * @throws {RangeError} naming a missing bootstrap interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeAllocation } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 0, converged: 0, intervals: new Proxy({}, { get: () => ({ lower: 1, upper: 2 }) }) };
 * const result = computeAllocation(law, boot, { models: [], table3: [] });
 * assert.equal(result.optimum.a, 0.28 / (0.34 + 0.28));
 * assert.equal(result.frontier.length, 25);
 * ```
 */
export function computeAllocation(
  law: ChinchillaLaw,
  boot: AllocationBootstrap & { samples?: LawSamples },
  data: Omit<AllocationData, "runs"> & { runs?: readonly RunLike[] },
): ComputeAllocation {
  const optimum = computeOptimal(law, CHINCHILLA_FLOPS);
  const labelled = new Set<string>(FRONTIER_LABELLED_MODELS);
  const models = placeModels(law, data.models, boot.samples ?? {});
  const years = data.models.filter((m) => models.verdicts["under-trained"].includes(m.model))
    .map((m) => m.year);
  const ratios = bandRows(law, boot, ALLOCATION_BUDGETS, "tokensPerParam", "ratio");
  return {
    law,
    bootstrap: { resamples: boot.resamples, converged: boot.converged },
    budget: CHINCHILLA_FLOPS,
    optimum,
    intervals: {
      a: interval(boot, "a"),
      b: interval(boot, "b"),
      tokensPerParam: interval(boot, `tokensPerParam@${CHINCHILLA_FLOPS}`),
    },
    frontier: bandRows(law, boot, ALLOCATION_BUDGETS, "params", "params"),
    modelPoints: data.models.map((m) => ({
      flops: 6 * m.params * m.tokens,
      params: m.params,
      name: labelled.has(m.model) ? m.model : "",
      model: m.model,
    })),
    underTrainedYears: years.length
      ? { lower: Math.min(...years), upper: Math.max(...years) }
      : undefined,
    published: publishedExponents(),
    exponents: quotedExponents(),
    ratios,
    ...bandSpan(ratios),
    table3: data.table3.map((row, i) => ({
      flops: row.flops,
      ratio: row.tokens / row.params,
      params: row.params,
      labelled: i % 2 === 0,
    })),
    models,
    inference: inferencePlans(law, optimum.loss),
    fitted: data.runs?.length ? fittedRange(data.runs) : undefined,
  };
}

/** Options of {@linkcode analyzeComputeAllocation}. */
export interface AllocationOptions {
  /** Bootstrap resamples (default 1000). */
  resamples?: number;
  /** Bootstrap seed (default 1). */
  seed?: number;
}

/**
 * Fits the Chinchilla law to `data.runs` (`fitChinchilla`), bootstraps it (`bootstrapChinchilla`
 * at the frontier's budgets and Chinchilla's) and returns {@linkcode computeAllocation}.
 *
 * @throws {RangeError} when `resamples` is not a positive integer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadChinchillaRuns, loadChinchillaTable3, loadTrainedModels } from "../data/mod.ts";
 * import { analyzeComputeAllocation } from "./compute_allocation.ts";
 * const data = { runs: await loadChinchillaRuns(), models: await loadTrainedModels(), table3: await loadChinchillaTable3() };
 * const result = await analyzeComputeAllocation(data, { resamples: 20 });
 * assert.ok(result.optimum.a > 0.45 && result.optimum.a < 0.55);
 * ```
 */
export async function analyzeComputeAllocation(
  data: AllocationData,
  options: AllocationOptions = {},
): Promise<ComputeAllocation> {
  const resamples = options.resamples ?? 1000;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(
      `analyzeComputeAllocation: resamples must be a positive integer, got ${resamples}`,
    );
  }
  const law = await fitChinchilla(data.runs);
  const boot = await bootstrapChinchilla(data.runs, {
    resamples,
    seed: options.seed ?? 1,
    fit: law,
    flops: [...ALLOCATION_BUDGETS, CHINCHILLA_FLOPS],
  });
  return computeAllocation(law, boot, data);
}
