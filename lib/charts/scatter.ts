/**
 * Scatter and line charts of y against (usually log) x: color by a field, fitted-curve
 * overlays, a chance line, a threshold marker with its interval band, error bars.
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
import { word } from "./_words.ts";
import { Chart, type ChartMeta, specHeader } from "./chart.ts";
import { errorBarLayer, type FitCurve, fitLayer, fitRows } from "./_layers.ts";
import {
  type HorizontalRule,
  horizontalRuleLayers,
  type VerticalMarker,
  verticalMarkerLayers,
} from "./_markers.ts";
import { requireCategory, requireNumbers, requireRows, type Row } from "./_validate.ts";

/** Options for {@linkcode scatterChart} and {@linkcode lineChart}. */
export interface XYChartOptions extends ChartMeta {
  /** x axis (set `log: true` for scale). */
  x: AxisOptions;
  /** y axis (optionally log). */
  y: AxisOptions;
  /** Color (and line grouping) by this field. */
  color?: ColorOptions;
  /** Standard-error field: draws error bars y ± z·stderr. */
  stderr?: string;
  /** Error-bar half-width in standard errors (default 1.96, a 95% normal interval). */
  z?: number;
  /** Fitted curves drawn dashed. */
  fits?: FitCurve[];
  /** Horizontal chance line. */
  chance?: HorizontalRule;
  /** Vertical threshold marker with an optional interval band. */
  threshold?: VerticalMarker;
  /** Extra fields to show in tooltips. */
  tooltip?: string[];
  /**
   * A model's value at each row's own x (e.g. a fitted law at each run's N and D), drawn as a
   * hollow diamond beside the filled measured point — no line through values never measured.
   */
  predicted?: { field: string; title: string; measuredTitle: string };
}

/** Dash patterns of line series, in order (solid first). */
const SERIES_DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [12, 3], [4, 2, 1, 2]];
/** Point markers of line series, in order. */
const SERIES_SHAPES = ["circle", "square", "triangle-up", "diamond", "cross", "triangle-down"];

function xyChart(rows: Row[], options: XYChartOptions, kind: "scatter" | "line"): Chart {
  const where = `${kind}Chart`;
  const header = specHeader(options, where);
  requireRows(rows, where);
  const { x, y, color } = options;
  requireNumbers(rows, x.field, where, { positive: x.log });
  requireNumbers(rows, y.field, where, { positive: y.log });
  if (color) requireCategory(rows, color.field, where);
  if (options.stderr) requireNumbers(rows, options.stderr, where, { optional: true });
  const xs = rows.map((r) => r[x.field] as number);
  const fits = fitRows(
    options.fits ?? [],
    x,
    y,
    color?.field,
    [Math.min(...xs), Math.max(...xs)],
    where,
  );
  const all = [...rows, ...fits];
  const lang = options.lang ?? "en";
  const xq = axisQuantity(x, all);
  const yq = axisQuantity(y, all);
  const xEnc = positional(x, all, lang);
  const yEnc = positional(y, all, lang);
  const colorEnc = color ? colorEncoding(color, all) : undefined;
  const tips = new Tooltips(lang);
  if (color) tips.category(color.field, color.title, color.labels);
  tips.number(x, xq).number(y, yq);
  for (const f of options.tooltip ?? []) tips.raw(f, f);
  const layers: unknown[] = [];
  const marks = { x, y, xq, yq, lang };
  if (options.threshold) {
    layers.push(...verticalMarkerLayers(options.threshold, where, marks));
  }
  if (options.chance) layers.push(...horizontalRuleLayers(options.chance, where, marks));
  if (options.stderr) {
    layers.push(
      errorBarLayer(rows, xEnc, options.stderr, options.z ?? 1.96, colorEnc, marks),
    );
  }
  const mark = kind === "line"
    ? { type: "line", point: { filled: true, size: 36 }, strokeWidth: 2 }
    : { type: "point", filled: true, size: 48, opacity: 0.8 };
  const p = options.predicted;
  // Measured vs predicted told apart by shape, with a legend of its own.
  const shapeOf = (what: string) =>
    p
      ? {
        shape: {
          datum: what,
          type: "nominal",
          title: null,
          scale: { domain: [p.measuredTitle, p.title], range: ["circle", "diamond"] },
          legend: { orient: "bottom", direction: "vertical" },
        },
      }
      : {};
  // Several lines: each its own dash and marker too, so none hides another (same legend).
  const domain = (colorEnc?.scale as { domain?: unknown } | undefined)?.domain;
  const series = kind === "line" && colorEnc
    ? {
      // One legend shows colour, marker and dash. With fitted curves the dash scale is
      // independent, and a second bottom legend would sit beside the first: then none.
      strokeDash: {
        ...colorEnc,
        scale: { domain, range: SERIES_DASHES },
        ...(fits.length ? { legend: null } : {}),
      },
      shape: { ...colorEnc, scale: { domain, range: SERIES_SHAPES } },
    }
    : {};
  layers.push({
    data: { values: rows },
    ...tips.layer(),
    mark,
    encoding: {
      x: xEnc,
      y: yEnc,
      ...(colorEnc ? { color: colorEnc } : {}),
      ...series,
      ...shapeOf(p?.measuredTitle ?? ""),
      ...tips.channels(),
    },
  });
  if (p) {
    requireNumbers(rows, p.field, where);
    const ptips = new Tooltips(lang);
    if (color) ptips.category(color.field, color.title, color.labels);
    ptips.number(x, xq).number({ field: p.field, title: p.title }, yq);
    layers.push({
      data: { values: rows },
      ...ptips.layer(),
      mark: { type: "point", filled: false, size: 56, strokeWidth: 1.5, opacity: 0.9 },
      encoding: {
        x: xEnc,
        y: { ...yEnc, field: p.field },
        ...(colorEnc ? { color: colorEnc } : {}),
        ...shapeOf(p.title),
        ...ptips.channels(),
      },
    });
  }
  if (fits.length) {
    const shared = !!color && (options.fits ?? []).some((f) => f.category !== undefined);
    layers.push(fitLayer(fits, xEnc, yEnc, colorEnc, marks, shared));
  }
  const columns = dataColumns([
    color ? { field: color.field, title: color.title, labels: color.labels } : undefined,
    { field: x.field, title: x.title, quantity: xq },
    { field: y.field, title: y.title, quantity: yq },
    options.stderr ? { field: options.stderr, title: word("stderr", lang) } : undefined,
    fits.length ? { field: "curve", title: word("Curve", lang) } : undefined,
    options.predicted
      ? { field: options.predicted.field, title: options.predicted.title, quantity: yq }
      : undefined,
  ]);
  const spec = {
    ...header,
    usermeta: { ...header.usermeta as object, columns },
    // Series dashes and fitted-curve dashes are two scales with their own legends.
    ...(fits.length
      ? { resolve: { scale: { strokeDash: "independent" }, legend: { strokeDash: "independent" } } }
      : {}),
    width: options.width ?? 560,
    height: options.height ?? 320,
    layer: layers,
  };
  return new Chart({ ...options, spec, rows });
}

/**
 * Points of y against x (log x typical), with optional overlays.
 *
 * @example
 * ```ts
 * import { scatterChart } from "./mod.ts";
 * const chart = scatterChart(
 *   [{ params: 1e8, loss: 3.2 }, { params: 1e9, loss: 2.8 }, { params: 1e10, loss: 2.4 }],
 *   {
 *     title: "Loss falls steadily with model size", description: "Final loss of three runs.",
 *     source: "Hoffmann et al. 2022", x: { field: "params", title: "Parameters (log scale)", log: true },
 *     y: { field: "loss", title: "Loss (nats/token)" },
 *     fits: [{ f: (n) => 1.7 + 400 * n ** -0.34, label: "power-law fit" }],
 *   },
 * );
 * if (!Array.isArray(chart.spec.layer)) throw new Error("layered spec expected");
 * ```
 */
export function scatterChart(input: readonly object[], options: XYChartOptions): Chart {
  const rows = input as Row[];
  return xyChart(rows, options, "scatter");
}

/**
 * Lines (with points) of y against x, one line per `color` value, with optional overlays.
 *
 * @example
 * ```ts
 * import { lineChart } from "./mod.ts";
 * const rows = [1e8, 1e9, 1e10, 1e11].map((n, i) => ({ params: n, acc: [0.25, 0.26, 0.4, 0.7][i]!, se: 0.02 }));
 * const chart = lineChart(rows, {
 *   title: "Accuracy jumps past ~10B parameters", description: "Accuracy of four model sizes.",
 *   x: { field: "params", title: "Parameters (log scale)", log: true },
 *   y: { field: "acc", title: "Accuracy (fraction correct)" }, stderr: "se",
 *   chance: { value: 0.25 }, threshold: { value: 1e10, low: 3e9, high: 3e10 },
 * });
 * if (chart.title !== "Accuracy jumps past ~10B parameters") throw new Error();
 * ```
 */
export function lineChart(input: readonly object[], options: XYChartOptions): Chart {
  const rows = input as Row[];
  return xyChart(rows, options, "line");
}
