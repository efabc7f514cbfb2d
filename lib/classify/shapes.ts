/**
 * The curve shapes, declared once: id, order in report tables, colour, label and one-line
 * description in words (per language); the definitions are the {@linkcode Shape} type's. Adding
 * a shape to {@linkcode SHAPE_IDS} fails type-checking in {@linkcode SHAPE_INFO} and in every
 * `switch` that ends in {@linkcode unhandledShape}, so nothing that must handle it can be
 * missed (tests/classify_shapes_test.ts checks the labels, descriptions and colours).
 * @module
 */
import type { ByLang } from "../locale/lang.ts";

/** Every shape, in the order used to sort report tables (most notable first). */
export const SHAPE_IDS = [
  "emergent",
  "u_shaped",
  "inverted_u",
  "inverse",
  "smooth",
  "flat",
  "insufficient",
] as const;

/**
 * The shape of a task curve (score against model scale):
 * - `flat`: no change larger than noise across the observed scales;
 * - `smooth`: improvement spread across the scale range (a line in log-scale explains it);
 * - `emergent`: near chance for the smaller models, then a rise well above noise past a threshold;
 * - `inverse`: a decline larger than noise with no recovery within the data;
 * - `u_shaped`: a decline then a recovery, both larger than noise;
 * - `inverted_u`: a rise then a decline, both larger than noise;
 * - `insufficient` (shown as "undetermined"): fewer than 3 distinct scales, or no shape both likely
 *   (probability ≥ 0.6) and shown by a fit with changes of 2.5 noise units.
 */
export type Shape = typeof SHAPE_IDS[number];

/**
 * "Larger than noise", in noise units (binomial standard errors): the shape definitions' rise,
 * decline or recovery must reach this in some fit before a label is decided (classifyCurve), and a
 * synthetic curve whose whole effect is smaller is "below noise" (synthetic_suite.ts).
 */
export const VISIBLE_CHANGE = 2.5;

/** How a shape is shown. */
export interface ShapeInfo {
  /** Colour (Okabe & Ito 2008's colour-blind-safe palette; legible on light and dark). */
  colour: string;
  /** Name in words, for legends, tables and prose. */
  label: ByLang<string>;
  /** One line saying what the shape means. */
  description: ByLang<string>;
}

/** Colour, label and description of every shape. */
export const SHAPE_INFO: { readonly [S in Shape]: ShapeInfo } = {
  emergent: {
    colour: "#D55E00",
    label: { en: "emergent", zh: "涌现" },
    description: {
      en: "near chance for the smaller models, then a rise well above noise past a threshold",
      zh: "较小的模型接近随机水平，越过某个阈值后明显高出噪声地上升",
    },
  },
  u_shaped: {
    colour: "#CC79A7",
    label: { en: "U-shaped", zh: "U形" },
    description: {
      en: "gets worse with scale, then recovers; both changes larger than noise",
      zh: "随规模扩大先变差、后回升；两段变化都大于噪声",
    },
  },
  inverted_u: {
    colour: "#E69F00",
    label: { en: "inverted U", zh: "倒U形" },
    description: {
      en: "gets better with scale, then worse; both changes larger than noise",
      zh: "随规模扩大先变好、后变差；两段变化都大于噪声",
    },
  },
  inverse: {
    colour: "#0072B2",
    label: { en: "inverse scaling", zh: "逆伸缩" },
    description: {
      en: "gets worse with scale by more than noise, with no recovery in the data",
      zh: "随规模扩大变差，幅度大于噪声，数据中没有回升",
    },
  },
  smooth: {
    colour: "#009E73",
    label: { en: "smooth", zh: "平滑" },
    description: {
      en: "improves steadily across the range, like a straight line in log-scale",
      zh: "在整个范围内稳步提升，在对数坐标下近似一条直线",
    },
  },
  flat: {
    colour: "#999999",
    label: { en: "flat", zh: "持平" },
    description: {
      en: "no change larger than noise across the sizes measured",
      zh: "在测过的各个规模上，没有大于噪声的变化",
    },
  },
  insufficient: {
    colour: "#56B4E9",
    label: { en: "undetermined", zh: "未定" },
    description: {
      en: "fewer than 3 sizes, or the data cannot tell the likeliest shapes apart",
      zh: "少于 3 个规模，或数据无法区分最可能的几种形状",
    },
  },
};

/**
 * For the `default:` arm of an exhaustive `switch` over shapes: the call type-checks only when
 * every shape has its own case.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type Shape, unhandledShape } from "./shapes.ts";
 * const rises = (s: Shape): boolean => {
 *   switch (s) {
 *     case "emergent": case "smooth": case "inverted_u": return true;
 *     case "flat": case "inverse": case "u_shaped": case "insufficient": return false;
 *     default: return unhandledShape(s);
 *   }
 * };
 * assert.equal(rises("smooth"), true);
 * ```
 */
export function unhandledShape(shape: never): never {
  throw new TypeError(`unhandled curve shape ${JSON.stringify(shape)}`);
}

/**
 * Position of a shape in report tables (0 = first).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shapeRank } from "./shapes.ts";
 * assert.ok(shapeRank("emergent") < shapeRank("flat"));
 * ```
 */
export function shapeRank(shape: Shape): number {
  return SHAPE_IDS.indexOf(shape);
}

/**
 * The shapes worth naming for an undetermined curve, likeliest first: those with probability at
 * least 0.1, and at least the two likeliest.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { likeliestShapes } from "./shapes.ts";
 * const p = { flat: 0.55, smooth: 0.4, emergent: 0.05, inverse: 0, u_shaped: 0, inverted_u: 0, insufficient: 0 };
 * assert.deepEqual(likeliestShapes(p), ["flat", "smooth"]);
 * ```
 */
export function likeliestShapes(probabilities: Readonly<Record<Shape, number>>): Shape[] {
  const ranked = SHAPE_IDS.filter((s) => s !== "insufficient")
    .sort((a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0));
  return ranked.filter((s, i) => i < 2 || (probabilities[s] ?? 0) >= 0.1);
}
