/** Private: what looks wrong in own results but is allowed (own_data.ts reports it). */
import type { LongFormatRow } from "./long_format.ts";
import { CurveBuilder } from "./_curve_builder.ts";

/** Largest size below which every size looks like billions written as plain numbers. */
const PLAIN_BILLIONS = 1000;

/** The notices from a reader's facts (see {@linkcode ownDataNotices}). */
export function noticesOf(
  sameSize: ReturnType<CurveBuilder<LongFormatRow>["sameSize"]>,
  largest: LongFormatRow | undefined,
  checkSmall: boolean,
) {
  return {
    sameSize,
    ...(checkSmall && largest && largest.params <= PLAIN_BILLIONS
      ? { smallSizes: { largest: largest.params, model: largest.model } }
      : {}),
  };
}

/**
 * Curves with two or more models of one size (averaged into one point), and whether every size is
 * at most 1000 (7, 13, 70 look like billions).
 */
export function ownDataNotices(rows: readonly LongFormatRow[], checkSmall: boolean) {
  const builder = new CurveBuilder<LongFormatRow>();
  for (const row of rows) builder.add(row);
  return noticesOf(builder.sameSize(), builder.largest, checkSmall);
}
