/**
 * Horizontal bar chart for comparisons (e.g. 5-shot minus 0-shot gain per model), with error
 * bars and a zero rule. Horizontal bars keep long category names readable on phones.
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
import { Chart, type ChartMeta, specHeader } from "./chart.ts";
import {
  datum,
  fieldRef,
  requireCategory,
  requireNumbers,
  requireRows,
  type Row,
} from "./_validate.ts";
import { annotationData } from "./_layers.ts";

/** Options for {@linkcode barChart}. */
export interface BarChartOptions extends ChartMeta {
  /** One bar per row, labelled by this field; rows keep their order unless `sort` is set. */
  category: { field: string; title: string };
  /** The bar length (linear; may be negative). */
  value: AxisOptions;
  /** Standard-error field → error bars value ± z·stderr. */
  stderr?: string;
  /** Error-bar half-width in standard errors (default 1.96). */
  z?: number;
  /** Color bars by this field. */
  color?: ColorOptions;
  /** Order bars by value; default keeps the row order. */
  sort?: "ascending" | "descending";
}

/**
 * Bars of a value per category with optional error bars.
 *
 * @example
 * ```ts
 * import { barChart } from "./mod.ts";
 * const chart = barChart([{ model: "70M", gain: 0.01, se: 0.01 }, { model: "12B", gain: 0.08, se: 0.01 }], {
 *   title: "Few-shot prompts help large models more", description: "5-shot minus 0-shot accuracy.",
 *   category: { field: "model", title: "Model" }, value: { field: "gain", title: "Accuracy gain (points)" },
 *   stderr: "se",
 * });
 * if (chart.rows.length !== 2) throw new Error();
 * ```
 */
export function barChart(input: readonly object[], options: BarChartOptions): Chart {
  const rows = input as Row[];
  const where = "barChart";
  const header = specHeader(options, where);
  requireRows(rows, where);
  const { category, value, color } = options;
  if (value.log) throw new TypeError(`${where}: bar lengths need a linear axis; drop value.log`);
  requireCategory(rows, category.field, where);
  requireNumbers(rows, value.field, where);
  if (options.stderr) requireNumbers(rows, options.stderr, where, { optional: true });
  if (color) requireCategory(rows, color.field, where);
  const sorted = options.sort === undefined
    ? rows
    : [...rows].sort((a, b) =>
      ((a[value.field] as number) - (b[value.field] as number)) *
      (options.sort === "ascending" ? 1 : -1)
    );
  const order = [...new Set(sorted.map((r) => r[category.field]))];
  const yEnc = {
    field: fieldRef(category.field),
    type: "nominal",
    title: category.title,
    sort: order,
    axis: { labelLimit: 0 },
  };
  const lang = options.lang ?? "en";
  const xEnc = positional({ ...value, zero: true }, rows, lang);
  const colorEnc = color ? colorEncoding(color, rows) : undefined;
  const tips = new Tooltips(lang).category(category.field, category.title)
    .number(value, axisQuantity(value, rows));
  if (options.stderr) {
    tips.number({ field: options.stderr, title: word("stderr", lang) }, "number", 2);
  }
  const layers: unknown[] = [
    {
      data: { values: rows },
      ...tips.layer(),
      mark: { type: "bar", ...(colorEnc ? {} : { color: "#4c78a8" }) },
      encoding: {
        y: yEnc,
        x: xEnc,
        ...(colorEnc ? { color: colorEnc } : {}),
        ...tips.channels(),
      },
    },
    {
      data: annotationData("zero", { value: 0 }),
      mark: { type: "rule", color: NEUTRAL },
      encoding: { x: { datum: 0 } },
    },
  ];
  if (options.stderr) {
    const se = datum(options.stderr);
    const z = options.z ?? 1.96;
    layers.push({
      data: { values: rows },
      transform: [
        { filter: `isValid(${se}) && isFinite(${se})` },
        { calculate: `${datum(value.field)} - ${z} * ${se}`, as: "_lo" },
        { calculate: `${datum(value.field)} + ${z} * ${se}`, as: "_hi" },
      ],
      mark: { type: "rule", strokeWidth: 1.5, color: NEUTRAL },
      encoding: { y: yEnc, x: { field: "_lo", type: "quantitative" }, x2: { field: "_hi" } },
    });
  }
  const columns = dataColumns([
    { field: category.field, title: category.title },
    color ? { field: color.field, title: color.title, labels: color.labels } : undefined,
    { field: value.field, title: value.title, quantity: axisQuantity(value, rows) },
    options.stderr
      ? { field: options.stderr, title: word("stderr", options.lang ?? "en") }
      : undefined,
  ]);
  const spec = {
    ...header,
    usermeta: { ...header.usermeta as object, columns },
    width: options.width ?? 380,
    height: options.height ?? { step: 22 },
    layer: layers,
  };
  return new Chart({ ...options, spec, rows });
}
