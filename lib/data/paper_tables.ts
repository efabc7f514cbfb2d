/**
 * Loaders for numbers printed in papers (data/paper_tables/): real models' parameters and tokens,
 * Hoffmann et al.'s compute-optimal table, Wei et al.'s emergence scales, chain-of-thought and
 * MMLU results by model size. Every row keeps its `source` citation.
 * @module
 */
import { oneOf } from "../_options.ts";
import { bundled, loadTable } from "./_read.ts";

const _MODELS = {
  model: { type: "string" },
  organization: { type: "string" },
  year: { type: "integer" },
  params: { type: "number", positive: true },
  training_tokens: { type: "number", positive: true, required: false },
  training_flops: { type: "number", positive: true, required: false },
  source: { type: "string" },
  flops_basis: { type: "string" },
  preferred_for_plot: { type: "boolean" },
} as const;

/** A real model with its size and training data, from its paper (or Epoch AI). */
export interface TrainedModel {
  /** Model name. */
  model: string;
  /** Organisation that trained the model. */
  organization: string;
  /** Year of the paper. */
  year: number;
  /** Parameters, where the table gives them. */
  params: number;
  /** Training tokens seen. */
  tokens: number;
  /** Reported training FLOPs, or 6·N·D where the paper gives none. */
  flops: number;
  /** True when the source reports the compute (else 6·N·D). */
  flopsReported: boolean;
  /** Citation of the source. */
  source: string;
}

/**
 * Real models' parameters and training tokens (the rows marked `preferred_for_plot`, one per
 * model), with training compute as reported or, where no source states it, C = 6·N·D.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadTrainedModels } from "./paper_tables.ts";
 * const models = await loadTrainedModels();
 * const chinchilla = models.find((m) => m.model === "Chinchilla 70B");
 * assert.ok(chinchilla?.tokens === 1.4e12);
 * ```
 */
export async function loadTrainedModels(): Promise<TrainedModel[]> {
  const file = bundled("paper_tables/model_training_compute.csv");
  const rows = await loadTable(file.url, _MODELS, file.label);
  // A paper's own FLOP count for a model whose plotted row has none (LaMDA: Thoppilan et al.
  // 2022 report 3.55e23 FLOPs but no tokens; Hoffmann et al. give the tokens but no FLOPs).
  const paperFlops = (model: string) =>
    rows.find((r) =>
      r.model === model && r.training_flops !== undefined && r.flops_basis.startsWith("reported")
    )?.training_flops;
  return rows.filter((row) => row.preferred_for_plot && row.training_tokens !== undefined)
    .map((row) => {
      const tokens = row.training_tokens as number;
      const flops = row.training_flops ?? paperFlops(row.model);
      return {
        model: row.model,
        organization: row.organization,
        year: row.year,
        params: row.params,
        tokens,
        flops: flops ?? 6 * row.params * tokens,
        flopsReported: flops !== undefined,
        source: row.source,
      };
    });
}

const _TABLE3 = {
  source: { type: "string" },
  params: { type: "number", positive: true },
  training_flops: { type: "number", positive: true },
  training_tokens: { type: "number", positive: true },
} as const;

/**
 * Hoffmann et al. 2022, Table 3: compute-optimal parameters and tokens per compute budget.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadChinchillaTable3 } from "./paper_tables.ts";
 * const rows = await loadChinchillaTable3();
 * assert.ok(rows.length === 9 && rows[0]?.params === 4e8);
 * ```
 */
export async function loadChinchillaTable3(): Promise<
  { params: number; flops: number; tokens: number; source: string }[]
> {
  const file = bundled("paper_tables/chinchilla_table3_compute_optimal.csv");
  const rows = await loadTable(file.url, _TABLE3, file.label);
  return rows.map((row) => ({
    params: row.params,
    flops: row.training_flops,
    tokens: row.training_tokens,
    source: row.source,
  }));
}

const _WEI = {
  source: { type: "string" },
  setting: { type: "string" },
  ability: { type: "string" },
  emergent_scale_train_flops: { type: "string" },
  emergent_scale_params: { type: "string" },
  model: { type: "string" },
} as const;

const _UNITS: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Reads a size label such as "13B", "7.1B" or "40M" as a number; undefined for text like "Many".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseSizeLabel } from "./paper_tables.ts";
 * assert.ok(parseSizeLabel("7.1B") === 7.1e9 && parseSizeLabel("Many") === undefined);
 * ```
 */
export function parseSizeLabel(label: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([KMBT])$/i.exec(label.trim());
  if (match === null) return undefined;
  return Number(match[1]) * (_UNITS[(match[2] as string).toUpperCase()] as number);
}

/** One row of Wei et al. 2022, Table 1: an ability and the scale where it emerged. */
export interface PublishedEmergence {
  /** The ability, as named in the table. */
  ability: string;
  /** Prompting setting (few-shot or augmented prompting). */
  setting: string;
  /** Model name. */
  model: string;
  /** Parameters at emergence (undefined where the table says "Many"). */
  params?: number;
  /** Training FLOPs at emergence (undefined where the table says "Many"). */
  flops?: number;
  /** Citation of the source. */
  source: string;
}

/**
 * Wei et al. 2022 ("Emergent Abilities of Large Language Models"), Table 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPublishedEmergence } from "./paper_tables.ts";
 * const rows = await loadPublishedEmergence();
 * assert.ok(rows[0]?.params === 13e9 && rows.length === 23);
 * ```
 */
export async function loadPublishedEmergence(): Promise<PublishedEmergence[]> {
  const file = bundled("paper_tables/wei2022_table1_emergent_scale.csv");
  const rows = await loadTable(file.url, _WEI, file.label);
  return rows.map((row) => {
    const flops = Number(row.emergent_scale_train_flops);
    const params = parseSizeLabel(row.emergent_scale_params);
    return {
      ability: row.ability,
      setting: row.setting,
      model: row.model,
      ...(params !== undefined ? { params } : {}),
      ...(Number.isFinite(flops) ? { flops } : {}),
      source: row.source,
    };
  });
}

const _PAPER_SCORES = {
  source: { type: "string" },
  table: { type: "string" },
  benchmark: { type: "string" },
  model_family: { type: "string" },
  model_name: { type: "string" },
  params: { type: "number", positive: true, required: false },
  training_tokens: { type: "number", positive: true, required: false },
  prompting: { type: "string", required: false },
  value: { type: "number", min: 0, max: 100 },
  subset: { type: "string", required: false },
  preferred: { type: "boolean", required: false },
} as const;

/** A score (accuracy in %) printed in a paper for one model. */
export interface PaperScore {
  /** Benchmark name. */
  benchmark: string;
  /** Model family. */
  family: string;
  /** Model name. */
  model: string;
  /** Parameters, where the table gives them. */
  params?: number;
  /** Training tokens, where the table gives them (MMLU rows). */
  tokens?: number;
  /** "standard" / "chain_of_thought" for CoT; undefined for MMLU. */
  prompting?: string;
  /** MMLU subject group ("average", "stem", …). */
  subset?: string;
  /** Accuracy in percent. */
  value: number;
  /** Citation of the source. */
  source: string;
  /** Table of the paper. */
  table: string;
}

/**
 * Chain-of-thought results (Wei et al. 2022, CoT paper, Tables 2–5) or MMLU results by model
 * (Hendrycks et al., Hoffmann et al., Chowdhery et al., Touvron et al.; `preferred` rows only).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPaperScores } from "./paper_tables.ts";
 * const cot = await loadPaperScores("cot");
 * assert.ok(cot.length === 500);
 * ```
 */
export async function loadPaperScores(which: "cot" | "mmlu"): Promise<PaperScore[]> {
  oneOf("cot", "mmlu")(which, "which", "loadPaperScores");
  const file = bundled(`paper_tables/${which === "cot" ? "cot_scaling" : "mmlu_scaling"}.csv`);
  const rows = await loadTable(file.url, _PAPER_SCORES, file.label);
  return rows.filter((row) => row.preferred !== false).map((row) => ({
    benchmark: row.benchmark,
    family: row.model_family,
    model: row.model_name,
    ...(row.params !== undefined ? { params: row.params } : {}),
    ...(row.training_tokens !== undefined ? { tokens: row.training_tokens } : {}),
    ...(row.prompting !== undefined ? { prompting: row.prompting } : {}),
    ...(row.subset !== undefined ? { subset: row.subset } : {}),
    value: row.value,
    source: row.source,
    table: row.table,
  }));
}
