/** classifyCurve on odd but describable input (never throws) and on invalid input (typed errors). */
import assert from "./_assert.ts";
import { classifyAll, classifyCurve, type CurveClassification } from "../lib/classify/mod.ts";

const at = (scores: number[], n?: number) =>
  scores.map((score, i) => ({ scale: 10 ** (7 + i), score, ...(n ? { n } : {}) }));

/** No NaN anywhere in the result (±Infinity is allowed only for the BIG-bench ratios). */
function assertNoNaN(r: CurveClassification) {
  JSON.stringify(r, (key, value) => {
    if (typeof value === "number") assert.ok(!Number.isNaN(value), `NaN at ${key}`);
    return value;
  });
}

Deno.test("classifyCurve: fewer than 3 distinct scales → insufficient", () => {
  for (const points of [[], at([0.5]), at([0.3, 0.9], 100)]) {
    const r = classifyCurve(points, { chance: 0.25 });
    assert.equal(r.shape, "insufficient");
    assert.match(r.evidence.reason, /at least 3/);
    assertNoNaN(r);
  }
});

Deno.test("classifyCurve: 3 scales without n → insufficient (noise cannot be estimated)", () => {
  const r = classifyCurve(at([0.3, 0.5, 0.7]));
  assert.equal(r.shape, "insufficient");
  assert.equal(r.evidence.rule, "noise-unknown");
});

Deno.test("classifyCurve: 3 scales with n are classified", () => {
  assert.equal(classifyCurve(at([0.3, 0.5, 0.7], 1000), { chance: 0.25 }).shape, "smooth");
  // Three points inside the noise (σ ≈ 0.016): flat — a shape whose change stays under the noise
  // is flat by the definitions — but three points leave a weak shape possible (confidence < 0.99:
  // a visible change of 2.5 noise units would leave them only about 2σ off).
  const flat = classifyCurve(at([0.5, 0.5, 0.51], 1000), { chance: 0.5 });
  assert.equal(flat.shape, "flat");
  assert.ok(flat.confidence < 0.99, `${flat.confidence}`);
  // A rise of about two noise units over three points: no confident label — undetermined, or flat
  // (right by the definitions for a change under the noise) with confidence under 0.7.
  const weak = classifyCurve(at([0.5, 0.51, 0.535], 1000), { chance: 0.5 });
  assert.ok(
    weak.evidence.rule === "undetermined" || (weak.shape === "flat" && weak.confidence < 0.7),
    weak.evidence.reason,
  );
});

Deno.test("classifyCurve: a rise that saturates at a score of 1 is smooth, decided", () => {
  // No chance level, no floor: the rise starts at the smallest size and runs into the ceiling.
  // (Before the calibration trained on saturating curves, this read "inverted U 0.99"; five sizes
  // leave a turn in the last interval some probability, 0.12 for the first.)
  for (const top of [[1, 1], [0.99, 0.995]]) {
    const r = classifyCurve(at([0.2, 0.5, 0.9, ...top], 1000));
    assert.equal(r.shape, "smooth", r.evidence.reason);
    assert.ok(r.confidence >= 0.85, `${r.confidence}`);
  }
});

Deno.test("classifyCurve: duplicate scales are averaged (weighted by n)", () => {
  const points = [
    { scale: 1e8, score: 0.2, n: 100 },
    { scale: 1e8, score: 0.4, n: 300 },
    { scale: 1e9, score: 0.5, n: 400 },
    { scale: 1e10, score: 0.6, n: 400 },
    { scale: 1e11, score: 0.7, n: 400 },
  ];
  const r = classifyCurve(points, { chance: 0.25 });
  assert.deepEqual(r.evidence.scales, [1e8, 1e9, 1e10, 1e11]);
  assert.equal(r.shape, "smooth");
  // All points at one scale → insufficient, not an error.
  assert.equal(
    classifyCurve([{ scale: 5, score: 0.1 }, { scale: 5, score: 0.2 }, { scale: 5, score: 0.3 }])
      .shape,
    "insufficient",
  );
});

Deno.test("classifyCurve: constant scores → flat, with and without n", () => {
  for (const n of [undefined, 500]) {
    const r = classifyCurve(at([0.4, 0.4, 0.4, 0.4, 0.4, 0.4], n), { chance: 0.25 });
    assert.equal(r.shape, "flat");
    assert.equal(r.breakthroughness, 0);
    assert.equal(r.linearity, 0);
    assertNoNaN(r);
  }
  const loss = classifyCurve(at([2.5, 2.5, 2.5, 2.5]), { higherIsBetter: false });
  assert.equal(loss.shape, "flat");
});

Deno.test("classifyCurve: scores of exactly 0 or 1 work (binomial SE stays positive)", () => {
  const zeros = classifyCurve(at([0, 0, 0, 0, 0, 0], 200), { chance: 0 });
  assert.equal(zeros.shape, "flat");
  const ones = classifyCurve(at([1, 1, 1, 1, 1], 200));
  assert.equal(ones.shape, "flat");
  const jump = classifyCurve(at([0, 0, 0, 0, 0, 0.5, 1, 1], 200), { chance: 0 });
  assert.equal(jump.shape, "emergent");
  for (const r of [zeros, ones, jump]) assertNoNaN(r);
});

Deno.test("classifyCurve: missing n → residual noise, sensible labels", () => {
  const smooth = classifyCurve(at([0.30, 0.36, 0.41, 0.46, 0.52, 0.57, 0.63, 0.68]), {
    chance: 0.25,
  });
  assert.equal(smooth.evidence.noise.source, "residual");
  assert.equal(smooth.shape, "smooth");
  const mixed = at([0.30, 0.36, 0.41, 0.46, 0.52], 100).map((
    p,
    i,
  ) => (i === 2 ? { scale: p.scale, score: p.score } : p));
  assert.equal(classifyCurve(mixed, { chance: 0.25 }).evidence.noise.source, "residual");
});

Deno.test("classifyCurve: higherIsBetter false mirrors the curve (loss = 1 − accuracy)", () => {
  const acc = [0.25, 0.25, 0.26, 0.25, 0.24, 0.25, 0.5, 0.8, 0.9];
  const a = classifyCurve(at(acc, 1000), { chance: 0.25 });
  const e = classifyCurve(at(acc.map((v) => 1 - v), 1000), { chance: 0.75, higherIsBetter: false });
  assert.equal(a.shape, "emergent");
  assert.equal(e.shape, "emergent");
  assert.ok(Math.abs(a.confidence - e.confidence) < 1e-9);
  assert.ok(Math.abs(a.threshold! / e.threshold! - 1) < 1e-9);
  // A falling loss is an improvement: smooth, not inverse.
  assert.equal(
    classifyCurve(at([3.6, 3.3, 3.0, 2.8, 2.5, 2.3]), { higherIsBetter: false }).shape,
    "smooth",
  );
});

Deno.test("classifyCurve: invalid input throws typed errors that say what and where", () => {
  assert.throws(
    () => classifyCurve(at([0.3, NaN, 0.5, 0.6])),
    (e: Error) => e instanceof TypeError && /points\[1\]\.score/.test(e.message),
  );
  assert.throws(() => classifyCurve([{ scale: Infinity, score: 0.3 }]), TypeError);
  assert.throws(
    () => classifyCurve([{ scale: -1e9, score: 0.3 }, { scale: 1e9, score: 0.3 }]),
    (e: Error) => e instanceof RangeError && /points\[0\]\.scale must be > 0/.test(e.message),
  );
  assert.throws(() => classifyCurve([{ scale: 0, score: 0.3 }]), RangeError);
  assert.throws(
    () => classifyCurve(at([0.3, 1.2, 0.5], 100), { chance: 0.25 }),
    (e: Error) => e instanceof RangeError && /outside the metric's bounds \[0, 1\]/.test(e.message),
  );
  assert.throws(() => classifyCurve(at([0.3, 0.4, 0.5]), { bounds: [0.35, 1] }), RangeError);
  assert.throws(() => classifyCurve(at([0.3, 0.4, 0.5], -3)), RangeError);
  assert.throws(() => classifyCurve(at([0.3, 0.4, 0.5]), { chance: NaN }), TypeError);
  // @ts-expect-error: runtime check of a wrong type
  assert.throws(() => classifyCurve("not points"), TypeError);
  // A loss above 1 is fine when the metric is continuous (the default for lower-is-better).
  assert.doesNotThrow(() => classifyCurve(at([3.1, 2.9, 2.2, 1.8]), { higherIsBetter: false }));
});

Deno.test("classifyAll: names the curve in errors and sorts by shape then confidence", () => {
  const base = { family: "f", metric: "acc", chance: 0.25, higherIsBetter: true };
  assert.throws(
    () => classifyAll([{ ...base, task: "broken", points: at([0.3, -0.1, 0.5], 100) }]),
    (e: Error) => e instanceof RangeError && /curve broken \/ f \/ acc/.test(e.message),
  );
  const rows = classifyAll([
    { ...base, task: "flat", points: at([0.25, 0.26, 0.25, 0.24, 0.25], 1000) },
    { ...base, task: "two", points: at([0.3, 0.5], 1000) },
    { ...base, task: "emergent", points: at([0.25, 0.25, 0.26, 0.25, 0.7, 0.9], 1000) },
    { ...base, task: "smooth", points: at([0.3, 0.4, 0.5, 0.6, 0.7], 1000) },
  ]);
  assert.deepEqual(rows.map((r) => r.task), ["emergent", "smooth", "flat", "two"]);
});

Deno.test("classifyCurve: deterministic (same input, same output)", () => {
  const points = at([0.25, 0.27, 0.24, 0.3, 0.45, 0.62, 0.7], 300);
  assert.deepEqual(
    classifyCurve(points, { chance: 0.25 }),
    classifyCurve(points, { chance: 0.25 }),
  );
});
