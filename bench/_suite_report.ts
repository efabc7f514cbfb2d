/**
 * Scores the classifier on the hard synthetic suite (lib/classify/synthetic_suite.ts): accuracy per
 * shape, per size count, per effect size and per group, the confusion matrix, the expected
 * calibration error (10 equal-width bins, Naeini et al. 2015) and a text reliability diagram.
 * A curve is right when the label equals the generating shape; an "insufficient" result (the
 * classifier's abstention) counts as wrong for accuracy and is reported as the fraction
 * undetermined.
 */
import { classifyCurve, type CurveClassification } from "../lib/classify/mod.ts";
import { type SuiteCurve, syntheticSuite } from "../lib/classify/synthetic_suite.ts";

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
export function scoreSuite(seed: number, count?: number): Scored[] {
  const suite = syntheticSuite({ seed, ...(count ? { count } : {}) });
  return suite.map((curve) => {
    const result = classifyCurve(curve.points, { chance: curve.chance });
    // The classifier has no separate "undetermined" result yet: "insufficient" is its abstention.
    const und = result.shape === "insufficient";
    return {
      curve,
      label: result.shape,
      confidence: result.confidence,
      right: result.shape === curve.shape,
      undetermined: und,
      result,
    };
  });
}

/** Expected calibration error over 10 equal-width bins, and the bins. */
export function ece(rows: { confidence: number; right: boolean }[]) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const r of rows) {
    const b = bins[Math.min(9, Math.floor(r.confidence * 10))]!;
    b.n++;
    b.conf += r.confidence;
    b.right += r.right ? 1 : 0;
  }
  let e = 0;
  for (const b of bins) if (b.n) e += (b.n / rows.length) * Math.abs(b.conf / b.n - b.right / b.n);
  return { ece: e, bins };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function line(name: string, rows: Scored[]): string {
  if (rows.length === 0) return `${name.padEnd(14)} (none)`;
  const acc = rows.filter((r) => r.right).length / rows.length;
  const und = rows.filter((r) => r.undetermined).length / rows.length;
  const hi = rows.filter((r) => r.confidence >= 0.9 && !r.undetermined);
  const hiAcc = hi.length ? pct(hi.filter((r) => r.right).length / hi.length) : "-";
  return `${name.padEnd(14)} n=${String(rows.length).padStart(5)}  acc ${pct(acc).padStart(6)}  ` +
    `ECE ${ece(rows).ece.toFixed(3)}  undetermined ${pct(und).padStart(6)}  ` +
    `right|conf≥0.9 ${hiAcc} (${hi.length})`;
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
  for (const [g, rows] of by((r) => r.curve.group)) out.push(line(g, rows));
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
  for (const group of ["clear", "hard"]) {
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
  return out.join("\n");
}
