/**
 * Throughput of the classifier: 10 000 synthetic curves of 12 points (all six shapes, binomial
 * noise) classified one after another (requirement: under 5 s on 2 cores), and 10 000 of 8 points
 * (issue 18's target: under 2 s).
 * Run: deno task bench (or deno bench --allow-read bench/classify_bench.ts).
 */
import { classifyAll, classifyCurve, syntheticCurve } from "../lib/classify/mod.ts";
import type { Curve } from "../lib/data/curves.ts";
import { mulberry32 } from "../lib/_random.ts";

const SHAPES = ["smooth", "emergent", "flat", "inverse", "u_shaped", "inverted_u"] as const;

/** 10 000 seeded synthetic curves of `scales` points. */
function syntheticCurves(scales: number): Curve[] {
  const random = mulberry32(12);
  return Array.from({ length: 10_000 }, (_, i) => {
    const shape = SHAPES[i % SHAPES.length]!;
    const chance = [0, 0.25, 0.5][i % 3]!;
    const n = [100, 300, 1000, 5000][i % 4]!;
    const c = syntheticCurve(shape, { scales, n, chance, random });
    return {
      task: `t${i}`,
      family: shape,
      metric: "acc",
      chance,
      higherIsBetter: true,
      points: c.points,
    };
  });
}

const curves = syntheticCurves(12);
// One timed pass each with a printed throughput line (Deno.bench reports per-iteration times below).
for (const [set, scales, target] of [[curves, 12, 5], [syntheticCurves(8), 8, 2]] as const) {
  const started = performance.now();
  const rows = classifyAll(set);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `classifyAll: ${rows.length} curves × ${scales} points in ${seconds.toFixed(2)} s = ` +
      `${Math.round(rows.length / seconds)} curves/s (target: 10 000 in < ${target} s)`,
  );
}

Deno.bench("classifyCurve, one 12-point curve", () => {
  const c = curves[Math.floor(Math.random() * curves.length)]!;
  classifyCurve(c.points, { chance: c.chance! });
});

Deno.bench({ name: "classifyAll, 1 000 curves of 12 points", n: 5, warmup: 1 }, () => {
  classifyAll(curves.slice(0, 1000));
});
