/**
 * Charts sized for the column they sit in (issue 15): a spec is laid out for a column width in
 * CSS px instead of being drawn wide and shrunk, so every text keeps its font size on screen.
 * Small multiples re-flow to fewer columns; single charts get a narrower plot; titles re-wrap.
 * The page draws each chart twice — for the reading column (768 px) and for a phone (358 px) —
 * and a CSS media query shows one (lib/render/figure.ts).
 *
 * @module
 */

/** Column width of the page's reading column (48rem). */
export const WIDE_COLUMN = 768;
/** Column width on a 390 px phone (viewport minus 1rem padding on each side). */
export const NARROW_COLUMN = 358;

/** Room the y axis (ticks, labels, title) takes left of a plot, and the facet gap (Vega-Lite). */
const AXIS = 60;
const GAP = 20;
/** Narrowest panel worth drawing. */
const MIN_PANEL = 110;

import { textWidth } from "./_text_width.ts";

type Spec = Record<string, unknown>;

function isObject(value: unknown): value is Spec {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** CJK characters (ideographs, kana, full-width forms and punctuation). */
const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
/**
 * The units a line may break between: a run of other characters, or one CJK character with the
 * closing punctuation after it and any opening punctuation before it (Chinese text has no spaces
 * and breaks between characters, never before "，" or after "（").
 */
const UNIT = new RegExp(`[（《「『“]*[${CJK}][）》」』”、。，：；！？]*|[^${CJK}]+`, "g");

/**
 * Greedy word wrap to `width` px of `fontSize` px text (no word is cut; Chinese breaks between
 * characters).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { wrapWords } from "./layout.ts";
 * assert.deepEqual(wrapWords("loss falls with size", 60), ["loss falls", "with size"]);
 * assert.deepEqual(wrapWords("损失随规模下降，直到下限", 100), ["损失随规模下降，", "直到下限"]);
 * ```
 */
export function wrapWords(text: string, width: number, fontSize = 12, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    (word.match(UNIT) ?? [word]).forEach((unit, i) => {
      const next = line === "" ? unit : `${line}${i === 0 ? " " : ""}${unit}`;
      if (line !== "" && textWidth(next, fontSize, bold) > width) {
        lines.push(line);
        line = unit;
      } else line = next;
    });
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Title lines re-wrapped to the chart's own width (bold 15 px title, 12 px subtitle): Vega does
 * not widen a chart for its title, so a longer line would be cut off at the SVG's edge. Subtitle
 * lines from the first "Source:" on are re-joined and wrapped again.
 */
function rewrapTitle(title: unknown, width: number): unknown {
  if (!isObject(title)) return title;
  const join = (t: unknown) => (Array.isArray(t) ? t.join(" ") : String(t ?? ""));
  const out: Spec = { ...title };
  const room = width - 16;
  if (title.text !== undefined) out.text = wrapWords(join(title.text), room, 15, true);
  if (Array.isArray(title.subtitle)) {
    const lines = title.subtitle.map(String);
    const from = lines.findIndex((l) => l.startsWith("Source:"));
    const keep = from < 0 ? lines : lines.slice(0, from);
    const source = from < 0 ? [] : wrapWords(lines.slice(from).join(" "), room, 12);
    out.subtitle = [...keep.flatMap((l) => wrapWords(l, room, 12)), ...source];
  }
  return out;
}

/** How many columns and how wide each panel is, for `n` panels in `column` px. */
export function facetGrid(
  n: number,
  panelWidth: number,
  maxColumns: number,
  column: number,
  independentY: boolean,
): { columns: number; width: number } {
  const each = independentY ? AXIS : 0;
  const avail = column - AXIS;
  for (let c = Math.max(1, Math.min(n, maxColumns)); c >= 1; c--) {
    const width = Math.min(panelWidth, Math.floor((avail + GAP) / c - GAP - each));
    if (width >= MIN_PANEL || c === 1) return { columns: c, width: Math.max(width, 80) };
  }
  return { columns: 1, width: panelWidth };
}

/**
 * The spec laid out for a column `column` px wide: facet grids re-flow, single plots narrow,
 * titles re-wrap. `shrink` px are taken off the plot width on top (a second pass after a render
 * came out wider than the column).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitSpec } from "./layout.ts";
 * const grid = { facet: { field: "t" }, columns: 4, data: { values: [1, 2, 3, 4, 5].map((t) => ({ t })) },
 *   spec: { width: 170, height: 120, mark: "point" } };
 * const narrow = fitSpec(grid, 358) as { columns: number; spec: { width: number } };
 * assert.equal(narrow.columns, 2);
 * assert.ok(2 * narrow.spec.width + 60 + 20 <= 358);
 * assert.equal((fitSpec({ width: 560, mark: "point" }, 358) as { width: number }).width, 288);
 * ```
 */
export function fitSpec(spec: Spec, column: number, shrink = 0): Spec {
  const out: Spec = { ...spec };
  if (isObject(spec.facet) && isObject(spec.spec)) {
    const inner = spec.spec;
    const n = panelCount(spec);
    const independent = isObject(spec.resolve) && isObject(spec.resolve.scale) &&
      spec.resolve.scale.y === "independent";
    const width = typeof inner.width === "number" ? inner.width : 170;
    const grid = facetGrid(
      n,
      width,
      typeof spec.columns === "number" ? spec.columns : n,
      column,
      independent,
    );
    const panel = Math.max(80, grid.width - Math.ceil(shrink / grid.columns));
    out.columns = grid.columns;
    out.spec = wrapAxisTitles({ ...inner, width: panel }, panel);
    const each = panel + GAP + (independent ? AXIS : 0);
    out.title = rewrapTitle(spec.title, Math.min(column, AXIS + grid.columns * each - GAP));
    if (isObject(spec.facet.header)) {
      out.facet = { ...spec.facet, header: { ...spec.facet.header, labelLimit: 0 } };
    }
    return out;
  }
  if (typeof spec.width === "number") {
    out.width = Math.max(120, Math.min(spec.width, column - AXIS - 10) - shrink);
  }
  const plot = typeof out.width === "number" ? out.width + AXIS : column;
  out.title = rewrapTitle(spec.title, Math.min(column, Math.max(plot, 300)));
  return out;
}

/** A panel's x-axis titles wider than the panel, wrapped into lines (13 px titles). */
function wrapAxisTitles(inner: Spec, width: number): Spec {
  if (!Array.isArray(inner.layer)) return inner;
  const layer = inner.layer.map((l) => {
    if (!isObject(l) || !isObject(l.encoding) || !isObject(l.encoding.x)) return l;
    const x = l.encoding.x;
    const axis = isObject(x.axis) ? x.axis : undefined;
    if (!axis || typeof axis.title !== "string" || textWidth(axis.title, 13) <= width) return l;
    const title = wrapWords(axis.title, width, 13);
    return { ...l, encoding: { ...l.encoding, x: { ...x, axis: { ...axis, title } } } };
  });
  return { ...inner, layer };
}

/** Number of distinct facet values (the panels). */
function panelCount(spec: Spec): number {
  const facet = spec.facet as Spec;
  const sort = facet.sort;
  if (Array.isArray(sort) && sort.length > 0) return sort.length;
  const field = String(facet.field ?? "");
  const values = isObject(spec.data) && Array.isArray(spec.data.values) ? spec.data.values : [];
  return new Set(values.map((r) => (isObject(r) ? String(r[field]) : ""))).size || 1;
}

/** Width in px a panel header line may take (12 px text over a ~139 px phone panel). */
export const PANEL_LINE = 132;

/**
 * A panel's header as lines, by one rule: break at " · " (task · family · prompting), wrap
 * words to {@linkcode PANEL_LINE} px, break a longer word. Nothing is cut.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { panelLines } from "./layout.ts";
 * assert.deepEqual(panelLines("anli r1 · GPT-3 · 0-shot"), ["anli r1 · GPT-3", "0-shot"]);
 * assert.deepEqual(panelLines("hindsight neglect · OPT · few-shot"), ["hindsight neglect", "OPT · few-shot"]);
 * assert.deepEqual(panelLines("figure of speech detection"), ["figure of speech", "detection"]);
 * ```
 */
export function panelLines(name: string, width = PANEL_LINE): string[] {
  const words = name.split(/\s+/).filter((w) => w !== "").flatMap((w) => breakWord(w, width));
  const lines: string[] = [];
  for (const part of words.join(" ").split(" · ")) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} · ${part}`, 12) <= width) {
      lines[lines.length - 1] = `${last} · ${part}`;
    } else lines.push(...wrapWords(part, width));
  }
  return lines;
}

/** A word wider than `width` px in pieces that fit. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const c of word) {
    if (piece !== "" && textWidth(piece + c, 12) > width) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  return piece === "" ? pieces : [...pieces, piece];
}

/** A Vega `labelExpr` drawing each panel header as {@linkcode panelLines} (an array = lines). */
export function panelLabels(names: readonly string[]): string {
  return names.reduceRight(
    (rest, name) =>
      `datum.value == ${JSON.stringify(name)} ? ${JSON.stringify(panelLines(name))} : ${rest}`,
    "datum.label",
  );
}
