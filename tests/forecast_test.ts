// lib/forecast: prediction intervals cover a known generating law at close to their nominal rate
// (seeded; tolerances stated per test), bounded metrics never leave their bounds, options are
// checked up front, and the shape-probability adapter picks calibrated probabilities when present.
import assert from "node:assert/strict";
import { forecastCurve } from "../lib/forecast/mod.ts";
import { shapeProbabilities } from "../lib/forecast/_weights.ts";
import { binomial, seededRandom } from "../lib/_random.ts";
import { classifyCurve } from "../lib/classify/classify_curve.ts";

const logistic = (t: number) => 1 / (1 + Math.exp(-t));
const SIZES = [7, 7.5, 8, 8.5, 9, 9.5, 10]; // log10 parameters of the fitted models
const N = 500; // examples per evaluation

/**
 * Share of `trials` seeded curves drawn from `law` (binomial noise, n = 500) whose interval at
 * `level` for log10 scale 11 (one decade beyond the data) holds a new measurement there.
 */
function coverage(law: (x: number) => number, level: number, trials = 200): number {
  const random = seededRandom(20);
  let held = 0;
  for (let k = 0; k < trials; k++) {
    const points = SIZES.map((x) => ({
      scale: 10 ** x,
      score: binomial(random, N, law(x)) / N,
      n: N,
    }));
    const actual = binomial(random, N, law(11)) / N;
    const f = forecastCurve({ points, chance: 0.25 }, 1e11, { level, seed: k });
    if (f.interval[0] <= actual && actual <= f.interval[1]) held++;
  }
  return held / trials;
}

// Tolerance: ±0.08 around the nominal level, about 3 binomial standard errors of a coverage
// estimated from 200 curves (√(0.8·0.2/200) = 0.028).
const TOLERANCE = 0.08;

Deno.test("coverage: a smooth law (linear in log-odds) is covered at close to 80%", () => {
  const rate = coverage((x) => 0.25 + 0.75 * logistic(0.6 * (x - 10)), 0.8);
  assert.ok(Math.abs(rate - 0.8) <= TOLERANCE, `coverage ${rate}`);
});

Deno.test("coverage: a smooth law is covered at close to 50% by a 50% interval", () => {
  const rate = coverage((x) => 0.25 + 0.75 * logistic(0.6 * (x - 10)), 0.5);
  assert.ok(Math.abs(rate - 0.5) <= TOLERANCE + 0.02, `coverage ${rate}`); // √(.25/200) = 0.035
});

Deno.test("coverage: a flat curve at chance is covered at close to 80%", () => {
  const rate = coverage(() => 0.25, 0.8);
  assert.ok(Math.abs(rate - 0.8) <= TOLERANCE, `coverage ${rate}`);
});

Deno.test("coverage: an emergent law rising inside the data is covered at least at 80% − tolerance", () => {
  // The mixture of shapes makes these intervals conservative (≈ 0.95–1 here): stated, not hidden.
  const rate = coverage((x) => 0.25 + 0.6 * logistic((x - 9.8) / 0.25), 0.8);
  assert.ok(rate >= 0.8 - TOLERANCE, `coverage ${rate}`);
});

Deno.test("coverage: a rise that starts beyond the data is not foreseen (the honest limit)", () => {
  // Every fitted size is at chance; the law jumps after 10^10.5. No per-curve method can see it.
  const rate = coverage((x) => 0.25 + 0.6 * logistic((x - 10.6) / 0.25), 0.8, 40);
  assert.ok(rate < 0.2, `coverage ${rate}`);
});

Deno.test("bounds: proportions stay in [0, 1] (and [0, 100]) however far the target", () => {
  const up = [0.5, 0.7, 0.9, 0.97, 0.995].map((score, i) => ({
    scale: 10 ** (8 + i),
    score,
    n: 200,
  }));
  const down = up.map((p) => ({ ...p, score: 1 - p.score }));
  for (const target of [1e13, 1e20, 1e40]) {
    for (const points of [up, down]) {
      const f = forecastCurve({ points }, target, { resamples: 100 });
      for (const v of [f.prediction, ...f.interval, ...f.contributions.map((c) => c.prediction)]) {
        assert.ok(v >= 0 && v <= 1, `${v} outside [0, 1]`);
      }
    }
    const pct = up.map((p) => ({ scale: p.scale, score: 100 * p.score }));
    const f = forecastCurve({ points: pct }, target, { bounds: [0, 100], resamples: 100 });
    assert.ok(f.interval[0] >= 0 && f.interval[1] <= 100 && f.prediction <= 100);
    assert.deepEqual(f.bounds, [0, 100]);
  }
});

Deno.test("bounds: a positive loss is forecast as a power law and stays positive", () => {
  // loss = 10 · N^-0.1 exactly (lower is better): the power law in loss recovers it.
  const points = [8, 9, 10, 11, 12].map((x) => ({ scale: 10 ** x, score: 10 * 10 ** (-0.1 * x) }));
  const f = forecastCurve({ points, higherIsBetter: false }, 1e14, { resamples: 100 });
  assert.ok(Math.abs(f.prediction - 10 * 10 ** -1.4) < 0.02, `${f.prediction}`); // 0.398
  assert.ok(f.interval[0] > 0);
  assert.equal(f.extrapolation, 2);
});

Deno.test("forecastCurve: the same seed gives the same interval; weights sum to 1", () => {
  const points = [0.3, 0.35, 0.42, 0.5, 0.55].map((score, i) => ({
    scale: 10 ** (8 + i),
    score,
    n: 300,
  }));
  const a = forecastCurve({ points, chance: 0.25 }, 1e13, { seed: 3 });
  const b = forecastCurve({ points, chance: 0.25 }, 1e13, { seed: 3 });
  assert.deepEqual(a.interval, b.interval);
  const total = a.contributions.reduce((s, c) => s + c.weight, 0);
  assert.ok(Math.abs(total - 1) < 1e-12);
  assert.equal(a.level, 0.8);
  assert.deepEqual(forecastCurve({ points }, 1e13, { resamples: 0 }).interval.map(Number.isNaN), [
    true,
    true,
  ]);
});

Deno.test("forecastCurve: options and inputs are checked up front", () => {
  const points = [1, 2, 3, 4].map((i) => ({ scale: 10 ** i, score: 0.1 * i }));
  assert.throws(() => forecastCurve({ points }, 1e5, { levle: 0.8 } as never), {
    name: "TypeError",
    message: /unknown option "levle" \(did you mean "level"\?\)/,
  });
  assert.throws(() => forecastCurve({ points }, 1e5, { level: 80 }), {
    name: "RangeError",
    message: "forecastCurve: level must be in (0, 1), got 80",
  });
  assert.throws(() => forecastCurve({ points }, 0), RangeError);
  assert.throws(() => forecastCurve({ points: points.slice(0, 1) }, 1e5), RangeError);
  assert.throws(() => forecastCurve({ points }, 1e5, { bounds: [1, 0] }), RangeError);
});

Deno.test("shapeProbabilities: calibrated probabilities are used when the result has them", () => {
  const c = classifyCurve([1, 2, 3, 4, 5].map((i) => ({ scale: 10 ** i, score: 0.1 * i, n: 500 })));
  assert.deepEqual(shapeProbabilities(c), c.probabilities);
  const { probabilities: _, ...plain } = c;
  assert.deepEqual(shapeProbabilities(plain), c.evidence.shapeWeights);
  const probabilities = { ...c.evidence.shapeWeights, smooth: 0.5, flat: 0.5, emergent: 0 };
  assert.deepEqual(shapeProbabilities({ ...c, probabilities } as never), probabilities);
  // A malformed field is ignored.
  assert.deepEqual(
    shapeProbabilities({ ...c, probabilities: [0.5] } as never),
    c.evidence.shapeWeights,
  );
});
