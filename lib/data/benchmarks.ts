/**
 * Loaders for the bundled benchmark results: BIG-bench (BIG-G and Lu et al. 2024), the Inverse
 * Scaling Prize results, and Pythia evaluations. Each returns typed, checked rows, and the first
 * two also as curves (see {@link groupCurves}). Sources and licences: data/README.md.
 * @module
 */
import { checkOptions, ofType } from "../_options.ts";
import { bundled, loadTable } from "./_read.ts";
import { type Curve, groupCurves, higherIsBetterFor } from "./curves.ts";
import { DataRangeError } from "./errors.ts";

const _BIGBENCH_SCHEMA = {
  task: { type: "string" },
  model_family: { type: "string" },
  model_name: { type: "string" },
  params_total: { type: "number", positive: true, required: false },
  params_nonembedding: { type: "number", positive: true, required: false },
  shots: { type: "integer", min: 0 },
  prompt_type: { type: "string" },
  seed: { type: "integer", required: false },
  metric: { type: "string" },
  score: { type: "number" },
  preferred_metric: { type: "boolean" },
  low_score: { type: "number", min: 0, max: 1, required: false },
  n_examples: { type: "integer", positive: true, required: false },
  source: { type: "string" },
} as const;

/** Lu et al. metrics kept as curves: those whose direction is documented. */
const _BIGBENCH_CURVE_METRICS = new Set([
  "multiple_choice_grade",
  "exact_match_accuracy",
  "exact_match_f1",
  "bert_score_accuracy",
  "bert_score_f1",
  "single_bert_score",
  "edit_distance",
]);

/**
 * BIG-bench curves: the 35 BIG-G T=0 tasks (12 sizes, x = non-embedding parameters,
 * multiple_choice_grade, chance = BIG-bench's `low_score`, n = examples) and the Lu et al. 2024
 * families (x = nominal total parameters; seeds averaged; one curve per shots and prompt type).
 * Rows without a parameter count and the undocumented `*_gain`/`*_loss` metrics are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadBigBenchCurves } from "./benchmarks.ts";
 * const curves = await loadBigBenchCurves();
 * const bigG = curves.filter((curve) => curve.family === "BIG-G T=0");
 * assert.ok(bigG.length === 35 && bigG.every((curve) => curve.points.length === 12));
 * ```
 */
export async function loadBigBenchCurves(): Promise<Curve[]> {
  const file = bundled("bigbench/bigbench_results_long.csv");
  const rows = await loadTable(file.url, _BIGBENCH_SCHEMA, file.label);
  return groupCurves(
    rows.flatMap((row) => {
      const scale = row.params_nonembedding ?? row.params_total;
      if (scale === undefined || !_BIGBENCH_CURVE_METRICS.has(row.metric)) return [];
      const curve = {
        task: row.task,
        family: row.model_family,
        metric: row.metric,
        setting: `${row.shots}-shot ${row.prompt_type}`,
        higherIsBetter: higherIsBetterFor(row.metric),
        source: row.source,
        scale,
        score: row.score,
        model: row.model_name,
      };
      return [{
        ...curve,
        ...(row.low_score !== undefined ? { chance: row.low_score } : {}),
        ...(row.n_examples !== undefined ? { n: row.n_examples } : {}),
      }];
    }),
  );
}

const _INVERSE_SCHEMA = {
  task: { type: "string" },
  task_group: { type: "string" },
  model_family: { type: "string" },
  model_name: { type: "string" },
  params: { type: "number", positive: true },
  metric: { type: "string" },
  higher_is_better: { type: "boolean", required: false },
  value: { type: "number" },
  n_examples: { type: "integer", positive: true, required: false },
  random_baseline: { type: "number", min: 0, max: 1, required: false },
  prompting: { type: "string" },
  source_id: { type: "string" },
} as const;

/**
 * Inverse Scaling Prize curves (McKenzie et al. 2023): one per (task, family, metric, prompting),
 * chance from `random_baseline`. Log-odds differences (no stated direction) are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadInverseScalingCurves } from "./benchmarks.ts";
 * const curves = await loadInverseScalingCurves();
 * const neqa = curves.find((curve) => curve.task === "neqa" && curve.metric === "accuracy");
 * assert.ok(neqa?.points.length === 8 && neqa.chance === 0.5);
 * ```
 */
export async function loadInverseScalingCurves(): Promise<Curve[]> {
  const file = bundled("inverse_scaling/inverse_scaling_results.csv");
  const rows = await loadTable(file.url, _INVERSE_SCHEMA, file.label);
  return groupCurves(
    rows.flatMap((row) => {
      if (row.higher_is_better === undefined) return [];
      return [{
        task: row.task,
        family: row.model_family,
        metric: row.metric,
        setting: row.prompting,
        higherIsBetter: row.higher_is_better,
        source: row.source_id,
        scale: row.params,
        score: row.value,
        model: row.model_name,
        ...(row.random_baseline !== undefined ? { chance: row.random_baseline } : {}),
        ...(row.n_examples !== undefined ? { n: row.n_examples } : {}),
      }];
    }),
  );
}

/** One Pythia evaluation: a model checkpoint's score on a task. */
export interface PythiaEval {
  /** Model name. */
  model: string;
  /** Parameters (total). */
  params: number;
  /** Training step of the checkpoint (0 = initialisation). */
  step: number;
  /** Training tokens seen. */
  tokens: number;
  /** In-context examples in the prompt (0 or 5). */
  shots: number;
  /** Task name. */
  task: string;
  /** Metric name. */
  metric: string;
  /** The metric's value. */
  value: number;
  /** Standard error reported with the value. */
  stderr: number;
  /** Line in the CSV file. */
  line: number;
}

const _PYTHIA_SCHEMA = {
  model: { type: "string" },
  params: { type: "integer", positive: true },
  step: { type: "integer", min: 0 },
  tokens_seen: { type: "number", min: 0 },
  n_shot: { type: "integer", min: 0 },
  task: { type: "string" },
  metric: { type: "string" },
  value: { type: "number" },
  stderr: { type: "number", min: 0 },
} as const;

/**
 * Pythia evaluations (Biderman et al. 2023): 16 models × up to 27 checkpoints × 0/5-shot × tasks.
 * Accuracies (`acc`, `acc_norm`) are checked to lie in [0, 1].
 *
 * @param options.path Read the batch-size ablation file or another file with the same columns.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadPythiaEvals } from "./benchmarks.ts";
 * const evals = await loadPythiaEvals();
 * assert.ok(evals.length === 105024);
 * ```
 */
export async function loadPythiaEvals(options: { path?: string } = {}): Promise<PythiaEval[]> {
  checkOptions("loadPythiaEvals", options, { path: ofType("string") });
  const file = bundled("pythia/pythia_v1_evals_long.csv");
  const label = options.path ?? file.label;
  const rows = await loadTable(options.path ?? file.url, _PYTHIA_SCHEMA, label);
  const out: PythiaEval[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if ((row.metric === "acc" || row.metric === "acc_norm") && (row.value < 0 || row.value > 1)) {
      throw new DataRangeError(
        { file: label, line: row.line, column: 8, value: String(row.value) },
        `column "value" must be between 0 and 1 for metric "${row.metric}", got "${row.value}"`,
      );
    }
    out[i] = {
      model: row.model,
      params: row.params,
      step: row.step,
      tokens: row.tokens_seen,
      shots: row.n_shot,
      task: row.task,
      metric: row.metric,
      value: row.value,
      stderr: row.stderr,
      line: row.line,
    };
  }
  return out;
}
