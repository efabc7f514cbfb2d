import assert from "./_assert.ts";
import { minimizeLbfgs } from "../lib/fit/mod.ts";
import { huberObjective, toLogData } from "../lib/fit/_chinchilla_objective.ts";
import { chinchillaRuns, relDiff } from "./_fit_chinchilla_data.ts";

const rosenbrock = (x: Float64Array, g: Float64Array) => {
  let f = 0;
  g.fill(0);
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i]!, b = x[i + 1]!;
    f += 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    g[i] = g[i]! - 400 * a * (b - a * a) - 2 * (1 - a);
    g[i + 1] = g[i + 1]! + 200 * (b - a * a);
  }
  return f;
};

Deno.test("minimizeLbfgs(rosenbrock 2-D, [-1.2, 1]) converges to (1, 1)", () => {
  const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-10 });
  assert.equal(r.converged, true);
  assert.equal(r.reason, "gradient");
  assert.ok(r.gradientNorm <= 1e-10);
  assert.ok(Math.abs(r.x[0]! - 1) < 1e-8 && Math.abs(r.x[1]! - 1) < 1e-8, String(r.x));
  assert.ok(r.value < 1e-18);
});

Deno.test("minimizeLbfgs(rosenbrock 10-D) matches scipy", () => {
  // scipy 1.17.1: minimize(rosen, [-1.2, 1]*5, jac=rosen_der, method="L-BFGS-B",
  //   options={"gtol": 1e-10, "ftol": 1e-20}) → x = ones(10), fun = 4.9e-22, 79 iterations.
  const r = minimizeLbfgs(rosenbrock, [-1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1, -1.2, 1], {
    gradientTolerance: 1e-10,
  });
  assert.equal(r.converged, true);
  for (const v of r.x) assert.ok(Math.abs(v - 1) < 1e-8);
  assert.ok(r.iterations < 200, `${r.iterations} iterations`);
});

Deno.test("minimizeLbfgs(badly scaled quadratic, scales 1..1e6) converges", () => {
  // scipy 1.17.1 L-BFGS-B (gtol 1e-10) → x = [1, −2, 3, −4].
  const s = [1, 1e2, 1e4, 1e6], c = [1, -2, 3, -4];
  const f = (x: Float64Array, g: Float64Array) => {
    let v = 0;
    for (let i = 0; i < 4; i++) {
      v += 0.5 * s[i]! * (x[i]! - c[i]!) ** 2;
      g[i] = s[i]! * (x[i]! - c[i]!);
    }
    return v;
  };
  const r = minimizeLbfgs(f, [0, 0, 0, 0], { gradientTolerance: 1e-9 });
  assert.equal(r.converged, true);
  r.x.forEach((v, i) => assert.ok(Math.abs(v - c[i]!) < 1e-9, `x[${i}] = ${v}`));
});

Deno.test("minimizeLbfgs(chinchilla Huber objective) matches scipy from two grid starts", async () => {
  const f = huberObjective(toLogData(await chinchillaRuns()), 1e-3);
  // scipy 1.17.1, bench/scipy_chinchilla_reference.py's objective with analytic jac:
  // minimize(f, x0, jac=True, method="L-BFGS-B", options={"gtol": 1e-12, "ftol": 1e-15})
  const cases: [number[], number, number[]][] = [
    [[5, 10, 0, 0.5, 0.5], 0.001018274017800607, [
      6.169246312644512,
      7.670156783013688,
      0.5973068131687918,
      0.34731049515708523,
      0.3671724351107371,
    ]],
    [[15, 20, -1, 1, 1], 0.0010182740178006013, [
      6.169246389957633,
      7.670156732170687,
      0.59730681538174,
      0.3473104998578187,
      0.3671724325755994,
    ]],
  ];
  for (const [x0, value, x] of cases) {
    const r = minimizeLbfgs(f, x0);
    assert.equal(r.converged, true, r.reason);
    assert.ok(relDiff(r.value, value) < 1e-9, `${r.value} vs ${value}`);
    r.x.forEach((v, i) => assert.ok(Math.abs(v - x[i]!) < 1e-5, `x[${i}] ${v} vs ${x[i]}`));
  }
});

Deno.test("minimizeLbfgs reports non-convergence honestly", () => {
  const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
  assert.equal(r.converged, false);
  assert.equal(r.reason, "max_iterations");
  assert.equal(r.iterations, 3);
  const unbounded = minimizeLbfgs(
    (x, g) => {
      g[0] = -1;
      return -x[0]!;
    },
    [0],
    { maxIterations: 50 },
  );
  assert.equal(unbounded.converged, false);
  const nan = minimizeLbfgs((_x, g) => {
    g[0] = NaN;
    return NaN;
  }, [0]);
  assert.equal(nan.converged, false);
  assert.equal(nan.reason, "non_finite");
});

Deno.test("minimizeLbfgs validates its input", () => {
  assert.throws(() => minimizeLbfgs(rosenbrock, []), TypeError);
  assert.throws(() => minimizeLbfgs(rosenbrock, [NaN, 1]), /x0\[0\] is NaN/);
  assert.throws(() => minimizeLbfgs(rosenbrock, [0, 0], { memory: 0 }), RangeError);
  assert.throws(() => minimizeLbfgs(rosenbrock, [0, 0], { c1: 0.95 }), RangeError);
  assert.throws(
    () => minimizeLbfgs(rosenbrock, [0, 0], { preconditioner: [1, 0, 0] }),
    /preconditioner must be n×n/,
  );
  assert.throws(
    () => minimizeLbfgs(rosenbrock, [0, 0, 0], { preconditioner: [1, 0, 0, 1] }),
    /3 parameters need 9/,
  );
});

Deno.test("minimizeLbfgs with a preconditioner: same minimum, far fewer iterations on a correlated quadratic", () => {
  // f = ½(x − c)ᵀQ(x − c) with Q = R·diag(1, 1e2, 1e4, 1e6)·Rᵀ (R a fixed rotation): with
  // H₀ = Q⁻¹ the search direction points at the minimum; without it L-BFGS needs many more.
  const n = 4, scales = [1, 1e2, 1e4, 1e6], c = [1, -2, 3, -4];
  const theta = 0.7, co = Math.cos(theta), si = Math.sin(theta);
  const rot = [[co, -si, 0, 0], [si, co, 0, 0], [0, 0, co, -si], [0, 0, si, co]];
  const mix = (a: number[][], b: number[][]) =>
    a.map((row, i) => row.map((_, j) => row.reduce((s, _v, k) => s + a[i]![k]! * b[k]![j]!, 0)));
  const rotT = rot[0]!.map((_, j) => rot.map((row) => row[j]!));
  const q = mix(mix(rot, scales.map((s, i) => scales.map((_, j) => (i === j ? s : 0)))), rotT);
  const qInv = mix(
    mix(rot, scales.map((s, i) => scales.map((_, j) => (i === j ? 1 / s : 0)))),
    rotT,
  );
  const f = (x: Float64Array, g: Float64Array) => {
    let v = 0;
    for (let i = 0; i < n; i++) {
      let qi = 0;
      for (let j = 0; j < n; j++) qi += q[i]![j]! * (x[j]! - c[j]!);
      g[i] = qi;
      v += 0.5 * (x[i]! - c[i]!) * qi;
    }
    return v;
  };
  const plain = minimizeLbfgs(f, [0, 0, 0, 0], { gradientTolerance: 1e-9 });
  const pre = minimizeLbfgs(f, [0, 0, 0, 0], {
    gradientTolerance: 1e-9,
    preconditioner: qInv.flat(),
  });
  for (const r of [plain, pre]) {
    assert.equal(r.converged, true);
    r.x.forEach((v, i) => assert.ok(Math.abs(v - c[i]!) < 1e-8, `x[${i}] = ${v}`));
  }
  assert.ok(pre.iterations <= 3, `preconditioned: ${pre.iterations} iterations`);
  assert.ok(
    plain.iterations > 5 * pre.iterations,
    `plain: ${plain.iterations}, preconditioned: ${pre.iterations}`,
  );
  // The identity preconditioner is the plain method, step for step.
  const identity = minimizeLbfgs(f, [0, 0, 0, 0], {
    gradientTolerance: 1e-9,
    preconditioner: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
  });
  assert.deepEqual(identity.x, plain.x);
  assert.equal(identity.iterations, plain.iterations);
});
