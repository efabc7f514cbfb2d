/**
 * The broken-neural-scaling-law example of Caballero et al. 2022 (arXiv:2210.14891): 4-digit
 * addition, test cross-entropy against training-set size, and the published parameter sets.
 * @module
 */
import { bundled, loadTable } from "./_read.ts";

const _POINTS = {
  training_dataset_size: { type: "number", positive: true },
  test_cross_entropy: { type: "number", min: 0 },
  role_in_paper_figure: { type: "enum", values: ["fit", "extrapolation_target"] },
} as const;

/**
 * The 17 measured points: the first 14 are fitted in the paper, the last 3 extrapolated.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadBnslPoints } from "./bnsl.ts";
 * const points = await loadBnslPoints();
 * assert.ok(points.filter((p) => p.role === "fit").length === 14);
 * ```
 */
export async function loadBnslPoints(): Promise<
  { x: number; y: number; role: "fit" | "extrapolation_target" }[]
> {
  const file = bundled("bnsl/bnsl_4digit_addition_points.csv");
  const rows = await loadTable(file.url, _POINTS, file.label);
  return rows.map((row) => ({
    x: row.training_dataset_size,
    y: row.test_cross_entropy,
    role: row.role_in_paper_figure,
  }));
}

const _SETS = {
  parameter_set: { type: "string" },
  n_breaks: { type: "integer", min: 0 },
  a: { type: "number" },
  b: { type: "number" },
  c0: { type: "number" },
  what_it_is: { type: "string" },
} as const;

/** A published BNSL parameter set: y = a + b·x^(−c0)·Π(1 + (x/d_i)^(1/f_i))^(−c_i·f_i). */
export interface BnslParameterSet {
  /** Parameter set name. */
  name: string;
  /** What the parameter set is. */
  description: string;
  /** Limit value as x → ∞. */
  a: number;
  /** Offset. */
  b: number;
  /** Slope of the first power-law segment. */
  c0: number;
  /** Breaks: slope change c, position d, sharpness f. */
  breaks: { c: number; d: number; f: number }[];
}

/**
 * The two published parameter sets (the 4-digit-addition ground truth and Figure 1's illustration).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadBnslParameterSets } from "./bnsl.ts";
 * const sets = await loadBnslParameterSets();
 * assert.ok(sets[0]?.breaks.length === 1 && sets[1]?.breaks.length === 3);
 * ```
 */
export async function loadBnslParameterSets(): Promise<BnslParameterSet[]> {
  const file = bundled("bnsl/bnsl_parameter_sets.csv");
  const breakColumns = Object.fromEntries(
    [1, 2, 3].flatMap((i) =>
      ["c", "d", "f"].map((p) => [`${p}${i}`, { type: "number", required: false } as const])
    ),
  );
  const rows = await loadTable(file.url, { ..._SETS, ...breakColumns }, file.label);
  return rows.map((row) => {
    const record = row as unknown as Record<string, number | undefined>;
    const breaks = [];
    for (let i = 1; i <= row.n_breaks; i++) {
      breaks.push({
        c: record[`c${i}`] as number,
        d: record[`d${i}`] as number,
        f: record[`f${i}`] as number,
      });
    }
    return {
      name: row.parameter_set,
      description: row.what_it_is,
      a: row.a,
      b: row.b,
      c0: row.c0,
      breaks,
    };
  });
}
