import assert from "./_assert.ts";
import { multinomialLogistic, softmaxRow } from "../lib/stats/multinomial_logistic.ts";
import { mulberry32 } from "../lib/_random.ts";

Deno.test("multinomialLogistic: recovers known coefficients and stops at a stationary point", () => {
  const rnd = mulberry32(3);
  const truth = [[0, 0, 0], [0.5, 2, -1], [-0.5, -1, 1.5]];
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < 6000; i++) {
    const x = [1, 2 * rnd() - 1, 2 * rnd() - 1];
    const p = softmaxRow(truth, x);
    const u = rnd();
    y.push(u < p[0]! ? 0 : u < p[0]! + p[1]! ? 1 : 2);
    X.push(x);
  }
  const fit = multinomialLogistic(X, y, 3, { ridge: 1e-6 });
  // Identified up to a common shift of the rows: compare differences to class 0.
  for (let k = 1; k < 3; k++) {
    for (let j = 0; j < 3; j++) {
      const est = fit.coefficients[k]![j]! - fit.coefficients[0]![j]!;
      assert.ok(Math.abs(est - truth[k]![j]!) < 0.2, `β[${k}][${j}] = ${est}`);
    }
  }
  // Score equations: Σ (1[y=k] − p_k) x_j ≈ 0 at the maximum.
  const g = [0, 1, 2].map(() => [0, 0, 0]);
  X.forEach((x, i) => {
    const p = softmaxRow(fit.coefficients, x);
    for (let k = 0; k < 3; k++) {
      for (let j = 0; j < 3; j++) g[k]![j]! += ((y[i] === k ? 1 : 0) - p[k]!) * x[j]!;
    }
  });
  for (const row of g) for (const v of row) assert.ok(Math.abs(v) < 1e-3, `gradient ${v}`);
});
