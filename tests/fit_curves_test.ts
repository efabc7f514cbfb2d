import assert from "./_assert.ts";
import { loadBnslParameterSets, loadBnslPoints } from "../lib/data/mod.ts";
import { bnsl, fitBnsl, fitPowerLaw, fitSigmoid, seededRandom } from "../lib/fit/mod.ts";
import { normal } from "../lib/_random.ts";

Deno.test("fitPowerLaw(points) recovers y = E + A·x^(−α) with every loss", () => {
  const points = [1, 2, 4, 8, 16, 32, 64, 128].map((x) => ({ x, y: 1.5 + 3 * x ** -0.5 }));
  for (const loss of ["log", "huber", "linear"] as const) {
    const fit = fitPowerLaw(points, { loss });
    assert.equal(fit.converged, true, loss);
    assert.ok(Math.abs(fit.E - 1.5) < 1e-5 && Math.abs(fit.A - 3) < 1e-5, loss);
    assert.ok(Math.abs(fit.alpha - 0.5) < 1e-5, loss);
    assert.equal(fit.residuals.length, 8);
  }
});

Deno.test("fitPowerLaw(points, { E: 0 }) equals the log-log least-squares line", () => {
  const random = seededRandom(5);
  const points = [1e6, 1e7, 1e8, 1e9, 1e10].map((x) => ({
    x,
    y: 40 * x ** -0.076 * Math.exp(0.01 * normal(random)),
  }));
  const fit = fitPowerLaw(points, { E: 0 });
  const lx = points.map((p) => Math.log(p.x)), ly = points.map((p) => Math.log(p.y));
  const mx = lx.reduce((s, v) => s + v) / 5, my = ly.reduce((s, v) => s + v) / 5;
  let sxy = 0, sxx = 0;
  lx.forEach((v, i) => (sxy += (v - mx) * (ly[i]! - my), sxx += (v - mx) ** 2));
  assert.ok(Math.abs(fit.alpha - -sxy / sxx) < 1e-8);
  assert.equal(fit.E, 0);
  assert.equal(fit.fixedE, true);
});

Deno.test("fitPowerLaw weights and Huber resist an outlier", () => {
  const points = [1, 2, 4, 8, 16, 32, 64, 128].map((x) => ({ x, y: 2 * x ** -0.4 }));
  points[3] = { x: 8, y: 5 };
  const huber = fitPowerLaw(points, { E: 0, loss: "huber", delta: 1e-3 });
  assert.ok(Math.abs(huber.alpha - 0.4) < 1e-3, String(huber.alpha));
  const weighted = fitPowerLaw(points, { E: 0, weights: [1, 1, 1, 0, 1, 1, 1, 1] });
  assert.ok(Math.abs(weighted.alpha - 0.4) < 1e-8);
  assert.throws(() => fitPowerLaw([{ x: 1, y: 1 }, { x: 2, y: -1 }, { x: 3, y: 1 }]), TypeError);
  assert.throws(() => fitPowerLaw([{ x: 1, y: 1 }]), RangeError);
});

Deno.test("fitSigmoid finds the emergence scale with the floor fixed at chance", () => {
  const xs = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11, 3e11];
  const random = seededRandom(11);
  const points = xs.map((x) => ({
    x,
    y: 0.25 + 0.6 / (1 + Math.exp(-3 * (Math.log10(x) - 9.5))) + 0.01 * normal(random),
  }));
  const fit = fitSigmoid(points, { floor: 0.25 });
  assert.equal(fit.converged, true);
  assert.ok(Math.abs(fit.x0 - 9.5) < 0.1, String(fit.x0));
  assert.ok(Math.abs(fit.ceiling - 0.85) < 0.03);
  assert.equal(fit.floor, 0.25);
  const free = fitSigmoid(points);
  assert.ok(Math.abs(free.x0 - 9.5) < 0.15 && Math.abs(free.floor - 0.25) < 0.03);
  assert.ok(Math.abs(fit.midpoint - 10 ** fit.x0) < 1e-6 * fit.midpoint);
});

Deno.test("fitSigmoid stays finite on flat and step-like curves (small n)", () => {
  const xs = [1e8, 1e9, 1e10, 1e11, 1e12];
  const flat = fitSigmoid(xs.map((x, i) => ({ x, y: 0.25 + 0.005 * (i % 2) })), { floor: 0.25 });
  for (const v of [flat.x0, flat.k, flat.ceiling, flat.objective]) assert.ok(Number.isFinite(v));
  const step = fitSigmoid(xs.map((x, i) => ({ x, y: i < 3 ? 0.25 : 0.7 })), { floor: 0.25 });
  assert.ok(step.x0 > 10 && step.x0 < 11, String(step.x0));
  assert.ok(Number.isFinite(step.k) && step.atBound);
  assert.throws(() => fitSigmoid([{ x: 1, y: 0 }, { x: 2, y: 1 }, { x: 3, y: 1 }]), RangeError);
  let t = performance.now();
  for (let i = 0; i < 50; i++) fitSigmoid(xs.map((x, j) => ({ x, y: j * 0.1 })), { floor: 0 });
  t = (performance.now() - t) / 50;
  assert.ok(t < 20, `${t} ms per fit`);
});

Deno.test("bnsl(x, law) and fitBnsl reproduce Caballero et al.'s 4-digit addition", async () => {
  const points = await loadBnslPoints();
  const [published] = await loadBnslParameterSets();
  const law = { a: published!.a, b: published!.b, c0: published!.c0, breaks: published!.breaks };
  // The published parameters reproduce the measurements to ~0.01 (data/bnsl/PROVENANCE.md).
  for (const p of points) assert.ok(Math.abs(bnsl(p.x, law) - p.y) < 0.012, String(p.x));
  const fit = fitBnsl(points.filter((p) => p.role === "fit"), { breaks: 1 });
  assert.equal(fit.converged, true);
  assert.equal(fit.breaks.length, 1);
  // Extrapolate to the 3 held-out sizes and compare with the published law and the data.
  for (const p of points.filter((p) => p.role === "extrapolation_target")) {
    assert.ok(Math.abs(bnsl(p.x, fit) - bnsl(p.x, law)) < 0.005, `x = ${p.x}`);
    assert.ok(Math.abs(bnsl(p.x, fit) - p.y) < 0.02, `x = ${p.x}`);
  }
  assert.ok(Math.abs(fit.breaks[0]!.d - 612.58) / 612.58 < 0.01);
});

Deno.test("fitBnsl with 2 breaks fits a non-monotonic curve", () => {
  const law = {
    a: 0.01,
    b: 5,
    c0: 0.3,
    breaks: [{ c: -0.8, d: 1e3, f: 0.3 }, { c: 1.2, d: 1e5, f: 0.3 }],
  };
  const points = Array.from({ length: 16 }, (_, i) => 10 ** (1 + i * 0.4)).map((x) => ({
    x,
    y: bnsl(x, law),
  }));
  const fit = fitBnsl(points, { breaks: 2 });
  assert.ok(fit.objective < 1e-5, String(fit.objective));
  assert.throws(() => fitBnsl(points, { breaks: 9 }), RangeError);
});
