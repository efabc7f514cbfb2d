/**
 * Throughput of the per-curve forecast: 1 000 synthetic curves of 8 points (smooth, emergent,
 * flat, inverse, U-shaped, inverted U; binomial noise), each classified and forecast one decade
 * beyond its largest size with a 200-resample bootstrap interval. Requirement (issue 20): under
 * 10 s on 2 cores. Run: deno task bench (or deno bench --allow-read bench/forecast_bench.ts).
 */
import { syntheticCurve } from "../lib/classify/mod.ts";
import { forecastCurve } from "../lib/forecast/mod.ts";
import { mulberry32 } from "../lib/_random.ts";

const SHAPES = ["smooth", "emergent", "flat", "inverse", "u_shaped", "inverted_u"] as const;
const random = mulberry32(20);
const curves = Array.from({ length: 1000 }, (_, i) => {
  const chance = [0, 0.25, 0.5][i % 3]!;
  const n = [100, 300, 1000, 5000][i % 4]!;
  const c = syntheticCurve(SHAPES[i % SHAPES.length]!, { scales: 8, n, chance, random });
  return { points: c.points, chance };
});
const target = (c: (typeof curves)[number]) => 10 * Math.max(...c.points.map((p) => p.scale));

// One timed pass with a printed throughput line (Deno.bench reports per-iteration times below).
const started = performance.now();
for (const c of curves) forecastCurve(c, target(c), { resamples: 200 });
const seconds = (performance.now() - started) / 1000;
console.log(
  `forecastCurve: ${curves.length} curves with 200-resample intervals in ${seconds.toFixed(2)} s ` +
    `(requirement: 1 000 in < 10 s)`,
);

Deno.bench("forecastCurve, one 8-point curve, 200 resamples", () => {
  const c = curves[Math.floor(Math.random() * curves.length)]!;
  forecastCurve(c, target(c));
});
