/**
 * The data behind the own-data page's charts: small-multiple panels (points, chance lines,
 * threshold markers), power-law lines and the Chinchilla runs.
 * @module
 */
import type { Shape } from "../classify/shapes.ts";
import type { ThresholdBound } from "./_own_data_robustness.ts";
import type { LabelRobustness } from "./emergence_robustness.ts";
import type { ClassifiedCurve } from "../classify/classify_all.ts";
import { chinchillaLoss } from "../fit/chinchilla.ts";
import type { AllocationFit } from "./_own_data_allocation.ts";

/** A classified curve with its label on the page. */
export type OwnDataCurve = ClassifiedCurve & {
  /** The curve's name on the page (task, plus family and metric where they vary). */
  label: string;
  /** Its threshold or turn as a bound, when at or beyond an edge of the sizes. */
  bound?: ThresholdBound;
  /** Emergent / U-type labels: the label without the largest and the smallest size. */
  robustness?: LabelRobustness;
  /** "label-changes-without-largest-size" / "...-smallest-size". */
  flags: string[];
};

/** One point of a small-multiples panel. */
export interface PanelRow {
  /** The curve's label (one panel per label). */
  curve: string;
  /** Model parameters. */
  params: number;
  /** The score. */
  score: number;
  /** The curve's shape (the colour). */
  shape: Shape;
  /** The model's name, when the file gives it. */
  model?: string;
}

/** A threshold or turn marker with its interval (drawn as a band when it contains the value). */
export interface PanelMarker {
  /** The threshold or turn (parameters). */
  value: number;
  /** "threshold" for an emergent curve, "turn" for a U or inverted U. */
  label: "threshold" | "turn";
  /** Lower end of its 95% interval. */
  low?: number;
  /** Upper end of its 95% interval. */
  high?: number;
}

/** Everything the small-multiples chart draws. */
export interface Panels {
  /** The points of every panel. */
  rows: PanelRow[];
  /** Marker per curve label. */
  thresholds: Record<string, PanelMarker>;
  /** Chance level per curve label. */
  chances: Record<string, number>;
}

/** The most informative curves: round-robin over shapes (table order), most confident first. */
export function pickCharted(
  byShape: Record<Shape, OwnDataCurve[]>,
  shapes: readonly Shape[],
  total: number,
  max: number,
): OwnDataCurve[] {
  const charted: OwnDataCurve[] = [];
  for (let round = 0; charted.length < Math.min(max, total); round++) {
    for (const shape of shapes) {
      const row = byShape[shape][round];
      if (row && charted.length < max) charted.push(row);
    }
  }
  return charted;
}

/** Points, chance levels and markers of the charted curves. */
export function panels(charted: readonly OwnDataCurve[]): Panels {
  const rows = charted.flatMap((c) =>
    c.curve.points.map((p): PanelRow => ({
      curve: c.label,
      params: p.scale,
      score: p.score,
      shape: c.shape,
      ...(p.model !== undefined ? { model: p.model } : {}),
    }))
  );
  const thresholds = Object.fromEntries(charted.flatMap((c) => {
    if (c.threshold === undefined || !(c.threshold > 0)) return [];
    const [low, high] = c.thresholdInterval ?? [c.threshold, c.threshold];
    const band = low <= c.threshold && c.threshold <= high && low > 0;
    const marker: PanelMarker = {
      value: c.threshold,
      label: c.shape === "emergent" ? "threshold" : "turn",
      ...(band ? { low, high } : {}),
    };
    return [[c.label, marker]];
  }));
  const chances = Object.fromEntries(charted.flatMap((c) => {
    const value = c.curve.chance;
    return value === undefined ? [] : [[c.label, value]];
  }));
  return { rows, thresholds, chances };
}

/** One run of the allocation chart: parameters against 6ND, and where its loss lies. */
export interface AllocationRow {
  /** Training compute 6ND. */
  flops: number;
  /** Parameters N. */
  params: number;
  /** The observed loss. */
  loss: number;
  /** The run's model name. */
  run: string;
  /** Whether the observed loss lies below or above the fitted law. */
  fit: "below the law" | "above the law";
}

/** The runs of a fitted allocation, for the chart. */
export function allocationRows(a: AllocationFit): AllocationRow[] {
  return a.runs.map((r) => ({
    flops: 6 * r.params * r.tokens!,
    params: r.params,
    loss: r.score,
    run: r.model,
    fit: chinchillaLoss(a.law, r.params, r.tokens!) > r.score ? "below the law" : "above the law",
  }));
}
