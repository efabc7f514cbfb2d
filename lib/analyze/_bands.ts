/**
 * Bootstrap bands along the compute-optimal frontier (private to lib/analyze): the central value
 * from the fitted law and the percentile interval `bootstrapChinchilla` stored under
 * `quantity@C` for each budget C.
 * @module
 */
import type { ChinchillaLaw } from "../fit/chinchilla.ts";
import { computeOptimal } from "../fit/compute_optimal.ts";

/** A lower and upper bound. */
export interface AllocationBounds {
  /** Lower bound. */
  lower: number;
  /** Upper bound. */
  upper: number;
}

/** What the analysis needs of a bootstrap (`bootstrapChinchilla`'s result). */
export interface AllocationBootstrap {
  /** Percentile intervals by key: "a", "b", `params@C`, `tokensPerParam@C`, … */
  intervals: Record<string, AllocationBounds>;
  /** Resamples drawn. */
  resamples: number;
  /** Resamples whose refit converged. */
  converged: number;
}

/** The interval stored under `key`; a RangeError naming the key when there is none. */
export function interval(boot: AllocationBootstrap, key: string): AllocationBounds {
  const found = boot.intervals[key];
  if (!found) throw new RangeError(`computeAllocation: the bootstrap has no interval "${key}"`);
  return { lower: found.lower, upper: found.upper };
}

/** One row per budget: the law's optimum of `quantity` (named `field`) and its band. */
export function bandRows<K extends string>(
  law: ChinchillaLaw,
  boot: AllocationBootstrap,
  budgets: readonly number[],
  quantity: "params" | "tokensPerParam",
  field: K,
): ({ flops: number; lower: number; upper: number } & Record<K, number>)[] {
  return budgets.map((flops) => ({
    flops,
    [field]: computeOptimal(law, flops)[quantity],
    ...interval(boot, `${quantity}@${flops}`),
  } as { flops: number; lower: number; upper: number } & Record<K, number>));
}

/** The range of the central values and of the band over the rows. */
export function bandSpan(rows: readonly { ratio: number; lower: number; upper: number }[]): {
  ratioRange: AllocationBounds;
  ratioBand: AllocationBounds;
} {
  return {
    ratioRange: {
      lower: Math.min(...rows.map((r) => r.ratio)),
      upper: Math.max(...rows.map((r) => r.ratio)),
    },
    ratioBand: {
      lower: Math.min(...rows.map((r) => r.lower)),
      upper: Math.max(...rows.map((r) => r.upper)),
    },
  };
}
