// Test helper (fit library): the 240 Chinchilla runs Besiroglu et al. fit.
import { loadChinchillaRuns } from "../lib/data/mod.ts";

export async function chinchillaRuns() {
  const runs = await loadChinchillaRuns();
  if (runs.length !== 240) throw new Error(`expected 240 runs, got ${runs.length}`);
  return runs;
}

export const relDiff = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
