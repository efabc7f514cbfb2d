/**
 * A line with a shaded uncertainty band (e.g. the compute-optimal frontier with its bootstrap
 * interval), plus an optional labelled points overlay (e.g. real models by name).
 *
 * @module
 */
import {
  type AxisOptions,
  axisQuantity,
  colorEncoding,
  type ColorOptions,
  positional,
} from "./_axis.ts";
import { Tooltips } from "./_tooltip.ts";
import { dataColumns } from "./data_columns.ts";
import { LABELLED_POINTS, POINT_LABELS } from "./_label_placement.ts";
import { word } from "./_words.ts";
import { Chart, type ChartMeta, specHeader } from "./chart.ts";
import { fieldRef, requireCategory, requireNumbers, requireRows, type Row } from "./_validate.ts";

/** Options for {@linkcode bandChart}. */
export interface BandChartOptions extends ChartMeta {
  /** x axis (usually log scale). */
  x: AxisOptions;
  /** The central line's field. */
  y: AxisOptions;
  /** Lower and upper band fields (same units as y). */
  lower: string;
  /** Upper band field. */
  upper: string;
  /** One line + band per value of this field (e.g. "Chinchilla fit", "Kaplan fit"). */
  color?: ColorOptions;
  /** Labelled points drawn on top; their rows use the same x / y field names. */
  points?: { rows: readonly object[]; label: string; title?: string };
  /** What the band is, for tooltips (default "95% interval"). */
  bandTitle?: string;
}

/**
 * Line with an uncertainty band and optional labelled points.
 *
 * @example
 * ```ts
 * import { bandChart } from "./mod.ts";
 * const rows = [1e20, 1e22, 1e24].map((c) => ({ flops: c, n: 0.1 * c ** 0.5, lo: 0.07 * c ** 0.5, hi: 0.14 * c ** 0.5 }));
 * const chart = bandChart(rows, {
 *   title: "Optimal model size grows as the square root of compute", description: "Frontier with band.",
 *   x: { field: "flops", title: "Training compute (FLOPs, log scale)", log: true },
 *   y: { field: "n", title: "Parameters (log scale)", log: true }, lower: "lo", upper: "hi",
 *   points: { rows: [{ flops: 5.8e23, n: 7e10, model: "Chinchilla" }], label: "model" },
 * });
 * if (chart.rows.length !== 3) throw new Error();
 * ```
 */
export function bandChart(input: readonly object[], options: BandChartOptions): Chart {
  const rows = input as Row[];
  const where = "bandChart";
  const header = specHeader(options, where);
  requireRows(rows, where);
  const { x, y, color, points } = options;
  requireNumbers(rows, x.field, where, { positive: x.log });
  for (const f of [y.field, options.lower, options.upper]) {
    requireNumbers(rows, f, where, { positive: y.log });
  }
  rows.forEach((row, i) => {
    const [lo, mid, hi] = [row[options.lower], row[y.field], row[options.upper]] as number[];
    if (!(lo! <= mid! && mid! <= hi!)) {
      throw new RangeError(
        `${where}: rows[${i}] needs ${options.lower} <= ${y.field} <= ${options.upper}, got ${lo}, ${mid}, ${hi}`,
      );
    }
  });
  if (color) requireCategory(rows, color.field, where);
  if (points) {
    requireRows(points.rows, `${where}: points`);
    requireNumbers(points.rows, x.field, `${where}: points`, { positive: x.log });
    requireNumbers(points.rows, y.field, `${where}: points`, { positive: y.log });
    requireCategory(points.rows, points.label, `${where}: points`);
  }
  const all = [
    ...rows,
    ...((points?.rows ?? []) as Row[]),
    ...rows.map((r) => ({ [x.field]: r[x.field], [y.field]: r[options.lower] })),
    ...rows.map((r) => ({ [x.field]: r[x.field], [y.field]: r[options.upper] })),
  ];
  const lang = options.lang ?? "en";
  const xq = axisQuantity(x, all);
  const yq = axisQuantity(y, all);
  const xEnc = positional(x, all, lang);
  const yEnc = positional(y, all, lang);
  const colorEnc = color ? colorEncoding(color, rows) : undefined;
  const bandTitle = options.bandTitle ?? word("interval", lang);
  const bandTips = new Tooltips(lang).number(x, xq)
    .number({ ...y, field: options.lower, title: `${bandTitle}: lower` }, yq)
    .number({ ...y, field: options.upper, title: `${bandTitle}: upper` }, yq);
  const lineTips = new Tooltips(lang);
  if (color) lineTips.category(color.field, color.title, color.labels);
  lineTips.number(x, xq).number(y, yq);
  const layers: unknown[] = [
    {
      data: { values: rows },
      ...bandTips.layer(),
      mark: { type: "area", opacity: 0.2, ...(colorEnc ? {} : { color: "#4c78a8" }) },
      encoding: {
        x: xEnc,
        y: { field: fieldRef(options.lower), type: "quantitative" },
        y2: { field: fieldRef(options.upper) },
        ...(colorEnc ? { color: colorEnc } : {}),
        ...bandTips.channels(),
      },
    },
    {
      data: { values: rows },
      ...lineTips.layer(),
      mark: { type: "line", strokeWidth: 2 },
      encoding: {
        x: xEnc,
        y: yEnc,
        ...(colorEnc ? { color: colorEnc } : {}),
        ...lineTips.channels(),
      },
    },
  ];
  if (points) {
    const encoding = { x: xEnc, y: yEnc };
    const tips = new Tooltips(lang).category(points.label, points.title ?? points.label)
      .number(x, xq).number(y, yq);
    layers.push(
      {
        name: LABELLED_POINTS,
        data: { values: points.rows },
        ...tips.layer(),
        mark: { type: "point", shape: "diamond", filled: true, size: 60, color: "#e45756" },
        encoding: { ...encoding, ...tips.channels() },
      },
      {
        // Placed by Vega's label transform (no collisions): see _label_placement.ts.
        name: POINT_LABELS,
        data: { values: points.rows },
        mark: { type: "text", align: "left", dx: 6, dy: -6, fontSize: 12, color: "#e45756" },
        encoding: { ...encoding, text: { field: fieldRef(points.label), type: "nominal" } },
      },
    );
  }
  const columns = dataColumns([
    points ? { field: points.label, title: points.title ?? points.label } : undefined,
    color ? { field: color.field, title: color.title, labels: color.labels } : undefined,
    { field: x.field, title: x.title, quantity: xq },
    { field: y.field, title: y.title, quantity: yq },
    { field: options.lower, title: `${bandTitle}: lower`, quantity: yq },
    { field: options.upper, title: `${bandTitle}: upper`, quantity: yq },
  ]);
  const spec = {
    ...header,
    usermeta: { ...header.usermeta as object, columns },
    width: options.width ?? 560,
    height: options.height ?? 320,
    layer: layers,
  };
  return new Chart({ ...options, spec, rows });
}
