/**
 * One real Inverse Scaling Prize prompt: the worked example of the hindsight-neglect task
 * (McKenzie et al. 2023, arXiv:2306.09479), copied from the task's dataset card
 * (data/inverse_scaling/hindsight_neglect_example.json; provenance in data/README.md).
 * @module
 */
import { checkOptions, ofType } from "../_options.ts";
import { bundled, readDataFile } from "./_read.ts";
import { DataRangeError, DataTypeError } from "./errors.ts";

/** The bet a hindsight-neglect question describes. */
export interface Bet {
  /** Probability of the loss (0–1). */
  lossProbability: number;
  /** Dollars lost. */
  loss: number;
  /** Probability of the gain (0–1). */
  gainProbability: number;
  /** Dollars won. */
  gain: number;
  /** What happened when the bet was played. */
  outcome: "gain" | "loss";
}

/** A few-shot prompt with its demonstrations, final question and correct answer. */
export interface PromptExample {
  /** Task name. */
  task: string;
  /** Dataset page. */
  dataset: string;
  /** Citation. */
  cite: string;
  /** Demonstrations shown (question, answer). */
  demonstrations: { question: string; answer: string }[];
  /** Demonstrations the source elides. */
  omitted: number;
  /** The final question. */
  question: string;
  /** Its correct answer. */
  answer: string;
  /** The bet of the final question. */
  bet: Bet;
}

function _field<T>(
  value: unknown,
  check: (v: unknown) => v is T,
  name: string,
  label: string,
): T {
  if (!check(value)) {
    throw new DataTypeError(
      { file: label, line: 0, column: 0, value: JSON.stringify(value) ?? "undefined" },
      `field "${name}" is missing or has the wrong type (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

const _isString = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const _isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function _bet(raw: Record<string, unknown>, label: string): Bet {
  const num = (key: string) => _field(raw[key], _isNumber, `bet.${key}`, label);
  const bet: Bet = {
    lossProbability: num("loss_probability"),
    loss: num("loss"),
    gainProbability: num("gain_probability"),
    gain: num("gain"),
    outcome: _field(
      raw.outcome,
      (v): v is "gain" | "loss" => v === "gain" || v === "loss",
      "bet.outcome",
      label,
    ),
  };
  if (Math.abs(bet.lossProbability + bet.gainProbability - 1) > 1e-9) {
    throw new DataRangeError(
      { file: label, line: 0, column: 0 },
      `bet probabilities must add up to 1, got ${bet.lossProbability} + ${bet.gainProbability}`,
    );
  }
  return bet;
}

/**
 * The hindsight-neglect prompt: two of its ten demonstrations, the question and the answer.
 *
 * @param options.path Read another JSON file with the same fields.
 * @throws {DataTypeError} naming the file and the field that is missing or mistyped.
 * @throws {DataRangeError} when the bet's probabilities do not add up to 1.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadHindsightExample } from "./prompt_example.ts";
 * const example = await loadHindsightExample();
 * assert.ok(example.answer === "N" && example.bet.outcome === "gain");
 * ```
 */
export async function loadHindsightExample(
  options: { path?: string } = {},
): Promise<PromptExample> {
  checkOptions("loadHindsightExample", options, { path: ofType("string") });
  const file = bundled("inverse_scaling/hindsight_neglect_example.json");
  const label = options.path ?? file.label;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await readDataFile(options.path ?? file.url, label));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new DataTypeError(
      { file: label, line: 0, column: 0 },
      `not valid JSON: ${error.message}`,
    );
  }
  const demos = _field(raw.demonstrations, Array.isArray, "demonstrations", label);
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null;
  return {
    task: _field(raw.task, _isString, "task", label),
    dataset: _field(raw.dataset, _isString, "dataset", label),
    cite: _field(raw.cite, _isString, "cite", label),
    demonstrations: demos.map((d: unknown, i: number) => {
      const demo = _field(d, isRecord, `demonstrations[${i}]`, label);
      return {
        question: _field(demo.question, _isString, `demonstrations[${i}].question`, label),
        answer: _field(demo.answer, _isString, `demonstrations[${i}].answer`, label),
      };
    }),
    omitted: _field(raw.omitted_demonstrations, _isNumber, "omitted_demonstrations", label),
    question: _field(raw.question, _isString, "question", label),
    answer: _field(raw.correct_answer, _isString, "correct_answer", label),
    bet: _bet(_field(raw.bet, isRecord, "bet", label), label),
  };
}

/** Standard and chain-of-thought prompting on one question (Wei et al. 2022, CoT, Figure 1). */
export interface CotExample {
  /** Citation. */
  paper: string;
  /** The one exemplar's question. */
  exemplarQuestion: string;
  /** The test question. */
  question: string;
  /** Its correct answer. */
  answer: string;
  /** Standard prompting: the exemplar's answer and the model's output. */
  standard: { exemplarAnswer: string; output: string; correct: boolean };
  /** Chain-of-thought prompting: the exemplar's reasoning and the model's output. */
  chainOfThought: { exemplarAnswer: string; output: string; correct: boolean };
}

function _variant(raw: unknown, name: string, label: string) {
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null;
  const v = _field(raw, isRecord, name, label);
  return {
    exemplarAnswer: _field(v.exemplar_answer, _isString, `${name}.exemplar_answer`, label),
    output: _field(v.model_output, _isString, `${name}.model_output`, label),
    correct: _field(
      v.correct,
      (x): x is boolean => typeof x === "boolean",
      `${name}.correct`,
      label,
    ),
  };
}

/**
 * The chain-of-thought paper's Figure 1 prompt: one exemplar answered directly (standard) or with
 * its reasoning (chain of thought), and what the model then answered.
 *
 * @param options.path Read another JSON file with the same fields.
 * @throws {DataTypeError} naming the file and the field that is missing or mistyped.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadCotExample } from "./prompt_example.ts";
 * const cot = await loadCotExample();
 * assert.ok(cot.answer === "9" && !cot.standard.correct && cot.chainOfThought.correct);
 * ```
 */
export async function loadCotExample(options: { path?: string } = {}): Promise<CotExample> {
  checkOptions("loadCotExample", options, { path: ofType("string") });
  const file = bundled("paper_tables/cot_figure1_prompt.json");
  const label = options.path ?? file.label;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await readDataFile(options.path ?? file.url, label));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new DataTypeError(
      { file: label, line: 0, column: 0 },
      `not valid JSON: ${error.message}`,
    );
  }
  return {
    paper: _field(raw.paper, _isString, "paper", label),
    exemplarQuestion: _field(raw.exemplar_question, _isString, "exemplar_question", label),
    question: _field(raw.question, _isString, "question", label),
    answer: _field(raw.correct_answer, _isString, "correct_answer", label),
    standard: _variant(raw.standard, "standard", label),
    chainOfThought: _variant(raw.chain_of_thought, "chain_of_thought", label),
  };
}
