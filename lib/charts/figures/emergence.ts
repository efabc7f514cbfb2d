/**
 * Chapter 2's figures and tables, built from lib/analyze results: the option literals live here so
 * the notebook stays load → call → display → prose. Titles that state a finding come from the
 * sentence functions of lib/analyze.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import type { PublishedEmergence } from "../../data/paper_tables.ts";
import { censusPanels, type EmergenceCensus } from "../../analyze/emergence.ts";
import type { CensusExemplars } from "../../analyze/emergence_exemplars.ts";
import { thresholdTableRows } from "../../analyze/emergence_scales.ts";
import { emergentRobustness } from "../../analyze/emergence_robustness.ts";
import type { CotByScale, IclByScale, MmluByScale } from "../../analyze/emergence_prompting.ts";
import type { MetricCheck, MirageToyRow } from "../../analyze/emergence_metric.ts";
import {
  censusDescription,
  censusTitle,
  exemplarDescription,
  exemplarTitle,
} from "../../analyze/emergence_text.ts";
import {
  cotTitle,
  iclTitle,
  mmluTitle,
  verdictText,
} from "../../analyze/emergence_prompting_text.ts";
import type { Chart } from "../chart.ts";
import { lineChart } from "../scatter.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { type Table, table } from "../table.ts";
import { shapeColor, shapeColumn } from "../shape_scale.ts";
import { SHAPE_INFO } from "../../classify/shapes.ts";
import { taskName } from "../../analyze/pythia_text.ts";

const BIG_G_SOURCE = "Srivastava et al. 2022 (BIG-bench BIG-G T=0";
const PARAMS_AXIS = { field: "params", title: "Non-embedding parameters (log scale)", log: true };

/**
 * Every census curve in its own panel, coloured by shape, with chance and threshold.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { censusFigure } from "./emergence.ts";
 * import { emergenceCensus } from "../../analyze/emergence.ts";
 * const points = [0.25, 0.26, 0.25, 0.24, 0.25, 0.26, 0.45, 0.7, 0.85].map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "jump", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ], { resamples: 0 });
 * assert.equal(censusFigure(census, formatter("en")).title, "The one BIG-bench task stays near chance and then jumps");
 * ```
 */
export function censusFigure(census: EmergenceCensus, f: Formatter): Chart {
  const panels = censusPanels(census, f);
  return smallMultiplesChart(panels.rows, {
    title: censusTitle(
      census,
      f,
      emergentRobustness(census.rows).filter((r) => r.changesWithout.includes("largest")).length,
    ),
    description: censusDescription(census, f),
    source: `${BIG_G_SOURCE} score files); classification: this report`,
    facet: { field: "task", columns: 4 },
    x: PARAMS_AXIS,
    color: shapeColor("shape", { lang: f.lang }),
    chance: panels.chance,
    thresholds: panels.thresholds,
    // One y-scale for every panel, so a flat task looks flat next to one that jumps (issue 15).
    y: { field: "accuracy", title: "Accuracy", domain: [0, 1] },
  });
}

/**
 * The census as a table sorted by shape, with thresholds and BIG-bench metrics.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { censusTable } from "./emergence.ts";
 * import { emergenceCensus } from "../../analyze/emergence.ts";
 * const points = [0.25, 0.26, 0.25, 0.24, 0.25, 0.26, 0.45, 0.7, 0.85].map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "jump", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ], { resamples: 0 });
 * assert.equal(censusTable(census, formatter("en")).rows[0]?.shape, "emergent");
 * ```
 */
export function censusTable(census: EmergenceCensus, f: Formatter): Table {
  return table(thresholdTableRows(census, f), [
    "task",
    shapeColumn("shape", f.lang),
    { key: "confidence", format: "fixed", digits: 2 },
    { key: "thresholdText", title: "threshold (95% bootstrap percentile interval)" },
    { key: "midpointText", title: "sigmoid midpoint" },
    { key: "aboveText", title: "sizes clearly above chance" },
    { key: "robustText", title: "label without an end size" },
    { key: "breakthroughness", format: "fixed", digits: 1 },
    { key: "linearity", format: "fixed", digits: 1 },
  ], {
    caption:
      "BIG-G curves sorted by shape, then confidence. A threshold or midpoint at or beyond the largest size, or between the two largest, is given as a bound. Sizes clearly above chance: more than two noise standard errors above it. The last column reclassifies each emergent curve without its largest and without its smallest size. Breakthroughness and linearity are the BIG-bench metrics of Srivastava et al. 2022 (I/√median and I/√mean of squared successive differences).",
  });
}

/**
 * The exemplar curves normalised to chance (the chapter's lead chart).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { exemplarFigure } from "./emergence.ts";
 * import { censusExemplars } from "../../analyze/emergence_exemplars.ts";
 * import { emergenceCensus } from "../../analyze/emergence.ts";
 * const points = [0.25, 0.26, 0.25, 0.24, 0.25, 0.26, 0.45, 0.7, 0.85].map((score, i) => ({ scale: 10 ** (7 + i / 2), score, n: 1000 }));
 * const census = emergenceCensus([
 *   { task: "jump", family: "f", metric: "acc", chance: 0.25, higherIsBetter: true, points },
 * ], { resamples: 0 });
 * assert.match(exemplarFigure(censusExemplars(census), formatter("en")).title, /^One BIG-bench task, one shape: a jump/);
 * ```
 */
export function exemplarFigure(exemplars: CensusExemplars, f: Formatter): Chart {
  return lineChart(exemplars.rows, {
    title: exemplarTitle(exemplars, f),
    description: exemplarDescription(exemplars, f),
    source: `${BIG_G_SOURCE}); classification: this report`,
    x: PARAMS_AXIS,
    y: { field: "normalized", title: "Accuracy above chance (0 = chance, 1 = perfect)" },
    color: { field: "curve", title: "Task (shape)" },
    chance: { value: 0, label: "chance" },
  });
}

/**
 * Wei et al. 2022's Table 1 as printed, numbers in the report's formatter.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { publishedTable } from "./emergence.ts";
 * import { loadPublishedEmergence } from "../../data/mod.ts";
 * const t = publishedTable(await loadPublishedEmergence(), formatter("en"));
 * assert.match(t.text(), /2\.3×10²²/);
 * ```
 */
export function publishedTable(published: readonly PublishedEmergence[], f: Formatter): Table {
  const or = (format: (v: number) => string) => (v: unknown) =>
    typeof v === "number" ? format(v) : "—";
  return table(published, [
    "ability",
    "setting",
    "model",
    { key: "params", title: "parameters", format: or((v) => f.params(v)) },
    { key: "flops", title: "training FLOPs", format: or((v) => f.flops(v)) },
  ], {
    caption: "Wei et al. 2022, Emergent Abilities of Large Language Models, Table 1 (as printed).",
  });
}

/**
 * Few-shot gain against parameters per task, with ±1.96 standard errors.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { iclFigure } from "./emergence.ts";
 * import { iclByScale } from "../../analyze/emergence_prompting.ts";
 * import { loadPythiaEvals } from "../../data/mod.ts";
 * const icl = iclByScale(await loadPythiaEvals(), ["sciq", "piqa"]);
 * assert.match(iclFigure(icl, formatter("en")).title, /grows with Pythia size on 1 of 2 tasks$/);
 * ```
 */
export function iclFigure(icl: IclByScale, f: Formatter): Chart {
  return lineChart(icl.gains.map((g) => ({ ...g, task: taskName(g.task, f) })), {
    title: iclTitle(icl, f),
    description:
      "Five-shot minus zero-shot accuracy of the final Pythia checkpoints against parameters, per task, with ±1.96 standard errors (conservative: both scores share examples).",
    source: "Biderman et al. 2023 (EleutherAI/pythia evaluations)",
    x: { field: "params", title: "Parameters (log scale)", log: true },
    y: { field: "gain", title: "Accuracy gain, 5-shot − 0-shot" },
    color: { field: "task", title: "Task", domain: icl.tasks.map((t) => taskName(t, f)) },
    stderr: "stderr",
    chance: { value: 0, label: "no gain" },
  });
}

/**
 * Standard vs chain-of-thought solve rate by scale, one panel per benchmark × family.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { cotFigure } from "./emergence.ts";
 * import { cotByScale } from "../../analyze/emergence_prompting.ts";
 * import { loadPaperScores } from "../../data/mod.ts";
 * const cot = cotByScale(await loadPaperScores("cot"), ["LaMDA"], ["GSM8K"]);
 * assert.match(cotFigure(cot, formatter("en")).title, /^Chain-of-thought prompting/);
 * ```
 */
export function cotFigure(cot: CotByScale, f: Formatter): Chart {
  const words = { standard: "standard", chain_of_thought: "chain of thought" };
  const rows = cot.rows.map((r) => ({
    ...r,
    prompting: words[r.prompting as keyof typeof words] ?? r.prompting,
  }));
  return smallMultiplesChart(rows, {
    title: cotTitle(cot, f),
    description:
      "Solve rate with standard and chain-of-thought prompting against parameters, for three math word-problem benchmarks and three model families.",
    source: "Wei et al. 2022, Chain-of-Thought Prompting, Tables 2–3 (arXiv:2201.11903v6)",
    facet: { field: "panel", columns: 3 },
    x: { field: "params", title: "Parameters (log scale)", log: true },
    y: { field: "accuracy", title: "Solve rate" },
    color: { field: "prompting", title: "Prompting", domain: Object.values(words) },
    detail: "prompting",
  });
}

/**
 * MMLU average accuracy by parameters per family, with the chance level.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { mmluFigure } from "./emergence.ts";
 * import { mmluByScale } from "../../analyze/emergence_prompting.ts";
 * import { loadPaperScores } from "../../data/mod.ts";
 * assert.match(mmluFigure(mmluByScale(await loadPaperScores("mmlu")), formatter("en")).title, /up to 13B/);
 * ```
 */
export function mmluFigure(mmlu: MmluByScale, f: Formatter): Chart {
  return lineChart(mmlu.rows, {
    title: mmluTitle(mmlu, f),
    description:
      "MMLU average accuracy (5-shot) against parameters for GPT-3, Gopher, Chinchilla, PaLM, LLaMA and Llama 2, with the four-way chance level.",
    source:
      "Hendrycks et al. 2021 T1; Hoffmann et al. 2022 T6; Chowdhery et al. 2022 T6; Touvron et al. 2023 T9 (LLaMA), T3 (Llama 2)",
    x: { field: "params", title: "Parameters (log scale)", log: true },
    y: { field: "accuracy", title: "MMLU accuracy (average)" },
    color: { field: "family", title: "Family" },
    chance: { value: mmlu.chance, label: "chance (4 options)" },
    tooltip: ["model", "params", "accuracy"],
  });
}

/**
 * The toy model of Schaeffer et al. 2023 under three metrics (an illustration, not data).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mirageFigure } from "./emergence.ts";
 * import { mirageToy } from "../../analyze/emergence_metric.ts";
 * assert.ok(mirageFigure(mirageToy()).illustration);
 * ```
 */
export function mirageFigure(rows: readonly MirageToyRow[]): Chart {
  return lineChart(rows, {
    title: "The same smooth improvement looks sudden under exact match",
    description:
      "Toy model of Schaeffer et al. 2023: per-token probability from a power-law loss, exact match over 10 tokens, and normalised token edit distance, against scale.",
    source: "toy model after Schaeffer et al. 2023, §2 (lib/classify/metric_sensitivity.ts)",
    illustration: true,
    x: { field: "params", title: "Model scale (log scale)", log: true },
    y: { field: "value", title: "Score" },
    color: { field: "metric", title: "Metric" },
  });
}

/**
 * The emergent-looking pooled curves with their shape under every metric and a verdict.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { metricTable } from "./emergence.ts";
 * const shapes = [{ metric: "exact_str_match", shape: "emergent" }, { metric: "bleu", shape: "u_shaped" }];
 * const check = { table: [{ task: "t", shapes, verdict: "depends" }] } as never;
 * const row = metricTable(check, formatter("en")).rows[0];
 * assert.equal(row?.shapes, "exact str match: emergent; bleu: U-shaped");
 * ```
 */
export function metricTable(check: MetricCheck, f: Formatter): Table {
  return table(
    check.table.map((row) => ({
      ...row,
      shapes: row.shapes.map((s) =>
        `${s.metric.replace(/_/g, " ")}: ${SHAPE_INFO[s.shape].label[f.lang]}`
      )
        .join("; "),
      verdict: verdictText(row.verdict, f),
    })),
    ["task", "setting", "shapes", "verdict"],
    {
      caption:
        "Pooled base-model curves (Lu et al. 2024 data) that are emergent under at least one metric, with their shape under every metric.",
    },
  );
}
