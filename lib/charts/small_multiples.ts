/**
 * Small multiples: one panel per task (or family), curves of score vs scale on log x,
 * colored by a category (e.g. the curve's shape label), each panel with its own chance line
 * and threshold marker.
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
import { word } from "./_words.ts";
import { panelLabels } from "./layout.ts";
import { Chart, type ChartMeta, specHeader } from "./chart.ts";
import type { VerticalMarker } from "./_markers.ts";
import {
  datum,
  fieldRef,
  requireCategory,
  requireFinite,
  requireNumbers,
  requireRows,
  type Row,
} from "./_validate.ts";

/** Options for {@linkcode smallMultiplesChart}. */
export interface SmallMultiplesOptions extends ChartMeta {
  /** One panel per value of this field. */
  /**
   * The panel field; `title` heads the panels, `label` names the field in tooltips and the data
   * table when there is no title (default: the field's name).
   */
  facet: { field: string; title?: string; label?: string; columns?: number };
  /** x axis of every panel (usually log scale). */
  x: AxisOptions;
  /** y axis of every panel. */
  y: AxisOptions;
  /** Color (and line grouping) by this field, e.g. the shape label. */
  color?: ColorOptions;
  /** Line grouping within a panel when several curves share a color (e.g. family). */
  detail?: string;
  /** Standard-error field → error bars y ± z·stderr. */
  stderr?: string;
  /** Error-bar half-width in standard errors (default 1.96). */
  z?: number;
  /** Chance level per panel: a map panel → value, or the name of a row field holding it. */
  chance?: Record<string, number> | string;
  /** Threshold marker (with optional interval) per panel. */
  thresholds?: Record<string, VerticalMarker>;
  /** Let each panel have its own y scale. */
  independentY?: boolean;
}

function chanceByPanel(
  rows: Row[],
  options: SmallMultiplesOptions,
  where: string,
): Map<string, number> {
  const out = new Map<string, number>();
  const { chance, facet } = options;
  if (typeof chance === "string") {
    for (const row of rows) {
      const panel = String(row[facet.field]);
      const value = row[chance];
      if (value != null && !out.has(panel)) {
        out.set(panel, requireFinite(value, `${where}: ${chance} of ${panel}`, options.y.log));
      }
    }
  } else if (chance) {
    for (const [panel, value] of Object.entries(chance)) {
      out.set(
        panel,
        requireFinite(value, `${where}: chance[${JSON.stringify(panel)}]`, options.y.log),
      );
    }
  }
  return out;
}

/**
 * A faceted grid of curves with per-panel chance lines and threshold markers.
 *
 * @example
 * ```ts
 * import { smallMultiplesChart } from "./mod.ts";
 * const rows = ["arithmetic", "trivia"].flatMap((task) =>
 *   [1e8, 1e9, 1e10].map((scale, i) => ({ task, scale, score: 0.25 + (task === "trivia" ? 0.1 * i : i * i * 0.1), shape: task === "trivia" ? "smooth" : "emergent" }))
 * );
 * const chart = smallMultiplesChart(rows, {
 *   title: "Some tasks emerge, others scale smoothly", description: "Two tasks, three sizes.",
 *   facet: { field: "task", columns: 2 }, color: { field: "shape", title: "Shape" },
 *   x: { field: "scale", title: "Parameters (log scale)", log: true }, y: { field: "score", title: "Accuracy" },
 *   chance: { arithmetic: 0.25, trivia: 0.25 }, thresholds: { arithmetic: { value: 3e9 } },
 * });
 * if (!("facet" in chart.spec)) throw new Error();
 * ```
 */
export function smallMultiplesChart(
  input: readonly object[],
  options: SmallMultiplesOptions,
): Chart {
  const rows = input as Row[];
  const where = "smallMultiplesChart";
  const lang = options.lang ?? "en";
  const header = specHeader(options, where);
  requireRows(rows, where);
  const { x, y, color, facet } = options;
  requireCategory(rows, facet.field, where);
  requireNumbers(rows, x.field, where, { positive: x.log });
  requireNumbers(rows, y.field, where, { positive: y.log });
  if (color) requireCategory(rows, color.field, where);
  if (options.stderr) requireNumbers(rows, options.stderr, where, { optional: true });
  const panels = new Map(rows.map((r) => [String(r[facet.field]), r[facet.field]]));
  const annotations: Row[] = [];
  for (const [panel, value] of chanceByPanel(rows, options, where)) {
    annotations.push({ [facet.field]: panels.get(panel) ?? panel, __chance: value });
  }
  for (const [panel, marker] of Object.entries(options.thresholds ?? {})) {
    if (!panels.has(panel)) {
      throw new RangeError(`${where}: thresholds has panel ${JSON.stringify(panel)} with no rows`);
    }
    const value = requireFinite(
      marker.value,
      `${where}: thresholds[${JSON.stringify(panel)}].value`,
      x.log,
    );
    const band = marker.low !== undefined || marker.high !== undefined;
    const low = band
      ? requireFinite(marker.low, `${where}: threshold low of ${panel}`, x.log)
      : value;
    const high = band
      ? requireFinite(marker.high, `${where}: threshold high of ${panel}`, x.log)
      : value;
    if (!(low <= value && value <= high)) {
      throw new RangeError(
        `${where}: threshold of ${panel} needs low <= value <= high, got ${low}, ${value}, ${high}`,
      );
    }
    annotations.push({
      [facet.field]: panels.get(panel),
      __threshold: value,
      __label: marker.label ?? word("threshold", lang),
      ...(band ? { __lo: low, __hi: high } : {}),
    });
  }
  const data = [...rows, ...annotations];
  const xq = axisQuantity(x, rows);
  const yq = axisQuantity(y, rows);
  const xEnc = positional(x, rows, lang);
  const yEnc = positional(y, rows, lang);
  const colorEnc = color ? colorEncoding(color, rows) : undefined;
  const markerTips = new Tooltips(lang).category("__label", word("Marker", lang))
    .number({ field: "__threshold", title: x.title }, xq);
  const chanceTips = new Tooltips(lang).number(
    { field: "__chance", title: word("Chance", lang) },
    yq,
  );
  const layers: unknown[] = [
    {
      // The interval is read out with its threshold marker's tooltip; the band itself is silent.
      mark: { type: "rect", color: NEUTRAL, opacity: 0.15, aria: false },
      encoding: { x: { field: "__lo", type: "quantitative" }, x2: { field: "__hi" } },
    },
    {
      ...markerTips.layer(),
      mark: { type: "rule", color: NEUTRAL, strokeWidth: 1.25 },
      encoding: {
        x: { field: "__threshold", type: "quantitative" },
        ...markerTips.channels(),
      },
    },
    {
      ...chanceTips.layer(),
      mark: { type: "rule", color: NEUTRAL, strokeDash: [2, 3], strokeWidth: 1.25 },
      encoding: {
        y: { field: "__chance", type: "quantitative" },
        ...chanceTips.channels(),
      },
    },
  ];
  if (options.stderr) {
    const se = datum(options.stderr);
    layers.push({
      transform: [
        { filter: `isValid(${se}) && isFinite(${se})` },
        { calculate: `${datum(y.field)} - ${options.z ?? 1.96} * ${se}`, as: "_elo" },
        { calculate: `${datum(y.field)} + ${options.z ?? 1.96} * ${se}`, as: "_ehi" },
        ...(y.log ? [{ filter: "datum._elo > 0" }] : []),
      ],
      mark: { type: "rule", opacity: 0.6 },
      encoding: {
        x: xEnc,
        y: { field: "_elo", type: "quantitative" },
        y2: { field: "_ehi" },
        ...(colorEnc ? { color: colorEnc } : {}),
      },
    });
  }
  const tips = new Tooltips(lang).category(facet.field, facet.title ?? facet.label ?? facet.field);
  if (color) tips.category(color.field, color.title, color.labels);
  if (options.detail) tips.category(options.detail, options.detail);
  tips.number(x, xq).number(y, yq);
  layers.push({
    ...tips.layer(),
    mark: { type: "line", point: { filled: true, size: 24 }, strokeWidth: 1.75 },
    encoding: {
      x: xEnc,
      y: yEnc,
      ...(colorEnc ? { color: colorEnc } : {}),
      ...(options.detail ? { detail: { field: fieldRef(options.detail), type: "nominal" } } : {}),
      ...tips.channels(),
    },
  });
  const columns = dataColumns([
    { field: facet.field, title: facet.title ?? facet.label ?? facet.field },
    color ? { field: color.field, title: color.title, labels: color.labels } : undefined,
    options.detail ? { field: options.detail, title: options.detail } : undefined,
    { field: x.field, title: x.title, quantity: xq },
    { field: y.field, title: y.title, quantity: yq },
    options.stderr ? { field: options.stderr, title: word("stderr", lang) } : undefined,
  ]);
  const spec = {
    ...header,
    usermeta: { ...header.usermeta as object, columns },
    data: { values: data },
    facet: {
      field: fieldRef(facet.field),
      type: "nominal",
      title: facet.title ?? null,
      header: { labelLimit: 0, labelExpr: panelLabels([...panels.keys()]) },
      sort: [...panels.values()],
    },
    columns: facet.columns ?? Math.min(3, panels.size),
    spec: { width: options.width ?? 170, height: options.height ?? 120, layer: layers },
    // One x-axis title per column (shared axis), one y-axis per panel when y scales differ.
    resolve: { scale: { y: options.independentY ? "independent" : "shared" } },
  };
  return new Chart({ ...options, spec, rows });
}
