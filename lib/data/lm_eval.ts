/**
 * lm-evaluation-harness output (EleutherAI): a folder tree of `results_<timestamp>.json` files,
 * one per model run, each with `results` → task → `"<metric>,<filter>"` keys (`"acc,none"`,
 * `"acc_stderr,none"`, `"exact_match,strict-match"`), `config.model_args`
 * (`pretrained=EleutherAI/pythia-1.4b,…`), `model_name`, `n-samples`, `group_subtasks` and, in
 * recent versions, `config.model_num_parameters`.
 *
 * Rules (documented in README, "Your own data"):
 * - headline metric per task: `--metric` if given, else the first of acc_norm, acc, exact_match,
 *   f1, mcc, bleu, word_perplexity present, else the task's first metric; filter `none` first, then
 *   `strict-match`, then the first; its `_stderr` is kept as the noise;
 * - model size: `config.model_num_parameters`, else the `--sizes` file, else a size in the model
 *   name ("1.4b", "7B", "160m"), which is reported as a guess;
 * - family: the model name without its size ("EleutherAI/pythia-1.4b" → "EleutherAI/pythia");
 * - subtasks listed in `group_subtasks` are named "group/subtask";
 * - a later run (timestamp in the file name, else `date`) of the same model and task replaces an
 *   earlier one, and the replacement is reported.
 * @module
 */
import { DataRangeError, DataTypeError } from "./errors.ts";
import type { LongFormatRow } from "./long_format.ts";
import { higherIsBetterFor } from "./curves.ts";

/** One results file: its path (as shown) and text. */
export interface LmEvalFile {
  /** The path as shown in messages. */
  path: string;
  /** The file's text. */
  text: string;
}

/** Model sizes from a `--sizes` file, by model name. */
export type ModelSizes = ReadonlyMap<string, { params: number; tokens?: number }>;

/** What {@linkcode readLmEval} read, besides the rows. */
export interface LmEvalNotes {
  /** The metric chosen per task, and the ones it could have been. */
  metrics: { task: string; metric: string; available: string[] }[];
  /** Sizes guessed from model names. */
  guesses: { model: string; params: number; file: string }[];
  /** Runs replaced by a later one. */
  replaced: { model: string; task: string; kept: string; dropped: string }[];
}

const PREFERRED = ["acc_norm", "acc", "exact_match", "f1", "mcc", "bleu", "word_perplexity"];
const SIZE_IN_NAME = /(?:^|[-_/.])(\d+(?:\.\d+)?)([kmbt])(?=$|[-_/.])/i;
const UNIT: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

/**
 * A size in a model name: "pythia-1.4b" → 1.4e9, "Llama-2-7B-hf" → 7e9, "opt-125m" → 1.25e8.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sizeFromName } from "./lm_eval.ts";
 * assert.equal(sizeFromName("EleutherAI/pythia-1.4b-deduped"), 1.4e9);
 * assert.equal(sizeFromName("meta-llama/Llama-2-7B-hf"), 7e9);
 * assert.equal(sizeFromName("gpt2"), undefined);
 * ```
 */
export function sizeFromName(model: string): number | undefined {
  const m = SIZE_IN_NAME.exec(model);
  return m ? Number(m[1]) * UNIT[m[2]!.toLowerCase()]! : undefined;
}

/** The model name without its size: the family. */
function familyOf(model: string): string {
  return model.replace(SIZE_IN_NAME, "").replace(/[-_.]$/, "") || model;
}

interface _Run {
  file: string;
  time: string;
  model: string;
  params: number;
  tokens?: number;
  guessed: boolean;
  json: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Model name, size and time of one results file. */
function runOf(file: LmEvalFile, sizes: ModelSizes): _Run {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw new DataTypeError(
      { file: file.path, line: 0, column: 0 },
      `not valid JSON (${
        (error as Error).message
      }); is this an lm-evaluation-harness results file?`,
    );
  }
  if (!isObject(json) || !isObject(json.results)) {
    throw new DataTypeError(
      { file: file.path, line: 0, column: 0, value: "results" },
      'no "results" object; an lm-evaluation-harness results file has results → task → metric',
    );
  }
  const config = isObject(json.config) ? json.config : {};
  const args = config.model_args;
  const pretrained = typeof args === "string"
    ? /(?:^|,)\s*pretrained=([^,]+)/.exec(args)?.[1]
    : isObject(args) && typeof args.pretrained === "string"
    ? args.pretrained
    : undefined;
  const model = pretrained ?? (typeof json.model_name === "string" ? json.model_name : undefined);
  if (!model) {
    throw new DataTypeError(
      { file: file.path, line: 0, column: 0, value: "config.model_args" },
      'no model name (config.model_args "pretrained=…" or model_name); re-run the harness with ' +
        "--model_args pretrained=NAME",
    );
  }
  const stamp = /results_(.+)\.json$/.exec(file.path)?.[1];
  const time = stamp ?? (typeof json.date === "number" ? String(json.date).padStart(20, "0") : "");
  const counted = config.model_num_parameters;
  const given = sizes.get(model);
  const named = sizeFromName(model);
  const params = typeof counted === "number" && counted > 0 ? counted : given?.params ?? named;
  if (params === undefined) {
    throw new DataRangeError(
      { file: file.path, line: 0, column: 0, value: model },
      `no size for model "${model}" (no config.model_num_parameters, no size in its name); give ` +
        "--sizes FILE.csv with columns model,parameters",
    );
  }
  const guessed = !(typeof counted === "number" && counted > 0) && given === undefined;
  return {
    file: file.path,
    time,
    model,
    params,
    ...(given?.tokens !== undefined ? { tokens: given.tokens } : {}),
    guessed,
    json,
  };
}

/** Metric keys of one task result: `"acc,none"` → { metric: "acc", filter: "none" }. */
function metricKeys(result: Record<string, unknown>) {
  return Object.keys(result).flatMap((key) => {
    const [metric, filter = "none"] = key.split(",");
    if (!metric || metric.endsWith("_stderr") || metric === "alias") return [];
    return typeof result[key] === "number" ? [{ key, metric, filter }] : [];
  });
}

/** The headline metric of a task result (see the module doc). */
function headline(result: Record<string, unknown>, wanted?: string) {
  const keys = metricKeys(result);
  const name = (k: { metric: string; filter: string }) =>
    k.filter === "none" ? k.metric : `${k.metric} (${k.filter})`;
  const rank = (k: { filter: string }) =>
    k.filter === "none" ? 0 : k.filter === "strict-match" ? 1 : 2;
  const pick = (list: typeof keys) => [...list].sort((a, b) => rank(a) - rank(b))[0];
  const chosen = wanted !== undefined
    ? pick(keys.filter((k) => k.metric === wanted || name(k) === wanted || k.key === wanted))
    : PREFERRED.map((m) => pick(keys.filter((k) => k.metric === m))).find((k) => k) ?? keys[0];
  return { chosen, name: chosen ? name(chosen) : "", available: keys.map(name) };
}

/**
 * The example count that gives the reported standard error as binomial noise,
 * n = p(1 − p) / se², else the harness's effective sample count.
 */
function noiseN(p: number, se: number | undefined, samples: unknown): number | undefined {
  if (se !== undefined && p > 0 && p < 1) return Math.max(1, Math.round((p * (1 - p)) / se ** 2));
  const n = isObject(samples) ? samples.effective : undefined;
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Reads lm-evaluation-harness results files into long-format rows (see the module doc for the
 * rules) and notes of the choices made.
 *
 * @throws {DataTypeError | DataRangeError} naming the file and key, with what to do.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readLmEval } from "./lm_eval.ts";
 * const run = (model: string, acc: number) => ({
 *   path: `out/${model}/results_2024-01-01T00-00-00.json`,
 *   text: JSON.stringify({
 *     results: { arc_easy: { "acc,none": acc, "acc_stderr,none": 0.01, "acc_norm,none": acc } },
 *     config: { model_args: `pretrained=EleutherAI/${model}` },
 *   }),
 * });
 * const { rows, notes } = readLmEval([run("pythia-160m", 0.4), run("pythia-1b", 0.5)]);
 * assert.equal(rows[0]?.metric, "acc_norm");
 * assert.equal(rows[1]?.params, 1e9);
 * assert.equal(notes.guesses.length, 2);
 * ```
 */
export function readLmEval(
  files: readonly LmEvalFile[],
  options: { metric?: string; sizes?: ModelSizes; chance?: number } = {},
): { rows: LongFormatRow[]; notes: LmEvalNotes } {
  const runs = files.map((f) => runOf(f, options.sizes ?? new Map()))
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.file < b.file ? -1 : 1));
  const latest = new Map<string, { row: LongFormatRow; file: string }>();
  const notes: LmEvalNotes = { metrics: [], guesses: [], replaced: [] };
  const metricOf = new Map<string, { metric: string; available: string[] }>();
  for (const run of runs) {
    if (run.guessed && !notes.guesses.some((g) => g.model === run.model)) {
      notes.guesses.push({ model: run.model, params: run.params, file: run.file });
    }
    const groups = isObject(run.json.group_subtasks) ? run.json.group_subtasks : {};
    const groupOf = new Map<string, string>();
    for (const [group, subtasks] of Object.entries(groups)) {
      if (Array.isArray(subtasks)) { for (const s of subtasks) groupOf.set(String(s), group); }
    }
    const samples = isObject(run.json["n-samples"]) ? run.json["n-samples"] : {};
    for (const [name, result] of Object.entries(run.json.results as Record<string, unknown>)) {
      if (!isObject(result)) continue;
      const { chosen, name: metric, available } = headline(result, options.metric);
      if (!chosen) continue;
      const task = groupOf.has(name) ? `${groupOf.get(name)}/${name}` : name;
      if (!metricOf.has(task)) metricOf.set(task, { metric, available });
      const score = result[chosen.key] as number;
      if (!Number.isFinite(score)) {
        throw new DataRangeError(
          { file: run.file, line: 0, column: 0, value: `results.${name}.${chosen.key}` },
          `results.${name}["${chosen.key}"] is not a finite number; re-run that task`,
        );
      }
      const row: LongFormatRow = {
        task,
        model: run.model,
        params: run.params,
        score,
        family: familyOf(run.model),
        metric,
        higherIsBetter: higherIsBetterFor(chosen.metric),
        line: 0,
      };
      const se = result[`${chosen.metric}_stderr,${chosen.filter}`];
      if (typeof se === "number" && Number.isFinite(se) && se > 0) row.stderr = se;
      const n = noiseN(score, row.stderr, samples[name]);
      if (n !== undefined) row.n = n;
      if (options.chance !== undefined) row.chance = options.chance;
      if (run.tokens !== undefined) row.tokens = run.tokens;
      const key = JSON.stringify([run.model, task]);
      const before = latest.get(key);
      if (before) {
        notes.replaced.push({ model: run.model, task, kept: run.file, dropped: before.file });
      }
      latest.set(key, { row, file: run.file });
    }
  }
  const rows = [...latest.values()].map((v) => v.row);
  if (rows.length === 0) {
    throw new DataRangeError(
      { file: files[0]?.path ?? "<input>", line: 0, column: 0 },
      options.metric !== undefined
        ? `no task reports metric "${options.metric}"; check --metric`
        : "no task results with a numeric metric",
    );
  }
  notes.metrics = [...metricOf].map(([task, m]) => ({ task, ...m }))
    .sort((a, b) => (a.task < b.task ? -1 : 1));
  return { rows, notes };
}
