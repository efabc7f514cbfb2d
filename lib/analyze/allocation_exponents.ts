/**
 * The compute-allocation exponents the papers published — N_opt ∝ C^a, D_opt ∝ C^b — for
 * comparison with a refit: Kaplan et al. 2020 (Section 6), Hoffmann et al. 2022 (Table 2,
 * Approaches 1 and 2; Approach 3's printed law), Besiroglu et al. 2024 (refit, reported).
 * @module
 */
import {
  BESIROGLU_2024,
  HOFFMANN_2022,
  HOFFMANN_2022_ALLOCATION,
  KAPLAN_2020,
} from "../data/published_laws.ts";

/** A published allocation exponent. */
export interface PublishedExponents {
  /** Where it comes from. */
  source: string;
  /** a in N_opt ∝ C^a. */
  a: number;
  /** b in D_opt ∝ C^b. */
  b: number;
}

/** The exponents the chapter's prose quotes. */
export interface QuotedExponents {
  /** Kaplan et al. 2020's a. */
  kaplan: number;
  /** Hoffmann et al. 2022, Approach 1. */
  approach1: number;
  /** Hoffmann et al. 2022, Approach 2. */
  approach2: number;
  /** a implied by Hoffmann et al.'s printed Approach-3 law. */
  printedLaw: number;
  /** a implied by Besiroglu et al. 2024's reported refit. */
  besiroglu: number;
}

/**
 * a = β/(α+β) and b = α/(α+β) of a law L = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 4).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { exponentsOf } from "./allocation_exponents.ts";
 * assert.deepEqual(exponentsOf({ alpha: 0.3, beta: 0.3 }), { a: 0.5, b: 0.5 });
 * ```
 */
export function exponentsOf(law: { alpha: number; beta: number }): { a: number; b: number } {
  return { a: law.beta / (law.alpha + law.beta), b: law.alpha / (law.alpha + law.beta) };
}

/**
 * The published exponents, in the chapter table's order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { publishedExponents } from "./allocation_exponents.ts";
 * assert.equal(publishedExponents()[0]?.a, 0.73);
 * ```
 */
export function publishedExponents(): PublishedExponents[] {
  return [
    {
      source: "Kaplan et al. 2020 (Section 6)",
      a: KAPLAN_2020.allocation.paramsExponent,
      b: KAPLAN_2020.allocation.tokensExponent,
    },
    { source: "Hoffmann et al. 2022, Approach 1", ...HOFFMANN_2022_ALLOCATION.approach1 },
    { source: "Hoffmann et al. 2022, Approach 2", ...HOFFMANN_2022_ALLOCATION.approach2 },
    { source: "Hoffmann et al. 2022, Approach 3 (printed law)", ...exponentsOf(HOFFMANN_2022) },
    { source: "Besiroglu et al. 2024 (refit, reported)", ...exponentsOf(BESIROGLU_2024) },
  ];
}

/**
 * The values of a the prose quotes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quotedExponents } from "./allocation_exponents.ts";
 * assert.equal(quotedExponents().printedLaw, 0.28 / (0.34 + 0.28));
 * ```
 */
export function quotedExponents(): QuotedExponents {
  return {
    kaplan: KAPLAN_2020.allocation.paramsExponent,
    approach1: HOFFMANN_2022_ALLOCATION.approach1.a,
    approach2: HOFFMANN_2022_ALLOCATION.approach2.a,
    printedLaw: exponentsOf(HOFFMANN_2022).a,
    besiroglu: exponentsOf(BESIROGLU_2024).a,
  };
}
