/** Overlay layers shared by the chart functions: fitted curves and error bars. */
import { type AxisOptions, NEUTRAL, type XYContext } from "./_axis.ts";
import { sampleLog } from "./log_grid.ts";
import { datum, requireFinite, type Row } from "./_validate.ts";
import { Tooltips } from "./_tooltip.ts";
import { word } from "./_words.ts";

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
/** Dash patterns of fitted curves, in order: dashed, dotted, dash-dot, long dash. */
export const FIT_DASHES = [[6, 4], [2, 3], [8, 3, 2, 3], [12, 4]];

export function fitLayer(
  rows: Row[],
  xEnc: unknown,
  yEnc: unknown,
  colorEnc: unknown,
  ctx: XYContext,
  sharedColor: boolean,
): Record<string, unknown> {
  const tips = new Tooltips(ctx.lang).category("curve", word("Curve", ctx.lang))
    .number(ctx.x, ctx.xq).number(ctx.y, ctx.yq);
  return {
    data: { values: rows },
    ...tips.layer(),
    mark: {
      type: "line",
      strokeWidth: 1.75,
      ...(sharedColor ? {} : { color: NEUTRAL }),
    },
    encoding: {
      x: xEnc,
      y: yEnc,
      detail: { field: "curve", type: "nominal" },
      // Each fitted curve its own dash pattern and legend entry, so two that coincide both show.
      strokeDash: {
        field: "curve",
        type: "nominal",
        title: word("Curve", ctx.lang),
        scale: { range: FIT_DASHES },
        legend: sharedColor ? null : { orient: "bottom", direction: "vertical", labelLimit: 0 },
      },
      ...(sharedColor ? { color: colorEnc } : {}),
      ...tips.channels(),
    },
  };
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
    .number({ field: stderrField, title: word("stderr", ctx.lang) }, "number", 2);
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
