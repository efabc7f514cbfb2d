/**
 * The figures and tables of the own-data page (notebooks/analyze/analyze.ipynb), built from
 * {@linkcode analyzeOwnData}'s result: the option literals live here so the notebook stays
 * load → call → display.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import { type Shape, SHAPE_INFO } from "../../classify/shapes.ts";
import { powerLaw } from "../../stats/power_law.ts";
import type { OwnDataAnalysis } from "../../analyze/own_data.ts";
import { reasonWords } from "../../analyze/reason_words.ts";
import {
  fitChartText,
  fitNote,
  ownDataTableCaption,
  panelsText,
} from "../../analyze/own_data_captions.ts";
import type { Chart } from "../chart.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { shapeColor, shapeColumn } from "../shape_scale.ts";
import { robustnessCell, thresholdStatement } from "../../analyze/emergence_robustness_text.ts";
import { lineChart } from "../scatter.ts";
import { type Table, table, type TableColumn } from "../table.ts";

/** A shape as a column title: the id in English ("u-shaped"), the label in Chinese. */
const shapeTitle = (s: Shape, f: Formatter) =>
  inLang(f.lang, { en: () => s.replace("_", "-"), zh: () => SHAPE_INFO[s].label.zh });

/** The own-data page's column titles and axis words in `f`'s language. */
function words(f: Formatter) {
  return inLang(f.lang, {
    en: () => ({
      family: "family",
      metric: "metric",
      curves: "curves",
      task: "task",
      sizes: "sizes",
      parameters: "parameters",
      confidence: "confidence",
      threshold: "threshold or turn (95% interval)",
      robust: "label without an end size",
      why: "why",
      fitted: "fitted",
      error: "1 − score",
      score: "score",
      floor: "floor E",
      rms: "RMS log residual",
      note: "note",
      classified: "classification: this report",
      fits: "fits: this report",
      Curve: "Curve",
      paramsAxis: "Parameters (log scale)",
      Score: "Score",
      errorAxis: "Error or loss (log scale)",
      powerLaw: "power law",
    }),
    zh: () => ({
      family: "模型系列",
      metric: "指标",
      curves: "曲线数",
      task: "任务",
      sizes: "规模数",
      parameters: "参数",
      confidence: "置信度",
      threshold: "阈值或转折点（95% 区间）",
      robust: "去掉一端规模后的标签",
      why: "原因",
      fitted: "拟合对象",
      error: "1 − 分数",
      score: "分数",
      floor: "下限 E",
      rms: "对数残差的均方根",
      note: "备注",
      classified: "分类：本报告",
      fits: "拟合：本报告",
      Curve: "曲线",
      paramsAxis: "参数（对数坐标）",
      Score: "分数",
      errorAxis: "误差或损失（对数坐标）",
      powerLaw: "幂律",
    }),
  });
}
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
      { key: "family", title: words(f).family },
      ...when(a.metrics.length > 1, [{ key: "metric", title: words(f).metric }]),
      { key: "curves", title: words(f).curves, format: "integer" },
      ...a.shapesPresent.map((s): TableColumn => ({
        key: s,
        title: shapeTitle(s, f),
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
    lang: f.lang,
    ...panelsText(a, f),
    source: `${a.fileName}${inLang(f.lang, { en: () => "; ", zh: () => "；" })}${
      words(f).classified
    }`,
    facet: { field: "curve", title: words(f).Curve, columns: 3 },
    width: 200,
    x: { field: "params", title: words(f).paramsAxis, log: true },
    y: { field: "score", title: a.metrics.length === 1 ? a.metrics[0]! : words(f).Score },
    color: shapeColor("shape", { lang: f.lang }),
    chance: a.panels.chances,
    thresholds: Object.fromEntries(
      Object.entries(a.panels.thresholds).map(([curve, m]) => [curve, {
        ...m,
        label: inLang(f.lang, {
          en: () => m.label,
          zh: () => (m.label === "threshold" ? "阈值" : "转折点"),
        }),
      }]),
    ),
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
      // A threshold at or beyond an edge of the sizes is a bound ("above 12B — not reached").
      thresholdText: c.threshold === undefined ? "" : thresholdStatement(
        {
          estimate: c.threshold,
          ...(c.thresholdInterval ? { interval: c.thresholdInterval } : {}),
        },
        c.curve.points.map((p) => p.scale),
        f,
      ),
      robustText: c.robustness ? robustnessCell(c.robustness, f) : "",
      range: f.range(sizes(c.curve.points[0]?.scale), sizes(c.curve.points.at(-1)?.scale)),
      reason: reasonWords(c.reason, f),
    })),
    [
      { key: "task", title: words(f).task },
      ...when(a.families.length > 1, [{ key: "family", title: words(f).family }]),
      ...when(a.metrics.length > 1, [{ key: "metric", title: words(f).metric }]),
      { key: "scales", title: words(f).sizes, format: "integer" },
      ...when(a.rangesDiffer, [{ key: "range", title: words(f).parameters }]),
      shapeColumn("shape", f.lang),
      { key: "confidence", title: words(f).confidence, format: "fixed", digits: 2 },
      { key: "thresholdText", title: words(f).threshold },
      ...when(a.curves.some((c) => c.robustness), [{ key: "robustText", title: words(f).robust }]),
      { key: "reason", title: words(f).why },
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
      quantity: r.quantity === "error" ? words(f).error : words(f).score,
      alpha: r.fit?.alpha,
      E: r.fit?.E,
      A: r.fit?.A,
      rms: r.rms,
      note: fitNote(r, f),
    })),
    [
      { key: "task", title: words(f).task },
      ...when(a.families.length > 1, [{ key: "family", title: words(f).family }]),
      ...when(a.metrics.length > 1, [{ key: "metric", title: words(f).metric }]),
      shapeColumn("shape", f.lang),
      { key: "quantity", title: words(f).fitted },
      { key: "alpha", title: "α", format: "fixed", digits: 3 },
      { key: "E", title: words(f).floor, format: "fixed", digits: 3 },
      { key: "A", title: "A", format: "exp", digits: 3 },
      { key: "rms", title: words(f).rms, format: "fixed", digits: 3 },
      { key: "note", title: words(f).note },
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
      lang: f.lang,
      ...fitChartText(a, f),
      source: `${a.fileName}${inLang(f.lang, { en: () => "; ", zh: () => "；" })}${words(f).fits}`,
      x: { field: "params", title: words(f).paramsAxis, log: true },
      y: { field: "error", title: words(f).errorAxis, log: true },
      color: { field: "curve", title: words(f).Curve, domain: a.drawn.map((r) => r.label) },
      fits: a.drawn.map((r) => ({
        f: (x: number) => powerLaw(r.fit, x),
        label: words(f).powerLaw,
        category: r.label,
      })),
    },
  );
}
