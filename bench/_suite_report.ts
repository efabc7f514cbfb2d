/**
 * Scores the classifier on the hard synthetic suite (lib/classify/synthetic_suite.ts): accuracy per
 * shape, per size count, per effect size and per group, the confusion matrix, the expected
 * calibration error (10 equal-width bins, Naeini et al. 2015) and a text reliability diagram.
 * A curve's guess is its label, or for an undetermined curve its likeliest shape; "acc" is the
 * fraction of guesses right (forced choice), "decided" the fraction right among the curves the
 * classifier labels (not undetermined), "undetermined" the fraction it leaves undetermined. A guess
 * is right when it is the generating shape, or flat for a curve whose whole change is under the
 * noise (`rightLabel`). The calibration error compares each curve's confidence (the guess's
 * probability) with whether the guess is right.
 */
import { classifyCurve, type CurveClassification } from "../lib/classify/mod.ts";
import {
  rightLabel,
  seenGroup,
  type SuiteCurve,
  type SuiteGroup,
  syntheticSuite,
} from "../lib/classify/synthetic_suite.ts";
import { CALIBRATION } from "../lib/classify/_calibrate.ts";
import { expectedCalibrationError } from "../lib/stats/calibration_error.ts";

/** One scored curve. */
export interface Scored {
  curve: SuiteCurve;
  label: string;
  confidence: number;
  right: boolean;
  undetermined: boolean;
  result: CurveClassification;
}

/** Classifies every suite curve. */
export function scoreSuite(
  seed: number,
  count?: number,
  prior: "uniform" | "benchmarks" = "uniform",
): Scored[] {
  const suite = syntheticSuite({
    seed,
    ...(count ? { count } : {}),
    ...(prior === "benchmarks" ? { mix: CALIBRATION.prior } : {}),
  });
  return suite.map((curve) => {
    const result = classifyCurve(curve.points, { chance: curve.chance, prior });
    const und = result.evidence.rule === "undetermined";
    const label = und ? result.evidence.bestGuess! : result.shape;
    return {
      curve,
      label,
      confidence: result.confidence,
      right: rightLabel(curve, label),
      undetermined: und,
      result,
    };
  });
}

/** Expected calibration error over 10 equal-width bins, and the bins. */
export const ece = expectedCalibrationError;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function line(name: string, rows: Scored[]): string {
  if (rows.length === 0) return `${name.padEnd(14)} (none)`;
  const acc = rows.filter((r) => r.right).length / rows.length;
  const und = rows.filter((r) => r.undetermined).length / rows.length;
  const decided = rows.filter((r) => !r.undetermined);
  const decAcc = decided.length ? pct(decided.filter((r) => r.right).length / decided.length) : "-";
  const hi = rows.filter((r) => r.confidence >= 0.9 && !r.undetermined);
  const hiAcc = hi.length ? pct(hi.filter((r) => r.right).length / hi.length) : "-";
  return `${name.padEnd(14)} n=${String(rows.length).padStart(5)}  acc ${pct(acc).padStart(6)}  ` +
    `decided ${decAcc.padStart(6)}  undetermined ${pct(und).padStart(6)}  ` +
    `ECE ${ece(rows).ece.toFixed(3)}  right|conf≥0.9 ${hiAcc} (${hi.length})`;
}

/**
 * How the emergent thresholds' intervals behave on curves generated emergent and labelled emergent
 * (issue 18, item 5): does the interval contain its own estimate, has it positive width, does it
 * cover the generator's true threshold (where the noise-free curve first exceeds its floor by
 * max(3 noise units, 10% of its rise): the classifier's definition), and the break where the rise
 * starts. Widths in decades.
 */
export function thresholdCoverage(scored: Scored[]): string {
  const rows = scored.filter((r) => r.curve.shape === "emergent" && r.label === "emergent");
  const withInterval = rows.filter((r) => r.result.thresholdInterval);
  let inside = 0, positive = 0, coversBreak = 0, coversTruth = 0, withTruth = 0;
  const widths: number[] = [];
  for (const { curve, result } of withInterval) {
    const [lo, hi] = result.thresholdInterval!.map(Math.log10) as [number, number];
    const estimate = Math.log10(result.threshold!);
    const brk = Math.log10(curve.onset!);
    if (lo <= estimate && estimate <= hi) inside++;
    if (hi > lo) positive++;
    if (lo <= brk && brk <= hi) coversBreak++;
    if (curve.threshold !== undefined) {
      withTruth++;
      const truth = Math.log10(curve.threshold);
      if (lo <= truth && truth <= hi) coversTruth++;
    }
    widths.push(hi - lo);
  }
  widths.sort((a, b) => a - b);
  const n = withInterval.length;
  const of = (k: number, m = n) => `${k}/${m} (${pct(m ? k / m : 0)})`;
  return [
    `-- emergent thresholds (generated and labelled emergent: ${rows.length}; with an interval: ${n})`,
    `estimate inside its interval ${of(inside)}; positive width ${of(positive)}`,
    `95% interval covers the generator's threshold ${of(coversTruth, withTruth)}; ` +
    `its break ${of(coversBreak)}`,
    `median width ${n ? widths[n >> 1]!.toFixed(2) : "-"} decades`,
    turnCoverage(scored),
  ].join("\n");
}

/** The same for the turns of curves generated and labelled U-shaped or inverted-U: the vertex. */
function turnCoverage(scored: Scored[]): string {
  const rows = scored.filter((r) =>
    (r.curve.shape === "u_shaped" || r.curve.shape === "inverted_u") && r.label === r.curve.shape
  );
  const withInterval = rows.filter((r) => r.result.thresholdInterval);
  const n = withInterval.length;
  let inside = 0, positive = 0, covers = 0;
  const widths: number[] = [];
  for (const { curve, result } of withInterval) {
    const [lo, hi] = result.thresholdInterval!;
    if (lo <= result.threshold! && result.threshold! <= hi) inside++;
    if (hi > lo) positive++;
    if (lo <= curve.threshold! && curve.threshold! <= hi) covers++;
    widths.push(Math.log10(hi / lo));
  }
  widths.sort((a, b) => a - b);
  const of = (k: number) => `${k}/${n} (${pct(n ? k / n : 0)})`;
  return `-- turns (generated and labelled U or inverted U: ${rows.length}; with an interval: ${n})\n` +
    `estimate inside its interval ${of(inside)}; positive width ${of(positive)}; ` +
    `95% interval covers the generator's vertex ${of(covers)}; median width ${
      n ? widths[n >> 1]!.toFixed(2) : "-"
    } decades`;
}

/** The groups in the order printed. */
const SUITE_GROUPS: readonly SuiteGroup[] = ["clear", "hard", "below_noise"];

/**
 * What the classifier says about curves whose whole effect is under the noise (the definitions'
 * "larger than noise", 2.5 noise units): flat or undetermined is the honest answer there, the
 * generating shape a lucky one (both count as right), and another changing shape a wrong one.
 */
function belowNoise(rows: Scored[]): string {
  if (rows.length === 0) return "below_noise    (none)";
  const share = (f: (r: Scored) => boolean) => pct(rows.filter(f).length / rows.length);
  const honest = (r: Scored) => r.undetermined || r.result.shape === "flat";
  const wrong = (r: Scored) => !honest(r) && r.result.shape !== r.curve.shape;
  return `below_noise: flat or undetermined ${share(honest)}, its generating shape ` +
    `${share((r) => !honest(r) && r.result.shape === r.curve.shape)}, another shape ` +
    `${share(wrong)} (${share((r) => wrong(r) && r.confidence >= 0.9)} at confidence ≥ 0.9)`;
}

/** The printed report. */
export function suiteReport(scored: Scored[]): string {
  const out: string[] = [];
  const by = (key: (r: Scored) => string) => {
    const groups = new Map<string, Scored[]>();
    for (const r of scored) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups.entries()];
  };
  out.push(line("all", scored));
  for (const group of SUITE_GROUPS) {
    out.push(line(group, scored.filter((r) => r.curve.group === group)));
  }
  out.push(belowNoise(scored.filter((r) => r.curve.group === "below_noise")));
  // The groups above are defined by the truth; calibration is a promise about what the classifier
  // can see, so it is also checked on groups defined by the data (seenGroup).
  for (const group of ["clear", "hard"] as const) {
    out.push(line(`seen ${group}`, scored.filter((r) => seenGroup(r.result) === group)));
  }
  out.push("-- per shape");
  for (const [g, rows] of by((r) => r.curve.shape)) out.push(line(g, rows));
  out.push("-- per number of sizes");
  for (const [g, rows] of by((r) => `${r.curve.points.length} sizes`)) out.push(line(g, rows));
  out.push("-- per effect (noise units; flat = 0)");
  for (
    const [g, rows] of by((r) =>
      r.curve.shape === "flat"
        ? "flat"
        : `[${Math.floor(r.curve.effect)},${Math.floor(r.curve.effect) + 1})`
    ).sort()
  ) out.push(line(g, rows));
  out.push("-- confusion (rows: truth, columns: label)");
  const labels = [...new Set(scored.map((r) => r.label))].sort();
  out.push("".padEnd(12) + labels.map((l) => l.slice(0, 10).padStart(11)).join(""));
  for (const [g, rows] of by((r) => r.curve.shape)) {
    out.push(
      g.padEnd(12) +
        labels.map((l) => String(rows.filter((r) => r.label === l).length).padStart(11)).join(""),
    );
  }
  for (const group of SUITE_GROUPS) {
    out.push(`-- reliability (${group}): bin, mean confidence, fraction right, count`);
    const { bins } = ece(scored.filter((r) => r.curve.group === group));
    bins.forEach((b, i) => {
      if (!b.n) return;
      const acc = b.right / b.n;
      out.push(
        `${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}  conf ${(b.conf / b.n).toFixed(2)}  ` +
          `right ${acc.toFixed(2)} ${"#".repeat(Math.round(acc * 20)).padEnd(20)}| n=${b.n}`,
      );
    });
  }
  out.push(thresholdCoverage(scored));
  return out.join("\n");
}
