/**
 * Axis/encoding helpers shared by the chart functions (log scales, units, tick labels). Tick
 * labels of log axes (and of axes that name their quantity) are written by lib/locale's one
 * formatter, as Vega expressions: 70.7B, 1.4T, 10²³ — never d3's SI "130G" or "504Z".
 */
import { decadeTicks } from "./log_grid.ts";
import { fieldRef, type Row } from "./_validate.ts";
import type { Lang } from "../locale/lang.ts";
import {
  type ExpressionQuantity,
  formatExpression,
  QUANTITIES,
} from "../locale/vega_expression.ts";
import { labelLookup } from "./_tooltip.ts";
import { panelLines } from "./layout.ts";
import { textWidth } from "./_text_width.ts";

/** Widest legend label line in px (fits a phone's 358 px column beside its symbol). */
const LEGEND_LINE = 240;

/**
 * A legend `labelExpr` that shows `labels` in place of raw values and wraps any label wider than
 * a phone's column into lines (never cut), or undefined when neither is needed.
 */
function legendLabels(
  domain: readonly unknown[],
  labels: Record<string, string> | undefined,
): string | undefined {
  const base = labels ? labelLookup(labels, "datum.value") : "datum.label";
  const long = domain.map((v) => [String(v), labels?.[String(v)] ?? String(v)] as const)
    .filter(([, words]) => textWidth(words, 12) > LEGEND_LINE);
  if (long.length === 0) return labels ? base : undefined;
  return long.reduceRight(
    (rest, [value, words]) =>
      `datum.value == ${JSON.stringify(value)} ? ${
        JSON.stringify(panelLines(words, LEGEND_LINE))
      } : ${rest}`,
    base,
  );
}

/** How one positional axis is drawn. */
export interface AxisOptions {
  /** Row field plotted on this axis. */
  field: string;
  /** Axis title including the unit, e.g. "Parameters (log scale)" or "Accuracy (%)". */
  title: string;
  /** Use a log10 scale (values must be > 0). */
  log?: boolean;
  /** Fixed domain [min, max]. */
  domain?: [number, number];
  /** d3-format string for labels and tooltips; overrides `quantity`'s notation. */
  format?: string;
  /**
   * What the axis measures, picking the notation of its tick labels and tooltips through
   * lib/locale's Formatter: "params"/"tokens"/"count" (70.7B), "flops" (5.9×10²³), "percent"
   * (42.1%), "number" (3 significant digits). Default: on log axes "count", or "flops" when the
   * axis reaches 10¹⁵; on linear axes "number" in tooltips and Vega's own tick labels.
   */
  quantity?: ExpressionQuantity;
  /** Include zero on linear scales (default false). */
  zero?: boolean;
}

function extent(rows: readonly Row[], field: string): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const v = row[field];
    if (typeof v === "number" && Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return [min, max];
}

/**
 * The quantity an axis shows: its own `quantity`, else "count" on log axes ("flops" when the
 * axis reaches 10¹⁵, where compact words end), else "number".
 *
 * @throws {RangeError} for a quantity lib/locale does not know.
 */
export function axisQuantity(axis: AxisOptions, rows: readonly Row[]): ExpressionQuantity {
  if (axis.quantity !== undefined) {
    if (!QUANTITIES.includes(axis.quantity)) {
      throw new RangeError(
        `axis ${JSON.stringify(axis.field)}: quantity must be one of ${
          QUANTITIES.map((q) => `"${q}"`).join(", ")
        }, got ${JSON.stringify(axis.quantity)}`,
      );
    }
    return axis.quantity;
  }
  if (!axis.log) return "number";
  const [, hi] = axis.domain ?? extent(rows, axis.field);
  return hi >= 1e15 ? "flops" : "count";
}

/** Vega-Lite positional encoding for an axis; `rows` sets decade ticks on log axes. */
export function positional(
  axis: AxisOptions,
  rows: readonly Row[],
  lang: Lang,
): Record<string, unknown> {
  const scale: Record<string, unknown> = axis.log
    ? { type: "log", nice: false, padding: 8 }
    : { zero: axis.zero ?? false, nice: true };
  if (axis.domain) scale.domain = axis.domain;
  const axisSpec: Record<string, unknown> = { title: axis.title };
  const quantity = axisQuantity(axis, rows);
  if (axis.format) axisSpec.format = axis.format;
  if (axis.log) {
    const [lo, hi] = axis.domain ?? extent(rows, axis.field);
    const ticks = Number.isFinite(lo) && Number.isFinite(hi) ? decadeTicks(lo, hi) : [];
    if (ticks.length >= 2) axisSpec.values = ticks;
  }
  if (!axis.format && (axis.log || axis.quantity !== undefined)) {
    axisSpec.labelExpr = formatExpression(quantity, lang, "datum.value");
  }
  return { field: fieldRef(axis.field), type: "quantitative", scale, axis: axisSpec };
}

/** The axes of an x/y chart with their quantities and the chart's language. */
export interface XYContext {
  /** x axis. */
  x: AxisOptions;
  /** y axis. */
  y: AxisOptions;
  /** Quantity of the x axis (see `axisQuantity`). */
  xq: ExpressionQuantity;
  /** Quantity of the y axis. */
  yq: ExpressionQuantity;
  /** Language of labels and tooltips. */
  lang: Lang;
}

/** Color by a categorical field. */
export interface ColorOptions {
  /** Row field holding the category. */
  field: string;
  /** Legend title. */
  title: string;
  /** Category order (fixes colours across charts); default: order of first appearance. */
  domain?: (string | number | boolean)[];
  /** Colour of each `domain` value, in the same order (default: Vega's palette). */
  range?: string[];
  /** Words shown for values in the legend and tooltips, e.g. `{ u_shaped: "U-shaped" }`. */
  labels?: Record<string, string>;
  /** Leave out `domain` values that no row has (each kept value keeps its colour). */
  presentOnly?: boolean;
}

/** A legend that shows (and reads out) `labels` in place of the raw values. */
function labelledLegend(
  title: string,
  domain: readonly unknown[],
  labels: Record<string, string>,
): Record<string, unknown> {
  const words = domain.map((value) => labels[String(value)] ?? String(value));
  return {
    ...BOTTOM_LEGEND,
    labelExpr: legendLabels(domain, labels),
    // Vega reads a legend's aria-label from its encoded `description` (the `description`
    // property alone is not used by vega-scenegraph 4.13's guide captions).
    encode: { legend: { update: { description: { value: `${title}: ${words.join(", ")}` } } } },
  };
}

/** The bottom legend, with labels too wide for a phone wrapped. */
function plainLegend(domain: readonly unknown[]): Record<string, unknown> {
  const labelExpr = legendLabels(domain, undefined);
  return labelExpr ? { ...BOTTOM_LEGEND, labelExpr } : BOTTOM_LEGEND;
}

/** Nominal color encoding with an explicit domain (no "undefined" from annotation rows). */
export function colorEncoding(color: ColorOptions, rows: readonly Row[]): Record<string, unknown> {
  const seen = [...new Set(rows.map((r) => r[color.field]).filter((v) => v != null))];
  if (color.range && !color.domain) {
    throw new TypeError(`color ${JSON.stringify(color.field)}: range needs a domain to pair with`);
  }
  if (color.range && color.range.length !== color.domain?.length) {
    throw new RangeError(
      `color ${
        JSON.stringify(color.field)
      }: range has ${color.range.length} colours for ${color.domain?.length} domain values; give one colour per value`,
    );
  }
  let domain = color.domain ?? seen;
  let range = color.range;
  if (color.presentOnly) {
    const keep = domain.map((value) => seen.includes(value));
    domain = domain.filter((_, i) => keep[i]);
    range = range?.filter((_, i) => keep[i]);
  }
  return {
    field: fieldRef(color.field),
    type: "nominal",
    title: color.title,
    scale: range ? { domain, range } : { domain },
    legend: color.labels ? labelledLegend(color.title, domain, color.labels) : plainLegend(domain),
  };
}

/** Legend placement that fits narrow screens. */
export const BOTTOM_LEGEND = { orient: "bottom", columns: 1, labelLimit: 0, symbolLimit: 0 };

/** Neutral grey that reads on light and dark backgrounds (annotations, chance lines). */
export const NEUTRAL = "#888888";
