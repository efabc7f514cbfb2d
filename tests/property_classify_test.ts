// Property-based tests (fast-check) of classifyCurve: arbitrary inputs give a classification whose
// every number is finite (evidence, candidates, intervals included) and whose fields keep their
// promises, or a typed error (TypeError / RangeError / SyntaxError) — never another exception.
import assert from "./_assert.ts";
import fc from "fast-check";
import { classifyCurve, type ClassifyOptions, type ClassifyPoint, SHAPES } from "../lib/mod.ts";
import { isTypedError, nonFinitePaths, resultOrTypedError } from "./_finite.ts";

// BIG-bench breakthroughness / linearity (and the emergence score, which is breakthroughness) are
// documented as ±Infinity when a change comes with (mostly) zero successive differences.
const INFINITE_OK = new Set(["breakthroughness", "linearity", "emergenceScore"]);

/** sign · 10^u rounded to 6 significant digits: moderate magnitudes, no subnormals. */
const magnitude = (lo: number, hi: number) =>
  fc.tuple(fc.boolean(), fc.double({ min: lo, max: hi, noNaN: true }))
    .map(([negative, u]) => Number(((negative ? -1 : 1) * 10 ** u).toPrecision(6)));
const scale = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 1e-3, max: 1e15, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 3, max: 14 }).map((e) => 10 ** e) }, // duplicates
  { weight: 1, arbitrary: fc.double({ min: -10, max: 0, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, 1e-300, NaN, Infinity) },
);
const score = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000) },
  { weight: 2, arbitrary: magnitude(-6, 6) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.25, -1, 2) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity) },
);
const n = fc.option(
  fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 10_000 }) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ min: -1, max: 50, noNaN: true }) },
  ),
  { nil: undefined, freq: 2 },
);
const point = fc.record({ scale, score, n }, { requiredKeys: ["scale", "score"] });
const points: fc.Arbitrary<ClassifyPoint[]> = fc.oneof(
  { weight: 3, arbitrary: fc.array(point, { maxLength: 15 }) },
  {
    // Constant scores on a few (repeated) scales.
    weight: 1,
    arbitrary: fc.tuple(fc.array(scale, { minLength: 1, maxLength: 6 }), score, fc.nat(12), n)
      .map(([scales, s, count, k]) =>
        Array.from(
          { length: count },
          (_, i) => ({ scale: scales[i % scales.length]!, score: s, n: k }),
        )
      ),
  },
  {
    // An accuracy curve on a log grid with binomial n (the realistic case).
    weight: 3,
    arbitrary: fc.tuple(
      fc.array(fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), {
        minLength: 3,
        maxLength: 15,
      }),
      fc.option(fc.integer({ min: 10, max: 5000 }), { nil: undefined }),
    ).map(([scores, k]) => scores.map((s, i) => ({ scale: 10 ** (7 + i / 2), score: s, n: k }))),
  },
);
const options: fc.Arbitrary<ClassifyOptions> = fc.record({
  chance: fc.option(
    fc.oneof(
      fc.constantFrom(0, 0.25, 0.5, 1 / 3, 1),
      fc.integer({ min: -1000, max: 2000 }).map((k) => k / 1000),
    ),
    { nil: undefined },
  ),
  higherIsBetter: fc.option(fc.boolean(), { nil: undefined }),
  metricKind: fc.option(
    fc.constantFrom("proportion", "continuous") as fc.Arbitrary<
      "proportion" | "continuous"
    >,
    { nil: undefined },
  ),
}, { requiredKeys: [] });

const tally = { results: 0, errors: 0, shapes: new Set<string>() };

function check(pts: ClassifyPoint[], o: ClassifyOptions) {
  const r = resultOrTypedError(() => classifyCurve(pts, o), INFINITE_OK);
  if (!r) return void tally.errors++;
  tally.results++;
  tally.shapes.add(r.shape);
  assert.ok(SHAPES.includes(r.shape), r.shape);
  assert.ok(r.confidence >= 0 && r.confidence <= 1, `confidence ${r.confidence}`);
  const weights = Object.values(r.evidence.shapeWeights);
  assert.ok(weights.every((w) => w >= 0 && w <= 1 + 1e-9), JSON.stringify(weights));
  if (r.threshold !== undefined) assert.ok(r.threshold > 0, `threshold ${r.threshold}`);
  if (r.thresholdInterval) {
    assert.ok(r.thresholdInterval[0] <= r.thresholdInterval[1], String(r.thresholdInterval));
  }
  assert.ok(r.evidence.noise.sigma >= 0);
  assert.equal(typeof r.evidence.reason, "string");
  assert.ok(
    r.evidence.reason.length > 0 && !/NaN|undefined/.test(r.evidence.reason),
    r.evidence.reason,
  );
  // Distinct scales are ascending, and fewer than 3 means "insufficient".
  const scales = r.evidence.scales;
  for (let i = 1; i < scales.length; i++) assert.ok(scales[i]! > scales[i - 1]!);
  if (scales.length < 3) assert.equal(r.shape, "insufficient");
}

Deno.test("property: classifyCurve gives a finite classification or a typed error", () => {
  fc.assert(
    fc.property(points, options, (pts, o) => {
      check(pts, o);
    }),
    { numRuns: 1500, seed: 201 },
  );
  // Not vacuous: many inputs are classified, into many shapes.
  assert.ok(tally.results > 500, JSON.stringify(tally));
  assert.ok(tally.shapes.size >= 5, [...tally.shapes].join());
});

Deno.test("property: classifyCurve does not depend on the order of the points", () => {
  fc.assert(
    fc.property(
      points.filter((p) => p.length > 0),
      options,
      fc.integer({ min: 1, max: 1000 }),
      (pts, o, k) => {
        // Only distinct scales: duplicate-scale averaging may round differently by order.
        const seen = new Set<number>();
        const distinct = pts.filter((p) => !seen.has(p.scale) && seen.add(p.scale));
        const rotated = distinct.map((_, i) => distinct[(i + k) % distinct.length]!);
        let a;
        try {
          a = classifyCurve(distinct, o);
        } catch {
          // Which bad point is reported first may depend on the order; the class is typed.
          assert.throws(() => classifyCurve(rotated, o), (e) => isTypedError(e));
          return;
        }
        const b = classifyCurve(rotated, o);
        assert.equal(b.shape, a.shape);
        assert.equal(b.confidence, a.confidence);
      },
    ),
    { numRuns: 200, seed: 202 },
  );
});

Deno.test("property: negating scores with higherIsBetter: false gives the same classification", () => {
  fc.assert(
    fc.property(points, (pts) => {
      const o: ClassifyOptions = { metricKind: "continuous" };
      let up;
      try {
        up = classifyCurve(pts, o);
      } catch {
        return;
      }
      const down = classifyCurve(pts.map((p) => ({ ...p, score: -p.score })), {
        ...o,
        higherIsBetter: false,
      });
      assert.equal(down.shape, up.shape);
      assert.equal(down.confidence, up.confidence);
      assert.equal(down.threshold, up.threshold);
    }),
    { numRuns: 200, seed: 203 },
  );
});

Deno.test("classifyCurve: constant zero scores (no n) give a finite 'flat' classification", {
  // Regression, fixed (lib/classify): constant scores of exactly 0 without n → noise sigma 0 (the residual noise
  // floor is relative to |score|), chi2/0 → confidence NaN plus NaN deviance, criterion, weight,
  // shapeWeights and effects in the evidence. Expected: finite confidence (flat, confidence ≈ 1).
}, () => {
  const r = classifyCurve([1e8, 1e9, 1e10, 1e11].map((scale) => ({ scale, score: 0 })));
  assert.equal(r.shape, "flat");
  assert.deepEqual(nonFinitePaths(r, INFINITE_OK), []);
});

Deno.test("classifyCurve: a chance a hair away from the best score keeps normalized finite", {
  // Regression, fixed (lib/classify): chance = 5e-324 with higherIsBetter: false (best = 0) divides by
  // best − chance = −5e-324: evidence.normalized = [-0, -0, -Infinity]. Expected: finite values, or
  // normalized left undefined when |best − chance| is negligible, or a RangeError for chance.
}, () => {
  const pts = [{ scale: 1e7, score: 0 }, { scale: 3.16e7, score: 0 }, { scale: 1e8, score: 0.001 }];
  const r = classifyCurve(pts, { chance: 5e-324, higherIsBetter: false });
  assert.deepEqual(nonFinitePaths(r, INFINITE_OK), []);
});

Deno.test("classifyCurve: scales one ulp apart give a finite classification", {
  // Regression, fixed (lib/classify): distinct scales whose log10 coincide (0.001 and 0.0010000000000000002)
  // make the candidate fits singular: confidence NaN, candidate weights NaN, fitted values NaN.
  // Expected: such scales merged (or the curve "insufficient"), every number finite.
}, () => {
  const scales = [0.001, 0.0010000000000000002, 0.0010000000000000005, 0.0010000000000000007];
  const r = classifyCurve(scales.map((scale, i) => ({ scale, score: 0.3 + 0.01 * i })));
  assert.deepEqual(nonFinitePaths(r, INFINITE_OK), []);
});

Deno.test("classifyCurve: a subnormal n is rejected or gives finite intervals", {
  // Regression, fixed (lib/classify): n = 1.09e-302 passes validation ("a positive number of examples") and the
  // quadratic candidate's locationInterval becomes [-Infinity, Infinity]. Expected: a RangeError
  // (n below 1 example) or finite intervals.
}, () => {
  const pts = [1e4, 1.155574029585888, 70578636.1443482, 123.15267576758076]
    .map((scale) => ({ scale, score: 0.376, n: 1.0942134702321172e-302 }));
  try {
    assert.deepEqual(nonFinitePaths(classifyCurve(pts), INFINITE_OK), []);
  } catch (error) {
    assert.ok(error instanceof RangeError, String(error));
  }
});

Deno.test("classifyCurve: identical scores merged from duplicate scales have breakthroughness 0", {
  // Regression, fixed (lib/classify): averaging duplicate scales rounds 0.428 to 0.42800000000000005, so a curve
  // whose every score is 0.428 gets breakthroughness = emergenceScore = Infinity (a "change" of
  // 5.6e-17 over zero median differences). bigbenchMetrics on the raw points gives 0, as its doc
  // promises for constant scores.
}, () => {
  const pts = [1e12, 3, 1e12, 10, 3e10, 1e12].map((scale) => ({ scale, score: 0.428, n: 6675 }));
  const r = classifyCurve(pts, { chance: 0 });
  assert.equal(r.breakthroughness, 0);
  assert.equal(r.emergenceScore, 0);
});
