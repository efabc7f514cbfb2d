/**
 * An allow-list HTML sanitizer for HTML that comes from outputs (`text/html`, raw HTML inside
 * markdown): known harmless tags and attributes are kept, everything else is escaped or dropped.
 * The page's Content-Security-Policy is the second line of defence.
 *
 * @module
 */
import { escapeHtml } from "./escape.ts";

const TAGS = new Set(
  ("a abbr b blockquote br caption code col colgroup dd del details div dl dt em figcaption " +
    "figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub " +
    "summary sup table tbody td tfoot th thead tr u ul var").split(" "),
);
const VOID = new Set(["br", "col", "hr", "img"]);
const ATTRS = new Set(
  "alt title colspan rowspan align scope lang dir open width height start reversed class id"
    .split(" "),
);
const DROP_WITH_CONTENT =
  /<(script|style|iframe|object|embed|template|noscript|svg|math)\b[\s\S]*?<\/\1\s*>/gi;

function safeUrl(url: string, image: boolean): boolean {
  const u = url.trim().toLowerCase();
  if (image) return u.startsWith("data:image/png") || u.startsWith("data:image/jpeg");
  return u.startsWith("#") || u.startsWith("https:") || u.startsWith("http:") ||
    u.startsWith("mailto:") || /^[\w./-]+(#[\w-]*)?$/.test(u);
}

/**
 * Sanitizes an HTML fragment with an allow-list of tags and attributes; `on*` handlers,
 * `style`, `javascript:` URLs, scripts, iframes and unknown tags do not survive.
 *
 * @example
 * ```ts
 * import { sanitizeHtml } from "./_sanitize.ts";
 * const out = sanitizeHtml('<p onclick="x()">hi<script>alert(1)</script></p><a href="javascript:x">y</a>');
 * if (out !== "<p>hi</p><a>y</a>") throw new Error(out);
 * ```
 */
export function sanitizeHtml(html: string): string {
  const cleaned = html.replace(DROP_WITH_CONTENT, "").replace(/<!--[\s\S]*?-->/g, "");
  const out: string[] = [];
  const tagRe =
    /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
  let last = 0;
  for (const m of cleaned.matchAll(tagRe)) {
    out.push(escapeText(cleaned.slice(last, m.index)));
    last = m.index + m[0].length;
    const name = m[2]!.toLowerCase();
    if (!TAGS.has(name)) continue;
    if (m[1]) {
      if (!VOID.has(name)) out.push(`</${name}>`);
      continue;
    }
    const attrs: string[] = [];
    const attrRe = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    for (const a of m[3]!.matchAll(attrRe)) {
      const key = a[1]!.toLowerCase();
      const value = decode(a[2] ?? a[3] ?? a[4] ?? "");
      const isUrl = (key === "href" && name === "a") || (key === "src" && name === "img");
      if (isUrl ? !safeUrl(value, key === "src") : !ATTRS.has(key)) continue;
      attrs.push(` ${key}="${escapeHtml(value)}"`);
    }
    out.push(`<${name}${attrs.join("")}>`);
  }
  out.push(escapeText(cleaned.slice(last)));
  return out.join("");
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith("#x")) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith("#")) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[k]!;
  });
}

/** Escapes text between tags but keeps existing character references. */
function escapeText(text: string): string {
  return text.replace(/&(?!(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);)/gi, "&amp;").replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
