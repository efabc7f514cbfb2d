/**
 * The human-readable reason string of a classification, so a report can say *why*.
 * @module
 */

import type { CandidateFit, CurveClassification, ModelName } from "./types.ts";
import type { PreparedCurve } from "./_prepare.ts";

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
  const pct = `${Math.round(result.confidence * 100)}%`;
  const sigma = ev.noise.sigma;
  const noise = (ev.noise.source === "binomial" ? "binomial" : "residual") +
    ` noise σ ≈ ${val(sigma)}` +
    (ev.noise.overdispersion > 1
      ? ` (over-dispersion ×${ev.noise.overdispersion.toFixed(1)})`
      : "");
  const lo = formatScale(prepared.scales[0]!), hi = formatScale(prepared.scales.at(-1)!);
  const e = ev.effects;
  const size = (inSigma: number) => `${val(inSigma * sigma)} (${num(inSigma)}σ)`;
  const beats = (other: CandidateFit | undefined) =>
    other && other !== lead
      ? `; ${MODEL_NAMES[lead.model]} beats ${MODEL_NAMES[other.model]} by ΔAIC ${
        num(other.criterion - lead.criterion)
      }`
      : "";
  const th = result.threshold !== undefined ? formatScale(result.threshold) : "";
  const iv = result.thresholdInterval
    ? ` (95% interval ${formatScale(result.thresholdInterval[0])}–${
      formatScale(result.thresholdInterval[1])
    })`
    : "";
  const chance = prepared.chance !== undefined ? ` (chance ${val(prepared.chance)})` : "";
  switch (result.shape) {
    case "flat":
      return `flat (${pct}): no change beyond ±${val(band)} between ${lo} and ${hi}; ` +
        `best fit ${MODEL_NAMES[cands[0]!.model]}, ${noise}`;
    case "smooth": {
      const how = lead.model === "line"
        ? "a straight line in log-scale explains it"
        : `best fit ${MODEL_NAMES[lead.model]}` +
          (line
            ? `, a straight line in log-scale within ΔAIC ${num(line.criterion - lead.criterion)}`
            : "");
      return `smooth (${pct}): improves by ${size(e.net)} across ${lo}–${hi}, spread over the ` +
        `range; ${how}; ${noise}`;
    }
    case "emergent":
      return `emergent (${pct}): near its floor${chance} up to the threshold ${th}${iv}, then ` +
        `rises by ${size(e.rise)}${beats(line)}; ${noise}`;
    case "inverse":
      return `inverse (${pct}): worsens by ${size(e.drop)} across ${lo}–${hi} with no recovery ` +
        `beyond ±${val(band)}${beats(constant)}; ${noise}`;
    case "u_shaped":
      return `u_shaped (${pct}): worsens by ${size(e.drop)} to a low near ${th}${iv}, then ` +
        `recovers by ${size(e.net + e.drop)}${beats(line)}; ${noise}`;
    case "inverted_u":
      return `inverted_u (${pct}): improves by ${size(e.rise)} to a peak near ${th}${iv}, then ` +
        `worsens by ${size(e.rise - e.net)}${beats(line)}; ${noise}`;
    default:
      return `insufficient: ${ev.rule}`;
  }
}
