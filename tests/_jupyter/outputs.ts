/**
 * Pure checks on executed notebooks: error outputs, chart MIME bundles, and a
 * cell-by-cell comparison of Jupyter's outputs with the Deno-native runner's.
 */

/** A cell as both nbclient and lib/notebook write it (only what we read). */
export interface AnyCell {
  cell_type: string;
  source: string | string[];
  metadata: Record<string, unknown> & { tags?: string[] };
  outputs?: Record<string, unknown>[];
}

/** The MIME bundle our charts send in Jupyter (Vega-Lite v5 spec, SVG fallback, text). */
export const CHART_MIMES = ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"];
/**
 * What they send to the report runner, which tells display hooks it renders Vega-Lite itself:
 * the same without the SVG fallback.
 */
export const RUNNER_CHART_MIMES = ["application/vnd.vegalite.v5+json", "text/plain"];
const VEGA_LITE = /^application\/vnd\.vegalite\.v(\d+)\+json$/;

const bundleOf = (o: Record<string, unknown>) =>
  (o.output_type === "display_data" || o.output_type === "execute_result")
    ? (o.data as Record<string, unknown> | undefined) ?? {}
    : undefined;

const head = (cell: AnyCell) =>
  (Array.isArray(cell.source) ? cell.source.join("") : cell.source).split("\n")[0]?.slice(0, 60);

/** Every error output, as "cell N (first line): ename: evalue". */
export function errorOutputs(cells: AnyCell[]): string[] {
  return cells.flatMap((cell, i) =>
    (cell.outputs ?? []).filter((o) => o.output_type === "error").map((o) =>
      `cell ${i + 1} (${head(cell)}): ${o.ename}: ${o.evalue}`
    )
  );
}

/**
 * Chart bundles that are incomplete or mislabelled: any output carrying a
 * Vega-Lite or SVG payload must carry all of `expected` (default {@link CHART_MIMES}); a Vega-Lite
 * MIME type must match the spec's `$schema` version; a cell tagged `chart`
 * must display at least one chart.
 */
export function chartProblems(cells: AnyCell[], expected: string[] = CHART_MIMES): string[] {
  const problems: string[] = [];
  cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const where = `cell ${i + 1} (${head(cell)})`;
    let charts = 0;
    for (const output of cell.outputs ?? []) {
      const data = bundleOf(output);
      if (!data) continue;
      const mimes = Object.keys(data);
      const vegaLite = mimes.filter((m) => VEGA_LITE.test(m));
      if (vegaLite.length === 0 && !mimes.includes("image/svg+xml")) continue;
      charts++;
      const missing = expected.filter((m) => !mimes.includes(m));
      if (missing.length > 0) problems.push(`${where}: chart bundle lacks ${missing.join(", ")}`);
      for (const mime of vegaLite) {
        const spec = data[mime] as { $schema?: unknown } | undefined;
        const labelled = VEGA_LITE.exec(mime)![1];
        const schema = typeof spec?.$schema === "string"
          ? /\/v(\d+)/.exec(spec.$schema)?.[1]
          : labelled;
        if (schema !== labelled) {
          problems.push(`${where}: ${mime} carries a v${schema} $schema (mislabelled bundle)`);
        }
      }
    }
    if (charts === 0 && (cell.metadata.tags ?? []).includes("chart")) {
      problems.push(`${where}: tagged "chart" but displayed no chart`);
    }
  });
  return problems;
}

/** What a code cell produced, in a form that is equal across the two runners. */
export interface CellSummary {
  cell: number;
  /** Sorted MIME types of each rich output, in order. */
  bundles: string[][];
  /** Vega-Lite specs, in order. */
  specs: unknown[];
  /** Stream names that appeared (stdout/stderr), sorted. */
  streams: string[];
  errors: number;
}

/**
 * Summaries of the code cells, in order. With `dropSvgFallback`, a bundle that carries a
 * Vega-Lite spec is listed without its `image/svg+xml` (what the report runner receives).
 */
export function summarize(cells: AnyCell[], dropSvgFallback = false): CellSummary[] {
  return cells.flatMap((cell, i): CellSummary[] => {
    if (cell.cell_type !== "code") return [];
    const outputs = cell.outputs ?? [];
    const bundles = outputs.map(bundleOf).filter((d) => d !== undefined);
    return [{
      cell: i + 1,
      bundles: bundles.map((d) => {
        const mimes = Object.keys(d).sort();
        return dropSvgFallback && mimes.some((m) => VEGA_LITE.test(m))
          ? mimes.filter((m) => m !== "image/svg+xml")
          : mimes;
      }),
      specs: bundles.flatMap((d) =>
        Object.keys(d).filter((m) => VEGA_LITE.test(m)).map((m) => d[m])
      ),
      streams: [
        ...new Set(outputs.filter((o) => o.output_type === "stream").map((o) => String(o.name))),
      ]
        .sort(),
      errors: outputs.filter((o) => o.output_type === "error").length,
    }];
  });
}
