import assert from "./_assert.ts";
import {
  chinchillaLoss,
  computeOptimal,
  fitChinchilla,
  fitChinchillaSync,
  fitIsoFlop,
  hoffmannGrid,
  inferenceAwareOptimal,
} from "../lib/fit/mod.ts";
import { chinchillaRuns, relDiff } from "./_fit_chinchilla_data.ts";

const runs = await chinchillaRuns();
// Besiroglu et al. 2024 (arXiv:2404.10102), grid fit on these 240 points; objective from
// docs/design.md. bench/scipy_chinchilla_reference.py (scipy 1.17.1, minimize(f, x0, jac=True,
// method="L-BFGS-B"), first 200 grid starts) gives 0.0010182740179505477, E = 1.81722,
// A = 477.838, B = 2143.46, α = 0.347312, β = 0.367174.
const GRID = {
  objective: 0.00101827402,
  E: 1.8172,
  A: 477.8,
  B: 2143,
  alpha: 0.3473,
  beta: 0.3672,
};
// Besiroglu et al. 2024, reported (maximum likelihood) estimates.
const MLE = { E: 1.8169, A: 482.0, B: 2085, alpha: 0.3478, beta: 0.3659 };

const pruned = await fitChinchilla(runs);

Deno.test("hoffmannGrid() has 4,500 starts covering the published grid", () => {
  const grid = hoffmannGrid();
  assert.equal(grid.length, 4500);
  assert.deepEqual(grid[0], [0, 0, -1, 0, 0]);
  assert.deepEqual(grid.at(-1), [25, 25, 1, 2, 2]);
});

Deno.test("fitChinchilla(runs) reproduces Besiroglu et al.'s grid fit", () => {
  assert.equal(pruned.converged, true);
  assert.equal(pruned.starts, 4500);
  assert.ok(pruned.startsConverged > 0);
  assert.ok(relDiff(pruned.objective, GRID.objective) <= 1e-6, String(pruned.objective));
  for (const k of ["E", "A", "B", "alpha", "beta"] as const) {
    assert.ok(relDiff(pruned[k], GRID[k]) <= 0.002, `${k} = ${pruned[k]} vs ${GRID[k]}`);
  }
  assert.equal(pruned.residuals.length, 240);
  assert.equal(pruned.estimator, "huber");
});

Deno.test("fitChinchilla pruned search equals the exhaustive 4,500-start search", async () => {
  const exhaustive = await fitChinchilla(runs, { search: "exhaustive" });
  assert.equal(exhaustive.startsFinished, 4500);
  assert.ok(relDiff(pruned.objective, exhaustive.objective) < 1e-12);
  for (const k of ["E", "A", "B", "alpha", "beta"] as const) {
    assert.ok(relDiff(pruned[k], exhaustive[k]) < 1e-6, k);
  }
});

Deno.test("fitChinchillaSync equals fitChinchilla (workers do not change the result)", () => {
  const sync = fitChinchillaSync(runs);
  assert.deepEqual(sync.x, pruned.x);
  assert.equal(sync.objective, pruned.objective);
});

Deno.test("fitChinchilla(runs, { estimator: 'mle' }) reproduces Besiroglu et al.'s estimates", async () => {
  const mle = await fitChinchilla(runs, { estimator: "mle" });
  assert.equal(mle.converged, true);
  for (const k of ["E", "A", "B", "alpha", "beta"] as const) {
    assert.ok(relDiff(mle[k], MLE[k]) <= 0.005, `${k} = ${mle[k]} vs ${MLE[k]}`);
  }
  assert.ok(mle.sigma! > 0 && mle.sigma! < 1e-3);
});

Deno.test("fitChinchilla validates runs", async () => {
  await assert.rejects(() => fitChinchilla(runs.slice(0, 3)), RangeError);
  await assert.rejects(
    () => fitChinchilla([...runs.slice(0, 10), { params: -1, tokens: 1, loss: 2 }]),
    /runs\[10\]\.params must be a positive finite number/,
  );
});

Deno.test("fitChinchilla says when it did not converge", async () => {
  const fit = await fitChinchilla(runs, {
    starts: [[0, 0, -1, 0, 0]],
    lbfgs: { maxIterations: 2 },
    workers: 1,
  });
  assert.equal(fit.converged, false);
  assert.equal(fit.startsConverged, 0);
});

Deno.test("computeOptimal(law, C) satisfies 6·N·D = C and minimises loss on the budget", () => {
  const law = { E: pruned.E, A: pruned.A, B: pruned.B, alpha: pruned.alpha, beta: pruned.beta };
  for (const C of [1e20, 5.76e23, 1e25]) {
    const opt = computeOptimal(law, C);
    assert.ok(relDiff(6 * opt.params * opt.tokens, C) < 1e-12);
    assert.ok(relDiff(opt.loss, chinchillaLoss(law, opt.params, opt.tokens)) < 1e-12);
    for (const f of [0.9, 1.1]) {
      const n = opt.params * f;
      assert.ok(chinchillaLoss(law, n, C / (6 * n)) > opt.loss);
    }
  }
  // Besiroglu et al.'s fit implies ~20 tokens per parameter at Chinchilla's budget.
  const opt = computeOptimal(law, 5.76e23);
  assert.ok(opt.tokensPerParam > 15 && opt.tokensPerParam < 25, String(opt.tokensPerParam));
  assert.throws(() => computeOptimal({ ...law, alpha: -1 }, 1e21), RangeError);
  assert.throws(() => computeOptimal(law, 0), RangeError);
});

Deno.test("inferenceAwareOptimal: more inference → smaller model, more tokens per parameter", () => {
  const law = { E: pruned.E, A: pruned.A, B: pruned.B, alpha: pruned.alpha, beta: pruned.beta };
  const none = inferenceAwareOptimal(law, { loss: 2.0, inferenceTokens: 0 });
  const heavy = inferenceAwareOptimal(law, { loss: 2.0, inferenceTokens: 1e13 });
  // With no inference it is the Chinchilla optimum for that loss.
  const chin = computeOptimal(law, none.trainingFlops);
  assert.ok(relDiff(none.params, chin.params) < 1e-6);
  assert.ok(relDiff(chinchillaLoss(law, heavy.params, heavy.tokens), 2.0) < 1e-9);
  assert.ok(heavy.params < none.params && heavy.tokensPerParam > none.tokensPerParam);
  assert.ok(heavy.savings > 0 && heavy.totalFlops < heavy.chinchilla.totalFlops);
  assert.throws(() => inferenceAwareOptimal(law, { loss: 1.0, inferenceTokens: 0 }), RangeError);
});

Deno.test("fitIsoFlop(runs) (Approach 2) gives a ≈ b ≈ 0.5 with intervals", () => {
  const fit = fitIsoFlop(runs, {
    budgets: [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21],
    resamples: 300,
    seed: 1,
  });
  assert.equal(fit.profiles.length, 9);
  assert.ok(Math.abs(fit.a + fit.b - 1) < 1e-9);
  // Hoffmann et al. 2022 Table 2, Approach 2: a = 0.49 (0.462, 0.534), b = 0.51 (0.483, 0.529).
  assert.ok(fit.a > 0.45 && fit.a < 0.56, String(fit.a));
  assert.ok(fit.intervals!.a.lower < fit.a && fit.a < fit.intervals!.a.upper);
  assert.ok(fit.convergedFraction! > 0.7); // some resamples leave a budget non-convex
  const again = fitIsoFlop(runs, {
    budgets: [6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21],
    resamples: 300,
    seed: 1,
  });
  assert.deepEqual(again.intervals, fit.intervals);
});
