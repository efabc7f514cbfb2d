/** The Chinchilla parameter table: our estimates and intervals beside the published values. */
import type { PublishedChinchillaLaw } from "../data/mod.ts";
import type { BootstrapInterval, ChinchillaLaw } from "../fit/mod.ts";

/** A parameter of L(N, D) = E + A/N^α + B/D^β. */
export type LawParameter = "E" | "A" | "B" | "alpha" | "beta";

const PARAMETERS: readonly LawParameter[] = ["E", "A", "B", "alpha", "beta"];

/** One row of the parameter table. */
export interface LawParameterRow {
  /** Which parameter. */
  parameter: LawParameter;
  /** Our estimate. */
  ours: number;
  /** Our bootstrap percentile interval. */
  interval: [number, number];
  /** Besiroglu et al.'s grid fit (their Table 1). */
  besirogluGrid: number;
  /** Besiroglu et al.'s reported estimate. */
  besiroglu: number;
  /** Besiroglu et al.'s 95% interval. */
  besirogluInterval: [number, number];
  /** Hoffmann et al.'s printed value. */
  hoffmann: number;
  /** Whether Hoffmann et al.'s printed value lies outside OUR interval for this parameter. */
  hoffmannOutside: boolean;
}

/** The published laws the table compares with. */
export interface PublishedLaws {
  /** Hoffmann et al. 2022 as printed. */
  hoffmann: PublishedChinchillaLaw;
  /** Besiroglu et al. 2024 reported (with intervals). */
  besiroglu: PublishedChinchillaLaw;
  /** Besiroglu et al. 2024 grid fit. */
  besirogluGrid: PublishedChinchillaLaw;
}

/** One row per parameter; each printed value is compared with its own parameter's interval. */
export function lawParameterRows(
  law: ChinchillaLaw,
  intervals: Record<string, BootstrapInterval>,
  published: PublishedLaws,
): LawParameterRow[] {
  return PARAMETERS.map((parameter) => {
    const ours = intervals[parameter];
    const theirs = published.besiroglu.intervals?.[parameter];
    if (!ours || !theirs) {
      throw new RangeError(
        `chinchillaRefit: no interval for ${parameter}; bootstrap the fit of E, A, B, alpha, beta`,
      );
    }
    const hoffmann = published.hoffmann[parameter];
    return {
      parameter,
      ours: law[parameter],
      interval: [ours.lower, ours.upper],
      besirogluGrid: published.besirogluGrid[parameter],
      besiroglu: published.besiroglu[parameter],
      besirogluInterval: [theirs[0], theirs[1]],
      hoffmann,
      hoffmannOutside: hoffmann < ours.lower || hoffmann > ours.upper,
    };
  });
}
