/** Reference marks shared by the chart functions: chance rules and threshold markers. */
import { NEUTRAL, type XYContext } from "./_axis.ts";
import { requireFinite } from "./_validate.ts";
import { annotationData } from "./_layers.ts";
import { word } from "./_words.ts";
import type { Lang } from "../locale/lang.ts";
import { formatter } from "../locale/format.ts";
import { type ExpressionQuantity, formatQuantity } from "../locale/vega_expression.ts";

/** A value in a quantity's notation, for static tooltips. */
function text(value: number, quantity: ExpressionQuantity, lang: Lang): string {
  return formatQuantity(formatter(lang), value, quantity);
}

/** "low–high" in a quantity's notation and the language's dash. */
function interval(low: number, high: number, quantity: ExpressionQuantity, lang: Lang): string {
  return formatter(lang).interval(low, high, quantity === "count" ? "params" : quantity);
}

/** A horizontal reference line, e.g. chance accuracy. */
export interface HorizontalRule {
  /** y value of the line. */
  value: number;
  /** Text drawn at the right end (default "chance", in the chart's language). */
  label?: string;
}

/** A vertical marker with an optional interval band, e.g. an emergence threshold. */
export interface VerticalMarker {
  /** x value of the marker. */
  value: number;
  /** Interval band [low, high] drawn behind the marker. */
  low?: number;
  /** Upper end of the interval band. */
  high?: number;
  /** Text at the top of the marker (default "threshold", in the chart's language). */
  label?: string;
}

/** Horizontal rule (plus right-aligned label) at `rule.value`. */
export function horizontalRuleLayers(
  rule: HorizontalRule,
  where: string,
  ctx: XYContext,
): unknown[] {
  const value = requireFinite(rule.value, `${where}: chance.value`, ctx.y.log);
  const label = rule.label ?? word("chance", ctx.lang);
  const data = annotationData(label, { value });
  return [
    {
      data,
      mark: { type: "rule", color: NEUTRAL, strokeDash: [2, 3], strokeWidth: 1.25 },
      encoding: {
        y: { datum: value },
        tooltip: { value: `${label}: ${text(value, ctx.yq, ctx.lang)}` },
      },
    },
    {
      data,
      mark: {
        type: "text",
        align: "right",
        baseline: "bottom",
        dy: -2,
        color: NEUTRAL,
        fontSize: 12,
      },
      encoding: { y: { datum: value }, x: { value: "width" }, text: { value: label } },
    },
  ];
}

/** Vertical marker at `marker.value`, with a shaded [low, high] band when given. */
export function verticalMarkerLayers(
  marker: VerticalMarker,
  where: string,
  ctx: XYContext,
): unknown[] {
  const logX = ctx.x.log;
  const value = requireFinite(marker.value, `${where}: threshold.value`, logX);
  const label = marker.label ?? word("threshold", ctx.lang);
  const layers: unknown[] = [];
  const band = marker.low !== undefined || marker.high !== undefined;
  const data = annotationData(
    label,
    band ? { value, low: marker.low, high: marker.high } : { value },
  );
  if (marker.low !== undefined || marker.high !== undefined) {
    const low = requireFinite(marker.low, `${where}: threshold.low`, logX);
    const high = requireFinite(marker.high, `${where}: threshold.high`, logX);
    if (!(low <= value && value <= high)) {
      throw new RangeError(
        `${where}: threshold needs low <= value <= high, got ${low}, ${value}, ${high}`,
      );
    }
    layers.push({
      data,
      mark: { type: "rect", color: NEUTRAL, opacity: 0.15 },
      encoding: {
        x: { datum: low },
        x2: { datum: high },
        tooltip: { value: `${label} interval: ${interval(low, high, ctx.xq, ctx.lang)}` },
      },
    });
  }
  layers.push(
    {
      data,
      mark: { type: "rule", color: NEUTRAL, strokeWidth: 1.25 },
      encoding: {
        x: { datum: value },
        tooltip: { value: `${label}: ${text(value, ctx.xq, ctx.lang)}` },
      },
    },
    {
      data,
      mark: {
        type: "text",
        align: "left",
        baseline: "top",
        dx: 3,
        dy: 2,
        color: NEUTRAL,
        fontSize: 12,
      },
      encoding: { x: { datum: value }, y: { value: 0 }, text: { value: label } },
    },
  );
  return layers;
}
