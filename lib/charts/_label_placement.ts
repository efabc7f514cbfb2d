/**
 * Point labels that never collide: Vega's `label` transform (Vega ≥ 5.16; a greedy placement over
 * a bitmap of the marks, after Kittivorawong et al. 2020), which Vega-Lite does not expose. A
 * chart names its points layer {@linkcode LABELLED_POINTS} and its text layer
 * {@linkcode POINT_LABELS}; {@linkcode placeLabels} rewrites the compiled Vega spec so the text
 * mark reads the points' geometry and each label takes the first free spot of eight around its
 * point, or is left out (its point keeps its tooltip, and the data table lists every name).
 * Left-out labels are drawn with opacity 0 by Vega; {@linkcode dropHiddenLabels} removes them.
 */

/** Vega-Lite layer `name` of the points to label. */
export const LABELLED_POINTS = "labelled_points";
/** Vega-Lite layer `name` of their text labels (`encoding.text` = the label field). */
export const POINT_LABELS = "point_labels";

type Mark = Record<string, unknown>;

function isObject(value: unknown): value is Mark {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The label field a Vega-Lite text mark reads (`datum["name"]` → name). */
function labelField(text: Mark): string | undefined {
  const update = isObject(text.encode) && isObject(text.encode.update) ? text.encode.update : {};
  const t = update.text;
  if (isObject(t) && typeof t.field === "string") return t.field;
  if (isObject(t) && typeof t.signal === "string") {
    return /datum\["([^"]+)"\]/.exec(t.signal)?.[1];
  }
  return undefined;
}

/** Rewrites every labelled-points pair in a compiled Vega spec (in place); returns the spec. */
export function placeLabels(spec: Mark): Mark {
  const visit = (node: Mark) => {
    const marks = Array.isArray(node.marks) ? node.marks as Mark[] : [];
    const points = marks.find((m) => String(m.name ?? "").startsWith(LABELLED_POINTS));
    const i = marks.findIndex((m) => String(m.name ?? "").startsWith(POINT_LABELS));
    const field = i >= 0 ? labelField(marks[i]!) : undefined;
    if (points && i >= 0 && field) {
      const update = (marks[i]!.encode as { update: Mark }).update;
      marks[i] = {
        type: "text",
        name: String(marks[i]!.name),
        aria: false,
        from: { data: String(points.name) },
        encode: {
          update: {
            text: {
              signal: `isValid(datum.datum[${JSON.stringify(field)}]) ? datum.datum[${
                JSON.stringify(field)
              }] : ""`,
            },
            fontSize: update.fontSize ?? { value: 12 },
            fill: update.fill ?? { value: "currentColor" },
          },
        },
        transform: [{
          type: "label",
          size: { signal: "[width, height]" },
          // No canvas on the server: labels avoid each other (a bitmap of placed labels), not
          // the other marks, which would need a canvas to rasterise.
          avoidBaseMark: false,
          anchor: [
            "top-right",
            "right",
            "bottom-right",
            "top",
            "bottom",
            "top-left",
            "left",
            "bottom-left",
          ],
          offset: [3],
          padding: 0,
        }],
      };
    }
    for (const m of marks) if (m.type === "group") visit(m);
  };
  visit(spec);
  return spec;
}

/** Removes the `<text>` elements Vega's label transform could not place (drawn with opacity 0). */
export function dropHiddenLabels(svg: string): string {
  return svg.replace(/<text\b[^>]*\sopacity="0"[^>]*>[\s\S]*?<\/text>/g, "");
}

/**
 * The names Vega's label transform found no room for (their `<text>` has opacity 0), as escaped
 * XML text, in drawing order; the page lists them beside the chart.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unplacedLabels } from "./_label_placement.ts";
 * const svg = '<g class="mark-text role-mark point_labels_marks"><text opacity="1">A</text>' +
 *   '<text opacity="0">B &amp; C</text></g>';
 * assert.deepEqual(unplacedLabels(svg), ["B &amp; C"]);
 * ```
 */
export function unplacedLabels(svg: string): string[] {
  const out: string[] = [];
  const groups = new RegExp(`<g class="[^"]*\\b${POINT_LABELS}[^"]*"[^>]*>([\\s\\S]*?)</g>`, "g");
  for (const [, body] of svg.matchAll(groups)) {
    for (const m of (body ?? "").matchAll(/<text\b[^>]*\sopacity="0"[^>]*>([^<]*)<\/text>/g)) {
      if (m[1]!.trim() !== "") out.push(m[1]!);
    }
  }
  return out;
}
