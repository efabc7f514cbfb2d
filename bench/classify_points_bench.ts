/**
 * Cost of classifyCurve as the points per curve grow (issue 18): 100, 1 000 and 10 000 points
 * (an emergent curve with binomial noise, seeded), one timed pass printed, then Deno.bench;
 * CLASSIFY_POINTS=100,1000 (a comma list) changes the sizes.
 * Run: deno task bench (or deno bench --allow-read bench/classify_points_bench.ts).
 */
import { classifyCurve } from "../lib/classify/mod.ts";
import { binomial, mulberry32 } from "../lib/_random.ts";

function curve(k: number) {
  const rnd = mulberry32(k);
  return Array.from({ length: k }, (_, i) => {
    const t = i / (k - 1);
    const p = 0.25 + 0.5 / (1 + Math.exp(-(t - 0.7) / 0.03));
    return { scale: 10 ** (7 + 4 * t), score: binomial(rnd, 1000, p) / 1000, n: 1000 };
  });
}

const sizes = (Deno.env.get("CLASSIFY_POINTS") ?? "100,1000,10000").split(",").map(Number);
for (const k of sizes) {
  const pts = curve(k);
  const t0 = performance.now();
  const r = classifyCurve(pts, { chance: 0.25 });
  console.log(`${k} points: ${(performance.now() - t0).toFixed(1)} ms (${r.shape})`);
}

Deno.bench({ name: "classifyCurve, 100 points", n: 5, warmup: 1 }, () => {
  classifyCurve(curve(100), { chance: 0.25 });
});

// Issue 18's target: one 1,000-point curve in under 50 ms (warm).
const thousand = curve(1000);
Deno.bench({ name: "classifyCurve, 1,000 points", n: 10, warmup: 3 }, () => {
  classifyCurve(thousand, { chance: 0.25 });
});
