/**
 * Chinchilla training runs: Epoch AI's extraction of Hoffmann et al. 2022, Figure 4 (left), as
 * used by Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt" (arXiv:2404.10102).
 * @module
 */
import { checkOptions, ofType } from "../_options.ts";
import { bundled, loadTable } from "./_read.ts";

/** One training run. */
export interface ChinchillaRun {
  /** Parameters N (all parameters, including embeddings). */
  params: number;
  /** Training tokens D = C / (6N) (derived, as Besiroglu et al. do). */
  tokens: number;
  /** Training compute C in FLOP. */
  flops: number;
  /** Final training loss in nats per token. */
  loss: number;
  /** One of the 5 highest-loss runs that Besiroglu et al. drop as outliers. */
  outlier: boolean;
  /** Line in the CSV file. */
  line: number;
}

const _SCHEMA = {
  model_size_params: { type: "number", positive: true },
  training_flop: { type: "number", positive: true },
  loss: { type: "number", positive: true },
  training_tokens_derived: { type: "number", positive: true },
  epoch_excluded_top5_loss: { type: "boolean" },
} as const;

/**
 * Loads the 245 Chinchilla runs; by default returns the 240 that Besiroglu et al. fit (the 5
 * highest-loss points dropped).
 *
 * @param options.includeOutliers Keep the 5 dropped points (245 runs).
 * @param options.path Read another file with the same columns.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadChinchillaRuns } from "./chinchilla.ts";
 * const runs = await loadChinchillaRuns();
 * assert.ok(runs.length === 240 && runs.every((run) => !run.outlier));
 * ```
 */
export async function loadChinchillaRuns(
  options: { includeOutliers?: boolean; path?: string } = {},
): Promise<ChinchillaRun[]> {
  checkOptions("loadChinchillaRuns", options, {
    includeOutliers: ofType("boolean"),
    path: ofType("string"),
  });
  const file = bundled("chinchilla/chinchilla_svg_extracted.csv");
  const rows = await loadTable(options.path ?? file.url, _SCHEMA, options.path ?? file.label);
  const runs = rows.map((row) => ({
    params: row.model_size_params,
    tokens: row.training_tokens_derived,
    flops: row.training_flop,
    loss: row.loss,
    outlier: row.epoch_excluded_top5_loss,
    line: row.line,
  }));
  return options.includeOutliers ? runs : runs.filter((run) => !run.outlier);
}
