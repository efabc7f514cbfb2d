/**
 * TeX → MathML at build time with temml, so formulas need no script and no web fonts.
 *
 * @module
 */
import temml from "temml";
import { escapeHtml } from "./escape.ts";

/**
 * Renders TeX as a MathML `<math>` element; invalid TeX becomes an escaped `<code>` with the
 * error message as its title, never an exception.
 *
 * @param display `true` for a display (block) formula, as `$$…$$`.
 * @example
 * ```ts
 * import { renderTex } from "./math.ts";
 * const html = renderTex("L(N,D)=E+A/N^\\alpha+B/D^\\beta", false);
 * if (!html.startsWith("<math") || !html.includes("α")) throw new Error(html);
 * ```
 */
export function renderTex(tex: string, display: boolean): string {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true, annotate: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `<code class="math-error" title="${escapeHtml(message)}">${escapeHtml(tex)}</code>`;
  }
}
