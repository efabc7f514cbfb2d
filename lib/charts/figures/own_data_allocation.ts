/**
 * The compute-optimal allocation figures of the own-data page: the fitted Chinchilla law as a
 * table and the runs against the compute-optimal frontier (Hoffmann et al. 2022, Approach 3).
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import { computeOptimal } from "../../fit/compute_optimal.ts";
import type { AllocationFit, OwnDataAnalysis } from "../../analyze/own_data.ts";
import { allocationText } from "../../analyze/own_data_captions.ts";
import type { Chart } from "../chart.ts";
import { scatterChart } from "../scatter.ts";
import { type Table, table } from "../table.ts";

/**
 * The fitted Chinchilla law (E, A, B, α, β, the exponent a of N_opt ∝ C^a, runs).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { ownDataLawTable } from "./own_data_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28, starts: 9, converged: true };
 * const fit = { law, runs: [{}, {}], task: "t", metric: "loss" } as never;
 * const t = ownDataLawTable(fit, "x.csv", formatter("en"));
 * assert.equal(t.rows[0]!.runs, 2);
 * ```
 */
export function ownDataLawTable(fit: AllocationFit, fileName: string, f: Formatter): Table {
  const { law } = fit;
  return table(
    [{
      E: law.E,
      A: law.A,
      B: law.B,
      alpha: law.alpha,
      beta: law.beta,
      a: law.beta / (law.alpha + law.beta),
      runs: fit.runs.length,
    }],
    [
      { key: "E", title: "E", format: "fixed", digits: 3 },
      { key: "A", format: "auto", digits: 4 },
      { key: "B", format: "auto", digits: 4 },
      { key: "alpha", title: "α", format: "fixed", digits: 3 },
      { key: "beta", title: "β", format: "fixed", digits: 3 },
      {
        key: "a",
        title: inLang(f.lang, { en: () => "a in N_opt ∝ C^a", zh: () => "N_opt ∝ C^a 中的 a" }),
        format: "fixed",
        digits: 3,
      },
      {
        key: "runs",
        title: inLang(f.lang, { en: () => "runs", zh: () => "训练次数" }),
        format: "integer",
      },
    ],
    { caption: allocationText(fit, fileName, f).caption },
  );
}

/**
 * Parameters against training compute for the runs, with the compute-optimal N (dashed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { ownDataAllocationChart } from "./own_data_allocation.ts";
 * const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28, starts: 9, converged: true };
 * const row = (params: number, loss: number) => ({ flops: 6 * params * 20 * params, params, loss, run: "r", fit: "above the law" });
 * const a = { fileName: "x.csv", allocationRows: [row(1e8, 3), row(1e9, 2.5)] } as never;
 * const fit = { law, runs: [{}, {}], task: "t", metric: "loss" } as never;
 * assert.equal(ownDataAllocationChart(a, fit, formatter("en")).rows.length, 2);
 * ```
 */
export function ownDataAllocationChart(
  a: OwnDataAnalysis,
  fit: AllocationFit,
  f: Formatter,
): Chart {
  const { title, description } = allocationText(fit, a.fileName, f);
  const w = inLang(f.lang, {
    en: () => ({
      sides: { "below the law": "below the law", "above the law": "above the law" },
      source: `${a.fileName}; law: this report (Hoffmann et al. 2022, Approach 3)`,
      x: "Training compute C = 6ND (FLOP, log scale)",
      y: "Parameters N (log scale)",
      loss: "Observed loss",
      optimal: "compute-optimal N",
    }),
    zh: () => ({
      sides: { "below the law": "低于法则", "above the law": "高于法则" },
      source: `${a.fileName}；法则：本报告（Hoffmann et al. 2022，Approach 3）`,
      x: "训练算力 C = 6ND（FLOP，对数坐标）",
      y: "参数 N（对数坐标）",
      loss: "观测到的损失",
      optimal: "计算最优的 N",
    }),
  });
  const side = (s: string) => (w.sides as Record<string, string>)[s] ?? s;
  return scatterChart(a.allocationRows.map((r) => ({ ...r, fit: side(r.fit) })), {
    lang: f.lang,
    title,
    description,
    source: w.source,
    x: { field: "flops", title: w.x, log: true },
    y: { field: "params", title: w.y, log: true },
    color: { field: "fit", title: w.loss, domain: Object.values(w.sides) },
    fits: [{ f: (c: number) => computeOptimal(fit.law, c).params, label: w.optimal }],
    tooltip: ["run", "loss"],
  });
}
