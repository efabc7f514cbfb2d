/**
 * Text from a user's file (task, family, model names) inside computed markdown prose.
 * @module
 */

/** The text as literal markdown: no HTML, emphasis, links or math. */
export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/[\\`*_{}[\]()#+\-.!|~$"']/g, "\\$&");
}

/**
 * The same, as a Unicode bidi isolate (U+2068 … U+2069): right-to-left marks in the text cannot
 * reorder the sentence around it.
 */
export function literal(text: string): string {
  return `\u2068${escapeMarkdown(text)}\u2069`;
}

/** Items joined by commas; past `max`, "… and N more". */
export function listOf(items: readonly string[], more: (n: number) => string, max = 8): string {
  return items.length <= max
    ? items.join(", ")
    : `${items.slice(0, max).join(", ")} ${more(items.length - max)}`;
}
