/**
 * Rendering: Vega-Lite → SVG, markdown (with TeX math as MathML) → HTML, syntax highlighting,
 * notebook outputs, and self-contained pages.
 *
 * @example
 * ```ts
 * import { escapeHtml, renderMarkdown } from "./mod.ts";
 * if (!renderMarkdown("*hi*").includes("<em>hi</em>") || escapeHtml("<") !== "&lt;") {
 *   throw new Error();
 * }
 * ```
 *
 * @module
 */
export * from "../charts/svg.ts";
export * from "./escape.ts";
export * from "./math.ts";
export * from "./highlight.ts";
export * from "./markdown.ts";
export * from "./figure.ts";
export * from "./outputs.ts";
export * from "./notebook.ts";
export * from "./page.ts";
export * from "./index_page.ts";
export * from "./styles.ts";
