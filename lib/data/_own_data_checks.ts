/** Private: what looks wrong in own results but is allowed (own_data.ts reports it). */
import type { LongFormatRow } from "./long_format.ts";

/** Largest size below which every size looks like billions written as plain numbers. */
const PLAIN_BILLIONS = 1000;

/**
 * Curves with two or more models of one size (averaged into one point by `groupCurves`), and
 * whether every size is at most 1000 (7, 13, 70 look like billions).
 */
export function ownDataNotices(rows: readonly LongFormatRow[], checkSmall: boolean) {
  // curve → size → first model; a second model of a size opens an entry in `shared`.
  const first = new Map<string, Map<number, string>>();
  const shared = new Map<string, { row: LongFormatRow; models: Set<string> }>();
  let largest: LongFormatRow | undefined;
  for (const row of rows) {
    const curve = `${row.task}\u0000${row.family}\u0000${row.metric}`;
    let sizes = first.get(curve);
    if (sizes === undefined) first.set(curve, sizes = new Map());
    const model = sizes.get(row.params);
    if (model === undefined) sizes.set(row.params, row.model);
    else if (model !== row.model) {
      const key = `${curve}\u0000${row.params}`;
      const entry = shared.get(key) ?? { row, models: new Set([model]) };
      entry.models.add(row.model);
      shared.set(key, entry);
    }
    if (!largest || row.params > largest.params) largest = row;
  }
  const sameSize = [...shared.values()].map((e) => ({
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
