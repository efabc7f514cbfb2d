/**
 * The human-readable reason string of a classification, so a report can say *why* — the explain
 * phase of classifyCurve. The sentence is English evidence (shapes named by their
 * {@linkcode SHAPE_INFO} labels); pages build their own per-language prose from the numbers.
 * @module
 */

import type {
  CandidateFit,
  ClassifyEvidence,
  CurveClassification,
  ModelName,
  Shape,
} from "./types.ts";
import { likeliestShapes, SHAPE_INFO, unhandledShape } from "./shapes.ts";
import type { PreparedCurve } from "./_prepare.ts";

/** A shape in words ("U-shaped"), as the reason sentences and metric-sensitivity notes write it. */
export function shapeWords(shape: Shape): string {
  return SHAPE_INFO[shape].label.en;
}
const label = shapeWords;

/** A scale such as 1.3e9 written compactly ("1.3e9"). */
export function formatScale(scale: number): string {
  const e = Math.floor(Math.log10(scale));
  const m = scale / 10 ** e;
  const text = m.toFixed(1).replace(/\.0$/, "");
  return text === "10" ? `1e${e + 1}` : `${text}e${e}`;
}

const MODEL_NAMES: Record<ModelName, string> = {
  constant: "a constant",
  line: "a straight line in log-scale",
  quadratic: "a quadratic in log-scale",
  flat_then_line: "a flat-then-rising broken line",
  line_then_flat: "a rising-then-flat broken line",
  broken_line: "a two-segment broken line",
  sigmoid: "a sigmoid in log-scale",
};

const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));
const val = (v: number) => Number(v.toPrecision(2)).toString();

/** "binomial noise σ ≈ 0.034 (over-dispersion ×2.1)". */
function noiseWords(noise: ClassifyEvidence["noise"]): string {
  return (noise.source === "binomial" ? "binomial" : "residual") +
    ` noise σ ≈ ${val(noise.sigma)}` +
    (noise.overdispersion > 1 ? ` (over-dispersion ×${noise.overdispersion.toFixed(1)})` : "");
}

/** The threshold or turn ("4.7e10") and its interval (" (95% interval 3.4e10–4.7e10)"). */
function thresholdWords(result: CurveClassification): { th: string; iv: string } {
  const th = result.threshold !== undefined ? formatScale(result.threshold) : "";
  const iv = result.thresholdInterval
    ? ` (95% interval ${formatScale(result.thresholdInterval[0])}–${
      formatScale(result.thresholdInterval[1])
    })`
    : "";
  return { th, iv };
}

/** "; a sigmoid in log-scale beats a straight line in log-scale by ΔAIC 45.0" (or nothing). */
function beatsWords(lead: CandidateFit, other: CandidateFit | undefined): string {
  return other && other !== lead
    ? `; ${MODEL_NAMES[lead.model]} beats ${MODEL_NAMES[other.model]} by ΔAIC ${
      num(other.criterion - lead.criterion)
    }`
    : "";
}

/** How a smooth curve is explained: by a line, or by another fit with the line close behind. */
function smoothWords(lead: CandidateFit, line: CandidateFit | undefined): string {
  return lead.model === "line"
    ? "a straight line in log-scale explains it"
    : `best fit ${MODEL_NAMES[lead.model]}` +
      (line
        ? `, a straight line in log-scale within ΔAIC ${num(line.criterion - lead.criterion)}`
        : "");
}

/** Builds the reason sentence from the result and the candidate that carries the label. */
export function describe(
  result: CurveClassification,
  prepared: PreparedCurve,
  lead: CandidateFit,
  band: number,
): string {
  const ev = result.evidence;
  const cands = ev.candidates;
  const line = cands.find((c) => c.model === "line");
  const constant = cands.find((c) => c.model === "constant");
  const noise = noiseWords(ev.noise);
  const lo = formatScale(prepared.scales[0]!), hi = formatScale(prepared.scales.at(-1)!);
  const e = ev.effects;
  const size = (inSigma: number) => `${val(inSigma * ev.noise.sigma)} (${num(inSigma)}σ)`;
  const { th, iv } = thresholdWords(result);
  const chance = prepared.chance !== undefined ? ` (chance ${val(prepared.chance)})` : "";
  const head = `${label(result.shape)} (${Math.round(result.confidence * 100)}%)`;
  switch (result.shape) {
    case "flat":
      return `${head}: no change beyond ±${val(band)} between ${lo} and ${hi}; ` +
        `best fit ${MODEL_NAMES[cands[0]!.model]}, ${noise}`;
    case "smooth":
      return `${head}: improves by ${size(e.net)} across ${lo}–${hi}, spread over the ` +
        `range; ${smoothWords(lead, line)}; ${noise}`;
    case "emergent":
      return `${head}: near its floor${chance} up to the threshold ${th}${iv}, then ` +
        `rises by ${size(e.rise)}${beatsWords(lead, line)}; ${noise}`;
    case "inverse":
      return `${head}: worsens by ${size(e.drop)} across ${lo}–${hi} with no recovery ` +
        `beyond ±${val(band)}${beatsWords(lead, constant)}; ${noise}`;
    case "u_shaped":
      return `${head}: worsens by ${size(e.drop)} to a low near ${th}${iv}, then ` +
        `recovers by ${size(e.net + e.drop)}${beatsWords(lead, line)}; ${noise}`;
    case "inverted_u":
      return `${head}: improves by ${size(e.rise)} to a peak near ${th}${iv}, then ` +
        `worsens by ${size(e.rise - e.net)}${beatsWords(lead, line)}; ${noise}`;
    case "insufficient":
      return `${label("insufficient")}: ${ev.rule}`;
    default:
      return unhandledShape(result.shape);
  }
}

/** Reason for a curve with fewer than 3 distinct scales. */
export function tooFewScalesReason(scales: number): string {
  return `${label("insufficient")}: only ${scales} distinct scale${
    scales === 1 ? "" : "s"
  }; at least 3 are needed`;
}

/** Reason for 3 scales without example counts. */
export function noiseUnknownReason(): string {
  return `${label("insufficient")}: 3 scales without example counts n; the noise cannot be ` +
    "estimated from residuals";
}

/**
 * Reason for an undetermined curve, naming its likeliest shapes (`likeliestShapes`): "undetermined:
 * the data cannot separate flat 0.55 · smooth 0.40" when no shape reaches the decision level, or,
 * when the likeliest shape `top` reaches it but no fit shows it with changes of 2.5 noise units
 * (`tooClose` false), "undetermined: likeliest smooth 0.74 · flat 0.17, but no fit shows smooth
 * with changes of at least 2.5 noise units" (for flat: "…, but every fit shows a change of at
 * least 2.5 noise units").
 */
export function undeterminedReason(
  probabilities: Record<Shape, number>,
  tooClose: boolean,
  top: Shape,
): string {
  const list = probabilityList(probabilities);
  const unseen = top === "flat"
    ? "every fit shows a change of at least 2.5 noise units"
    : `no fit shows ${label(top)} with changes of at least 2.5 noise units`;
  return `${label("insufficient")}: ` +
    (tooClose ? `the data cannot separate ${list}` : `likeliest ${list}, but ${unseen}`);
}

/** The likeliest shapes (`likeliestShapes`) with their probabilities: "flat 0.55 · smooth 0.40". */
export function probabilityList(probabilities: Record<Shape, number>): string {
  return likeliestShapes(probabilities).map((s) => `${label(s)} ${probabilities[s].toFixed(2)}`)
    .join(" · ");
}
