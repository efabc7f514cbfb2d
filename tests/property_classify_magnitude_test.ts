// Property test (fast-check) of classifyCurve over magnitudes 1e-300..1e300 (issue 18): every
// finite input gives finite outputs (confidence, σ, fitted values, threshold) or a typed error;
// and a curve's label does not depend on the unit its scores are written in.
import assert from "./_assert.ts";
import fc from "fast-check";
import { classifyCurve, type ClassifyPoint } from "../lib/mod.ts";
import { nonFinitePaths, resultOrTypedError } from "./_finite.ts";

const INFINITE_OK = new Set(["breakthroughness", "linearity", "emergenceScore"]);

// A curve shape (relative scores) times a magnitude 10^e, e in [-300, 300], possibly negative.
const curve = fc.tuple(
  fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 12 }),
  fc.integer({ min: -300, max: 300 }),
  fc.boolean(),
).map(([rel, e, higher]) => ({
  points: rel.map((r, i) => ({ scale: 10 ** (6 + i / 2), score: r * 10 ** e })) as ClassifyPoint[],
  higher,
}));

Deno.test("property: finite scores of any magnitude give finite outputs or a typed error", () => {
  let results = 0;
  fc.assert(
    fc.property(curve, ({ points, higher }) => {
      const r = resultOrTypedError(
        () => classifyCurve(points, { higherIsBetter: higher, metricKind: "continuous" }),
        INFINITE_OK,
      );
      if (!r) return;
      results++;
      assert.ok(Number.isFinite(r.confidence) && r.confidence >= 0 && r.confidence <= 1);
      assert.ok(Number.isFinite(r.evidence.noise.sigma));
      assert.deepEqual(nonFinitePaths(r, INFINITE_OK), []);
      assert.ok(!/NaN|Infinity/.test(r.evidence.reason), r.evidence.reason);
    }),
    { numRuns: 400, seed: 18 },
  );
  assert.ok(results > 300, `only ${results} results`);
});

Deno.test("classifyCurve: a rising curve at 1e-300, 1, 1e155 and 1e300 gets the same label", () => {
  const rel = [1, 1.3, 1.65, 1.9, 2.25, 2.5];
  const labels = [1e-300, 1e-100, 1, 1e155, 1e160, 1e300].map((m) =>
    classifyCurve(rel.map((r, i) => ({ scale: 10 ** (7 + i), score: r * m })), {
      metricKind: "continuous",
    })
  );
  for (const r of labels) {
    assert.equal(r.shape, "smooth");
    assert.ok(Number.isFinite(r.confidence) && r.confidence > 0.5, String(r.confidence));
  }
});
