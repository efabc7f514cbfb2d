/**
 * Results a script can use: every curve of an own-data analysis as plain JSON (the documented,
 * versioned schema `scaling-report/own-data-results` version 1, see README "Your own data") and as
 * one CSV row per curve.
 *
 * Schema v1 (consumers must accept null where a field says so):
 * - `schema`, `version`; `input`: files, format, delimiter, rows; `notes`: metric per task, size
 *   guesses, replaced runs, same-size models, sizes that look like billions, ignored columns;
 * - `summary`: curves, curves per shape (every shape, zero included), and the prior on shapes the
 *   probabilities are under ("benchmarks" or "uniform", `--prior`);
 * - `curves[]`: label, task, family, metric, higherIsBetter, chance (or null), sizes, points
 *   (model, params, score, n or null), shape, confidence, weights (Akaike weight per shape),
 *   probabilities (calibrated probability per shape; null for a curve with too few sizes to fit;
 *   an undetermined curve has shape "insufficient" and its likeliest shapes here), threshold and thresholdInterval
 *   (emergent curves; else null), bound (a threshold at or beyond an edge of the sizes: kind
 *   "above" / "at-or-below" / "between" with low and high), flags ("label-changes-without-largest-size"
 *   / "...-smallest-size" for emergent and U-type labels), reason, fit (E, A, alpha, quantity, rms; else null)
 *   and fitSkipped (why there is no fit, or null), forecasts (with `--predict`: size, prediction,
 *   low, high, extrapolation in orders of magnitude; empty otherwise);
 * - `forecasts` (with `--predict`, else null): level, sizes, and the backtest on the user's curves
 *   with five or more sizes per hold-out (curves, mean errors of the forecast and of the naive
 *   forecasts, intervals that held), or null when no curve has five sizes.
 * @module
 */
import { SHAPE_IDS } from "../classify/shapes.ts";
import type { OwnDataNotes } from "../data/own_data.ts";
import type { OwnDataAnalysis } from "./own_data_types.ts";
import type { OwnDataForecasts } from "./own_data_forecast.ts";

/** The schema id and version of {@linkcode ownDataResults}. */
export const OWN_DATA_RESULTS_SCHEMA = { schema: "scaling-report/own-data-results", version: 1 };

/** One curve in the results. */
export interface OwnDataResultCurve {
  /** The curve's label on the page. */
  label: string;
  /** Task. */
  task: string;
  /** Model family. */
  family: string;
  /** Metric. */
  metric: string;
  /** True when larger scores are better. */
  higherIsBetter: boolean;
  /** Chance level, or null. */
  chance: number | null;
  /** Distinct model sizes (after merging into the page's bins). */
  sizes: number;
  /** The points classified: model (null when merged), parameters, score, examples (or null). */
  points: { model: string | null; params: number; score: number; n: number | null }[];
  /** The classifier's label. */
  shape: string;
  /** The calibrated probability that the label is right, 0–1. */
  confidence: number;
  /** Akaike weight per shape. */
  weights: Record<string, number>;
  /** Calibrated probability per shape; null for a curve with fewer than 3 sizes. */
  probabilities: Record<string, number> | null;
  /** Emergence threshold in parameters, or null. */
  threshold: number | null;
  /** Its 95% interval, or null. */
  thresholdInterval: [number, number] | null;
  /**
   * The threshold or turn as a bound when it sits at or beyond an edge of the sizes: kind "above"
   * (low = the largest size), "at-or-below" (high = the smallest) or "between" (the two largest);
   * null when it lies inside the data or there is none.
   */
  bound: { kind: string; low?: number; high?: number } | null;
  /** "label-changes-without-largest-size" / "label-changes-without-smallest-size"; else empty. */
  flags: string[];
  /** The classifier's reason sentence. */
  reason: string;
  /** The power-law fit y = E + A·N^(−α), or null. */
  fit: { E: number; A: number; alpha: number; quantity: string; rms: number | null } | null;
  /** Why there is no fit (e.g. "score-above-1"), or null. */
  fitSkipped: string | null;
  /** Forecasts at the `--predict` sizes (empty without). */
  forecasts: OwnDataResultForecast[];
}

/** One forecast of a curve. */
export interface OwnDataResultForecast {
  /** Parameters. */
  size: number;
  /** Predicted score. */
  prediction: number;
  /** Lower end of its prediction interval. */
  low: number;
  /** Upper end of its prediction interval. */
  high: number;
  /** Orders of magnitude beyond the curve's largest size. */
  extrapolation: number;
}

/** The results document (see the module doc). */
export interface OwnDataResults {
  /** "scaling-report/own-data-results". */
  schema: string;
  /** Schema version (1). */
  version: number;
  /** Files, format, delimiter and rows read. */
  input: { files: string[]; format: string; delimiter: string | null; rows: number };
  /** Choices and notices of the reader. */
  notes: Omit<OwnDataNotes, "format" | "inputs" | "delimiter">;
  /** Curves in all and per shape, and the prior on shapes the probabilities are under. */
  summary: { curves: number; shapes: Record<string, number>; prior: string };
  /** Every curve. */
  curves: OwnDataResultCurve[];
  /** The forecast settings and the backtest on the user's curves (with `--predict`), or null. */
  forecasts: {
    level: number;
    sizes: number[];
    backtest: {
      holdOut: number;
      curves: number;
      meanError: { forecast: number; last: number; line: number };
      held: number;
    }[] | null;
  } | null;
}

/**
 * The results document of an analysis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOwnCsv } from "../data/own_data.ts";
 * import { analyzeOwnData } from "./own_data.ts";
 * import { ownDataResults } from "./own_data_results.ts";
 * const d = readOwnCsv("task,model,params,score\nqa,a,1e8,0.3\nqa,b,1e9,0.4\n");
 * const r = ownDataResults(await analyzeOwnData(d, { fileName: "x.csv" }), d.notes);
 * assert.equal(r.version, 1);
 * assert.equal(r.curves[0]?.shape, "insufficient");
 * assert.equal(r.summary.shapes.insufficient, 1);
 * ```
 */
export function ownDataResults(
  a: OwnDataAnalysis,
  notes: OwnDataNotes,
  forecasts?: OwnDataForecasts,
): OwnDataResults {
  const fits = new Map(a.fits.map((f) => [f.curve, f]));
  const forecastsOf = (label: string): OwnDataResultForecast[] =>
    (forecasts?.rows ?? []).filter((r) => r.label === label).map((r) => ({
      size: r.size,
      prediction: r.prediction,
      low: r.interval[0],
      high: r.interval[1],
      extrapolation: r.extrapolation,
    }));
  const { format, inputs, delimiter, ...rest } = notes;
  return {
    ...OWN_DATA_RESULTS_SCHEMA,
    input: { files: inputs, format, delimiter: delimiter ?? null, rows: a.rowCount },
    notes: rest,
    summary: {
      curves: a.curves.length,
      shapes: Object.fromEntries(SHAPE_IDS.map((s) => [s, a.byShape[s].length])),
      prior: a.prior,
    },
    curves: a.curves.map((c): OwnDataResultCurve => {
      const fit = fits.get(c);
      return {
        label: c.label,
        task: c.task,
        family: c.family,
        metric: c.metric,
        higherIsBetter: c.curve.higherIsBetter,
        chance: c.curve.chance ?? null,
        sizes: c.scales,
        points: c.curve.points.map((p) => ({
          model: p.model ?? null,
          params: p.scale,
          score: p.score,
          n: p.n ?? null,
        })),
        shape: c.shape,
        confidence: c.confidence,
        weights: { ...c.result.evidence.shapeWeights },
        probabilities: c.probabilities ?? null,
        threshold: c.threshold ?? null,
        thresholdInterval: c.thresholdInterval ?? null,
        bound: c.bound ?? null,
        flags: c.flags,
        reason: c.reason,
        fit: fit?.fit
          ? {
            E: fit.fit.E,
            A: fit.fit.A,
            alpha: fit.fit.alpha,
            quantity: fit.quantity,
            rms: fit.rms ?? null,
          }
          : null,
        fitSkipped: fit?.skipped?.reason ?? null,
        forecasts: forecastsOf(c.label),
      };
    }),
    forecasts: forecasts
      ? {
        level: forecasts.level,
        sizes: forecasts.sizes,
        backtest: forecasts.backtest?.totals.map(({ holdOut, totals }) => ({
          holdOut,
          curves: totals.count,
          meanError: totals.meanError,
          held: totals.covered,
        })) ?? null,
      }
      : null,
  };
}

const CSV_COLUMNS = [
  "label",
  "task",
  "family",
  "metric",
  "sizes",
  "shape",
  "confidence",
  "threshold",
  "threshold_low",
  "threshold_high",
  "flags",
  "fit_E",
  "fit_A",
  "fit_alpha",
  ...SHAPE_IDS.map((s) => `weight_${s}`),
  ...SHAPE_IDS.map((s) => `probability_${s}`),
] as const;

/** A CSV field: quoted when it holds a comma, quote or newline. */
const field = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * The results as a CSV table, one row per curve (columns: label, task, family, metric, sizes,
 * shape, confidence, threshold and its interval, flags joined by ";", the fit's E, A, α, the
 * Akaike weight and the calibrated probability of each shape).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readOwnCsv } from "../data/own_data.ts";
 * import { analyzeOwnData } from "./own_data.ts";
 * import { ownDataResults, ownDataResultsCsv } from "./own_data_results.ts";
 * const d = readOwnCsv('task,model,params,score\n"q,a",a,1e8,0.3\n"q,a",b,1e9,0.4\n');
 * const csv = ownDataResultsCsv(ownDataResults(await analyzeOwnData(d, { fileName: "x" }), d.notes));
 * assert.match(csv, /^label,task,family,metric,sizes,shape/);
 * assert.match(csv, /\n"q,a","q,a",all models,score,2,insufficient,/);
 * ```
 */
export function ownDataResultsCsv(results: OwnDataResults): string {
  // With --predict: forecast, low and high per size (columns named by the size in parameters).
  const sizes = results.forecasts?.sizes ?? [];
  const sizeColumns = sizes.flatMap((s) => {
    const at = `forecast_${s.toExponential().replace("+", "")}`;
    return [at, `${at}_low`, `${at}_high`];
  });
  const lines = [[...CSV_COLUMNS, ...sizeColumns].join(",")];
  for (const c of results.curves) {
    lines.push(
      [
        c.label,
        c.task,
        c.family,
        c.metric,
        c.sizes,
        c.shape,
        c.confidence,
        c.threshold,
        c.thresholdInterval?.[0],
        c.thresholdInterval?.[1],
        c.flags.join(";"),
        c.fit?.E,
        c.fit?.A,
        c.fit?.alpha,
        ...SHAPE_IDS.map((s) => c.weights[s] ?? 0),
        ...SHAPE_IDS.map((s) => (c.probabilities as Record<string, number> | null)?.[s]),
        ...sizes.flatMap((s) => {
          const fc = c.forecasts.find((r) => r.size === s);
          return [fc?.prediction, fc?.low, fc?.high];
        }),
      ].map(field).join(","),
    );
  }
  return lines.join("\n") + "\n";
}
