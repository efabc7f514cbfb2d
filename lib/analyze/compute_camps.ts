/**
 * The three camps on how to spend training compute — OpenAI (Kaplan et al. 2020: grow parameters
 * first, N_opt ∝ C^0.73), DeepMind (Hoffmann et al. 2022: tokens as important as parameters) and
 * Meta (Touvron et al. 2023: smaller models trained far past compute-optimal, cheap to serve) —
 * each with its models' numbers from our data, and our own Approach-2 isoFLOP fit of the
 * Chinchilla runs (Hoffmann et al. 2022, §3.2) beside the Approach-3 refit.
 * @module
 */
import type { TrainedModel } from "../data/paper_tables.ts";
import { fitIsoFlop, type Interval } from "../fit/isoflop.ts";
import type { IsoFlopRun } from "../fit/isoflop.ts";
import { HOFFMANN_2022_ALLOCATION, KAPLAN_2020 } from "../data/published_laws.ts";
import type { ComputeAllocation } from "./compute_allocation.ts";

/** Hoffmann et al.'s nine IsoFLOP budgets (§3.2: "from 6 × 10¹⁸ to 3 × 10²¹ FLOPs"). */
export const ISOFLOP_BUDGETS = [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21] as const;

/** The camps, in the order the course names them. */
export const CAMP_IDS = ["openai", "deepmind", "meta"] as const;

/** A camp id. */
export type CampId = typeof CAMP_IDS[number];

/** Which models stand for each camp (names as in model_training_compute.csv). */
export const CAMP_MODELS: Record<CampId, readonly string[]> = {
  openai: ["GPT-3 175B"],
  deepmind: ["Gopher 280B", "Chinchilla 70B"],
  meta: ["LLaMA 7B", "LLaMA 13B", "LLaMA 33B", "LLaMA 65B", "Llama 2 7B", "Llama 2 70B"],
};

/** A model with its tokens per parameter. */
export interface CampModel {
  /** Model name. */
  model: string;
  /** Parameters. */
  params: number;
  /** Training tokens. */
  tokens: number;
  /** Tokens per parameter. */
  tokensPerParam: number;
  /** Training FLOPs (reported, or 6·N·D). */
  flops: number;
}

/** An exponent pair N_opt ∝ C^a, D_opt ∝ C^b, with intervals where known. */
export interface Allocation {
  /** Exponent of N_opt. */
  a: number;
  /** Exponent of D_opt. */
  b: number;
  /** 95% intervals, when known. */
  intervals?: { a: Interval; b: Interval };
}

/** Result of {@linkcode computeCamps}. */
export interface ComputeCamps {
  /** Each camp's models from our data (missing names are left out). */
  camps: Record<CampId, CampModel[]>;
  /** Our Approach-2 fit (isoFLOP parabolas) on the Chinchilla runs. */
  approach2: Allocation & { budgets: number; runs: number };
  /** The Approach-3 refit (the chapter's law). */
  approach3: Allocation;
  /** Published exponents: Kaplan et al. 2020 and Hoffmann et al.'s Approaches 2 and 3. */
  published: { kaplan: Allocation; hoffmann2: Allocation; hoffmann3: Allocation };
  /** Chinchilla beside Gopher: the same compute, a quarter of the parameters. */
  chinchillaVsGopher?: { chinchilla: CampModel; gopher: CampModel };
  /** Inference-aware plans of the Approach-3 law (for "more data and a small model?"). */
  inference: ComputeAllocation["inference"];
}

function campModel(m: TrainedModel): CampModel {
  return {
    model: m.model,
    params: m.params,
    tokens: m.tokens,
    tokensPerParam: m.tokens / m.params,
    flops: m.flops,
  };
}

/**
 * The camps' models, our Approach-2 fit (seeded bootstrap) and the Approach-3 refit side by side.
 *
 * @param options.resamples Bootstrap resamples of the Approach-2 fit (default 1000).
 * @param options.seed Bootstrap seed (default 1).
 * @throws {RangeError} from `fitIsoFlop` when fewer than two budgets have a convex profile.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadChinchillaRuns, loadTrainedModels } from "../data/mod.ts";
 * import { computeCamps } from "./compute_camps.ts";
 * const approach3 = { optimum: { a: 0.46, b: 0.54 }, intervals: { a: { lower: 0.4, upper: 0.5 }, b: { lower: 0.5, upper: 0.6 } }, inference: {} } as never;
 * const c = computeCamps(await loadChinchillaRuns(), await loadTrainedModels(), approach3, { resamples: 20 });
 * assert.equal(c.approach2.budgets, 9);
 * assert.ok(c.approach2.a > 0.45 && c.approach2.a < 0.6);
 * assert.equal(c.chinchillaVsGopher?.chinchilla.tokens, 1.4e12);
 * ```
 */
export function computeCamps(
  runs: readonly IsoFlopRun[],
  models: readonly TrainedModel[],
  approach3: Pick<ComputeAllocation, "optimum" | "intervals" | "inference">,
  options: { resamples?: number; seed?: number } = {},
): ComputeCamps {
  const fit = fitIsoFlop(runs, {
    budgets: ISOFLOP_BUDGETS,
    resamples: options.resamples ?? 1000,
    seed: options.seed ?? 1,
  });
  const byName = new Map(models.map((m) => [m.model, m]));
  const camps = Object.fromEntries(
    CAMP_IDS.map((id) => [
      id,
      CAMP_MODELS[id].flatMap((name) => {
        const m = byName.get(name);
        return m ? [campModel(m)] : [];
      }),
    ]),
  ) as Record<CampId, CampModel[]>;
  const chinchilla = camps.deepmind.find((m) => m.model.startsWith("Chinchilla"));
  const gopher = camps.deepmind.find((m) => m.model.startsWith("Gopher"));
  return {
    camps,
    approach2: {
      a: fit.a,
      b: fit.b,
      ...(fit.intervals ? { intervals: fit.intervals } : {}),
      budgets: fit.profiles.length,
      runs: fit.profiles.reduce((sum, p) => sum + p.runs, 0),
    },
    approach3: {
      a: approach3.optimum.a,
      b: approach3.optimum.b,
      intervals: { a: approach3.intervals.a, b: approach3.intervals.b },
    },
    published: {
      kaplan: {
        a: KAPLAN_2020.allocation.paramsExponent,
        b: KAPLAN_2020.allocation.tokensExponent,
      },
      hoffmann2: HOFFMANN_2022_ALLOCATION.approach2,
      hoffmann3: HOFFMANN_2022_ALLOCATION.approach3,
    },
    ...(chinchilla && gopher ? { chinchillaVsGopher: { chinchilla, gopher } } : {}),
    inference: approach3.inference,
  };
}
