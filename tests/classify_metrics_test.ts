/** BIG-bench metrics, emergence score, emergence thresholds and metric sensitivity. */
import assert from "./_assert.ts";
import {
  bigbenchMetrics,
  classifyCurve,
  emergenceScore,
  emergenceThreshold,
  exactMatchFromPerToken,
  metricSensitivity,
  mirageCurves,
  syntheticCurve,
} from "../lib/classify/mod.ts";
import { loadInverseScalingCurves } from "../lib/data/mod.ts";
import { binomialSampler, mulberry32 } from "../lib/_random.ts";

const close = (a: number, b: number, tol = 1e-12) =>
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

Deno.test("bigbenchMetrics: BIG-G date_understanding matches numpy", () => {
  // numpy 2.4.6: y = BIG-G T=0 date_understanding scores; d = np.diff(y)**2;
  // I = np.sign(np.argmax(y) - np.argmin(y)) * (y.max() - y.min());
  // I/np.sqrt(d.mean()) = 7.508840917135714, I/np.sqrt(np.median(d)) = 12.99999999999999
  const y = [0.168, 0.249, 0.263, 0.233, 0.306, 0.323, 0.350, 0.396, 0.382, 0.425, 0.455, 0.558];
  // Shuffled input: the metrics sort by scale first.
  const points = y.map((score, i) => ({ scale: 10 ** (6 + i), score })).reverse();
  const m = bigbenchMetrics(points);
  close(m.linearity, 7.508840917135714, 1e-12);
  close(m.breakthroughness, 12.99999999999999, 1e-12);
  close(m.change, 0.39, 1e-12);
  close(emergenceScore(points), m.breakthroughness);
  // Lower is better: the scores are negated, so an improving loss is positive.
  const loss = bigbenchMetrics(y.map((s, i) => ({ scale: 10 ** (6 + i), score: 1 - s })), {
    higherIsBetter: false,
  });
  close(loss.linearity, m.linearity, 1e-9);
});

Deno.test("bigbenchMetrics: declines are negative, steps count, degenerate cases defined", () => {
  const down = bigbenchMetrics([0.5, 0.4, 0.3].map((score, i) => ({ scale: i + 1, score })));
  close(down.linearity, -2);
  close(down.breakthroughness, -2);
  assert.deepEqual(bigbenchMetrics([{ scale: 1, score: 0.3 }]), {
    change: 0,
    linearity: 0,
    breakthroughness: 0,
  });
  assert.equal(bigbenchMetrics([1, 2, 3].map((scale) => ({ scale, score: 0.4 }))).linearity, 0);
  // Most steps exactly zero and one jump: median of squared steps is 0 → +Infinity.
  assert.equal(
    emergenceScore([0, 0, 0, 0, 1].map((score, scale) => ({ scale: scale + 1, score }))),
    Infinity,
  );
});

Deno.test("exactMatchFromPerToken and mirageCurves: p^L is sharp, L(1−p) is smooth", () => {
  close(exactMatchFromPerToken(0.5, 3), 0.125);
  assert.throws(() => exactMatchFromPerToken(1.2, 3), RangeError);
  assert.throws(() => exactMatchFromPerToken(0.5, 0), RangeError);
  const scales = Array.from({ length: 15 }, (_, i) => 10 ** (6 + i * 0.5));
  const rows = mirageCurves(scales, { answerLength: 10 });
  for (const r of rows) close(r.exactMatch, r.perTokenProbability ** 10);
  const exact = classifyCurve(rows.map((r) => ({ scale: r.scale, score: r.exactMatch, n: 1000 })), {
    chance: 0,
  });
  const perToken = classifyCurve(
    rows.map((r) => ({ scale: r.scale, score: r.perTokenProbability, n: 1000 })),
  );
  const edit = classifyCurve(rows.map((r) => ({ scale: r.scale, score: r.tokenEditDistance })), {
    higherIsBetter: false,
  });
  console.log(
    `exact match: ${exact.shape}; per-token probability: ${perToken.shape}; token edit distance: ${edit.shape}`,
  );
  assert.equal(exact.shape, "emergent");
  assert.equal(edit.shape, "smooth");
  assert.notEqual(perToken.shape, "emergent");
});

Deno.test("metricSensitivity: toy mirage flagged; real inverse-scaling metrics compared", async () => {
  const rows = mirageCurves(Array.from({ length: 15 }, (_, i) => 10 ** (6 + i * 0.5)), {
    answerLength: 10,
  });
  const toy = metricSensitivity([
    {
      task: "toy",
      family: "toy",
      metric: "exact_match",
      chance: 0,
      higherIsBetter: true,
      points: rows.map((r) => ({ scale: r.scale, score: r.exactMatch, n: 1000 })),
    },
    {
      task: "toy",
      family: "toy",
      metric: "token_edit_distance",
      higherIsBetter: false,
      points: rows.map((r) => ({ scale: r.scale, score: r.tokenEditDistance })),
    },
    {
      task: "single",
      family: "toy",
      metric: "exact_match",
      higherIsBetter: true,
      points: rows.map((r) => ({ scale: r.scale, score: r.exactMatch })),
    },
  ]);
  assert.equal(toy.length, 1);
  assert.ok(toy[0]!.possibleArtefact && toy[0]!.changes);
  assert.match(toy[0]!.note, /artefact of the metric/);
  const real = metricSensitivity(await loadInverseScalingCurves());
  assert.ok(real.length >= 10);
  for (const r of real) {
    assert.ok(r.shapes.length >= 2);
    console.log(`${r.task} / ${r.family} / ${r.setting}: ${r.note}`);
  }
  const neqa = real.find((r) => r.task === "neqa")!;
  assert.deepEqual(neqa.shapes.map((s) => s.metric), ["accuracy", "classification_loss_mean"]);
});

Deno.test("emergenceThreshold: the classifier's threshold; seeded midpoint interval covers the generating midpoint", () => {
  const random = mulberry32(99);
  let covered = 0, total = 0;
  for (let i = 0; i < 30; i++) {
    const curve = syntheticCurve("emergent", { scales: 10, n: 1000, chance: 0.25, random });
    const label = classifyCurve(curve.points, { chance: 0.25 });
    if (label.shape !== "emergent") {
      assert.throws(
        () => emergenceThreshold(curve.points, { chance: 0.25 }),
        /the classifier labels this curve \w+, not emergent/,
      );
      continue;
    }
    const a = emergenceThreshold(curve.points, { chance: 0.25, resamples: 200, seed: i });
    // One definition: the threshold and interval are classifyCurve's own.
    assert.equal(a.threshold.estimate, label.threshold);
    assert.deepEqual(a.threshold.interval, label.thresholdInterval);
    const b = emergenceThreshold(curve.points, { chance: 0.25, resamples: 200, seed: i });
    assert.deepEqual(a, b);
    const [lo, hi] = a.threshold.interval!;
    assert.ok(lo <= a.threshold.estimate * 1.000001 && a.threshold.estimate <= hi * 1.000001);
    assert.ok(a.midpoint!.estimate > a.threshold.estimate * 0.5);
    const [mlo, mhi] = a.midpoint!.interval!;
    total++;
    if (mlo <= curve.turn! && curve.turn! <= mhi) covered++;
  }
  console.log(
    `sigmoid-midpoint bootstrap intervals cover the generating midpoint in ${covered}/${total} curves`,
  );
  assert.ok(total >= 25 && covered / total >= 0.8, `${covered}/${total}`);
  assert.throws(
    () =>
      emergenceThreshold([{ scale: 1, score: 0.2 }, { scale: 10, score: 0.3 }, {
        scale: 100,
        score: 0.4,
      }]),
    RangeError,
  );
  assert.throws(() =>
    emergenceThreshold(
      [0.5, 0.4, 0.3, 0.2, 0.1].map((score, i) => ({ scale: 10 ** (i + 7), score, n: 100 })),
    ), RangeError);
});

Deno.test("binomialSampler: exact Binomial(n, p) draws by CDF inversion, seeded", () => {
  const random = mulberry32(5);
  // n = 30, p = 0.3: empirical frequencies of 200,000 draws against the exact pmf.
  const n = 30, p = 0.3, draws = 200_000;
  const draw = binomialSampler(n, p);
  const counts = new Array(n + 1).fill(0);
  for (let i = 0; i < draws; i++) counts[draw(random)]++;
  let pmf = (1 - p) ** n, chi2 = 0, cells = 0;
  for (let k = 0; k <= n; k++) {
    const expected = draws * pmf;
    if (expected >= 5) chi2 += (counts[k] - expected) ** 2 / expected, cells++;
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
  }
  // χ² with ~15 degrees of freedom: 99.9% quantile ≈ 37.7.
  assert.ok(chi2 < 37.7, `chi2 ${chi2.toFixed(1)} over ${cells} cells`);
  // n = 2000, p = 0.01 and p = 0.97: mean and variance (no underflow at the tails).
  for (const q of [0.01, 0.97]) {
    const big = binomialSampler(2000, q);
    let sum = 0, sum2 = 0;
    for (let i = 0; i < 50_000; i++) {
      const k = big(random);
      sum += k, sum2 += k * k;
    }
    const mean = sum / 50_000, variance = sum2 / 50_000 - mean * mean;
    assert.ok(Math.abs(mean - 2000 * q) < 0.1, `mean ${mean}`);
    assert.ok(Math.abs(variance / (2000 * q * (1 - q)) - 1) < 0.05, `variance ${variance}`);
  }
  assert.equal(binomialSampler(10, 0)(random), 0);
  assert.equal(binomialSampler(10, 1)(random), 10);
  assert.equal(binomialSampler(0, 0.5)(random), 0);
  assert.throws(() => binomialSampler(-1, 0.5), RangeError);
  const a = binomialSampler(500, 0.4), b = binomialSampler(500, 0.4);
  const r1 = mulberry32(9), r2 = mulberry32(9);
  assert.deepEqual(
    Array.from({ length: 20 }, () => a(r1)),
    Array.from({ length: 20 }, () => b(r2)),
  );
});
