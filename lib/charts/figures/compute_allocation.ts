/**
 * Chapter 4's figures and tables, built from a lib/analyze `ComputeAllocation`: the
 * compute-optimal frontier with real models, the exponents table, tokens per parameter, the
 * placements table, the inference-aware plans and their sweep.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import type { ComputeAllocation } from "../../analyze/compute_allocation.ts";
import { frontierTitle, ratioTitle } from "../../analyze/compute_allocation_text.ts";
import { plansCaption, sweepTitle } from "../../analyze/allocation_text.ts";
import { rangeCell } from "../../analyze/allocation_range_text.ts";
import { Chart } from "../chart.ts";
import { bandChart } from "../band.ts";
import { lineChart } from "../scatter.ts";
import { type Table, table } from "../table.ts";

/**
 * The chart with the fitted runs' compute range shaded behind it (issue 14: every extrapolated
 * curve shows the range of the data its law was fitted on; the line outside the shade is
 * extrapolated).
 */
function shadeFitted(chart: Chart, r: ComputeAllocation, f: Formatter): Chart {
  if (!r.fitted) return chart;
  const { lower, upper } = r.fitted.flops;
  const label = inLang(f.lang, { en: () => "fitted runs" });
  const shade = {
    data: { values: [{ flops: lower, flopsEnd: upper, label, annotation: true }] },
    // Decorative: the chart's description says what the shade is.
    mark: { type: "rect", color: "#888", opacity: 0.12, aria: false },
    encoding: {
      x: { field: "flops", type: "quantitative" },
      x2: { field: "flopsEnd" },
    },
  };
  const text = {
    data: { values: [{ flops: Math.sqrt(lower * upper), label, annotation: true }] },
    mark: { type: "text", baseline: "top", fontSize: 12 },
    encoding: {
      x: { field: "flops", type: "quantitative" },
      y: { value: 4 },
      text: { field: "label", type: "nominal" },
    },
  };
  const spec = chart.spec as { layer: unknown[] };
  const description = `${chart.description} ${
    inLang(f.lang, {
      en: () =>
        `Shaded: the compute of the runs the law was fitted on (${f.flops(lower)} to ${
          f.flops(upper)
        } FLOP); outside it the line is extrapolated.`,
    })
  }`;
  return new Chart({
    title: chart.title,
    description,
    ...(chart.source === undefined ? {} : { source: chart.source }),
    illustration: chart.illustration,
    spec: { ...chart.spec, description, layer: [shade, text, ...spec.layer] },
    rows: chart.rows,
  });
}

/**
 * N_opt against C with its bootstrap band, and real models' N at 6ND.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { frontierFigure } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const llama = { model: "LLaMA 7B", organization: "Meta AI", year: 2023, params: 6.7e9, tokens: 1e12, flops: 4.02e22, flopsReported: false, source: "" };
 * const result = computeAllocation(law, boot, { models: [llama], table3: [] });
 * assert.ok(frontierFigure(result, formatter("en")).spec);
 * ```
 */
export function frontierFigure(r: ComputeAllocation, f: Formatter): Chart {
  return shadeFitted(frontierChart(r, f), r, f);
}

function frontierChart(r: ComputeAllocation, f: Formatter): Chart {
  return bandChart(r.frontier, {
    title: frontierTitle(r, f),
    description:
      "Compute-optimal parameter count against training compute from our fitted law, with a 95% bootstrap band, and real models' parameter counts at their training compute.",
    source:
      "our fit to Epoch AI's extraction of Hoffmann et al. 2022 Fig. 4; models: their papers (data/paper_tables)",
    x: { field: "flops", title: "Training compute C (FLOP, log scale)", log: true },
    y: { field: "params", title: "Parameters N (log scale)", log: true },
    lower: "lower",
    upper: "upper",
    bandTitle: "95% bootstrap interval",
    // Every model is named; Vega's label transform places the names without collisions.
    points: { rows: r.modelPoints, label: "model", title: "Real models" },
  });
}

/**
 * The compute-allocation exponents: published, and ours with its bootstrap interval.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { exponentsTable } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.match(exponentsTable(result, formatter("en")).html(), /This report \(refit, 1-resample 95% interval\)/);
 * ```
 */
export function exponentsTable(r: ComputeAllocation, f: Formatter): Table {
  const { a, b } = r.intervals;
  return table([...r.published, {
    source: `This report (refit, ${f.number(r.bootstrap.resamples, 6)}-resample 95% interval)`,
    a: r.optimum.a,
    b: r.optimum.b,
    interval: `a ${f.interval(a.lower, a.upper)}, b ${f.interval(b.lower, b.upper)}`,
  }], [
    "source",
    { key: "a", title: "a (N_opt ∝ C^a)", format: "fixed", digits: 2 },
    { key: "b", title: "b (D_opt ∝ C^b)", format: "fixed", digits: 2 },
    { key: "interval", title: "interval" },
  ], {
    caption:
      "Compute-allocation exponents. Hoffmann's Approach 3 and Besiroglu's a, b are derived from their printed α, β as a = β/(α+β).",
  });
}

/**
 * D_opt/N_opt against C with its band, and Hoffmann et al.'s Table 3 (every other row labelled by N).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { ratioFigure } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.ok(ratioFigure(result, formatter("en")).spec);
 * ```
 */
export function ratioFigure(r: ComputeAllocation, f: Formatter): Chart {
  return shadeFitted(ratioChart(r, f), r, f);
}

function ratioChart(r: ComputeAllocation, f: Formatter): Chart {
  return bandChart(r.ratios, {
    title: ratioTitle(r, f),
    description:
      "Compute-optimal tokens per parameter against training compute from our fitted law with a 95% bootstrap band, and Hoffmann et al.'s Table 3 projections.",
    source: "our fit (Epoch AI / Hoffmann et al. 2022 data); Hoffmann et al. 2022, Table 3",
    x: { field: "flops", title: "Training compute C (FLOP, log scale)", log: true },
    y: { field: "ratio", title: "Tokens per parameter D/N (log scale)", log: true },
    lower: "lower",
    upper: "upper",
    bandTitle: "95% bootstrap interval",
    points: {
      rows: r.table3.map((row) => ({
        flops: row.flops,
        ratio: row.ratio,
        name: row.labelled ? f.params(row.params) : "",
        params: row.params,
      })),
      label: "name",
      title: "Hoffmann et al. Table 3 (labelled by N)",
    },
  });
}

/**
 * Every model against the frontier, by training compute.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { placementsTable } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const gpt3 = { model: "GPT-3 175B", organization: "OpenAI", year: 2020, params: 174.6e9, tokens: 300e9, flops: 3.14e23, flopsReported: true, source: "" };
 * const result = computeAllocation(law, boot, { models: [gpt3], table3: [] });
 * assert.match(placementsTable(result).html(), /under-trained/);
 * ```
 */
export function placementsTable(r: ComputeAllocation): Table {
  return table(r.models.placements, [
    "model",
    { key: "params", title: "N", format: "si" },
    { key: "tokens", title: "D (tokens)", format: "si" },
    { key: "tokensPerParam", title: "D/N", format: "fixed", digits: 1 },
    { key: "flops", title: "C = 6ND (FLOP)", format: "exp" },
    { key: "optimalParams", title: "N_opt(C)", format: "si" },
    { key: "sizeRatio", title: "N / N_opt", format: "fixed", digits: 2 },
    { key: "predictedLoss", title: "predicted loss", format: "fixed", digits: 3 },
    { key: "verdict", title: "verdict" },
  ], {
    caption:
      "Real models against our fitted frontier. Parameters and tokens from each model's paper (data/paper_tables/model_training_compute.csv).",
  });
}

/**
 * The inference-aware plans by lifetime inference volume.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { plansTable } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.match(plansTable(result, formatter("en")).html(), /Cheapest model reaching loss 1\.931/);
 * ```
 */
export function plansTable(r: ComputeAllocation, f: Formatter): Table {
  const rows = r.inference.plans.map((plan) => ({ ...plan, range: rangeCell(plan, r.fitted, f) }));
  return table(rows, [
    { key: "inferenceTokens", title: "lifetime inference tokens", format: "exp" },
    { key: "params", title: "N", format: "si" },
    { key: "tokens", title: "D (training tokens)", format: "si" },
    { key: "tokensPerParam", title: "D/N", format: "fixed", digits: 0 },
    { key: "trainingFlops", title: "training FLOP", format: "exp" },
    { key: "inferenceFlops", title: "inference FLOP", format: "exp" },
    {
      key: "savingsPct",
      title: "compute saved vs Chinchilla-optimal (%)",
      format: "fixed",
      digits: 1,
    },
    { key: "range", title: "fitted range" },
  ], { caption: plansCaption(r, f) });
}

/**
 * Inference-aware optimal tokens per parameter against lifetime inference tokens.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { computeAllocation } from "../../analyze/compute_allocation.ts";
 * import { inferenceSweepFigure } from "./compute_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
 * const boot = { resamples: 1, converged: 1, intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) };
 * const table3 = [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }];
 * const result = computeAllocation(law, boot, { models: [], table3 });
 * assert.ok(inferenceSweepFigure(result, formatter("en")).spec);
 * ```
 */
export function inferenceSweepFigure(r: ComputeAllocation, f: Formatter): Chart {
  return lineChart(r.inference.sweep, {
    title: sweepTitle(r, f),
    description: `Inference-aware optimal tokens per parameter for a target loss of ${
      f.fixed(r.inference.target, 3)
    }, against expected lifetime inference tokens (Sardana et al. 2023 objective with our fitted law).`,
    source: "our fitted law; objective of Sardana et al. 2023",
    x: {
      field: "inferenceTokens",
      title: "Expected lifetime inference tokens (log scale)",
      log: true,
    },
    y: { field: "ratio", title: "Optimal training tokens per parameter (log scale)", log: true },
  });
}
