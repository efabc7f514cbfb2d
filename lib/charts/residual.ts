/**
 * Residual plot: residuals of a fit against a variable (usually log scale), with a zero rule.
 *
 * @module
 */
import {
  type AxisOptions,
  axisQuantity,
  colorEncoding,
  type ColorOptions,
  NEUTRAL,
  positional,
} from "./_axis.ts";
import { Tooltips } from "./_tooltip.ts";
import { dataColumns } from "./data_columns.ts";
import { Chart, type ChartMeta, specHeader } from "./chart.ts";
import { requireCategory, requireNumbers, requireRows, type Row } from "./_validate.ts";
import { annotationData } from "./_layers.ts";

/** Options for {@linkcode residualChart}. */
export interface ResidualChartOptions extends ChartMeta {
  /** The variable residuals are plotted against (e.g. compute, log). */
  x: AxisOptions;
  /** The residual field, titled with its unit (e.g. "log-loss residual (nats)"). */
  residual: AxisOptions;
  /** Color points by this field. */
  color?: ColorOptions;
  /** Extra tooltip fields. */
  tooltip?: string[];
}

/**
 * Residuals vs a variable, with a zero line; patterns here mean the fit misses structure.
 *
 * @example
 * ```ts
 * import { residualChart } from "./mod.ts";
 * const chart = residualChart([{ c: 1e18, r: 0.01 }, { c: 1e20, r: -0.02 }, { c: 1e22, r: 0.005 }], {
 *   title: "Residuals show no trend with compute", description: "Fit residuals of three runs.",
 *   x: { field: "c", title: "Training compute (FLOPs, log scale)", log: true },
 *   residual: { field: "r", title: "Residual of log loss" },
 * });
 * if (!chart.description) throw new Error();
 * ```
 */
export function residualChart(input: readonly object[], options: ResidualChartOptions): Chart {
  const rows = input as Row[];
  const where = "residualChart";
  const header = specHeader(options, where);
  requireRows(rows, where);
  const { x, residual, color } = options;
  requireNumbers(rows, x.field, where, { positive: x.log });
  requireNumbers(rows, residual.field, where);
  if (residual.log) {
    throw new TypeError(`${where}: residual axis cannot be log scale (residuals change sign)`);
  }
  if (color) requireCategory(rows, color.field, where);
  const colorEnc = color ? colorEncoding(color, rows) : undefined;
  const lang = options.lang ?? "en";
  const tips = new Tooltips(lang);
  if (color) tips.category(color.field, color.title, color.labels);
  tips.number(x, axisQuantity(x, rows)).number(residual, axisQuantity(residual, rows));
  for (const f of options.tooltip ?? []) tips.raw(f, f);
  const columns = dataColumns([
    color ? { field: color.field, title: color.title, labels: color.labels } : undefined,
    { field: x.field, title: x.title, quantity: axisQuantity(x, rows) },
    { field: residual.field, title: residual.title, quantity: axisQuantity(residual, rows) },
  ]);
  const spec = {
    ...header,
    usermeta: { ...header.usermeta as object, columns },
    width: options.width ?? 560,
    height: options.height ?? 220,
    layer: [
      {
        data: annotationData("zero residual", { value: 0 }),
        mark: { type: "rule", color: NEUTRAL, strokeWidth: 1.25 },
        encoding: { y: { datum: 0 } },
      },
      {
        data: { values: rows },
        ...tips.layer(),
        mark: { type: "point", filled: true, size: 36, opacity: 0.75 },
        encoding: {
          x: positional(x, rows, lang),
          y: positional({ ...residual, zero: true }, rows, lang),
          ...(colorEnc ? { color: colorEnc } : {}),
          ...tips.channels(),
        },
      },
    ],
  };
  return new Chart({ ...options, spec, rows });
}
