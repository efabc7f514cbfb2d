/**
 * Prompting by scale (chapter 2): the gain of in-context examples across Pythia sizes, the effect
 * of chain-of-thought prompting at the smallest and largest model of each family (Wei et al. 2022),
 * and MMLU accuracy by scale against the four-way chance level.
 * @module
 */
import { type FewShotGain, fewShotGain } from "../data/pythia.ts";
import type { PythiaEval } from "../data/benchmarks.ts";
import type { PaperScore } from "../data/paper_tables.ts";
import { requireNonEmpty, requirePositive } from "./_validate.ts";
import { shortFamily } from "./_labels.ts";

/** One task's few-shot gain at the smallest and largest model. */
export interface IclTaskChange {
  /** Task name. */
  task: string;
  /** Gain (5-shot − 0-shot accuracy) of the smallest model. */
  small: number;
  /** Gain of the largest model. */
  large: number;
  /** Standard errors of `small` and `large` (conservative, see `FewShotGain.stderr`). */
  se: [number, number];
  /** (large − small) / √(se_small² + se_large²): the change in standard errors. */
  change: number;
}

/** A step between neighbouring Pythia sizes where the few-shot gain rises by more than z SE. */
export interface IclJump {
  /** Task name. */
  task: string;
  /** The smaller and the larger model (parameters). */
  from: number;
  /** The larger model (parameters). */
  to: number;
  /** Gain at `from` and at `to`. */
  before: number;
  /** Gain at `to`. */
  after: number;
}

/** Result of {@linkcode iclByScale}. */
export interface IclByScale {
  /** The tasks, in the order given. */
  tasks: string[];
  /** The chart rows: one per task and model, from `fewShotGain`. */
  gains: FewShotGain[];
  /** Per task, the gain at the ends of the size range and its change. */
  byTask: IclTaskChange[];
  /** Tasks whose gain grows by more than `z` standard errors from smallest to largest model. */
  grows: IclTaskChange[];
  /** Tasks where the largest model still loses accuracy with examples (gain < 0). */
  losesAtLargest: string[];
  /**
   * Steps between neighbouring sizes where the gain rises by more than `z` standard errors of the
   * difference (a sudden switch would show as one such step), per task in size order.
   */
  jumps: IclJump[];
  /** The z used for `grows` and `jumps`. */
  z: number;
  /** Smallest and largest model (parameters). */
  params: { smallest: number; largest: number };
}

/**
 * The gain of five in-context examples over none per Pythia size (`fewShotGain`), and for each
 * task whether it grows from the smallest to the largest model by more than `z` (default 2)
 * standard errors — the errors are conservative (the two scores share examples).
 *
 * @throws {RangeError} when `tasks` is empty, `z` is not positive, or a task has no evaluations.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { iclByScale } from "./emergence_prompting.ts";
 * import { loadPythiaEvals } from "../data/mod.ts";
 * const icl = iclByScale(await loadPythiaEvals(), ["sciq", "piqa"]);
 * assert.equal(icl.byTask.length, 2);
 * assert.deepEqual(icl.grows.map((t) => t.task), ["sciq"]);
 * // sciq's gain rises by more than 2 standard errors from the smallest to the next size.
 * assert.deepEqual(icl.jumps.map((j) => j.task), ["sciq"]);
 * ```
 */
export function iclByScale(
  evals: readonly PythiaEval[],
  tasks: readonly string[],
  options: { z?: number } = {},
): IclByScale {
  requireNonEmpty(tasks, "iclByScale", "tasks");
  const z = requirePositive(options.z ?? 2, "iclByScale", "z");
  const perTask = tasks.map((task) => {
    const rows = fewShotGain(evals, { task });
    if (rows.length === 0) throw new RangeError(`iclByScale: no evaluations of task "${task}"`);
    return rows;
  });
  const byTask = perTask.map((rows, i): IclTaskChange => {
    const sorted = [...rows].sort((a, b) => a.params - b.params);
    const small = sorted[0]!, large = sorted.at(-1)!;
    return {
      task: tasks[i]!,
      small: small.gain,
      large: large.gain,
      se: [small.stderr, large.stderr],
      change: (large.gain - small.gain) / Math.hypot(small.stderr, large.stderr),
    };
  });
  const jumps = perTask.flatMap((rows, i) => {
    const sorted = [...rows].sort((a, b) => a.params - b.params);
    return sorted.slice(1).flatMap((b, j): IclJump[] => {
      const a = sorted[j]!;
      return (b.gain - a.gain) / Math.hypot(a.stderr, b.stderr) > z
        ? [{ task: tasks[i]!, from: a.params, to: b.params, before: a.gain, after: b.gain }]
        : [];
    });
  });
  const gains = perTask.flat();
  const params = gains.map((g) => g.params);
  return {
    tasks: [...tasks],
    gains,
    byTask,
    grows: byTask.filter((t) => t.change > z),
    losesAtLargest: byTask.filter((t) => t.large < 0).map((t) => t.task),
    jumps,
    z,
    params: { smallest: Math.min(...params), largest: Math.max(...params) },
  };
}

/** A paper score with its panel label and accuracy as a proportion. */
export type CotRow = PaperScore & { params: number; panel: string; accuracy: number };

/** Chain-of-thought effect (percentage points) at the smallest and largest model of a pair. */
export interface CotEffect {
  /** Benchmark. */
  benchmark: string;
  /** Model family. */
  family: string;
  /** CoT − standard solve rate at the smallest model (points). */
  smallest: number;
  /** CoT − standard solve rate at the largest model (points). */
  largest: number;
}

/** Result of {@linkcode cotByScale}. */
export interface CotByScale {
  /** Chart rows: scores with parameters of the chosen families and benchmarks. */
  rows: CotRow[];
  /** One effect per benchmark × family, benchmarks outer. */
  effects: CotEffect[];
  /** Pairs where CoT does not help (≤ 0) the smallest model. */
  hurtsSmall: number;
  /** Pairs where CoT helps (> 0) the largest model. */
  helpsLarge: CotEffect[];
}

/**
 * The chain-of-thought tables by scale: for each benchmark × family, CoT minus standard prompting
 * at the smallest and at the largest model (Wei et al. 2022, CoT paper, Tables 2–3).
 *
 * @throws {RangeError} when a benchmark × family pair has no rows, or a size lacks one prompting.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cotByScale } from "./emergence_prompting.ts";
 * import { loadPaperScores } from "../data/mod.ts";
 * const cot = cotByScale(await loadPaperScores("cot"), ["PaLM"], ["GSM8K"]);
 * assert.equal(cot.effects.length, 1);
 * assert.ok(cot.effects[0]!.largest > 0); // CoT helps PaLM 540B on GSM8K
 * ```
 */
export function cotByScale(
  scores: readonly PaperScore[],
  families: readonly string[],
  benchmarks: readonly string[],
): CotByScale {
  const rows = scores.filter((row): row is PaperScore & { params: number } =>
    row.params !== undefined && families.includes(row.family) && benchmarks.includes(row.benchmark)
  ).map((row) => ({
    ...row,
    panel: `${row.benchmark} · ${shortFamily(row.family)}`,
    accuracy: row.value / 100,
  }));
  const effects = benchmarks.flatMap((benchmark) =>
    families.map((family): CotEffect => {
      const pair = rows.filter((row) => row.benchmark === benchmark && row.family === family);
      const sizes = [...new Set(pair.map((row) => row.params))].sort((a, b) => a - b);
      if (sizes.length === 0) {
        throw new RangeError(`cotByScale: no scores for ${benchmark} × ${family}`);
      }
      const value = (size: number, prompting: string) => {
        const row = pair.find((r) => r.params === size && r.prompting === prompting);
        if (!row) {
          throw new RangeError(
            `cotByScale: ${benchmark} × ${family} at ${size} lacks ${prompting}`,
          );
        }
        return row.value;
      };
      const effect = (size: number) => value(size, "chain_of_thought") - value(size, "standard");
      return { benchmark, family, smallest: effect(sizes[0]!), largest: effect(sizes.at(-1)!) };
    })
  );
  return {
    rows,
    effects,
    hurtsSmall: effects.filter((e) => e.smallest <= 0).length,
    helpsLarge: effects.filter((e) => e.largest > 0),
  };
}

/** Result of {@linkcode mmluByScale}. */
export interface MmluByScale {
  /** Chart rows: MMLU averages with parameters, accuracy as a proportion. */
  rows: (PaperScore & { params: number; accuracy: number })[];
  /** The random baseline (proportion). */
  chance: number;
  /** The largest GPT-3 model within `margin` points of chance. */
  largestAtChance?: number;
  /** The margin (percentage points). */
  margin: number;
  /** Models of the other (later) families, and which of them are more than `margin` above chance. */
  later: {
    /** How many later-family models. */
    models: number;
    /** Those within `margin` points of chance (model names). */
    atChance: string[];
    /** GPT-3's best row (the score later families are measured against). */
    gpt3Best?: { model: string; params: number; value: number };
    /** The smallest later-family model scoring at least GPT-3's best. */
    matchesGpt3?: { model: string; params: number; value: number };
  };
}

/**
 * MMLU average accuracy by model, the random baseline, and the largest GPT-3 model within
 * `margin` (default 2) percentage points of it.
 *
 * @throws {RangeError} when the scores have no "Random baseline" average row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mmluByScale } from "./emergence_prompting.ts";
 * import { loadPaperScores } from "../data/mod.ts";
 * const mmlu = mmluByScale(await loadPaperScores("mmlu"));
 * assert.equal(mmlu.chance, 0.25);
 * assert.equal(mmlu.largestAtChance, 13e9);
 * // PaLM 8B (25.3%) is the one later-family model within 2 points of chance; Llama 2 7B (45.3%)
 * // is the smallest to reach GPT-3 175B's 43.9%.
 * assert.deepEqual(mmlu.later.atChance, ["PaLM 8B"]);
 * assert.equal(mmlu.later.matchesGpt3?.model, "Llama 2 7B");
 * ```
 */
export function mmluByScale(
  scores: readonly PaperScore[],
  options: { margin?: number } = {},
): MmluByScale {
  const margin = requirePositive(options.margin ?? 2, "mmluByScale", "margin");
  const chanceRow = scores.find((r) => r.family === "Random baseline" && r.subset === "average");
  if (!chanceRow) throw new RangeError(`mmluByScale: no "Random baseline" average row`);
  const rows = scores.filter((r): r is PaperScore & { params: number } =>
    r.subset === "average" && r.params !== undefined
  ).map((r) => ({ ...r, accuracy: r.value / 100 }));
  const isGpt3 = (r: { family: string }) => r.family.startsWith("GPT-3");
  const atChance = rows.filter((r) => isGpt3(r) && r.value - chanceRow.value < margin);
  const later = rows.filter((r) => !isGpt3(r));
  const gpt3Best = rows.filter(isGpt3).reduce<(typeof rows)[number] | undefined>(
    (best, r) => (!best || r.value > best.value ? r : best),
    undefined,
  );
  const matches = gpt3Best
    ? later.filter((r) => r.value >= gpt3Best.value).sort((a, b) => a.params - b.params)[0]
    : undefined;
  const pick = (r: (typeof rows)[number]) => ({ model: r.model, params: r.params, value: r.value });
  return {
    rows,
    chance: chanceRow.value / 100,
    margin,
    ...(atChance.length > 0 ? { largestAtChance: Math.max(...atChance.map((r) => r.params)) } : {}),
    later: {
      models: later.length,
      atChance: later.filter((r) => r.value - chanceRow.value < margin).map((r) => r.model),
      ...(gpt3Best ? { gpt3Best: pick(gpt3Best) } : {}),
      ...(matches ? { matchesGpt3: pick(matches) } : {}),
    },
  };
}
