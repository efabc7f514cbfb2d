/**
 * A Vega-Lite output as an accessible figure: inline SVG (rendered at build time by
 * `renderVegaLiteSvg`), a caption from the spec's description or title, a CSV download of its
 * inline data (a `data:` URI) and a collapsed data table.
 *
 * @module
 */
import { escapeHtml, slugify } from "./escape.ts";
import { fitSpec, NARROW_COLUMN, WIDE_COLUMN } from "../charts/layout.ts";
import { cellText, columnsFor, type DataColumn, plottedRows } from "../charts/data_columns.ts";
import { formatter } from "../locale/format.ts";
import type { Formatter } from "../locale/format.ts";
import type { Lang } from "../locale/lang.ts";
import { words } from "./_words.ts";

/** Renders a spec to an SVG string; by default `renderVegaLiteSvg` from lib/charts/svg.ts. */
export type SvgRenderer = (
  spec: Record<string, unknown>,
  options: { idPrefix: string; responsive: boolean },
) => Promise<string>;

/** A table of rows found in a spec. */
export interface Dataset {
  name: string;
  rows: Record<string, unknown>[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The inline data sets of a spec (`data.values` at any depth, and `datasets`), in spec order.
 *
 * @example
 * ```ts
 * import { inlineDatasets } from "./figure.ts";
 * const sets = inlineDatasets({ layer: [{ data: { values: [{ a: 1 }] } }], datasets: { d: [{ b: 2 }] } });
 * if (sets.length !== 2 || sets[0]?.name !== "d") throw new Error();
 * ```
 */
export function inlineDatasets(spec: Record<string, unknown>): Dataset[] {
  const out: Dataset[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const data = node.data;
    if (isObject(data) && Array.isArray(data.values) && !seen.has(data.values)) {
      seen.add(data.values);
      const rows = data.values.filter(isObject);
      const name = typeof data.name === "string" ? data.name : `data-${out.length + 1}`;
      if (rows.length > 0) out.push({ name, rows });
    }
    if (isObject(node.datasets)) {
      for (const [name, rows] of Object.entries(node.datasets)) {
        if (Array.isArray(rows) && !seen.has(rows)) {
          seen.add(rows);
          out.push({ name, rows: rows.filter(isObject) });
        }
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "data" && key !== "datasets") visit(value);
    }
  };
  visit(spec);
  return out;
}

function columns(rows: Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Rows → CSV (RFC 4180: fields with commas, quotes or newlines are quoted). With `named`, the
 * header row is the columns' titles; numbers keep full precision.
 *
 * @example
 * ```ts
 * import { toCsv } from "./figure.ts";
 * if (toCsv([{ a: 1, b: 'x,"y"' }]) !== 'a,b\r\n1,"x,""y"""\r\n') throw new Error();
 * if (toCsv([{ n: 1.5e9 }], [{ field: "n", title: "Parameters" }]) !== "Parameters\r\n1500000000\r\n") throw new Error();
 * ```
 */
export function toCsv(rows: Record<string, unknown>[], named?: DataColumn[]): string {
  const cols = named ?? columns(rows).map((field) => ({ field, title: field }));
  const quote = (s: string) => /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = [cols.map((c) => quote(c.title)).join(",")];
  for (const row of rows) lines.push(cols.map((c) => quote(cell(row[c.field]))).join(","));
  return lines.join("\r\n") + "\r\n";
}

function table(
  rows: Record<string, unknown>[],
  caption: string,
  cols: DataColumn[],
  f: Formatter,
): string {
  const head = cols.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join("");
  const body = rows.map((row) =>
    `<tr>${cols.map((c) => `<td>${escapeHtml(cellText(row[c.field], c, f))}</td>`).join("")}</tr>`
  ).join("\n");
  return `<div class="table-wrap" tabindex="0"><table><caption>${escapeHtml(caption)}</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/** The columns a chart names for its data table (`usermeta.columns`), if any. */
function namedColumns(spec: Record<string, unknown>): DataColumn[] | undefined {
  const meta = spec.usermeta;
  return isObject(meta) && Array.isArray(meta.columns) ? meta.columns as DataColumn[] : undefined;
}

function titleText(title: unknown): string {
  if (typeof title === "string") return title;
  if (Array.isArray(title)) return title.map(String).join(" ");
  if (isObject(title)) return titleText(title.text);
  return "";
}

/**
 * The text description of a chart: its `description`, else its title, else a generic label.
 *
 * @example
 * ```ts
 * import { chartDescription } from "./figure.ts";
 * if (chartDescription({ title: { text: "Loss" } }) !== "Loss") throw new Error();
 * ```
 */
export function chartDescription(spec: Record<string, unknown>, lang: Lang = "en"): string {
  const d = typeof spec.description === "string" ? spec.description.trim() : "";
  return d || titleText(spec.title).trim() || words(lang, "chart");
}

/**
 * Renders a Vega-Lite spec as a `<figure>` with inline SVG, caption, CSV link and data table.
 *
 * @param idPrefix Prefix for the SVG's ids, unique within the page (e.g. `fig3`).
 * @example
 * ```ts
 * import { renderChartFigure } from "./figure.ts";
 * const html = await renderChartFigure(
 *   { description: "Demo", data: { values: [{ x: 1 }] }, mark: "point" },
 *   "fig1",
 *   async () => '<svg role="img" aria-label="Demo"><title>Demo</title></svg>',
 * );
 * if (!html.includes("data:text/csv") || !html.includes("<details")) throw new Error(html);
 * ```
 */
/**
 * The datasets worth offering as a table or CSV: identical copies (a layer's line and band often
 * share rows) appear once, and one-row annotation datasets (chance line, threshold marker — their
 * meaning is in the chart and its description) are left out.
 */
function _tabularDatasets(sets: Dataset[]): Dataset[] {
  const seen = new Set<string>();
  return sets.filter((set) => {
    if (set.rows.every((row) => "annotation" in row || "__label" in row)) return false;
    const key = JSON.stringify(set.rows);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The natural width of a rendered SVG (its `width` attribute), 0 when it has none. */
function svgWidth(svg: string): number {
  return Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
}

/** The spec drawn for a column: laid out for it, and once more narrower if it came out wider. */
async function renderFitted(
  spec: Record<string, unknown>,
  column: number,
  idPrefix: string,
  render: SvgRenderer,
  lang: Lang,
): Promise<string> {
  const svg = await render(fitSpec(spec, column), { idPrefix, responsive: true });
  const excess = svgWidth(svg) - column;
  return withUnlabelled(
    excess > 0
      ? await render(fitSpec(spec, column, excess + 4), { idPrefix, responsive: true })
      : svg,
    lang,
  );
}

/**
 * Points whose name found no room for a label (the renderer's `data-unlabelled`, escaped XML)
 * are listed under the chart, so every named point is labelled or listed.
 */
function withUnlabelled(svg: string, lang: Lang): string {
  const names = /^<svg[^>]*?\sdata-unlabelled="([^"]*)"/.exec(svg)?.[1];
  return names ? `${svg}\n<p class="chart-note">${words(lang, "unlabelled", { names })}</p>` : svg;
}

/**
 * The chart for the reading column and, when that is wider than a phone, a second rendering for
 * a phone; the page's CSS shows one of them (`.chart-wide` / `.chart-narrow`), no JavaScript.
 */
async function renderForColumns(
  spec: Record<string, unknown>,
  idPrefix: string,
  render: SvgRenderer,
  lang: Lang,
): Promise<string> {
  const wide = await renderFitted(spec, WIDE_COLUMN, idPrefix, render, lang);
  if (svgWidth(wide) <= NARROW_COLUMN) return wide;
  // A phone has no hover: the narrow copy drops the marks' tooltip `<title>`s (their words stay
  // in each mark's aria-label), which keeps the second rendering's weight down.
  const narrow = (await renderFitted(spec, NARROW_COLUMN, `${idPrefix}n`, render, lang))
    .replace(/<title>[^<]*<\/title>/g, "");
  return `<div class="chart-wide">${wide}</div>\n<div class="chart-narrow">${narrow}</div>`;
}

export async function renderChartFigure(
  spec: Record<string, unknown>,
  idPrefix: string,
  render?: SvgRenderer,
  lang: Lang = "en",
): Promise<string> {
  const description = chartDescription(spec, lang);
  const renderer = render ?? (await import("../charts/svg.ts")).renderVegaLiteSvg as SvgRenderer;
  let svg: string;
  try {
    svg = await renderForColumns(spec, idPrefix, renderer, lang);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    svg = `<p class="chart-error">${
      words(lang, "chartError", { message: escapeHtml(message) })
    }</p>`;
  }
  const parts = [`<figure class="chart" tabindex="0">`, svg];
  parts.push(`<figcaption>${escapeHtml(description)}</figcaption>`);
  const sets = _tabularDatasets(inlineDatasets(spec));
  const base = slugify(description).slice(0, 60);
  const named = namedColumns(spec);
  const f = formatter(lang);
  sets.forEach((set, i) => {
    const cols = columnsFor(set.rows, named);
    const rows = named ? plottedRows(set.rows, cols) : set.rows;
    if (rows.length === 0 || cols.length === 0) return;
    const file = `${base}${sets.length > 1 ? `-${i + 1}` : ""}.csv`;
    const href = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(rows, cols))}`;
    const label = sets.length > 1 ? ` (${escapeHtml(set.name)})` : "";
    parts.push(
      `<p class="chart-links"><a download="${escapeHtml(file)}" href="${href}">` +
        `${words(lang, "download", { label })}</a></p>`,
      `<details class="data"><summary>${
        words(lang, "dataTable", { label, n: rows.length })
      }</summary>` + table(rows, words(lang, "dataCaption", { description }), cols, f) +
        `</details>`,
    );
  });
  parts.push("</figure>");
  return parts.join("\n");
}
