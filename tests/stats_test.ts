/**
 * lib/stats against reference values. Unless a comment says otherwise, the expected numbers were
 * computed with numpy / scipy (np.quantile and np.median with the default "linear" method, which
 * is R's default type 7; np.var(ddof=1); scipy.stats.sem; scipy.special.expit / logit / huber;
 * weighted least squares as np.linalg.solve(XᵀWX, XᵀWy) and np.linalg.inv(XᵀWX)).
 */
import assert from "node:assert/strict";
import {
  binomialStandardError,
  huber,
  huberPsi,
  logistic,
  logisticCurve,
  logit,
  mean,
  median,
  powerLaw,
  quantile,
  quantileSorted,
  standardError,
  variance,
  wls,
} from "../lib/stats/mod.ts";
import { huberNllObjective, huberObjective, toLogData } from "../lib/fit/_chinchilla_objective.ts";

const close = (actual: number, expected: number, tol = 1e-12, what = "") =>
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${what} ${actual} vs ${expected}`,
  );

Deno.test("quantile: R type 7 / numpy linear at every q", () => {
  const values = [3, 1, 4, 1, 5, 9, 2, 6];
  // numpy: np.quantile([3,1,4,1,5,9,2,6], q); R: quantile(c(3,1,4,1,5,9,2,6), q).
  const expected: [number, number][] = [[0, 1], [0.1, 1], [0.25, 1.75], [0.5, 3.5], [
    0.9,
    6.8999999999999995,
  ], [1, 9]];
  for (const [q, want] of expected) close(quantile(values, q), want, 1e-15, `q=${q}`);
  // quantileSorted on sorted input gives the same, and the input of quantile is not modified.
  const sorted = Float64Array.from(values).sort();
  for (const [q, want] of expected) close(quantileSorted(sorted, q), want, 1e-15, `sorted q=${q}`);
  assert.deepEqual(values, [3, 1, 4, 1, 5, 9, 2, 6]);
  assert.throws(() => quantile(values, 1.5), /q must be in \[0, 1\], got 1.5/);
  assert.throws(() => quantile([], 0.5), /no values/);
});

Deno.test("median: the middle value for odd n, the mean of the middle two for even n", () => {
  assert.equal(median([7, 1, 3, 10, 2]), 3); // np.median: 3.0
  assert.equal(median([1, 2, 3, 4]), 2.5); // np.median: 2.5
  // The chapter-2 case of issue 13: the median of these four is 70.7B, not v[floor(n/2)] = 73.4B.
  assert.equal(median([68e9, 137e9, 4e9, 73.4e9]), 70.7e9); // np.median: 70700000000.0
  assert.equal(median([5]), 5);
  assert.equal(median([-Infinity, 1, Infinity]), 1); // ±Infinity are ordinary values
});

Deno.test("NaN policy: aggregate functions throw naming the index; scalar ones pass NaN on", () => {
  assert.throws(
    () => median([1, NaN, 3]),
    (e) => e instanceof RangeError && /values\[1\]/.test(e.message),
  );
  assert.throws(() => quantile([NaN], 0.3), /values\[0\] is NaN/);
  assert.throws(() => mean([1, 2, NaN]), /values\[2\] is NaN/);
  assert.throws(() => variance([NaN, 1]), /values\[0\] is NaN/);
  assert.throws(() => standardError([1, NaN]), /values\[1\] is NaN/);
  assert.throws(() => logit(NaN), RangeError);
  assert.throws(() => binomialStandardError(NaN, 10), RangeError);
  assert.ok(Number.isNaN(logistic(NaN)));
  assert.ok(Number.isNaN(huber(NaN, 1)));
  assert.ok(Number.isNaN(powerLaw({ E: 1, A: 1, alpha: 1 }, NaN)));
});

Deno.test("mean, variance, standard error and the binomial standard error", () => {
  const values = [2.5, 3.1, 4.7, 1.2, 8.8];
  close(mean(values), 4.0600000000000005, 1e-15); // np.mean
  close(variance(values), 8.603000000000002, 1e-14); // np.var(ddof=1); R: var()
  close(standardError(values), 1.311716432770437, 1e-14); // scipy.stats.sem
  assert.equal(variance([1, 2, 3, 4]), 5 / 3); // R: var(1:4), by hand 5/3
  assert.throws(() => variance([1]), /at least 2/);
  close(binomialStandardError(0.3, 250), 0.028982753492378877, 1e-15); // √(0.3·0.7/250)
  assert.equal(binomialStandardError(0, 10), 0);
  assert.throws(() => binomialStandardError(1.2, 10), /p must be in \[0, 1\], got 1.2/);
  assert.throws(() => binomialStandardError(0.5, 0), /n must be > 0, got 0/);
});

Deno.test("logistic and logit: scipy.special.expit / logit, no overflow for large |t|", () => {
  const expit: [number, number][] = [
    [-800, 0],
    [-30, 9.357622968839299e-14],
    [-1, 0.2689414213699951],
    [0, 0.5],
    [0.5, 0.6224593312018546],
    [30, 0.9999999999999065],
    [800, 1],
  ];
  for (const [t, want] of expit) close(logistic(t), want, 1e-15, `expit(${t})`);
  // Relative accuracy in the far tail (where 1/(1 + e^(−t)) would also be fine, e^t/(1 + e^t) is).
  assert.ok(Math.abs(logistic(-30) / 9.357622968839299e-14 - 1) < 1e-14);
  const logits: [number, number][] = [
    [0.001, -6.906754778648554],
    [0.2, -1.3862943611198906],
    [0.5, 0],
    [0.9, 2.1972245773362196],
  ];
  for (const [p, want] of logits) close(logit(p), want, 1e-14, `logit(${p})`);
  assert.equal(logit(0), -Infinity);
  assert.equal(logit(1), Infinity);
  assert.throws(() => logit(1.5), /p must be in \[0, 1\], got 1.5/);
  for (const p of [1e-9, 0.3, 0.77, 1 - 1e-9]) close(logistic(logit(p)), p, 1e-12);
});

Deno.test("logisticCurve: floor + height·σ(slope·(x − midpoint))", () => {
  const curve = { floor: 0.25, height: 0.5, midpoint: 9, slope: 4 };
  assert.equal(logisticCurve(curve, 9), 0.5); // by hand: 0.25 + 0.5·½
  close(logisticCurve(curve, 9.5), 0.25 + 0.5 * 0.8807970779778823, 1e-15); // expit(2)
  close(logisticCurve(curve, 8), 0.25 + 0.5 * 0.01798620996209156, 1e-15); // expit(−4)
});

Deno.test("huber and huberPsi: scipy.special.huber(δ, r) and its derivative", () => {
  const cases: [number, number, number][] = [
    [0.5, 1, 0.125],
    [-0.5, 1, 0.125],
    [3, 1, 2.5],
    [-3, 1, 2.5],
    [0.002, 1e-3, 1.5e-6],
    [1e-4, 1e-3, 5e-9],
  ];
  for (const [r, delta, want] of cases) {
    close(huber(r, delta), want, 1e-15, `huber(${r}, ${delta})`);
  }
  assert.equal(huber(1, 1), 0.5); // the two branches meet at |r| = δ
  assert.equal(huberPsi(0.3, 1), 0.3);
  assert.equal(huberPsi(3, 1), 1);
  assert.equal(huberPsi(-3, 1), -1);
  assert.throws(() => huber(1, 0), /delta must be > 0, got 0/);
});

Deno.test("wls: numpy normal-equation solutions, covariance, singular designs", () => {
  const x = [0, 1, 2, 3, 4], y = [1.1, 2.9, 5.2, 6.8, 9.1], w = [1, 2, 1, 0.5, 1];
  const ones = x.map(() => 1);
  // np.linalg.solve(XᵀWX, XᵀWy) with X = [1, x]; covariance np.linalg.inv(XᵀWX).
  const line = wls([ones, x], y, w)!;
  close(line.beta[0]!, 0.996396396396398);
  close(line.beta[1]!, 2.012612612612612);
  close(line.chi2, 0.09657657657657684);
  close(line.covariance[0]![0]!, 0.47747747747747743);
  close(line.covariance[0]![1]!, -0.17117117117117112);
  close(line.covariance[1]![1]!, 0.09909909909909909);
  line.fitted.forEach((f, i) => close(f, line.beta[0]! + line.beta[1]! * x[i]!));
  // Quadratic design X = [1, x, x²].
  const quad = wls([ones, x, x.map((v) => v * v)], y, w)!;
  [1.0439393939393957, 1.928030303030301, 0.020454545454545885].forEach((b, j) =>
    close(quad.beta[j]!, b, 1e-11)
  );
  close(quad.chi2, 0.0906060606060607, 1e-11);
  // A column of zeros (a hinge beyond every point) is singular.
  assert.equal(wls([ones, x.map(() => 0)], y, w), undefined);
});

Deno.test("powerLaw: E + A·x^(−α)", () => {
  // Hoffmann et al. 2022's L(N) term with E = 1.69, A = 406.4, α = 0.34 at N = 70B (numpy).
  close(powerLaw({ E: 1.69, A: 406.4, alpha: 0.34 }, 70e9), 1.7734872903077228, 1e-15);
  assert.equal(powerLaw({ E: 0, A: 3, alpha: 0.5 }, 4), 1.5); // by hand: 3/√4
  assert.equal(powerLaw({ E: 2, A: 5, alpha: 0 }, 1e9), 7);
});

Deno.test("the Chinchilla objectives' inlined Huber loss agrees with lib/stats huber", () => {
  const law = {
    a: Math.log(406.4),
    b: Math.log(410.7),
    e: Math.log(1.69),
    alpha: 0.34,
    beta: 0.28,
  };
  const delta = 1e-3;
  // Residuals on both sides of ±δ (and on it), put into the losses as exp(r) factors.
  const residuals = [-3e-3, -1e-3, -4e-4, 0, 2e-4, 9e-4, 1e-3, 2.5e-3, 0.05, -0.2];
  const runs = residuals.map((r, i) => {
    const params = 1e8 * 3 ** i, tokens = 2e9 * 2 ** i;
    const predicted = Math.exp(law.a - law.alpha * Math.log(params)) +
      Math.exp(law.b - law.beta * Math.log(tokens)) + Math.exp(law.e);
    return { params, tokens, loss: predicted * Math.exp(r) };
  });
  const weights = residuals.map((_, i) => 1 + (i % 3));
  const data = toLogData(runs, weights);
  const x = Float64Array.of(law.a, law.b, law.e, law.alpha, law.beta);
  const g = new Float64Array(5);
  // The residuals as the objective sees them (log L − LSE), recomputed independently.
  const r = runs.map((run) =>
    Math.log(run.loss) -
    Math.log(
      Math.exp(law.a - law.alpha * Math.log(run.params)) +
        Math.exp(law.b - law.beta * Math.log(run.tokens)) + Math.exp(law.e),
    )
  );
  r.forEach((ri, i) => close(ri, residuals[i]!, 1e-9, `residual ${i}`));
  const expected = r.reduce((s, ri, i) => s + weights[i]! * huber(ri, delta), 0);
  close(huberObjective(data, delta)(x, g), expected, 1e-9);
  // ∂f/∂e = −Σ wᵢ·ψ_δ(rᵢ)·Eᵢ/L̂ᵢ: the inlined ψ is huberPsi.
  const dE = runs.reduce((s, run, i) => {
    const share = Math.exp(law.e) / (run.loss / Math.exp(residuals[i]!));
    return s - weights[i]! * huberPsi(r[i]!, delta) * share;
  }, 0);
  close(g[2]!, dE, 1e-9);
  // The likelihood form scales residuals by 1/σ: Σ wᵢ ρ_δ(rᵢ/σ) + Σwᵢ·(log Z + log σ).
  const sigma = 2e-3, logZ = 0.7;
  const nll = huberNllObjective(data, delta, logZ)(
    Float64Array.of(...x, Math.log(sigma)),
    new Float64Array(6),
  );
  const wsum = weights.reduce((s, v) => s + v, 0);
  const expectedNll = r.reduce((s, ri, i) => s + weights[i]! * huber(ri / sigma, delta), 0) +
    wsum * (logZ + Math.log(sigma));
  close(nll, expectedNll, 1e-9);
});
