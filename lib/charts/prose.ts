/**
 * Computed prose as a notebook output: a markdown string (from a sentence function of
 * lib/analyze) that displays in Jupyter and in the report like `Deno.jupyter.md`, without the
 * template-literal boilerplate in the notebook.
 * @module
 */
import { JUPYTER_DISPLAY } from "./chart.ts";

/** Markdown text that displays as rendered markdown; build it with {@linkcode markdown}. */
export class Markdown {
  /** The markdown source. */
  readonly text: string;

  /** Wraps markdown source. */
  constructor(text: string) {
    this.text = text;
  }

  /** Deno Jupyter display hook. */
  [JUPYTER_DISPLAY](): { "text/markdown": string; "text/plain": string } {
    return { "text/markdown": this.text, "text/plain": this.text };
  }
}

/**
 * Markdown to show as a cell's output (the last expression of a cell). Several pieces are joined
 * as paragraphs.
 *
 * @throws {TypeError} when a piece is not a string (e.g. `undefined` from a missing result).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { markdown } from "./prose.ts";
 * assert.equal(markdown("One.", "Two.").text, "One.\n\nTwo.");
 * ```
 */
export function markdown(...pieces: string[]): Markdown {
  pieces.forEach((piece, i) => {
    if (typeof piece !== "string") {
      throw new TypeError(`markdown: piece ${i} is ${String(piece)}, not a string`);
    }
  });
  return new Markdown(pieces.join("\n\n"));
}
