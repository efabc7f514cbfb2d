/**
 * Which models a curve is forecast with, and with what weight: the probability of each shape
 * (the classifier's calibrated `probabilities` when its result has them, else the summed Akaike
 * weights `evidence.shapeWeights`), split within a shape between the models its candidates
 * support (a break model's weight goes to the broken power law, a sigmoid's to the sigmoid).
 * @module
 */
import { type Shape, SHAPE_IDS, unhandledShape } from "../classify/shapes.ts";
import type { CandidateFit, CurveClassification } from "../classify/types.ts";
import type { ForecastModel } from "./types.ts";

/**
 * The shape probabilities of a classification: its calibrated `probabilities` (issue 18) when
 * present and well-formed, else `evidence.shapeWeights`. This is the one place to switch.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { classifyCurve } from "../classify/classify_curve.ts";
 * import { shapeProbabilities } from "./_weights.ts";
 * const c = classifyCurve([1, 2, 3, 4, 5].map((i) => ({ scale: 10 ** i, score: 0.1 * i, n: 500 })));
 * assert.deepEqual(shapeProbabilities(c), c.probabilities);
 * ```
 */
export function shapeProbabilities(c: CurveClassification): Record<Shape, number> {
  const calibrated = (c as { probabilities?: unknown }).probabilities;
  return isShapeRecord(calibrated) ? calibrated : c.evidence.shapeWeights;
}

function isShapeRecord(value: unknown): value is Record<Shape, number> {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return SHAPE_IDS.every((s) => typeof r[s] === "number" && Number.isFinite(r[s]));
}

/** The model a candidate of the classifier stands for, given the shape it was read as. */
function modelOf(shape: Shape, candidate: CandidateFit["model"] | undefined): ForecastModel {
  const broken = candidate === "flat_then_line" || candidate === "line_then_flat" ||
    candidate === "broken_line";
  switch (shape) {
    case "flat":
      return "flat";
    case "emergent":
      return broken ? "broken_power_law" : "sigmoid";
    case "smooth":
    case "inverse":
      return broken ? "broken_power_law" : candidate === "sigmoid" ? "sigmoid" : "power_law";
    case "u_shaped":
    case "inverted_u":
      return "broken_power_law";
    case "insufficient":
      return "power_law";
    default:
      return unhandledShape(shape);
  }
}

/** One weighted (shape, model) pair. */
export interface ModelWeight {
  shape: Shape;
  model: ForecastModel;
  weight: number;
}

/** A power law's share split between the two links of a proportion (error and log-odds). */
function links(model: ForecastModel, share: number, proportion: boolean) {
  return model === "power_law" && proportion
    ? [{ model, share: share / 2 }, { model: "log_odds_power_law" as const, share: share / 2 }]
    : [{ model, share }];
}

/**
 * The (shape, model) pairs and their weights (summing to 1): each shape's probability split by
 * the Akaike weights of the classifier's candidates read as that shape; a proportion's power law
 * split evenly between a power law in the error and one in the odds. A classification without
 * candidates (too few sizes) is forecast half flat, half power law.
 */
export function modelWeights(c: CurveClassification, proportion: boolean): ModelWeight[] {
  if (c.evidence.candidates.length === 0) {
    return [
      { shape: "flat" as const, model: "flat" as const, weight: 0.5 },
      ...links("power_law", 0.5, proportion).map((l) => ({
        shape: "insufficient" as const,
        model: l.model,
        weight: l.share,
      })),
    ];
  }
  const probabilities = shapeProbabilities(c);
  const out = new Map<string, ModelWeight>();
  for (const shape of SHAPE_IDS) {
    const p = probabilities[shape];
    if (!(p > 0)) continue;
    const own = c.evidence.candidates.filter((k) => k.shape === shape && k.weight > 0);
    const total = own.reduce((s, k) => s + k.weight, 0);
    const parts = (total > 0
      ? own.map((k) => ({ model: modelOf(shape, k.model), share: k.weight / total }))
      : [{ model: modelOf(shape, undefined), share: 1 }])
      .flatMap((part) =>
        links(part.model, part.share, proportion)
      );
    for (const { model, share } of parts) {
      const key = `${shape}/${model}`;
      const entry = out.get(key) ?? { shape, model, weight: 0 };
      entry.weight += p * share;
      out.set(key, entry);
    }
  }
  const sum = [...out.values()].reduce((s, e) => s + e.weight, 0);
  return [...out.values()].map((e) => ({ ...e, weight: e.weight / sum }))
    .sort((a, b) => b.weight - a.weight);
}
