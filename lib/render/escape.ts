/**
 * HTML escaping for text and attribute values.
 *
 * @module
 */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes `& < > " '` so the text is safe in element content and quoted attributes.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./escape.ts";
 * if (escapeHtml("<a href='x'>&</a>") !== "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;") {
 *   throw new Error();
 * }
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Removes ANSI colour/control sequences (as found in terminal output).
 *
 * @example
 * ```ts
 * import { stripAnsi } from "./escape.ts";
 * if (stripAnsi("\u001b[31mred\u001b[0m") !== "red") throw new Error();
 * ```
 */
export function stripAnsi(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "");
}

/**
 * A URL-fragment-safe slug: lowercase letters, digits, CJK ideographs (a Chinese heading keeps
 * its words rather than becoming "section") and dashes.
 *
 * @example
 * ```ts
 * import { slugify } from "./escape.ts";
 * if (slugify("Loss vs. Parameters (N)") !== "loss-vs-parameters-n") throw new Error();
 * if (slugify("输入：数据") !== "输入-数据") throw new Error(slugify("输入：数据"));
 * ```
 */
export function slugify(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff]+/g, "-").replace(/^-+|-+$/g, "") || "section";
}
