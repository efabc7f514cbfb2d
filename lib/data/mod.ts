/**
 * Data layer: strict CSV loading into typed, validated records, loaders for the bundled data
 * sets, and the generic long format for a user's own results.
 * @module
 */
export * from "./errors.ts";
export { type CsvRow, type CsvTable, parseCsv } from "./csv.ts";
export {
  type ColumnSpec,
  type ColumnValue,
  readRecords,
  type RecordOf,
  type Schema,
} from "./schema.ts";
export {
  type Curve,
  curveKey,
  type CurvePoint,
  groupCurves,
  higherIsBetterFor,
  poolFamilies,
} from "./curves.ts";
export { type ChinchillaRun, loadChinchillaRuns } from "./chinchilla.ts";
export {
  loadBigBenchCurves,
  loadInverseScalingCurves,
  loadPythiaEvals,
  type PythiaEval,
} from "./benchmarks.ts";
export * from "./paper_tables.ts";
export * from "./bnsl.ts";
export * from "./long_format.ts";
export * from "./published_laws.ts";
export * from "./pythia.ts";
export * from "./gpt3_table_h1.ts";
export * from "./gpt4_exams.ts";
export * from "./prompt_example.ts";
export * from "./delimiter.ts";
export * from "./wide_format.ts";
export * from "./lm_eval.ts";
export * from "./own_data.ts";
export * from "./own_data_cache.ts";
