import assert from "./_assert.ts";
import { classifyCurve } from "../lib/classify/mod.ts";
import { SUITE_SHAPES, SUITE_SIZES, syntheticSuite } from "../lib/classify/synthetic_suite.ts";

Deno.test("hard synthetic suite: every shape at every size count, effects 1–6, seeded", () => {
  const suite = syntheticSuite({ seed: 2 });
  assert.equal(suite.length, 2100);
  for (const shape of SUITE_SHAPES) {
    for (const k of SUITE_SIZES) {
      assert.equal(suite.filter((c) => c.shape === shape && c.points.length === k).length, 70);
    }
  }
  for (const c of suite) {
    if (c.shape === "flat") assert.equal(c.effect, 0);
    else assert.ok(c.effect >= 1 && c.effect <= 6, `${c.effect}`);
    assert.ok(c.n >= 100 && c.n <= 5000 && [0, 0.25, 0.5].includes(c.chance));
    assert.ok(c.points.every((p) => p.score >= 0 && p.score <= 1));
  }
  // A rise in the last interval only occurs; emergent thresholds lie inside the observed range.
  const emergent = suite.filter((c) => c.shape === "emergent");
  assert.ok(emergent.some((c) => c.threshold! > c.points.at(-2)!.scale));
  assert.ok(emergent.every((c) => c.threshold! > c.points[0]!.scale));
  assert.deepEqual(syntheticSuite({ seed: 2, count: 12 }), suite.slice(0, 12));
});

Deno.test("classifyCurve: on suite curves every threshold or turn lies inside an interval of positive width", () => {
  // Issue 18, item 5: profile intervals interpolated between grid locations (lib/classify/_weigh.ts).
  let located = 0, withInterval = 0;
  for (const c of syntheticSuite({ seed: 4, count: 900 })) {
    const r = classifyCurve(c.points, { chance: c.chance });
    if (r.threshold === undefined) continue;
    located++;
    if (!r.thresholdInterval) continue;
    withInterval++;
    const [lo, hi] = r.thresholdInterval;
    assert.ok(
      lo <= r.threshold && r.threshold <= hi,
      `${c.shape}: ${r.threshold} ∉ [${lo}, ${hi}]`,
    );
    assert.ok(hi > lo, `${c.shape}: zero-width interval at ${lo}`);
  }
  assert.ok(located > 150 && withInterval > 0.9 * located, `${withInterval}/${located}`);
});
