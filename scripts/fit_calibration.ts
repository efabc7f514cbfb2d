/**
 * Fits the classifier's calibration (lib/classify/calibration.json; method in
 * lib/classify/_calibrate.ts): the features of every curve of a seeded synthetic suite
 * (lib/classify/synthetic_suite.ts; seeds 101 to 104, never the benchmark's seed 2) and their
 * generating shapes, a multinomial logistic regression with a small ridge penalty.
 *
 * Training set: 9 000 curves with effects of 1 to 6 noise units (the suite as specified) and
 * 3 000 with effects of 6 to 40 (so that strong curves are not extrapolated), every shape generated
 * equally often, 1 000 smooth and inverse curves that saturate (seed 103) and 500 emergent curves
 * whose floor sits a little above chance (seed 104), shapes real curves have and the suite's
 * generator does not draw; less the curves whose whole change is under the noise (group
 * "below_noise": flat and their generating shape are both right for them, so they have no single
 * label to learn); the shares of the shapes that remain (`trainingShares`) are the fitted model's
 * prior. The same curves without the evidence features give the calibration of curves without
 * example counts (`coefficientsWithoutCounts`). Then the benchmark prior (`benchmarkPrior`) and
 * the interval scales (`intervalScales`).
 * Usage: `deno run --allow-read --allow-write=lib/classify scripts/fit_calibration.ts` (`--check`
 * compares with the committed file instead of writing it, exit 1 when they differ).
 * @module
 */
import { classifierFeatures, classifyCurve } from "../lib/classify/classify_curve.ts";
import {
  BASE_FEATURE_NAMES,
  CALIBRATED_SHAPES,
  CALIBRATION,
  coefficientsFor,
  FEATURE_NAMES,
} from "../lib/classify/_calibrate.ts";
import { loadBacktestCurves } from "../lib/analyze/_backtest_curves.ts";
import { syntheticSuite } from "../lib/classify/synthetic_suite.ts";
import { multinomialLogistic, softmaxRow } from "../lib/stats/multinomial_logistic.ts";
import { EXIT_FAILED } from "./_cli.ts";

/** Dirichlet pseudo-curves per shape in the benchmark prior's estimate. */
const PSEUDO_CURVES = 10;

/**
 * Smooth and inverse curves that reach a ceiling (floor) inside the range and stay there: real
 * scores saturate (a rise into a score of 1 is smooth by the definitions), the suite's power curves
 * never do, and without them the calibration reads such a curve as a turn.
 */
const SATURATING_CURVES = 1000;

/**
 * Emergent curves whose floor sits near chance but above it: real small models often score a
 * little above chance, the suite's emergent curves start exactly at it.
 */
const LIFTED_CURVES = 500;

/** Where the coefficients live. */
const FILE = new URL("../lib/classify/calibration.json", import.meta.url);

/** The training curves' features and class indices. */
export function trainingSet(): { X: number[][]; y: number[] } {
  const curves = [
    ...syntheticSuite({ seed: 101, count: 9000 }),
    ...syntheticSuite({ seed: 102, count: 3000, effects: [6, 40] }),
    ...syntheticSuite({
      seed: 103,
      count: SATURATING_CURVES,
      effects: [4, 40],
      mix: { smooth: 1, inverse: 1 },
      saturating: true,
    }),
    ...syntheticSuite({
      seed: 104,
      count: LIFTED_CURVES,
      effects: [4, 40],
      mix: { emergent: 1 },
      lifted: true,
    }),
  ];
  const X: number[][] = [], y: number[] = [];
  for (const c of curves) {
    if (c.group === "below_noise") continue;
    const f = classifierFeatures(c.points, { chance: c.chance });
    if (!f) continue;
    X.push(f);
    y.push(CALIBRATED_SHAPES.indexOf(c.shape));
  }
  return { X, y };
}

/**
 * How often each shape occurs among the bundled benchmark curves (every source of chapter 5's
 * backtest: BIG-G, Pythia, GPT-3, MMLU, inverse scaling): the prior that maximises the likelihood
 * of their features under the fitted model, by EM (Saerens, Latinne & Decaestecker 2002) — each
 * step re-weights every curve's uniform-prior probabilities by the current prior and averages them.
 */
export async function benchmarkPrior(
  models: { coefficients: number[][]; coefficientsWithoutCounts: number[][] },
  trainingShares: number[],
): Promise<number[]> {
  const probabilities: number[][] = [];
  for (const c of await loadBacktestCurves()) {
    const f = classifierFeatures(c.points, {
      higherIsBetter: c.higherIsBetter,
      ...(c.chance !== undefined ? { chance: c.chance } : {}),
      ...(c.bounds ? { bounds: c.bounds } : {}),
    });
    // Curves without example counts have the base features only, and their own calibration.
    if (f) probabilities.push(softmaxRow(coefficientsFor(f, models), f));
  }
  // The model's probabilities are posteriors under the training shares q; under a prior π they
  // are p·π/q, renormalised.
  let prior = [...trainingShares];
  for (let step = 0; step < 500; step++) {
    const next = prior.map(() => 0);
    for (const p of probabilities) {
      const w = p.map((v, i) => v * prior[i]! / trainingShares[i]!);
      const total = w.reduce((a, b) => a + b, 0);
      w.forEach((v, i) => next[i]! += v / total);
    }
    // MAP under a Dirichlet prior with PSEUDO_CURVES pseudo-curves per shape: a shape the bundled
    // curves rarely show keeps some prior instead of collapsing to 0 (plain EM drives rare shapes
    // to 0, and then no curve could ever be labelled U-shaped).
    const total = probabilities.length + PSEUDO_CURVES * next.length;
    next.forEach((v, i) => next[i] = (v + PSEUDO_CURVES) / total);
    const change = Math.max(...next.map((v, i) => Math.abs(v - prior[i]!)));
    prior = next;
    if (change < 1e-9) break;
  }
  return prior;
}

/**
 * Split-conformal scales of the threshold and turn intervals (Vovk et al. 2005; Lei et al. 2018):
 * on the 9,000 training curves with effects of 1–6 noise units (seed 101) generated and labelled
 * emergent (U-shaped or inverted U), how far — in
 * units of its own half-width on that side — the raw interval had to reach to cover the true
 * threshold (vertex); the ⌈0.95(m + 1)⌉-th smallest of the m scores. Classifications use the
 * committed file's scale, so scores are taken back to raw widths by multiplying by it (the result
 * does not depend on the committed scale; after a change of coefficients, run the script twice).
 */
export function intervalScales(): { emergent: number; turn: number } {
  const scores = { emergent: [] as number[], turn: [] as number[] };
  // The curves of the suite as specified (effects 1–6 noise units), where intervals matter most.
  for (const c of syntheticSuite({ seed: 101, count: 9000 })) {
    if (c.threshold === undefined) continue;
    const r = classifyCurve(c.points, { chance: c.chance, prior: "uniform" });
    if (r.shape !== c.shape || !r.thresholdInterval || r.threshold === undefined) continue;
    const kind = c.shape === "emergent" ? "emergent" : "turn";
    const [lo, hi] = r.thresholdInterval.map(Math.log10) as [number, number];
    const at = Math.log10(r.threshold), truth = Math.log10(c.threshold);
    const side = truth < at ? (at - truth) / (at - lo) : (truth - at) / (hi - at);
    scores[kind].push(side * CALIBRATION.intervalScale[kind]);
  }
  const conformal = (s: number[]) => {
    const sorted = s.sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * (sorted.length + 1)) - 1)]!;
  };
  return { emergent: conformal(scores.emergent), turn: conformal(scores.turn) };
}

/** The calibration file's text for the fitted coefficients (rounded to 6 significant digits). */
export async function calibrationJson(): Promise<string> {
  const { X, y } = trainingSet();
  const fit = multinomialLogistic(X, y, CALIBRATED_SHAPES.length, { ridge: 1 });
  // The same curves read without the evidence: the calibration of curves without example counts.
  const base = multinomialLogistic(
    X.map((row) => row.slice(0, BASE_FEATURE_NAMES.length)),
    y,
    CALIBRATED_SHAPES.length,
    { ridge: 1 },
  );
  const round = (v: number) => Number(v.toPrecision(6));
  const shares = CALIBRATED_SHAPES.map((_, i) => y.filter((v) => v === i).length / y.length);
  const prior = await benchmarkPrior(
    { coefficients: fit.coefficients, coefficientsWithoutCounts: base.coefficients },
    shares,
  );
  const scales = intervalScales();
  return JSON.stringify(
    {
      method: "multinomial logistic regression, ridge 1, lib/stats/multinomial_logistic.ts",
      training:
        "syntheticSuite seed 101 (9000 curves, effects 1-6) + seed 102 (3000, effects 6-40) + " +
        "seed 103 (1000 saturating smooth/inverse, effects 4-40) + seed 104 (500 lifted " +
        "emergent, effects 4-40), less the below-noise curves",
      regenerate: "deno run --allow-read --allow-write=lib/classify scripts/fit_calibration.ts",
      logLikelihood: round(fit.logLikelihood),
      curves: X.length,
      shapes: CALIBRATED_SHAPES,
      features: FEATURE_NAMES,
      coefficients: fit.coefficients.map((row) => row.map(round)),
      baseFeatures: BASE_FEATURE_NAMES,
      coefficientsWithoutCounts: base.coefficients.map((row) => row.map(round)),
      trainingShares: Object.fromEntries(CALIBRATED_SHAPES.map((s, i) => [s, round(shares[i]!)])),
      priorSource:
        "EM over the bundled benchmark curves (scripts/fit_calibration.ts benchmarkPrior)",
      prior: Object.fromEntries(CALIBRATED_SHAPES.map((s, i) => [s, round(prior[i]!)])),
      intervalScaleSource: "split-conformal 95% on the training curves (intervalScales)",
      intervalScale: { emergent: round(scales.emergent), turn: round(scales.turn) },
    },
    null,
    2,
  ) + "\n";
}

if (import.meta.main) {
  const text = await calibrationJson();
  if (Deno.args.includes("--check")) {
    const committed = await Deno.readTextFile(FILE);
    if (committed !== text) {
      console.error("lib/classify/calibration.json differs from a fresh fit; regenerate it");
      Deno.exit(EXIT_FAILED);
    }
    console.log("lib/classify/calibration.json matches a fresh fit");
  } else {
    await Deno.writeTextFile(FILE, text);
    console.log(`wrote lib/classify/calibration.json`);
  }
}
