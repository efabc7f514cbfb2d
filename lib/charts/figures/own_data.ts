/**
 * The figures and tables of the own-data page (notebooks/analyze/analyze.ipynb), built from
 * {@linkcode analyzeOwnData}'s result: the option literals live here so the notebook stays
 * load → call → display.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { powerLaw } from "../../stats/power_law.ts";
import type { OwnDataAnalysis } from "../../analyze/own_data.ts";
import {
  fitChartText,
  fitNote,
  ownDataTableCaption,
  panelsText,
} from "../../analyze/own_data_captions.ts";
import type { Chart } from "../chart.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { shapeColor, shapeColumn } from "../shape_scale.ts";
import { lineChart } from "../scatter.ts";
import { type Table, table, type TableColumn } from "../table.ts";

const shapeTitle = (s: string) => s.replace("_", "-");
const when = <T>(condition: boolean, items: T[]): T[] => (condition ? items : []);

/**
 * Curves per family, metric and shape.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { readLongFormat } from "../../data/long_format.ts";
 * import { analyzeOwnData } from "../../analyze/own_data.ts";
 * import { ownDataCensusTable } from "./own_data.ts";
 * const text = "task,model,params,score\nt,a,1e8,0.3\nt,b,1e9,0.4\n";
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * assert.equal(ownDataCensusTable(a, formatter("en")).rows.length, 1);
 * ```
 */
export function ownDataCensusTable(a: OwnDataAnalysis, f: Formatter): Table {
  return table(
    a.census.map(({ counts, ...row }) => ({ ...row, ...counts })),
    [
      "family",
      ...when(a.metrics.length > 1, ["metric"]),
      { key: "curves", format: "integer" },
      ...a.shapesPresent.map((s): TableColumn => ({
        key: s,
        title: shapeTitle(s),
        format: "integer",
      })),
    ],
    { caption: ownDataTableCaption("census", a, f) },
  );
}

/** Small multiples of the charted curves, coloured by shape, with chance and thresholds.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { readLongFormat } from "../../data/long_format.ts";
 * import { analyzeOwnData } from "../../analyze/own_data.ts";
 * import { ownDataPanelsChart } from "./own_data.ts";
 * const text = "task,model,params,score,n\n" +
 *   [1e8, 1e9, 1e10, 1e11].map((p, i) => `t,m${i},${p},${0.3 + 0.15 * i},1000`).join("\n");
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * assert.equal(ownDataPanelsChart(a, formatter("en")).rows.length, 4);
 * ```
 */
export function ownDataPanelsChart(a: OwnDataAnalysis, f: Formatter): Chart {
  return smallMultiplesChart(a.panels.rows, {
    ...panelsText(a, f),
    source: `${a.fileName}; classification: this report`,
    facet: { field: "curve", title: "Curve", columns: 3 },
    width: 200,
    x: { field: "params", title: "Parameters (log scale)", log: true },
    y: { field: "score", title: a.metrics.length === 1 ? a.metrics[0]! : "Score" },
    color: shapeColor("shape", { lang: f.lang }),
    chance: a.panels.chances,
    thresholds: a.panels.thresholds,
    independentY: true,
  });
}

/** Every curve (up to `limits.maxTableRows`): sizes, shape, confidence, threshold, why.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { readLongFormat } from "../../data/long_format.ts";
 * import { analyzeOwnData } from "../../analyze/own_data.ts";
 * import { ownDataCurveTable } from "./own_data.ts";
 * const text = "task,model,params,score,n\n" +
 *   [1e8, 1e9, 1e10, 1e11].map((p, i) => `t,m${i},${p},${0.3 + 0.15 * i},1000`).join("\n");
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * assert.equal(ownDataCurveTable(a, formatter("en")).rows.length, 1);
 * ```
 */
export function ownDataCurveTable(a: OwnDataAnalysis, f: Formatter): Table {
  const sizes = (v: number | undefined) => (v === undefined ? "" : f.params(v));
  return table(
    a.curves.slice(0, a.limits.maxTableRows).map((c) => ({
      ...c,
      thresholdText: c.threshold === undefined
        ? ""
        : `${f.params(c.threshold)}${
          c.thresholdInterval
            ? ` (${f.interval(c.thresholdInterval[0], c.thresholdInterval[1], "params")})`
            : ""
        }`,
      range: `${sizes(c.curve.points[0]?.scale)}–${sizes(c.curve.points.at(-1)?.scale)}`,
    })),
    [
      "task",
      ...when(a.families.length > 1, ["family"]),
      ...when(a.metrics.length > 1, ["metric"]),
      { key: "scales", title: "sizes", format: "integer" },
      ...when(a.rangesDiffer, [{ key: "range", title: "parameters" }]),
      shapeColumn("shape", f.lang),
      { key: "confidence", format: "fixed", digits: 2 },
      { key: "thresholdText", title: "threshold or turn (95% interval)" },
      { key: "reason", title: "why" },
    ],
    { caption: ownDataTableCaption("curves", a, f) },
  );
}

/** The power-law fits: α, floor, coefficient, residual and notes; nothing when no curve qualifies.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { readLongFormat } from "../../data/long_format.ts";
 * import { analyzeOwnData } from "../../analyze/own_data.ts";
 * import { ownDataFitTable } from "./own_data.ts";
 * const text = "task,model,params,score,n\n" +
 *   [1e8, 1e9, 1e10, 1e11].map((p, i) => `t,m${i},${p},${0.3 + 0.15 * i},1000`).join("\n");
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * assert.equal(ownDataFitTable(a, formatter("en"))?.rows.length, a.fits.length);
 * ```
 */
export function ownDataFitTable(a: OwnDataAnalysis, f: Formatter): Table | undefined {
  if (a.fits.length === 0) return undefined; // the summary sentence says why
  return table(
    a.fits.map((r) => ({
      task: r.curve.task,
      family: r.curve.family,
      metric: r.curve.metric,
      shape: r.curve.shape,
      quantity: r.quantity === "error" ? "1 − score" : "score",
      alpha: r.fit?.alpha,
      E: r.fit?.E,
      A: r.fit?.A,
      rms: r.rms,
      note: fitNote(r, f),
    })),
    [
      "task",
      ...when(a.families.length > 1, ["family"]),
      ...when(a.metrics.length > 1, ["metric"]),
      shapeColumn("shape", f.lang),
      { key: "quantity", title: "fitted" },
      { key: "alpha", title: "α", format: "fixed", digits: 3 },
      { key: "E", title: "floor E", format: "fixed", digits: 3 },
      { key: "A", title: "A", format: "exp", digits: 3 },
      { key: "rms", title: "RMS log residual", format: "fixed", digits: 3 },
      "note",
    ],
    { caption: ownDataTableCaption("fits", a, f) },
  );
}

/** Error against size on log–log axes for the drawn fits, with their power laws (dashed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { readLongFormat } from "../../data/long_format.ts";
 * import { analyzeOwnData } from "../../analyze/own_data.ts";
 * import { ownDataFitChart } from "./own_data.ts";
 * const text = "task,model,params,score,n\n" +
 *   [1e8, 1e9, 1e10, 1e11].map((p, i) => `t,m${i},${p},${0.3 + 0.15 * i},1000`).join("\n");
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * if (a.drawn.length > 0) assert.match(ownDataFitChart(a, formatter("en")).title, /steepest: t/);
 * ```
 */
export function ownDataFitChart(a: OwnDataAnalysis, f: Formatter): Chart {
  return lineChart(
    a.drawn.flatMap((r) => r.points.map((p) => ({ curve: r.label, params: p.x, error: p.y }))),
    {
      ...fitChartText(a, f),
      source: `${a.fileName}; fits: this report`,
      x: { field: "params", title: "Parameters (log scale)", log: true },
      y: { field: "error", title: "Error or loss (log scale)", log: true },
      color: { field: "curve", title: "Curve", domain: a.drawn.map((r) => r.label) },
      fits: a.drawn.map((r) => ({
        f: (x: number) => powerLaw(r.fit, x),
        label: "power law",
        category: r.label,
      })),
    },
  );
}
