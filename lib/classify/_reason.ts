/**
 * The human-readable reason string of a classification, so a report can say *why*.
 * @module
 */

import type { CandidateFit, CurveClassification } from "./types.ts";
import type { PreparedCurve } from "./_prepare.ts";

/** A scale such as 1.3e9 written compactly ("1.3e9"). */
export function formatScale(scale: number): string {
  const e = Math.floor(Math.log10(scale));
  const m = scale / 10 ** e;
  return `${m.toFixed(1).replace(/\.0$/, "")}e${e}`;
}

const f2 = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));

/** Builds the reason sentence from the result and the candidate that carries the label. */
export function describe(
  result: CurveClassification,
  prepared: PreparedCurve,
  lead: CandidateFit,
): string {
  const ev = result.evidence;
  const cands = ev.candidates;
  const best = cands[0]!;
  const line = cands.find((c) => c.model === "line");
  const constant = cands.find((c) => c.model === "constant");
  const pct = `${Math.round(result.confidence * 100)}%`;
  const noise = ev.noise.source === "binomial"
    ? `binomial noise σ≈${ev.noise.sigma.toPrecision(2)}` +
      (ev.noise.overdispersion > 1
        ? ` (over-dispersion ×${ev.noise.overdispersion.toFixed(1)})`
        : "")
    : `residual noise σ≈${ev.noise.sigma.toPrecision(2)}`;
  const lo = formatScale(prepared.scales[0]!), hi = formatScale(prepared.scales.at(-1)!);
  const e = ev.effects;
  const vs = (other: CandidateFit | undefined) =>
    other
      ? `; ${lead.model} beats ${other.model} by ΔAIC ${f2(other.criterion - lead.criterion)}`
      : "";
  const th = result.threshold !== undefined ? formatScale(result.threshold) : "";
  const iv = result.thresholdInterval
    ? ` (95% interval ${formatScale(result.thresholdInterval[0])}–${
      formatScale(result.thresholdInterval[1])
    })`
    : "";
  switch (result.shape) {
    case "flat":
      return `flat (${pct}): no change beyond 3σ between ${lo} and ${hi}; best model ${best.model}` +
        `, ${noise}`;
    case "smooth":
      return `smooth (${pct}): rises by ${f2(e.net)}σ across ${lo}–${hi}, spread over the range; ` +
        `${lead.model} explains it (a ${
          line && lead.model !== "line"
            ? "straight line in log-scale is within ΔAIC " + f2(line.criterion - lead.criterion)
            : "straight line in log-scale"
        }), ${noise}`;
    case "emergent":
      return `emergent (${pct}): near its floor up to the threshold ${th}${iv}, then rises by ` +
        `${f2(e.rise)}σ${vs(line)}, ${noise}` +
        (prepared.chance !== undefined && ev.normalized && ev.normalized[0]! > 0.25
          ? "; note: the plateau lies well above chance"
          : "");
    case "inverse":
      return `inverse (${pct}): declines by ${f2(e.drop)}σ across ${lo}–${hi} with no recovery ` +
        `beyond 3σ${vs(constant)}, ${noise}`;
    case "u_shaped":
      return `u_shaped (${pct}): declines by ${f2(e.drop)}σ to a minimum near ${th}${iv}, then ` +
        `recovers by ${f2(e.net + e.drop)}σ${vs(line)}, ${noise}`;
    case "inverted_u":
      return `inverted_u (${pct}): rises by ${
        f2(e.rise)
      }σ to a peak near ${th}${iv}, then declines ` +
        `by ${f2(e.rise - e.net)}σ${vs(line)}, ${noise}`;
    default:
      return `insufficient: ${ev.rule}`;
  }
}
