/**
 * vega and vega-lite, loaded once on first use. Their Node build pulls in `punycode` (node-fetch
 * → whatwg-url → tr46), whose deprecation warning is printed on the next tick; printing it makes
 * Deno set up Node's stderr stream, about 0.3 s of CPU per build, for a warning about a fetch
 * path the renderer never takes (its loader refuses every request). The warning is switched off
 * only while the two modules load.
 * @module
 */
import process from "node:process";
import { vegaTextWidth } from "./_text_width.ts";

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");

let loading: Promise<{ vega: Vega; vl: VegaLite }> | undefined;

/** The vega and vega-lite modules (the same promise on every call). */
export function loadVega(): Promise<{ vega: Vega; vl: VegaLite }> {
  return loading ??= (async () => {
    // Node's documented switch (process.noDeprecation); @types/node leaves it out.
    const flags = process as { noDeprecation?: boolean };
    const before = flags.noDeprecation;
    flags.noDeprecation = true;
    try {
      const [vega, vl] = await Promise.all([import("vega"), import("vega-lite")]);
      // Lay text out by real glyph widths, not Vega's 0.8 em guess (no canvas here).
      (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = vegaTextWidth;
      return { vega, vl };
    } finally {
      flags.noDeprecation = before;
    }
  })();
}
