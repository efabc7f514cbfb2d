/**
 * Colour, legend order and words for charts coloured by curve shape, all read from the one
 * shape declaration (lib/classify/shapes.ts `SHAPE_INFO`), so a shape looks the same in every
 * chapter and a legend says "U-shaped", never "u_shaped".
 *
 * @module
 */
import { likeliestShapes, type Shape, SHAPE_IDS, SHAPE_INFO } from "../classify/shapes.ts";
import type { ByLang, Lang } from "../locale/lang.ts";
import type { ColorOptions } from "./_axis.ts";
import type { TableColumn } from "./table.ts";

/** A shape colour scale: shapes in report order, their colours and their words. */
export interface ShapeColorScale {
  /** Shape ids, in report order (`SHAPE_IDS`). */
  domain: Shape[];
  /** Colour of each shape in `domain`. */
  range: string[];
  /** Words for each shape in `domain`, in the language asked for. */
  labels: string[];
}

/** The legend title of a shape colour. */
const SHAPE_TITLE: ByLang<string> = { en: "Shape", zh: "形状" };

function checkShapes(shapes: readonly string[], where: string): void {
  for (const shape of shapes) {
    if (!(SHAPE_IDS as readonly string[]).includes(shape)) {
      throw new RangeError(
        `${where}: shapes must be among ${SHAPE_IDS.map((s) => `"${s}"`).join(", ")}, got ${
          JSON.stringify(shape)
        }`,
      );
    }
  }
}

/**
 * The shape colour scale: every shape (or the given ones) in report order, with the colour and
 * label `SHAPE_INFO` declares.
 *
 * @throws {RangeError} for a value that is not a shape id.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shapeColorScale } from "./shape_scale.ts";
 * const scale = shapeColorScale("en", ["flat", "u_shaped"]);
 * assert.deepEqual(scale.domain, ["u_shaped", "flat"]); // report order, not argument order
 * assert.deepEqual(scale.labels, ["U-shaped", "flat"]);
 * assert.deepEqual(scale.range, ["#CC79A7", "#999999"]);
 * ```
 */
export function shapeColorScale(
  lang: Lang = "en",
  shapes: readonly Shape[] = SHAPE_IDS,
): ShapeColorScale {
  checkShapes(shapes, "shapeColorScale");
  const domain = SHAPE_IDS.filter((s) => shapes.includes(s));
  return {
    domain,
    range: domain.map((s) => SHAPE_INFO[s].colour),
    labels: domain.map((s) => SHAPE_INFO[s].label[lang]),
  };
}

/** Options for {@linkcode shapeColor}. */
export interface ShapeColorOptions {
  /** Language of the legend and tooltip words (default "en"). */
  lang?: Lang;
  /** Legend title (default "Shape"). */
  title?: string;
}

/**
 * `color` option for a chart whose rows carry a shape id in `field`: `SHAPE_INFO`'s colours in
 * report order, labels in words in the legend and tooltips, and only the shapes present listed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shapeColor, smallMultiplesChart } from "./mod.ts";
 * const rows = [1e8, 1e9, 1e10].map((scale, i) => ({ task: "t", scale, score: i, shape: "u_shaped" }));
 * const chart = smallMultiplesChart(rows, {
 *   title: "One task turns around", description: "One panel.", facet: { field: "task" },
 *   x: { field: "scale", title: "Parameters (log scale)", log: true },
 *   y: { field: "score", title: "Accuracy" }, color: shapeColor("shape"),
 * });
 * const spec = JSON.stringify(chart.spec);
 * assert.ok(spec.includes('"scale":{"domain":["u_shaped"],"range":["#CC79A7"]}'));
 * assert.ok(spec.includes('\\"U-shaped\\"')); // legend and tooltip say it in words
 * ```
 */
export function shapeColor(field = "shape", options: ShapeColorOptions = {}): ColorOptions {
  const lang = options.lang ?? "en";
  const scale = shapeColorScale(lang);
  return {
    field,
    title: options.title ?? SHAPE_TITLE[lang],
    domain: [...scale.domain],
    range: scale.range,
    labels: Object.fromEntries(scale.domain.map((s, i) => [s, scale.labels[i]!])),
    presentOnly: true,
  };
}

/**
 * A table column showing a shape id in words ("U-shaped", not "u_shaped"). An undetermined curve
 * (shape "insufficient" with calibrated probabilities in the row's `probabilities`) shows its
 * likeliest shapes with their probabilities: "undetermined: flat 0.55 · smooth 0.40".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shapeColumn } from "./shape_scale.ts";
 * const column = shapeColumn("shape");
 * assert.equal(typeof column.format === "function" && column.format("u_shaped", {}), "U-shaped");
 * const probabilities = { flat: 0.55, smooth: 0.4, emergent: 0.05, inverse: 0, u_shaped: 0, inverted_u: 0, insufficient: 0 };
 * assert.equal(
 *   typeof column.format === "function" && column.format("insufficient", { probabilities }),
 *   "undetermined: flat 0.55 · smooth 0.40",
 * );
 * ```
 */
export function shapeColumn(key = "shape", lang: Lang = "en"): TableColumn {
  return {
    key,
    title: SHAPE_TITLE[lang].toLowerCase(),
    align: "left",
    format: (value, row) => {
      if (typeof value !== "string" || !(value in SHAPE_INFO)) return String(value ?? "—");
      const probabilities = row?.probabilities as Record<Shape, number> | undefined;
      if (value === "insufficient" && probabilities) return undeterminedText(probabilities, lang);
      return SHAPE_INFO[value as Shape].label[lang];
    },
  };
}

/**
 * "undetermined: flat 0.55 · smooth 0.40" (zh "未定：持平 0.55 · 平滑 0.40"): the likeliest shapes
 * (`likeliestShapes`), two decimals.
 */
export function undeterminedText(probabilities: Record<Shape, number>, lang: Lang): string {
  const list = likeliestShapes(probabilities)
    .map((s) => `${SHAPE_INFO[s].label[lang]} ${probabilities[s].toFixed(2)}`).join(" · ");
  return lang === "zh" ? `未定：${list}` : `undetermined: ${list}`;
}
