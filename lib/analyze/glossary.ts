/**
 * The glossary (reports/glossary.html): each term with an anchor id, its name and a two- or
 * three-sentence plain definition per language, and the phrases whose first use on a page links
 * to it.
 * @module
 */
import type { ByLang, Lang } from "../locale/lang.ts";

/** One glossary term. */
export interface GlossaryTerm {
  /**
   * Anchor id on the glossary page (`glossary.html#<id>`): the slug lib/render gives the English
   * name's heading, so a `## Name` heading carries it.
   */
  id: string;
  /** The term as a reader sees it. */
  name: ByLang<string>;
  /** Two or three plain sentences. */
  definition: ByLang<string>;
  /** Phrases (lower case) whose first use on a page links here; the name is always one. */
  phrases: ByLang<readonly string[]>;
  /** Reference ids (lib/analyze/references.ts) behind the term, where one paper defines it. */
  see?: readonly string[];
}

/** The glossary, in reading order. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: "scaling-law",
    name: { en: "Scaling law" },
    definition: {
      en: "A formula that predicts how a model's loss falls as it gets more parameters, more " +
        "training data or more compute. Scaling laws are fitted to many training runs and then " +
        "used to plan larger ones.",
    },
    phrases: { en: ["scaling law", "scaling laws"] },
    see: ["kaplan2020", "hoffmann2022"],
  },
  {
    id: "power-law",
    name: { en: "Power law" },
    definition: {
      en: "A relation y = a·x^(−b): every time x is multiplied by ten, y is multiplied by the " +
        "same factor. On a chart with both axes on a log scale it is a straight line.",
    },
    phrases: { en: ["power law", "power laws"] },
  },
  {
    id: "compute-optimal",
    name: { en: "Compute-optimal" },
    definition: {
      en: "The split of a fixed training budget between model size and training tokens that " +
        "gives the lowest loss. Hoffmann et al. found it near 20 tokens per parameter; it " +
        "ignores what the model costs to run afterwards.",
    },
    phrases: { en: ["compute-optimal", "compute optimal"] },
    see: ["hoffmann2022"],
  },
  {
    id: "flop",
    name: { en: "FLOP" },
    definition: {
      en: "One floating-point operation, such as a multiplication. Training compute is counted " +
        "in FLOPs, roughly 6 × parameters × training tokens for a transformer.",
    },
    phrases: { en: ["flop", "flops"] },
  },
  {
    id: "tokens-per-parameter",
    name: { en: "Tokens per parameter" },
    definition: {
      en: "Training tokens divided by the number of parameters: how long a model was trained for " +
        "its size. GPT-3 saw about 1.7 tokens per parameter, Chinchilla 20 and LLaMA 7B about 150.",
    },
    phrases: { en: ["tokens per parameter"] },
  },
  {
    id: "emergent-ability",
    name: { en: "Emergent ability" },
    definition: {
      en: "An ability that is absent in smaller models and present in larger ones, so it cannot " +
        "be predicted by extending the smaller models' scores. On a chart the score stays near " +
        "chance and then jumps.",
    },
    phrases: { en: ["emergent ability", "emergent abilities", "emergence", "emergent"] },
    see: ["wei2022emergent"],
  },
  {
    id: "threshold",
    name: { en: "Threshold" },
    definition: {
      en: "The model size at which an emergent curve leaves chance level. This report places it " +
        "from a fitted curve and gives an interval for it; it can only lie inside the sizes that " +
        "were measured.",
    },
    phrases: { en: ["threshold", "thresholds"] },
  },
  {
    id: "breakthroughness",
    name: { en: "Breakthroughness" },
    definition: {
      en: "A BIG-bench measure of how much of a task's improvement comes in one jump: the total " +
        "improvement divided by the typical (median) step between neighbouring model sizes. High " +
        "values mean a flat score that suddenly leaps.",
    },
    phrases: { en: ["breakthroughness"] },
    see: ["srivastava2022"],
  },
  {
    id: "linearity",
    name: { en: "Linearity" },
    definition: {
      en: "A BIG-bench measure of how steadily a task improves: the total improvement divided " +
        "by the root-mean-square step between neighbouring model sizes. High values mean every " +
        "larger model is a little better.",
    },
    phrases: { en: ["linearity"] },
    see: ["srivastava2022"],
  },
  {
    id: "u-shaped-scaling",
    name: { en: "U-shaped scaling" },
    definition: {
      en: "A task on which performance first gets worse as models grow and then gets better " +
        "again. A medium-sized model can look like a step backwards that a larger one undoes.",
    },
    phrases: { en: ["u-shaped", "u-curve", "u-curves", "u-shape"] },
    see: ["wei2022ushaped"],
  },
  {
    id: "inverse-scaling",
    name: { en: "Inverse scaling" },
    definition: {
      en: "Performance that gets worse as models get larger. The Inverse Scaling Prize collected " +
        "tasks like this to find where scale alone does not help.",
    },
    phrases: { en: ["inverse scaling"] },
    see: ["mckenzie2023"],
  },
  {
    id: "true-task",
    name: { en: "True task" },
    definition: {
      en: "What a prompt actually asks for, such as judging a bet by its expected value. Large " +
        "enough models do the true task even when an easier task is mixed in.",
    },
    phrases: { en: ["true task"] },
    see: ["wei2022ushaped"],
  },
  {
    id: "distractor-task",
    name: { en: "Distractor task" },
    definition: {
      en:
        "An easier task hidden in the same prompt that leads to a wrong answer, such as judging " +
        "a bet by how it turned out. Medium-sized models can learn the distractor before they " +
        "learn the true task, which gives the dip of a U-shaped curve.",
    },
    phrases: { en: ["distractor task", "distractor"] },
    see: ["wei2022ushaped"],
  },
  {
    id: "in-context-learning-icl",
    name: { en: "In-context learning (ICL)" },
    definition: {
      en: "Learning a task from examples written in the prompt, without changing the model's " +
        "weights. Few-shot prompting gives a handful of solved examples; zero-shot gives none.",
    },
    phrases: { en: ["in-context learning", "icl", "few-shot"] },
    see: ["brown2020"],
  },
  {
    id: "chain-of-thought-cot",
    name: { en: "Chain of thought (CoT)" },
    definition: {
      en: "A prompt whose examples show the reasoning steps before the answer, so the model " +
        "writes its own steps too. It helps large models on multi-step problems and can hurt " +
        "small ones.",
    },
    phrases: { en: ["chain-of-thought", "chain of thought", "cot"] },
    see: ["wei2022cot"],
  },
  {
    id: "bootstrap-interval",
    name: { en: "Bootstrap interval" },
    definition: {
      en: "A range for an estimate made by refitting it on many resampled copies of the data and " +
        "keeping the middle 95% of the results. A wide interval means the data pin the estimate " +
        "down poorly.",
    },
    phrases: { en: ["bootstrap interval", "bootstrap", "95% interval"] },
  },
  {
    id: "standard-error",
    name: { en: "Standard error" },
    definition: {
      en: "How much a measured score would vary if the test were repeated with new questions of " +
        "the same kind. For an accuracy p on n questions it is √(p(1 − p)/n).",
    },
    phrases: { en: ["standard error", "standard errors"] },
  },
  {
    id: "aic",
    name: { en: "ΔAIC" },
    definition: {
      en: "The difference in Akaike's information criterion between a model and the best one " +
        "fitted to the same data; AIC rewards a good fit and charges for every extra parameter. " +
        "A difference under about 2 means the data barely tell the models apart; above 10 the " +
        "worse model has essentially no support.",
    },
    phrases: { en: ["δaic", "aic", "akaike weight", "akaike weights"] },
  },
];

/**
 * A glossary term by id.
 *
 * @throws {RangeError} naming the unknown id and the known ones.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryTerm } from "./glossary.ts";
 * assert.equal(glossaryTerm("chain-of-thought-cot").name.en, "Chain of thought (CoT)");
 * ```
 */
export function glossaryTerm(id: string): GlossaryTerm {
  const found = GLOSSARY.find((t) => t.id === id);
  if (found === undefined) {
    throw new RangeError(
      `glossaryTerm: unknown id "${id}"; known ids: ${GLOSSARY.map((t) => t.id).join(", ")}`,
    );
  }
  return found;
}

/**
 * The glossary page's markdown in one language: a second-level heading per term (lib/render gives
 * it the anchor id from the English name) and its definition.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryMarkdown } from "./glossary.ts";
 * const md = glossaryMarkdown("en");
 * assert.match(md, /^## Scaling law\n\nA formula/);
 * ```
 */
export function glossaryMarkdown(lang: Lang): string {
  return GLOSSARY.map((t) => `## ${t.name[lang]}\n\n${t.definition[lang]}`).join("\n\n");
}
