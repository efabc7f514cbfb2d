/**
 * Small English wording helpers shared by the sentence modules of lib/analyze (private).
 * @module
 */
import type { Formatter } from "../locale/format.ts";
import { type Shape, SHAPE_INFO } from "../classify/shapes.ts";

/** "1 curve" / "3 curves" with the count formatted. */
export function countOf(f: Formatter, n: number, singular: string, plural: string): string {
  return `${f.number(n)} ${n === 1 ? singular : plural}`;
}

/** The verb agreeing with a count: "declines" for 1, "decline" otherwise. */
export function verb(n: number, singular: string, plural: string): string {
  return n === 1 ? singular : plural;
}

/** A shape's label in the formatter's language. */
export function shapeLabel(f: Formatter, shape: Shape): string {
  return SHAPE_INFO[shape].label[f.lang];
}
