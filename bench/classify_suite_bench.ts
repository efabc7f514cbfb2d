/**
 * The classifier on the hard synthetic suite (lib/classify/synthetic_suite.ts, 2 100 curves, seed
 * 2): accuracy per group / shape / size count / effect, confusion
 * matrix, ECE, reliability diagram and fraction undetermined, printed once; Deno.bench times 100
 * suite curves. Run: deno task bench (or deno bench --allow-read bench/classify_suite_bench.ts).
 */
import { classifyCurve } from "../lib/classify/mod.ts";
import { syntheticSuite } from "../lib/classify/synthetic_suite.ts";
import { scoreSuite, suiteReport } from "./_suite_report.ts";

const started = performance.now();
const scored = scoreSuite(2);
const seconds = (performance.now() - started) / 1000;
console.log(
  `hard synthetic suite, seed 2, every shape equally often, classified with the uniform prior: ` +
    `${scored.length} curves in ${seconds.toFixed(2)} s`,
);
console.log(suiteReport(scored));
// The same generator with the shapes as common as the default prior says (the benchmarks'
// estimate), classified with that default prior: what a reader of the reports can expect.
const mixed = scoreSuite(2, 2100, "benchmarks");
console.log(
  "\nthe same suite with the benchmark mix of shapes, classified with the default prior:",
);
console.log(suiteReport(mixed));

const sample = syntheticSuite({ seed: 3, count: 100 });
Deno.bench({ name: "classifyCurve, 100 suite curves", n: 5, warmup: 1 }, () => {
  for (const c of sample) classifyCurve(c.points, { chance: c.chance });
});
