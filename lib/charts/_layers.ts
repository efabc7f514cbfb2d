/** Overlay layers shared by the chart functions: fitted curves, chance rules, thresholds, error bars. */
import { type AxisOptions, NEUTRAL } from "./_axis.ts";
import { sampleLog } from "./log_grid.ts";
import { datum, requireFinite, type Row } from "./_validate.ts";
import { Tooltips } from "./_tooltip.ts";
import type { Lang } from "../locale/lang.ts";
import { formatter } from "../locale/format.ts";
import { type ExpressionQuantity, formatQuantity } from "../locale/vega_expression.ts";

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

/** A value in a quantity's notation, for static tooltips. */
function text(value: number, quantity: ExpressionQuantity, lang: Lang): string {
  return formatQuantity(formatter(lang), value, quantity);
}

/** "low–high" in a quantity's notation and the language's dash. */
function interval(low: number, high: number, quantity: ExpressionQuantity, lang: Lang): string {
  return formatter(lang).interval(low, high, quantity === "count" ? "params" : quantity);
}

/**
 * A one-row data set naming the annotation, so each annotation layer draws exactly one mark
 * (and a CSV export of the chart's data shows what the line means).
 */
export function annotationData(annotation: string, fields: Row): { values: Row[] } {
  return { values: [{ annotation, ...fields }] };
}

/** A fitted curve drawn as a dashed line, sampled on a log grid. */
export interface FitCurve {
  /** The model, y = f(x). */
  f: (x: number) => number;
  /** Legend/tooltip label, e.g. "power-law fit". */
  label: string;
  /** Color category shared with the data (e.g. the family this curve was fitted to). */
  category?: string;
  /** Sample range; default: the data's x range. */
  from?: number;
  /** Sample range; default: the data's x range. */
  to?: number;
  /** Number of samples (default 80). */
  samples?: number;
}

/** A horizontal reference line, e.g. chance accuracy. */
export interface HorizontalRule {
  /** y value of the line. */
  value: number;
  /** Text drawn at the right end (default "chance"). */
  label?: string;
}

/** A vertical marker with an optional interval band, e.g. an emergence threshold. */
export interface VerticalMarker {
  /** x value of the marker. */
  value: number;
  /** Interval band [low, high] drawn behind the marker. */
  low?: number;
  /** Upper end of the interval band. */
  high?: number;
  /** Text at the top of the marker (default "threshold"). */
  label?: string;
}

/** Rows of sampled fitted curves in the data's field names (plus `curve`). */
export function fitRows(
  fits: readonly FitCurve[],
  x: AxisOptions,
  y: AxisOptions,
  colorField: string | undefined,
  xRange: [number, number],
  where: string,
): Row[] {
  return fits.flatMap((fit, i) => {
    if (typeof fit.f !== "function") {
      throw new TypeError(`${where}: fits[${i}].f must be a function`);
    }
    const from = requireFinite(fit.from ?? xRange[0], `${where}: fits[${i}].from`, x.log);
    const to = requireFinite(fit.to ?? xRange[1], `${where}: fits[${i}].to`, x.log);
    const count = fit.samples ?? 80;
    const pts = x.log
      ? sampleLog(fit.f, from, to, count, y.log)
      : Array.from({ length: count }, (_, k) => from + ((to - from) * k) / (count - 1))
        .map((v) => ({ x: v, y: requireFinite(fit.f(v), `${where}: fits[${i}].f(${v})`, y.log) }));
    return pts.map((p) => {
      const row: Row = { [x.field]: p.x, [y.field]: p.y, curve: fit.label };
      if (colorField && fit.category !== undefined) row[colorField] = fit.category;
      return row;
    });
  });
}

/** Dashed-line layer for fitted curves. */
export function fitLayer(
  rows: Row[],
  xEnc: unknown,
  yEnc: unknown,
  colorEnc: unknown,
  ctx: XYContext,
  sharedColor: boolean,
): Record<string, unknown> {
  const tips = new Tooltips(ctx.lang).category("curve", "Curve")
    .number(ctx.x, ctx.xq).number(ctx.y, ctx.yq);
  return {
    data: { values: rows },
    ...tips.layer(),
    mark: {
      type: "line",
      strokeDash: [6, 4],
      strokeWidth: 1.5,
      ...(sharedColor ? {} : { color: NEUTRAL }),
    },
    encoding: {
      x: xEnc,
      y: yEnc,
      detail: { field: "curve", type: "nominal" },
      ...(sharedColor ? { color: colorEnc } : {}),
      ...tips.channels(),
    },
  };
}

/** Horizontal rule (plus right-aligned label) at `rule.value`. */
export function horizontalRuleLayers(
  rule: HorizontalRule,
  where: string,
  ctx: XYContext,
): unknown[] {
  const value = requireFinite(rule.value, `${where}: chance.value`, ctx.y.log);
  const label = rule.label ?? "chance";
  const data = annotationData(label, { value });
  return [
    {
      data,
      mark: { type: "rule", color: NEUTRAL, strokeDash: [2, 3], strokeWidth: 1.25 },
      encoding: {
        y: { datum: value },
        tooltip: { value: `${label}: ${text(value, ctx.yq, ctx.lang)}` },
      },
    },
    {
      data,
      mark: {
        type: "text",
        align: "right",
        baseline: "bottom",
        dy: -2,
        color: NEUTRAL,
        fontSize: 10,
      },
      encoding: { y: { datum: value }, x: { value: "width" }, text: { value: label } },
    },
  ];
}

/** Vertical marker at `marker.value`, with a shaded [low, high] band when given. */
export function verticalMarkerLayers(
  marker: VerticalMarker,
  where: string,
  ctx: XYContext,
): unknown[] {
  const logX = ctx.x.log;
  const value = requireFinite(marker.value, `${where}: threshold.value`, logX);
  const label = marker.label ?? "threshold";
  const layers: unknown[] = [];
  const band = marker.low !== undefined || marker.high !== undefined;
  const data = annotationData(
    label,
    band ? { value, low: marker.low, high: marker.high } : { value },
  );
  if (marker.low !== undefined || marker.high !== undefined) {
    const low = requireFinite(marker.low, `${where}: threshold.low`, logX);
    const high = requireFinite(marker.high, `${where}: threshold.high`, logX);
    if (!(low <= value && value <= high)) {
      throw new RangeError(
        `${where}: threshold needs low <= value <= high, got ${low}, ${value}, ${high}`,
      );
    }
    layers.push({
      data,
      mark: { type: "rect", color: NEUTRAL, opacity: 0.15 },
      encoding: {
        x: { datum: low },
        x2: { datum: high },
        tooltip: { value: `${label} interval: ${interval(low, high, ctx.xq, ctx.lang)}` },
      },
    });
  }
  layers.push(
    {
      data,
      mark: { type: "rule", color: NEUTRAL, strokeWidth: 1.25 },
      encoding: {
        x: { datum: value },
        tooltip: { value: `${label}: ${text(value, ctx.xq, ctx.lang)}` },
      },
    },
    {
      data,
      mark: {
        type: "text",
        align: "left",
        baseline: "top",
        dx: 3,
        dy: 2,
        color: NEUTRAL,
        fontSize: 10,
      },
      encoding: { x: { datum: value }, y: { value: 0 }, text: { value: label } },
    },
  );
  return layers;
}

/** Error-bar layer: a rule from y − z·stderr to y + z·stderr (rows without stderr skipped). */
export function errorBarLayer(
  rows: readonly Row[],
  xEnc: unknown,
  stderrField: string,
  z: number,
  colorEnc: unknown,
  ctx: XYContext,
): Record<string, unknown> {
  const { y } = ctx;
  const yv = datum(y.field);
  const se = datum(stderrField);
  const tips = new Tooltips(ctx.lang).number(y, ctx.yq)
    .number({ field: stderrField, title: "Std. error" }, "number", 2);
  return {
    data: { values: rows },
    ...tips.layer([
      { filter: `isValid(${se}) && isFinite(${se})` },
      { calculate: `${yv} - ${z} * ${se}`, as: "_lo" },
      { calculate: `${yv} + ${z} * ${se}`, as: "_hi" },
      ...(y.log ? [{ filter: "datum._lo > 0" }] : []),
    ]),
    mark: { type: "rule", strokeWidth: 1.25, opacity: 0.7 },
    encoding: {
      x: xEnc,
      y: { field: "_lo", type: "quantitative" },
      y2: { field: "_hi" },
      ...(colorEnc ? { color: colorEnc } : {}),
      ...tips.channels(),
    },
  };
}
