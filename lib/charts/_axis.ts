/** Axis/encoding helpers shared by the chart functions (log scales, units, tick labels). */
import { decadeTicks } from "./log_grid.ts";
import { fieldRef, type Row } from "./_validate.ts";

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
  /** d3-format string for labels and tooltips (default: SI with B for billions on log axes). */
  format?: string;
  /** Include zero on linear scales (default false). */
  zero?: boolean;
}

/** SI label with "B" (billion) instead of "G" (giga). */
const SI_LABEL = "replace(format(datum.value, '~s'), 'G', 'B')";
/** 1e21-style label for very large decades (FLOPs). */
const POWER_LABEL = "'1e' + format(log(datum.value) / LN10, '.0f')";

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

/** Vega-Lite positional encoding for an axis; `rows` sets decade ticks on log axes. */
export function positional(axis: AxisOptions, rows: readonly Row[]): Record<string, unknown> {
  const scale: Record<string, unknown> = axis.log
    ? { type: "log", nice: false, padding: 8 }
    : { zero: axis.zero ?? false, nice: true };
  if (axis.domain) scale.domain = axis.domain;
  const axisSpec: Record<string, unknown> = { title: axis.title };
  if (axis.format) axisSpec.format = axis.format;
  if (axis.log) {
    const [lo, hi] = axis.domain ?? extent(rows, axis.field);
    const ticks = Number.isFinite(lo) && Number.isFinite(hi) ? decadeTicks(lo, hi) : [];
    if (ticks.length >= 2) {
      axisSpec.values = ticks;
      if (!axis.format) axisSpec.labelExpr = hi >= 1e15 ? POWER_LABEL : SI_LABEL;
    } else if (!axis.format) axisSpec.format = "~s";
  }
  return { field: fieldRef(axis.field), type: "quantitative", scale, axis: axisSpec };
}

/** Tooltip entry for a numeric axis field. */
export function numericTooltip(axis: AxisOptions): Record<string, unknown> {
  return {
    field: fieldRef(axis.field),
    type: "quantitative",
    title: axis.title,
    format: axis.format ?? (axis.log ? ".3~s" : ".3~g"),
  };
}

/** Color by a categorical field. */
export interface ColorOptions {
  /** Row field holding the category. */
  field: string;
  /** Legend title. */
  title: string;
  /** Category order (fixes colours across charts); default: order of first appearance. */
  domain?: (string | number | boolean)[];
}

/** Nominal color encoding with an explicit domain (no "undefined" from annotation rows). */
export function colorEncoding(color: ColorOptions, rows: readonly Row[]): Record<string, unknown> {
  const seen = [...new Set(rows.map((r) => r[color.field]).filter((v) => v != null))];
  return {
    field: fieldRef(color.field),
    type: "nominal",
    title: color.title,
    scale: { domain: color.domain ?? seen },
    legend: BOTTOM_LEGEND,
  };
}

/** Legend placement that fits narrow screens. */
export const BOTTOM_LEGEND = { orient: "bottom", columns: 2, labelLimit: 220, symbolLimit: 50 };

/** Neutral grey that reads on light and dark backgrounds (annotations, chance lines). */
export const NEUTRAL = "#888888";
