/**
 * Where real models sit against a fitted compute-optimal frontier (Hoffmann et al. 2022,
 * Section 3): each model's N, D, D/N and 6ND with the law's verdict, Gopher against Chinchilla,
 * and LLaMA 7B's tokens per parameter (Touvron et al. 2023) — every ratio computed from N and D.
 * @module
 */
import type { TrainedModel } from "../data/paper_tables.ts";
import { HOFFMANN_2022 } from "../data/published_laws.ts";
import { quantileSorted } from "../stats/quantile.ts";
import type { ChinchillaLaw } from "../fit/chinchilla.ts";
import {
  type AllocationPlacement,
  type AllocationVerdict,
  placeOnFrontier,
} from "../fit/allocation.ts";

/** A real model placed against the frontier. */
export interface ModelPlacement extends AllocationPlacement {
  /** Model name. */
  model: string;
  /** Citation of its N and D. */
  source: string;
}

/** Two models trained with about the same compute, compared under our law and Hoffmann's. */
export interface GopherVsChinchilla {
  /** Gopher 280B. */
  gopher: ModelPlacement;
  /** Chinchilla 70B. */
  chinchilla: ModelPlacement;
  /** Predicted losses under Hoffmann et al.'s printed law. */
  printedLaw: { gopher: number; chinchilla: number };
  /**
   * Predicted loss of the larger model minus the smaller one's, with the 95% bootstrap
   * percentile interval of that difference over the resampled laws (when the bootstrap's
   * per-resample E, A, B, α, β are given).
   */
  lossGap?: { estimate: number; lower: number; upper: number };
}

/** Per-resample law parameters of a bootstrap (`bootstrapChinchilla`'s `samples`). */
export type LawSamples = Partial<Record<"E" | "A" | "B" | "alpha" | "beta", number[]>>;

/**
 * The 95% percentile interval, over resampled laws, of the predicted loss of the larger of two
 * models minus the smaller's; undefined when the samples are missing or unequal in length.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { lossGapInterval } from "./allocation_placements.ts";
 * const samples = { E: [1.8, 1.8], A: [400, 400], B: [400, 400], alpha: [0.3, 0.35], beta: [0.3, 0.3] };
 * const gap = lossGapInterval(samples, { params: 2.8e11, tokens: 3e11 }, { params: 7e10, tokens: 1.4e12 });
 * assert.ok(gap && gap.lower <= gap.upper);
 * assert.equal(lossGapInterval({}, { params: 1, tokens: 1 }, { params: 1, tokens: 1 }), undefined);
 * ```
 */
export function lossGapInterval(
  samples: LawSamples,
  large: { params: number; tokens: number },
  small: { params: number; tokens: number },
): { lower: number; upper: number } | undefined {
  const { E, A, B, alpha, beta } = samples;
  const n = E?.length ?? 0;
  if (!E || !A || !B || !alpha || !beta || n === 0) return undefined;
  if ([A, B, alpha, beta].some((s) => s.length !== n)) return undefined;
  const loss = (i: number, m: { params: number; tokens: number }) =>
    E[i]! + A[i]! / m.params ** alpha[i]! + B[i]! / m.tokens ** beta[i]!;
  const gaps = Float64Array.from({ length: n }, (_, i) => loss(i, large) - loss(i, small)).sort();
  return { lower: quantileSorted(gaps, 0.025), upper: quantileSorted(gaps, 0.975) };
}

/** A model's size and data with the ratio computed from them. */
export interface ModelRatio {
  /** Model name. */
  model: string;
  /** Parameters N. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** D / N. */
  tokensPerParam: number;
}

/** Result of {@linkcode placeModels}. */
export interface ModelPlacements {
  /** Every model, sorted by 6ND ascending. */
  placements: ModelPlacement[];
  /** Model names by verdict, in the order of `placements`. */
  verdicts: Record<AllocationVerdict, string[]>;
  /** Gopher against Chinchilla, when both are in the table. */
  gopherVsChinchilla: GopherVsChinchilla | undefined;
  /** Chinchilla 70B's N, D and D/N, when present. */
  chinchilla: ModelRatio | undefined;
  /** LLaMA 7B's N, D and D/N, when present. */
  llama: ModelRatio | undefined;
  /**
   * Models whose source reports training FLOPs more than {@linkcode FLOPS_DIFFER_BY} away from
   * 6ND (the table uses 6ND for every model), in the order of `placements`.
   */
  reportedFlops: { model: string; reported: number; sixND: number }[];
}

/** A reported FLOP count this far (as a fraction) from 6ND is worth a word. */
export const FLOPS_DIFFER_BY = 0.1;

function ratioOf(models: readonly TrainedModel[], name: string): ModelRatio | undefined {
  const m = models.find((model) => model.model === name);
  return m &&
    { model: m.model, params: m.params, tokens: m.tokens, tokensPerParam: m.tokens / m.params };
}

function pairOf(
  gopher: ModelPlacement,
  chinchilla: ModelPlacement,
  samples: LawSamples,
): GopherVsChinchilla {
  const [large, small] = gopher.params >= chinchilla.params
    ? [gopher, chinchilla]
    : [chinchilla, gopher];
  const gap = lossGapInterval(samples, large, small);
  return {
    gopher,
    chinchilla,
    printedLaw: {
      gopher: placeOnFrontier(HOFFMANN_2022, gopher.params, gopher.tokens).predictedLoss,
      chinchilla: placeOnFrontier(HOFFMANN_2022, chinchilla.params, chinchilla.tokens)
        .predictedLoss,
    },
    ...(gap ? { lossGap: { estimate: large.predictedLoss - small.predictedLoss, ...gap } } : {}),
  };
}

/**
 * Places every model against `law`'s frontier (compute as 6ND) and gathers the comparisons the
 * chapter states.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { placeModels } from "./allocation_placements.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const model = (name: string, params: number, tokens: number) =>
 *   ({ model: name, organization: "", year: 2023, params, tokens, flops: 6 * params * tokens, flopsReported: false, source: "" });
 * const result = placeModels(law, [model("LLaMA 7B", 6.7e9, 1e12), model("GPT-3 175B", 174.6e9, 300e9)]);
 * assert.deepEqual(result.verdicts["under-trained"], ["GPT-3 175B"]);
 * assert.equal(result.llama?.tokensPerParam, 1e12 / 6.7e9);
 * ```
 */
export function placeModels(
  law: ChinchillaLaw,
  models: readonly TrainedModel[],
  samples: LawSamples = {},
): ModelPlacements {
  const placements = models.map((m) => ({
    model: m.model,
    source: m.source,
    ...placeOnFrontier(law, m.params, m.tokens),
  })).sort((a, b) => a.flops - b.flops);
  const named = (v: AllocationVerdict) =>
    placements.filter((p) => p.verdict === v).map((p) => p.model);
  const gopher = placements.find((p) => p.model === "Gopher 280B");
  const chinchilla = placements.find((p) => p.model === "Chinchilla 70B");
  return {
    placements,
    verdicts: {
      "under-trained": named("under-trained"),
      "compute-optimal": named("compute-optimal"),
      "over-trained": named("over-trained"),
    },
    gopherVsChinchilla: gopher && chinchilla && pairOf(gopher, chinchilla, samples),
    chinchilla: ratioOf(models, "Chinchilla 70B"),
    llama: ratioOf(models, "LLaMA 7B"),
    reportedFlops: placements.flatMap((p) => {
      const m = models.find((x) => x.model === p.model)!;
      return m.flopsReported && Math.abs(m.flops / p.flops - 1) > FLOPS_DIFFER_BY
        ? [{ model: p.model, reported: m.flops, sixND: p.flops }]
        : [];
    }),
  };
}
