/**
 * Scans a built page for what a reader must never see: `undefined`, `NaN`, `null`, `Infinity`,
 * `[object Object]`, unrendered TeX (a `$…\command…$` span, `\approx`, a bare "approx") and
 * snake_case identifiers in place of words.
 *
 * A small HTML tokenizer (no parser is in the import map): text nodes — paragraphs, table cells,
 * captions, SVG `<title>`s and `<text>` — and the `aria-label`, `title` and `alt` attributes are
 * scanned; `<script>`, `<style>`, MathML `<annotation>` (the TeX source of rendered math) and
 * highlighted source code (`<code class="hljs …">`) are not, since code may say `null`.
 */

/** One thing a reader must not see, where it was and the text around it. */
export interface PageFinding {
  /** Which check fired, e.g. `"NaN"` or `"unrendered TeX"`. */
  problem: string;
  /** `text in <td>` or `aria-label of <svg>`. */
  where: string;
  /** The text around the finding (at most 120 characters). */
  excerpt: string;
}

/** The checks: a name and the pattern that finds it in reader-facing text. */
export const PAGE_CHECKS: ReadonlyArray<readonly [string, RegExp]> = [
  ["undefined", /\bundefined\b/],
  ["NaN", /\bNaN\b/],
  ["null", /\bnull\b/],
  ["Infinity", /\bInfinity\b/],
  ["[object Object]", /\[object Object\]/],
  ["unrendered TeX", /\$[^$]*\\[A-Za-z]+[^$]*\$/],
  ["\\approx", /\\approx/],
  ["bare approx", /\bapprox\b/i],
  // A snake_case identifier ("u_shaped", "irony_identification") where words belong; file and
  // repository paths ("data/paper_tables/…", "…/broken_neural_scaling_laws") are allowed.
  ["identifier", /(?<![\w./-])[a-z]+_[a-z][a-z0-9_]*[a-z0-9](?![\w./(-])/],
  // camelCase field names ("zeroShot", "flopsEnd"). Allowed: Vega's legend wording ("strokeDash"),
  // "arXiv", the library's functions named in prose ("classifyCurve", "fitPowerLaw") and SVG
  // text lines the scan joins ("and" + "Wei").
  [
    "camelCase identifier",
    /(?<![\w./-])(?!strokeDash\b|arXiv\b|(?:classify|fit|load|compute|emergence|forecast|and)[A-Z])[a-z]{2,}[A-Z][a-z]+\w*(?![\w./(-])/,
  ],
];

const SKIPPED = new Set(["script", "style", "annotation", "annotation-xml"]);
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
/** Inline elements: their text joins the surrounding text (a TeX span may cross them). */
const INLINE = new Set(["a", "b", "code", "em", "i", "span", "strong", "sub", "sup", "tspan"]);
/** Rendered MathML is inline too (`<math>`, `<mi>`, `<mrow>`, `<semantics>` …). */
const isInline = (name: string) =>
  INLINE.has(name) || name === "semantics" || /^m[a-z]*$/.test(name);
const SCANNED_ATTRIBUTES = ["aria-label", "title", "alt"];

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Decodes the character references a renderer writes (`&amp;`, `&#x27;`, `&#8201;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X"
        ? parseInt(ref.slice(2), 16)
        : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The attributes of a start tag's source (`<td class="x" aria-label='y'>`). */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<[^\s/>]+/, "").replace(/\/?>$/, "");
  for (const match of body.matchAll(pattern)) {
    found.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return found;
}

interface Segment {
  where: string;
  text: string;
}

/** Splits a page into the reader-facing text blocks and scanned attribute values. */
export function readerText(html: string): Segment[] {
  const segments: Segment[] = [];
  const open: string[] = [];
  let skipping: { name: string; depth: number } | undefined;
  let block = "";
  const flush = () => {
    if (block.trim() !== "") segments.push({ where: `text in <${blockName(open)}>`, text: block });
    block = "";
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? html.length : lt;
    if (!skipping && textEnd > i) block += decodeEntities(html.slice(i, textEnd));
    if (lt === -1) break;
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    i = end;
    if (tag.startsWith("<!") || tag.startsWith("<?")) continue;
    const closing = tag.startsWith("</");
    const name = (tag.match(/^<\/?([^\s/>]+)/)?.[1] ?? "").toLowerCase();
    if (skipping) {
      if (name === skipping.name) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (!isInline(name)) flush();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
      continue;
    }
    const attrs = attributes(tag);
    for (const attr of SCANNED_ATTRIBUTES) {
      const value = attrs.get(attr);
      if (value) segments.push({ where: `${attr} of <${name}>`, text: value });
    }
    const hljs = name === "code" && /\bhljs\b/.test(attrs.get("class") ?? "");
    if (SKIPPED.has(name) || hljs) {
      if (!tag.endsWith("/>")) skipping = { name, depth: 1 };
      if (name === "script" || name === "style") i = rawTextEnd(html, i, name);
      if (i !== end) skipping = undefined;
      continue;
    }
    if (!VOID.has(name) && !tag.endsWith("/>")) open.push(name);
  }
  flush();
  return segments;
}

function blockName(open: string[]): string {
  for (let k = open.length - 1; k >= 0; k--) if (!isInline(open[k]!)) return open[k]!;
  return "document";
}

/** Where the tag starting at `lt` ends, quotes respected; comments end at `-->`. */
function tagEnd(html: string, lt: number): number {
  if (html.startsWith("<!--", lt)) {
    const close = html.indexOf("-->", lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  let quote = "";
  for (let k = lt + 1; k < html.length; k++) {
    const c = html[k]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return k + 1;
  }
  return html.length;
}

/** The end of a raw-text element's closing tag (`</script>`), whose content is not markup. */
function rawTextEnd(html: string, from: number, name: string): number {
  const close = html.toLowerCase().indexOf(`</${name}`, from);
  return close === -1 ? html.length : tagEnd(html, close);
}

/** Every finding on a page, in page order. */
export function scanPage(html: string): PageFinding[] {
  const findings: PageFinding[] = [];
  for (const segment of readerText(html)) {
    const text = segment.text.replace(/\s+/g, " ");
    for (const [problem, pattern] of PAGE_CHECKS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const from = Math.max(0, match.index - 50);
      findings.push({
        problem,
        where: segment.where,
        excerpt: text.slice(from, match.index + match[0].length + 50).trim(),
      });
    }
  }
  return findings;
}
