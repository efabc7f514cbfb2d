// Issue 18, items 2 and 4: calibrated shape probabilities and an honest "undetermined", checked
// on seeds the calibration was not fitted on (it was fitted on seeds 101 and 102).
import assert from "./_assert.ts";
import { classifyCurve } from "../lib/classify/mod.ts";
import { rightLabel, seenGroup, syntheticSuite } from "../lib/classify/synthetic_suite.ts";
import {
  BASE_FEATURE_NAMES,
  CALIBRATED_SHAPES,
  CALIBRATION,
  coefficientsFor,
  FEATURE_NAMES,
} from "../lib/classify/_calibrate.ts";
import { classifierFeatures, DECIDED } from "../lib/classify/classify_curve.ts";
import { EVIDENCE_HYPOTHESES } from "../lib/classify/_evidence.ts";
import { undeterminedReason } from "../lib/classify/_reason.ts";
import { shapeColumn } from "../lib/charts/shape_scale.ts";
import { reasonWords } from "../lib/analyze/reason_words.ts";
import { formatter } from "../lib/locale/format.ts";
import { calibrationJson } from "../scripts/fit_calibration.ts";
import { expectedCalibrationError } from "../lib/stats/calibration_error.ts";

/** Expected calibration error over 10 equal-width bins (Naeini et al. 2015). */
const ece = (rows: { confidence: number; right: boolean }[]) => expectedCalibrationError(rows).ece;

function scored(seed: number, count: number, effects?: [number, number]) {
  return syntheticSuite({ seed, count, ...(effects ? { effects } : {}) }).map((c) => {
    // The suite holds every shape equally often: the uniform prior.
    const r = classifyCurve(c.points, { chance: c.chance, prior: "uniform" });
    const guess = r.evidence.rule === "undetermined" ? r.evidence.bestGuess : r.shape;
    return { c, r, confidence: r.confidence, right: rightLabel(c, guess!) };
  });
}

Deno.test("calibration: on a fixed unseen seed the confidence is the probability of being right", () => {
  // 1,200 curves (seed 7): with ~120 curves per bin the sampling error of the ECE alone is ≈ 0.03,
  // so the tolerance is 0.08 here; the 2,100-curve bench (seed 2) states the full-size numbers.
  const rows = scored(7, 1200);
  const e = ece(rows);
  assert.ok(e <= 0.08, `ECE ${e.toFixed(3)}`);
  const sure = rows.filter((r) => r.confidence >= 0.9);
  const right = sure.filter((r) => r.right).length / sure.length;
  assert.ok(sure.length > 100 && right >= 0.9, `${(100 * right).toFixed(1)}% of ${sure.length}`);
  // Also within the groups a reader can tell from the data (≥ 6 sizes and a fit moving ≥ 4 noise
  // units, or not): about 360 and 840 curves, so the same tolerance.
  for (const group of ["clear", "hard"]) {
    const within = rows.filter((row) => seenGroup(row.r) === group);
    assert.ok(
      within.length > 300 && ece(within) <= 0.08,
      `${group}: ECE ${ece(within).toFixed(3)}`,
    );
  }
  // Every result with a fit carries probabilities that sum to 1 and a confidence equal to its guess's.
  for (const { r } of rows) {
    const p = r.probabilities!;
    const total = CALIBRATED_SHAPES.reduce((a, s) => a + p[s], 0);
    assert.ok(Math.abs(total - 1) < 1e-9 && p.insufficient === 0, `${total}`);
    const guess = r.evidence.rule === "undetermined" ? r.evidence.bestGuess! : r.shape;
    assert.equal(r.confidence, p[guess]);
  }
});

Deno.test("calibration: strong curves are labelled with high confidence (no extrapolation collapse)", () => {
  // A calibration fitted only on weak effects once gave strong smooth curves confidence ≈ 0.4.
  const rows = scored(8, 300, [20, 60]);
  const right = rows.filter((r) => r.right);
  assert.ok(right.length >= 0.9 * rows.length, `${right.length}/${rows.length} right`);
  const meanConfidence = right.reduce((a, r) => a + r.confidence, 0) / right.length;
  assert.ok(meanConfidence >= 0.8, `mean confidence ${meanConfidence.toFixed(2)}`);
});

Deno.test("undetermined: a curve the data cannot place lists its likeliest shapes", () => {
  // Four sizes, a rise of about two noise units: smooth is likeliest — likely enough to be decided
  // — but no fit shows smooth with changes of 2.5 noise units, so the label is not decided.
  const points = [0.30, 0.306, 0.318, 0.334].map((score, i) => ({
    scale: 10 ** (8 + i),
    score,
    n: 1000,
  }));
  const r = classifyCurve(points, { chance: 0.25 });
  assert.equal(r.shape, "insufficient");
  assert.equal(r.evidence.rule, "undetermined");
  assert.ok(r.confidence === r.probabilities![r.evidence.bestGuess!]);
  assert.ok(r.confidence >= DECIDED && DECIDED === 0.6, `${r.confidence}`);
  assert.match(
    r.evidence.reason,
    /^undetermined: likeliest smooth 0\.\d\d · flat 0\.\d\d, but no fit shows smooth with changes of at least 2\.5 noise units$/,
  );
  const cell = shapeColumn("shape").format as (v: unknown, row: Record<string, unknown>) => string;
  const text = cell(r.shape, { probabilities: r.probabilities });
  assert.match(text, /^undetermined: [a-zA-Z ]+ 0\.\d\d · /);
  const zh = shapeColumn("shape", "zh").format as typeof cell;
  assert.match(zh(r.shape, { probabilities: r.probabilities }), /^未定：\S+ 0\.\d\d · /);
  assert.match(
    reasonWords(r.evidence.reason, formatter("zh")),
    /^未定：最可能的是平滑 0\.\d\d · 持平 0\.\d\d，但没有哪个拟合以至少 2\.5 个噪声单位的变化显示出平滑$/,
  );
  // The flat variant: every fit shows a change, though flat is likeliest.
  assert.equal(
    undeterminedReason({ ...r.probabilities!, flat: 0.7, smooth: 0.3 }, false, "flat"),
    "undetermined: likeliest flat 0.70 · smooth 0.30, but every fit shows a change of at least " +
      "2.5 noise units",
  );
  assert.match(
    reasonWords(
      undeterminedReason({ ...r.probabilities!, flat: 0.7, smooth: 0.3 }, false, "flat"),
      formatter("zh"),
    ),
    /^未定：最可能的是持平 0\.70 · 平滑 0\.30，但每个拟合都显示出至少 2\.5 个噪声单位的变化$/,
  );
  // A clear curve is decided, with its probability as the confidence.
  const clear = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8].map((score, i) => ({
    scale: 10 ** (8 + i),
    score,
    n: 1000,
  }));
  const c = classifyCurve(clear, { chance: 0.25 });
  assert.ok(c.shape === "smooth" && c.confidence >= 0.9 && c.evidence.rule === "calibrated");
});

Deno.test("calibration.json: the committed coefficients are a fresh fit of the documented training set", async () => {
  assert.deepEqual([...CALIBRATION.shapes], [...CALIBRATED_SHAPES]);
  assert.deepEqual([...CALIBRATION.features], [...FEATURE_NAMES]);
  assert.deepEqual([...CALIBRATION.baseFeatures], [...BASE_FEATURE_NAMES]);
  const committed = Deno.readTextFileSync(
    new URL("../lib/classify/calibration.json", import.meta.url),
  );
  assert.equal(await calibrationJson(), committed);
});

Deno.test("calibration: the shape evidence needs example counts; without them the base calibration applies", () => {
  const scores = [0.26, 0.27, 0.3, 0.36, 0.45, 0.58];
  const points = (n?: number) =>
    scores.map((score, i) => ({ scale: 10 ** (8 + i), score, ...(n ? { n } : {}) }));
  const withCounts = classifierFeatures(points(1000), { chance: 0.25 })!;
  const without = classifierFeatures(points(), { chance: 0.25 })!;
  assert.equal(withCounts.length, FEATURE_NAMES.length);
  assert.equal(without.length, BASE_FEATURE_NAMES.length);
  assert.equal(coefficientsFor(withCounts), CALIBRATION.coefficients);
  assert.equal(coefficientsFor(without), CALIBRATION.coefficientsWithoutCounts);
  // The evidence is a log posterior over its ten hypotheses (floored at −30), followed by the same
  // divided by the number of sizes: a rise of 0.32 with σ ≈ 0.015 leaves flat at the floor, and
  // the likeliest hypothesis is a rise.
  const hypotheses = EVIDENCE_HYPOTHESES.length;
  const evidence = withCounts.slice(
    BASE_FEATURE_NAMES.length,
    BASE_FEATURE_NAMES.length + hypotheses,
  );
  assert.equal(BASE_FEATURE_NAMES.length + 2 * hypotheses, FEATURE_NAMES.length);
  assert.deepEqual(
    withCounts.slice(BASE_FEATURE_NAMES.length + hypotheses),
    evidence.map((e) => e / scores.length),
  );
  assert.ok(evidence.every((v) => v <= 0 && v >= -30));
  const at = (h: string) => evidence[EVIDENCE_HYPOTHESES.indexOf(h as never)]!;
  assert.equal(at("flat"), -30);
  assert.equal(at("flat at chance"), -30);
  const best = EVIDENCE_HYPOTHESES[evidence.indexOf(Math.max(...evidence))]!;
  assert.ok(
    ["smooth", "emergent", "emergent from chance", "emergent from near chance"].includes(best),
    best,
  );
  // Both classify the rise as a rise.
  for (const p of [points(1000), points()]) {
    const r = classifyCurve(p, { chance: 0.25 });
    assert.ok(r.shape === "smooth" || r.shape === "emergent", r.evidence.reason);
  }
});
