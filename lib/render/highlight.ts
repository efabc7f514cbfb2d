/**
 * Build-time syntax highlighting of TypeScript with highlight.js (core + the typescript grammar).
 *
 * @module
 */
import hljs from "highlight.js/lib/core";
import typescript from "highlight.js/lib/languages/typescript";
import { escapeHtml } from "./escape.ts";

hljs.registerLanguage("typescript", typescript);

/**
 * Highlights code as HTML `<span class="hljs-…">` runs (text escaped). Languages other than
 * TypeScript/JavaScript are escaped only.
 *
 * @example
 * ```ts
 * import { highlight } from "./highlight.ts";
 * const html = highlight("const x = 1 < 2;");
 * if (!html.includes('<span class="hljs-keyword">const</span>') || !html.includes("&lt;")) {
 *   throw new Error(html);
 * }
 * ```
 */
export function highlight(code: string, language = "typescript"): string {
  const lang = language.toLowerCase();
  if (!["typescript", "ts", "javascript", "js", "tsx", "jsx"].includes(lang)) {
    return escapeHtml(code);
  }
  return hljs.highlight(code, { language: "typescript", ignoreIllegals: true }).value;
}
