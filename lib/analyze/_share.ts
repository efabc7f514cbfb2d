/**
 * How large a part of a whole is, in the words a sentence may use: "most" only above half, "all"
 * only when all (issue 14's rule for counted claims).
 * @module
 */

/** `none` (0), `some` (at most half), `most` (over half, not all) or `all`. */
export type Share = "none" | "some" | "most" | "all";

/** The share `part` of `whole` (integers, 0 ≤ part ≤ whole, whole > 0). */
export function shareOf(part: number, whole: number): Share {
  if (
    !Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || part > whole || whole < 1
  ) {
    throw new RangeError(
      `shareOf: need integers 0 ≤ part ≤ whole, whole ≥ 1; got ${part} of ${whole}`,
    );
  }
  return part === 0 ? "none" : part === whole ? "all" : part * 2 > whole ? "most" : "some";
}

/** English number words for small counts (sentence-initial counts, chart titles). */
const EN_WORDS = ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"];

/** "Three" for 3; digits from 10 on. */
export function enCountWord(n: number): string {
  return EN_WORDS[n] ?? String(n);
}
