/**
 * Published scaling-law constants, each with its citation: Kaplan et al. 2020's power laws,
 * Hoffmann et al. 2022's and Besiroglu et al. 2024's Chinchilla laws, and the compute-allocation
 * exponents each paper reports. These are the papers' numbers, not fits to our data.
 * @module
 */

/** A single-variable power law L(x) = (x_c / x)^α (Kaplan et al. 2020, eqs. 1.1–1.3). */
export interface KaplanPowerLaw {
  /** What x is, with its unit. */
  variable: string;
  /** Scale constant x_c in the unit of `variable`. */
  scale: number;
  /** Exponent α. */
  exponent: number;
  /** Equation in the paper. */
  equation: string;
}

/** Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv:2001.08361). */
export const KAPLAN_2020 = {
  citation: "Kaplan et al. 2020, Scaling Laws for Neural Language Models, arXiv:2001.08361",
  /** L(N): loss against non-embedding parameters, trained to convergence (eq. 1.1). */
  params: {
    variable: "non-embedding parameters",
    scale: 8.8e13,
    exponent: 0.076,
    equation: "1.1",
  } as KaplanPowerLaw,
  /** L(D): loss against dataset size in tokens, with early stopping (eq. 1.2). */
  tokens: { variable: "tokens", scale: 5.4e13, exponent: 0.095, equation: "1.2" } as KaplanPowerLaw,
  /** L(C_min): loss against compute in PF-days, compute-efficient training (eq. 1.3). */
  compute: {
    variable: "compute (PF-days)",
    scale: 3.1e8,
    exponent: 0.050,
    equation: "1.3",
  } as KaplanPowerLaw,
  /** Compute-optimal allocation N_opt ∝ C^0.73, D_opt ∝ C^0.27 (Section 6 / Figure 14). */
  allocation: { paramsExponent: 0.73, tokensExponent: 0.27 },
} as const;

/** One PF-day in FLOP (10^15 FLOP/s × 86,400 s), Kaplan et al.'s unit of compute. */
export const PF_DAY = 8.64e19;

/**
 * Kaplan et al.'s single-variable law evaluated at x: (x_c / x)^α.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { KAPLAN_2020, kaplanLoss } from "./published_laws.ts";
 * // A 1.5B-parameter model trained to convergence: about 2.3 nats/token.
 * assert.equal(kaplanLoss(KAPLAN_2020.params, 1.5e9).toFixed(2), "2.30");
 * ```
 */
export function kaplanLoss(law: KaplanPowerLaw, x: number): number {
  if (!(x > 0)) throw new RangeError(`kaplanLoss: x must be a positive number, got ${x}`);
  return Math.pow(law.scale / x, law.exponent);
}

/** A Chinchilla law L(N, D) = E + A/N^α + B/D^β with where it was published. */
export interface PublishedChinchillaLaw {
  /** Irreducible loss. */
  E: number;
  /** Parameter-term coefficient. */
  A: number;
  /** Data-term coefficient. */
  B: number;
  /** Parameter exponent α. */
  alpha: number;
  /** Data exponent β. */
  beta: number;
  /** Where the values were published. */
  citation: string;
  /** Summed Huber loss of the fit on the extracted data, where the paper gives it. */
  objective?: number;
  /** 95% intervals where the paper gives them. */
  intervals?: Record<"E" | "A" | "B" | "alpha" | "beta", [number, number]>;
}

/** Hoffmann et al. 2022, Approach 3, as printed (eq. 10 / Section D.2). */
export const HOFFMANN_2022: PublishedChinchillaLaw = {
  E: 1.69,
  A: 406.4,
  B: 410.7,
  alpha: 0.34,
  beta: 0.28,
  citation:
    "Hoffmann et al. 2022, Training Compute-Optimal Large Language Models, arXiv:2203.15556",
};

/** Hoffmann et al.'s compute-allocation exponents (N_opt ∝ C^a, D_opt ∝ C^b), Table 2. */
export const HOFFMANN_2022_ALLOCATION = {
  approach1: { a: 0.50, b: 0.50 },
  approach2: { a: 0.49, b: 0.51 },
  approach3: { a: 0.46, b: 0.54 },
} as const;

/** Besiroglu et al. 2024, grid fit on the extracted data (Table 1 of the replication). */
export const BESIROGLU_2024_GRID: PublishedChinchillaLaw = {
  E: 1.8172,
  A: 477.8,
  B: 2143,
  alpha: 0.3473,
  beta: 0.3672,
  objective: 0.00101827402,
  citation: "Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt, arXiv:2404.10102",
};

/** Besiroglu et al. 2024, reported estimates with bootstrap 95% intervals. */
export const BESIROGLU_2024: PublishedChinchillaLaw = {
  E: 1.817,
  A: 482,
  B: 2085,
  alpha: 0.348,
  beta: 0.366,
  citation: "Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt, arXiv:2404.10102",
  intervals: {
    E: [1.769, 1.871],
    A: [285, 744],
    B: [1042, 5810],
    alpha: [0.317, 0.373],
    beta: [0.331, 0.415],
  },
};
