/**
 * A compact copy of your own results that gives the same analysis: curves merged into the page's
 * log-spaced bins (`limits.maxScales`), and only the rows `analyzeOwnData` reads (the smallest and
 * largest model, the runs with tokens, one lower-is-better row). `deno task analyze` hands this
 * to its notebook, so a million-row file is neither parsed nor held twice.
 * @module
 */
import type { OwnData } from "../data/own_data.ts";
import type { LongFormatRow } from "../data/long_format.ts";
import { distinctSizes, mergeScales } from "./_own_data_merge.ts";
import { OWN_DATA_LIMITS } from "./own_data_types.ts";

/**
 * The compact copy (see the module doc); `analyzeOwnData` gives the same result for both.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOwnCsv } from "../data/own_data.ts";
 * import { compactOwnData } from "./own_data_compact.ts";
 * const rows = Array.from({ length: 50 }, (_, i) => `t,m${i},${1e6 * 1.2 ** i},0.5`);
 * const d = readOwnCsv(["task,model,params,score", ...rows].join("\n"));
 * const c = compactOwnData(d);
 * assert.equal(c.rowCount, 50);
 * assert.equal(c.rows.length, 2);
 * assert.equal(c.mergedCount, 1);
 * assert.equal(c.curves[0]?.points.length, 30);
 * ```
 */
export function compactOwnData(
  data: OwnData,
  maxScales: number = OWN_DATA_LIMITS.maxScales,
): OwnData {
  const rows = data.rows;
  if (rows.length === 0) return data;
  let smallest = rows[0]!, largest = rows[0]!;
  let loss: LongFormatRow | undefined;
  for (const r of rows) {
    if (r.params < smallest.params) smallest = r;
    if (r.params > largest.params) largest = r;
    if (!loss && !r.higherIsBetter) loss = r;
  }
  const kept = rows.filter((r) =>
    r === smallest || r === largest || r === loss || r.tokens !== undefined
  );
  return {
    rows: kept,
    curves: data.curves.map((c) => mergeScales(c, maxScales)),
    notes: data.notes,
    rowCount: data.rowCount ?? rows.length,
    mergedCount: (data.mergedCount ?? 0) +
      data.curves.filter((c) => distinctSizes(c) > maxScales).length,
  };
}
