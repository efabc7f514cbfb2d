/**
 * Small English wording helpers of the own-data sentences.
 * @module
 */
import type { Formatter } from "../locale/format.ts";
import type { Shape } from "../classify/shapes.ts";

/** "1 curve", "12 curves", "1,200 curves": a whole count with the noun in the right number. */
export function countEn(f: Formatter, n: number, one: string, many = `${one}s`): string {
  return `${f.fixed(n, 0)} ${n === 1 ? one : many}`;
}

/** A shape id as the own-data page writes it: "u-shaped", "inverted-u". */
export function shapeWord(shape: Shape): string {
  return shape.replace("_", "-");
}
