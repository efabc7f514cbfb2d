/**
 * Benchmarks of the fitting library (`deno task bench`).
 *
 * - The 4,500-start Chinchilla grid fit (pruned search, workers) and the exhaustive search.
 * - A 4,000-resample Chinchilla bootstrap: the quick preconditioned refit per resample against
 *   the three-start refit of every resample (`allStarts`), as a group with the latter as baseline.
 * - Side by side with bench/scipy_chinchilla_reference.py (scipy L-BFGS-B over the same grid
 *   and objective) when python3 with scipy is present: prints both times, both objectives and
 *   the ratio. Skipped with a message otherwise.
 */
import { bootstrapChinchilla, fitChinchilla } from "../lib/fit/mod.ts";
import { loadChinchillaRuns } from "../lib/data/mod.ts";

const runs = await loadChinchillaRuns();

async function scipyReference(): Promise<
  { seconds: number; objective: number; scipy: string; call: string } | string
> {
  const script = new URL("./scipy_chinchilla_reference.py", import.meta.url).pathname;
  try {
    const out = await new Deno.Command("python3", {
      args: [script],
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    if (!out.success) {
      return `scipy reference failed: ${new TextDecoder().decode(out.stderr).trim()}`;
    }
    return JSON.parse(new TextDecoder().decode(out.stdout));
  } catch (error) {
    return `python3 not available (${error instanceof Error ? error.message : error})`;
  }
}

if (Deno.env.get("FIT_BENCH_SKIP_SCIPY") !== "1") {
  // One side-by-side comparison, printed once (the scipy run takes a few minutes).
  // Three runs of ours (the first also starts the workers); the ratio uses their median.
  const times: number[] = [];
  let ours = await fitChinchilla(runs, { workers: 1, starts: [[6, 7, 0.5, 0.3, 0.3]] });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    ours = await fitChinchilla(runs);
    times.push((performance.now() - t) / 1000);
  }
  const oursSeconds = [...times].sort((a, b) => a - b)[1]!;
  const ref = await scipyReference();
  if (typeof ref === "string") {
    console.log(`[fit_bench] scipy comparison skipped: ${ref}`);
  } else {
    console.log(
      `[fit_bench] 4,500-start Chinchilla grid fit\n` +
        `  ours : ${oursSeconds.toFixed(2)} s (median of ${
          times.map((t) => t.toFixed(2)).join(", ")
        } s), ` +
        `objective ${ours.objective.toPrecision(12)}\n` +
        `  scipy: ${ref.seconds.toFixed(2)} s, objective ${ref.objective.toPrecision(12)} ` +
        `(scipy ${ref.scipy}, ${ref.call})\n` +
        `  speed-up ${(ref.seconds / oursSeconds).toFixed(1)}x; objective ours − scipy = ` +
        `${(ours.objective - ref.objective).toExponential(2)}`,
    );
  }
}

Deno.bench("fitChinchilla(240 runs): 4,500-start grid, pruned, workers", async () => {
  await fitChinchilla(runs);
});

Deno.bench({
  name: "fitChinchilla(240 runs): 4,500-start grid, exhaustive, workers",
  n: 2,
  warmup: 0,
  async fn() {
    await fitChinchilla(runs, { search: "exhaustive" });
  },
});

const fit = await fitChinchilla(runs);
Deno.bench({
  name: "bootstrapChinchilla(240 runs): 4,000 resamples, quick preconditioned refit",
  group: "bootstrap",
  n: 3,
  warmup: 1,
  async fn() {
    await bootstrapChinchilla(runs, { resamples: 4000, seed: 0, fit });
  },
});
Deno.bench({
  name: "bootstrapChinchilla(240 runs): 4,000 resamples × 3 starts (allStarts)",
  group: "bootstrap",
  baseline: true,
  n: 1,
  warmup: 0,
  async fn() {
    await bootstrapChinchilla(runs, { resamples: 4000, seed: 0, fit, allStarts: true });
  },
});
