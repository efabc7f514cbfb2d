/**
 * Which character separates the fields of a CSV file: a comma, a semicolon (spreadsheets saved
 * with a European locale, where the comma is the decimal mark) or a tab (TSV).
 * @module
 */

/** A field delimiter {@linkcode parseCsv} understands. */
export type Delimiter = "," | ";" | "\t";

/** The delimiter's name for messages and the page: "comma", "semicolon", "tab". */
export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
};

/**
 * Detects the delimiter from the header (the first non-blank line): the candidate that occurs
 * most often outside quotes, a comma on a tie or when none occurs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { detectDelimiter } from "./delimiter.ts";
 * assert.equal(detectDelimiter("task;model;params;score\nqa;a;1e9;0,5\n"), ";");
 * assert.equal(detectDelimiter("task\tmodel\n"), "\t");
 * assert.equal(detectDelimiter('"a;b",c\n'), ",");
 * ```
 */
export function detectDelimiter(text: string): Delimiter {
  const body = text.replace(/^\uFEFF/, "").replace(/^[\r\n]+/, "");
  const counts: Record<Delimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && (c === "," || c === ";" || c === "\t")) counts[c]++;
  }
  let best: Delimiter = ",";
  for (const d of [";", "\t"] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
