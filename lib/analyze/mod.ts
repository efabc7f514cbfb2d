/**
 * The analyses the report pages show, as tested functions of loaded data: each returns a typed
 * result (the numbers, the rows behind every chart, the facts the prose states), and sentence
 * functions turn results into wording for one language.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kaplanLaws, scaleRange } from "./mod.ts";
 * assert.equal(kaplanLaws().exponents.params, 0.076);
 * assert.equal(scaleRange([1, 2, 3, 4]).median, 2.5);
 * ```
 * @module
 */
// Chapter 1: scaling laws
export * from "./scaling_laws.ts";
export * from "./pythia_scaling.ts";
export * from "./pythia_training.ts";
export * from "./scaling_laws_text.ts";
export * from "./pythia_text.ts";
export * from "./scaling_laws_summary.ts";
export * from "./scaling_laws_claims.ts";
export * from "./index_story.ts";
// Chapter 2: emergence
export * from "./emergence.ts";
export * from "./emergence_exemplars.ts";
export * from "./emergence_scales.ts";
export * from "./emergence_prompting.ts";
export * from "./emergence_metric.ts";
export * from "./emergence_text.ts";
export * from "./emergence_prompting_text.ts";
export * from "./emergence_robustness.ts";
export * from "./emergence_robustness_text.ts";
// Chapter 3: U-curves
export * from "./u_curves.ts";
export * from "./u_curves_text.ts";
export * from "./bnsl_extrapolation.ts";
// Chapter 4: compute allocation
export * from "./compute_allocation.ts";
export * from "./compute_allocation_text.ts";
export * from "./allocation_placements.ts";
export * from "./inference_allocation.ts";
export * from "./allocation_exponents.ts";
export * from "./allocation_text.ts";
export * from "./allocation_range_text.ts";
// Your own data (deno task analyze)
export * from "./own_data.ts";
export * from "./own_data_text.ts";
export * from "./own_data_captions.ts";
// Issue 16: the story the course tells
export * from "./emergence_window.ts";
export * from "./emergence_window_text.ts";
export * from "./forecast_backtest.ts";
export * from "./forecast_backtest_text.ts";
export * from "./forecast_backtest_views.ts";
export * from "./gpt3_arithmetic.ts";
export * from "./gpt3_arithmetic_text.ts";
export * from "./rule_of_thumb.ts";
export * from "./rule_of_thumb_text.ts";
export * from "./gpt3_icl.ts";
export * from "./gpt3_icl_text.ts";
export * from "./exams.ts";
export * from "./exams_text.ts";
export * from "./compute_camps.ts";
export * from "./compute_camps_text.ts";
export * from "./story_u_shape.ts";
export * from "./prompt_callouts.ts";
export * from "./glossary.ts";
export * from "./references.ts";
export * from "./citations.ts";
export * from "./own_data_compact.ts";
export * from "./own_data_results.ts";
export * from "./own_data_sources.ts";
export * from "./own_data_forecast.ts";
export * from "./own_data_forecast_text.ts";
export * from "./reason_words.ts";
