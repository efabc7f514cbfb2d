/**
 * Marking charts that show a model rather than measurements.
 *
 * @module
 */
import { Chart, chartCaption, ILLUSTRATION_LABEL, type VegaLiteSpec } from "./chart.ts";

/**
 * Return a copy of `chart` labelled "Illustration (model, not measured data)" in its subtitle,
 * `usermeta.illustration` and caption. Charts built with `illustration: true` already are.
 *
 * @example
 * ```ts
 * import { asIllustration, lineChart } from "./mod.ts";
 * const chart = asIllustration(lineChart([{ c: 1, y: 1 }, { c: 10, y: 2 }], {
 *   title: "A U-curve from two opposing trends", description: "Modelled score.",
 *   x: { field: "c", title: "Scale (log)", log: true }, y: { field: "y", title: "Score" },
 * }));
 * if (!chart.illustration || !chart.caption.startsWith("Illustration")) throw new Error();
 * ```
 */
export function asIllustration(chart: Chart): Chart {
  if (chart.illustration) return chart;
  const spec: VegaLiteSpec = structuredClone(chart.spec);
  const title =
    (typeof spec.title === "object" && spec.title !== null
      ? spec.title
      : { text: chart.title }) as Record<string, unknown>;
  const subtitle = title.subtitle === undefined
    ? []
    : Array.isArray(title.subtitle)
    ? title.subtitle
    : [title.subtitle];
  spec.title = { ...title, subtitle: [ILLUSTRATION_LABEL, ...subtitle] };
  const meta = { source: chart.source, illustration: true };
  spec.usermeta = {
    ...(spec.usermeta as object | undefined),
    caption: chartCaption(meta),
    illustration: true,
  };
  return new Chart({
    spec,
    rows: chart.rows,
    title: chart.title,
    description: chart.description,
    ...meta,
  });
}
