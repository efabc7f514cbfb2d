/**
 * The MIME types of Jupyter display bundles and the display hook symbol, declared once for the
 * charts that make bundles, the runner that collects them and the renderer that draws them.
 *
 * @module
 */

/**
 * The Vega-Lite MIME type of chart bundles.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { VEGA_LITE_MIME } from "./mime.ts";
 * assert.equal(VEGA_LITE_MIME, "application/vnd.vegalite.v5+json");
 * ```
 */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json" as const;

/**
 * The MIME types this project writes or renders, by role.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MIME } from "./mime.ts";
 * assert.equal(MIME.markdown, "text/markdown");
 * ```
 */
export const MIME = {
  /** A Vega-Lite v5 spec (charts), drawn to SVG by the page renderer. */
  vegaLite: VEGA_LITE_MIME,
  html: "text/html",
  markdown: "text/markdown",
  plain: "text/plain",
  svg: "image/svg+xml",
  png: "image/png",
  jpeg: "image/jpeg",
  latex: "text/latex",
  json: "application/json",
} as const;

/**
 * Whether a MIME type is a Vega-Lite spec of any major version (bundles from other tools may
 * carry v4 or v6).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isVegaLiteMime } from "./mime.ts";
 * assert.ok(isVegaLiteMime("application/vnd.vegalite.v4+json"));
 * assert.ok(!isVegaLiteMime("application/json"));
 * ```
 */
export function isVegaLiteMime(type: string): boolean {
  return /^application\/vnd\.vegalite\.v\d+\+json$/.test(type);
}

/**
 * `Symbol.for("Jupyter.display")`, typed as a unique symbol so `chart[JUPYTER_DISPLAY]()`
 * type-checks. Deno's Jupyter kernel calls this method to display a value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JUPYTER_DISPLAY } from "./mime.ts";
 * assert.equal(JUPYTER_DISPLAY, Symbol.for("Jupyter.display"));
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;
