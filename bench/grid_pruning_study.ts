/**
 * Evidence for the pruned grid search's defaults (`fitChinchilla`: every one of the 4,500 starts
 * gets `warmupIterations` L-BFGS iterations, then the best `finishTop` are run to the end): on
 * the real runs, 10 bootstrap resamples of them and 10 synthetic sets (random true laws, 2% noise,
 * 5% outliers at 20%), the pruned search with 3 and with 5 warm-up iterations is compared with the
 * exhaustive search (every start to convergence). Prints the relative objective differences.
 * Takes several minutes (each exhaustive search is ~12 s); not part of `deno task bench`:
 *
 *     deno run --allow-read bench/grid_pruning_study.ts
 *
 * Measured (2026-11-29): every difference ≤ 4.5e-15, for 3 and for 5 warm-up iterations.
 * @module
 */
import { chinchillaLoss, fitChinchillaSync, type RunLike } from "../lib/fit/mod.ts";
import { loadChinchillaRuns } from "../lib/data/mod.ts";
import { normal, resampleCounts, seededRandom } from "../lib/_random.ts";

const runs = await loadChinchillaRuns();
const random = seededRandom(99);
const sets: { name: string; runs: RunLike[] }[] = [{ name: "real", runs }];
for (let k = 0; k < 10; k++) {
  const counts = resampleCounts(runs.length, random);
  sets.push({
    name: `resample ${k}`,
    runs: runs.flatMap((run, i) => Array.from({ length: counts[i]! }, () => run)),
  });
}
for (let k = 0; k < 10; k++) {
  const law = {
    E: 1.5 + 0.7 * random(),
    A: 200 + 800 * random(),
    B: 400 + 4600 * random(),
    alpha: 0.25 + 0.2 * random(),
    beta: 0.25 + 0.2 * random(),
  };
  sets.push({
    name: `synthetic ${k}`,
    runs: runs.map((r) => ({
      params: r.params,
      tokens: r.tokens,
      loss: chinchillaLoss(law, r.params, r.tokens) *
        Math.exp((random() < 0.05 ? 0.2 : 0.02) * normal(random)),
    })),
  });
}
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
let worst = 0;
for (const set of sets) {
  const exhaustive = fitChinchillaSync(set.runs, { search: "exhaustive" });
  const row = [3, 5].map((warmupIterations) => {
    const d = rel(
      fitChinchillaSync(set.runs, { warmupIterations }).objective,
      exhaustive.objective,
    );
    worst = Math.max(worst, d);
    return `warm-up ${warmupIterations}: ${d.toExponential(1)}`;
  });
  console.log(
    `${set.name}: objective ${exhaustive.objective.toExponential(10)}; ${row.join(", ")}`,
  );
}
console.log(`largest relative difference from the exhaustive search: ${worst.toExponential(1)}`);
