/**
 * Chart layer: pure functions from data rows to Vega-Lite v5 specs, wrapped in `Chart`
 * objects that display in Jupyter (Vega-Lite + SVG + text) and render to static SVG.
 *
 * @example
 * ```ts
 * import { lineChart, table } from "./mod.ts";
 * const chart = lineChart([{ n: 1e8, acc: 0.3 }, { n: 1e9, acc: 0.5 }], {
 *   title: "Bigger is better here", description: "Accuracy of two sizes.", source: "example",
 *   x: { field: "n", title: "Parameters (log scale)", log: true }, y: { field: "acc", title: "Accuracy" },
 * });
 * if (chart.caption !== "Source: example") throw new Error(chart.caption);
 * if (!table(chart.rows, ["n", "acc"]).text().includes("acc")) throw new Error();
 * ```
 *
 * @module
 */
export {
  Chart,
  chartCaption,
  type ChartInit,
  type ChartMeta,
  type ChartMimeBundle,
  type DisplayHost,
  ILLUSTRATION_LABEL,
  JUPYTER_DISPLAY,
  VEGA_LITE_MIME,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from "./chart.ts";
export * from "./scatter.ts";
export * from "./small_multiples.ts";
export * from "./residual.ts";
export * from "./band.ts";
export * from "./bar.ts";
export * from "./table.ts";
export * from "./illustration.ts";
export * from "./log_grid.ts";
export * from "./prose.ts";
export type { AxisOptions, ColorOptions } from "./_axis.ts";
export type { FitCurve, HorizontalRule, VerticalMarker } from "./_layers.ts";
export type { Row } from "./_validate.ts";
export type { RenderSvgOptions } from "../render/svg.ts";
export * from "./figures/own_data.ts";
export * from "./figures/own_data_allocation.ts";
