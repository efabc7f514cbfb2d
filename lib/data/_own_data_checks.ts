/** Private: what looks wrong in own results but is allowed (own_data.ts reports it). */
import type { LongFormatRow } from "./long_format.ts";

/** Largest size below which every size looks like billions written as plain numbers. */
const PLAIN_BILLIONS = 1000;

/**
 * Curves with two or more models of one size (averaged into one point by `groupCurves`), and
 * whether every size is at most 1000 (7, 13, 70 look like billions).
 */
export function ownDataNotices(rows: readonly LongFormatRow[], checkSmall: boolean) {
  const bySize = new Map<string, { row: LongFormatRow; models: Set<string> }>();
  let largest: LongFormatRow | undefined;
  for (const row of rows) {
    const key = JSON.stringify([row.task, row.family, row.metric, row.params]);
    const entry = bySize.get(key) ?? { row, models: new Set<string>() };
    entry.models.add(row.model);
    bySize.set(key, entry);
    if (!largest || row.params > largest.params) largest = row;
  }
  const sameSize = [...bySize.values()].filter((e) => e.models.size > 1).map((e) => ({
    task: e.row.task,
    family: e.row.family,
    metric: e.row.metric,
    params: e.row.params,
    models: [...e.models],
  }));
  return {
    sameSize,
    ...(checkSmall && largest && largest.params <= PLAIN_BILLIONS
      ? { smallSizes: { largest: largest.params, model: largest.model } }
      : {}),
  };
}
