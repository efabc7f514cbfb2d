/**
 * The types of your own results as the readers give them (own_data.ts): rows, curves and notes.
 * @module
 */
import type { Curve } from "./curves.ts";
import type { LongFormatRow } from "./long_format.ts";
import type { LmEvalNotes } from "./lm_eval.ts";

/** The input formats. */
export const OWN_DATA_FORMATS = ["long", "wide", "lm-eval"] as const;
/** One of {@linkcode OWN_DATA_FORMATS}. */
export type OwnDataFormat = typeof OWN_DATA_FORMATS[number];

/** What was read and how: shown on the page and in the JSON results. */
export interface OwnDataNotes extends LmEvalNotes {
  /** The format read. */
  format: OwnDataFormat;
  /** The files read, as given (a harness folder lists its results files). */
  inputs: string[];
  /** The CSV delimiter ("comma", "semicolon", "tab"). */
  delimiter?: string;
  /** Text columns of a wide spreadsheet that were left out. */
  ignored: string[];
  /** Curves in which two or more models have the same size (their scores are averaged). */
  sameSize: { task: string; family: string; metric: string; params: number; models: string[] }[];
  /** Set when every size is at most 1000, which looks like billions written as plain numbers. */
  smallSizes?: { largest: number; model: string };
}

/** Rows, curves and notes of your own results. */
export interface OwnData {
  /** The rows (all, or the ones an analysis needs when `rowCount` is set). */
  rows: LongFormatRow[];
  /** The curves of every row. */
  curves: Curve[];
  /** What was read and how. */
  notes: OwnDataNotes;
  /** Rows read, when `rows` holds only some of them (a compacted input; see `compactOwnData`). */
  rowCount?: number;
  /** Curves whose sizes were already merged into bins (a compacted input). */
  mergedCount?: number;
}
