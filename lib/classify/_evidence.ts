/**
 * Bayesian evidence for each shape, a calibration input (_calibrate.ts): the marginal likelihood of
 * the points under each shape, averaged over a grid of that shape's profiles (Kass & Raftery 1995,
 * "Bayes factors"). Unlike an information criterion, which charges a scanned break or vertex one
 * parameter, the average over the grid charges a shape for every place its change could have been,
 * so that pure noise a broken line happens to fit well is not taken for a change.
 *
 * Each hypothesis is y = b + a·g(t) + noise, t the position in the log-scale range (0 to 1), g a
 * unit profile whose change (rise, drop or smaller arm) is 1, with normal errors of the points'
 * standard errors. The amplitude a has a uniform prior on [0, A] with the shape's sign, A = 40
 * noise units (the strongest curves of the calibration's training suite; a curve that moves by
 * more than 30 noise units is read as if it moved by 30, its errors widened by the ratio, as the
 * other features cap the range); its integral is closed-form (a Gaussian in a, truncated to the
 * prior). The level b has a uniform prior of the same width, integrated in closed form, except in
 * the four hypotheses "from (near) chance", where it sits on the chance floor: the likelihood
 * averaged at three levels from chance to chance + minChange (the practical floor: scores at chance
 * are not exactly at it), or to chance + max(minChange, 3 noise units) ("near chance", as
 * _shape.ts reads a plateau). Profiles, as the shape definitions (shapes.ts) describe them:
 * - smooth / inverse: t^γ rising / falling, γ = 2^u for 9 u evenly in [−1.5, 1.5], and a straight
 *   rise (drop) in log-scale that reaches its top at 25%, 50% or 75% of the range and stays (a
 *   rise into a ceiling);
 * - emergent: a ramp clamp((t − τ)/w, 0, 1) scaled to end at 1, the break τ at 12 places from
 *   max(t₂, 0.25) to just before the last size, the width w ∈ {0.05, 0.1, 0.2, 0.3, 0.4};
 * - U-shaped / inverted U: a V or a parabola with its vertex at 15 places between the mid-points
 *   of the first and of the last interval, scaled so that the smaller arm is 1;
 * - flat: a = 0.
 * The result is the log posterior of the ten hypotheses (the six shapes, then emergent and flat from
 * chance, then from near chance) under equal prior odds, each floored at −30. Without a chance
 * level the chance hypotheses are their free-level counterparts. Cost: about a hundred weighted
 * sums over the points and three hundred normal tail masses per curve (about 40 µs).
 * @module
 */

import { SUITE_SHAPES, type SuiteShape } from "./synthetic_suite.ts";

/** The hypotheses, in the order of the result: the six shapes (suite order), then four more. */
export const EVIDENCE_HYPOTHESES = [
  ...SUITE_SHAPES,
  "emergent from chance",
  "flat at chance",
  "emergent from near chance",
  "flat near chance",
] as const;

/** Width of the amplitude's and the level's priors, in noise units. */
const PRIOR_WIDTH = 40;
/** The largest change, in noise units, read as it is (see `shapeEvidence`). */
const STRONGEST = 30;
/** Where the saturating smooth (inverse) profiles reach their top (share of the log-scale range). */
const SATURATING_ENDS = [0.25, 0.5, 0.75];
/** The widths of the emergent ramps (share of the log-scale range). */
const RAMP_WIDTHS = [0.05, 0.1, 0.2, 0.3, 0.4];
/** Floor of a log posterior. */
const LOG_FLOOR = -30;

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The upper tail Q(z) = P(Z > z) of the standard normal for z ≥ 0 as t·exp(e), from the Chebyshev
 * fit of erfc (Press et al., Numerical Recipes, erfcc; fractional error < 1.2e-7), so that its
 * log, log t + e, does not underflow in far tails.
 */
function upperTailParts(z: number): { t: number; e: number } {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
                                t * (-0.82215223 + t * 0.17087277))))))));
  return { t: 0.5 * t, e: poly - x * x };
}

/** log Q(z), z ≥ 0. */
function logUpperTail(z: number): number {
  const { t, e } = upperTailParts(z);
  return Math.log(t) + e;
}

/** Q(z), z ≥ 0. */
function upperTail(z: number): number {
  const { t, e } = upperTailParts(z);
  return t * Math.exp(e);
}

/** Past this many standard deviations the normal's tail is 0 to double precision (Q(38) ≈ 1e-316). */
const TAIL_END = 38;

/** log(Φ(hi) − Φ(lo)) for lo ≤ hi, accurate in either tail. */
export function logNormalMass(lo: number, hi: number): number {
  // Q(8.5) < 1e-17: the mass is 1 to double precision.
  if (lo < -8.5 && hi > 8.5) return 0;
  let out: number;
  if (lo >= 0) {
    const a = logUpperTail(lo);
    out = hi > TAIL_END ? a : a + Math.log1p(-Math.exp(logUpperTail(hi) - a));
  } else if (hi <= 0) {
    const a = logUpperTail(-hi);
    out = lo < -TAIL_END ? a : a + Math.log1p(-Math.exp(logUpperTail(-lo) - a));
  } else {
    out = Math.log1p(
      -((hi > TAIL_END ? 0 : upperTail(hi)) + (lo < -TAIL_END ? 0 : upperTail(-lo))),
    );
  }
  return Number.isFinite(out) ? out : -700;
}

/** A running log-mean of exp(vᵢ): log((1/m) Σ exp(vᵢ)), without storing the values. */
class LogMeanExp {
  private top = -Infinity;
  private sum = 0;
  private count = 0;
  add(v: number): void {
    this.count++;
    if (v <= this.top) this.sum += Math.exp(v - this.top);
    else if (v > -Infinity) {
      this.sum = this.sum * Math.exp(this.top - v) + 1;
      this.top = v;
    }
  }
  get value(): number {
    return this.sum > 0 ? this.top + Math.log(this.sum / this.count) : -Infinity;
  }
}

/**
 * Log posterior of each hypothesis of {@linkcode EVIDENCE_HYPOTHESES} for oriented scores `y` at
 * log-scales `x` (ascending) with standard errors `se`, the chance level `chance` (oriented; or
 * undefined), the practical floor on changes `minChange` and the width of "near chance" beyond it,
 * `nearBand` (3 noise units).
 */
export function shapeEvidence(
  x: readonly number[],
  y: readonly number[],
  se: readonly number[],
  chance: number | undefined,
  minChange: number,
  nearBand: number,
): number[] {
  const k = x.length;
  const span = x[k - 1]! - x[0]!;
  const t = new Float64Array(k), w = new Float64Array(k), yc = new Float64Array(k);
  const g = new Float64Array(k);
  let W = 0, ss = 0;
  for (let i = 0; i < k; i++) {
    t[i] = span > 0 ? (x[i]! - x[0]!) / span : 0;
    w[i] = 1 / (se[i]! * se[i]!);
    W += w[i]!;
    ss += se[i]! * se[i]!;
  }
  // A curve that moves by more than STRONGEST noise units is read as if it moved by STRONGEST:
  // its errors are widened by the ratio, as the other features cap the range (_calibrate.ts), so
  // that no change falls outside the amplitude's prior and a strong curve's evidence stays in the
  // range the calibration was fitted on.
  const temper = Math.max(1, (Math.max(...y) - Math.min(...y)) / Math.sqrt(ss / k) / STRONGEST);
  if (temper > 1) {
    W /= temper * temper;
    for (let i = 0; i < k; i++) w[i] = w[i]! / (temper * temper);
    ss *= temper * temper;
  }
  const width = PRIOR_WIDTH * Math.sqrt(ss / k);
  let wy = 0;
  for (let i = 0; i < k; i++) wy += w[i]! * y[i]!;
  const ybar = wy / W;
  let syy = 0;
  for (let i = 0; i < k; i++) {
    yc[i] = y[i]! - ybar;
    syy += w[i]! * yc[i]! * yc[i]!;
  }
  // A free level costs its prior: ∫ exp(−½ W (b − b̂)²) db / width = √(2π/W) / width.
  const freeLevel = LOG_SQRT_2PI - 0.5 * Math.log(W) - Math.log(width);
  // log ∫₀^A exp(−½ (a − â)²/v) da / A for the amplitude â (with its sign) and sd √v.
  const amplitude = (ahat: number, sd: number) =>
    LOG_SQRT_2PI + Math.log(sd / width) + logNormalMass(-ahat / sd, (width - ahat) / sd);
  // The levels on the chance floor, [chance, chance + minChange] and near chance, [chance,
  // chance + max(minChange, nearBand)], at three points each (centred units); Σ w·(y − ȳ) = 0, so
  // Σ w·(y − ȳ − b)² = syy + b²·W.
  const floors = chance === undefined ? [] : [0, 0.5, 1].map((f) => chance + f * minChange - ybar);
  const nearFloors = chance === undefined
    ? []
    : [0, 0.5, 1].map((f) => chance + f * Math.max(minChange, nearBand) - ybar);
  const smooth = new LogMeanExp(), inverse = new LogMeanExp(), emergent = new LogMeanExp();
  const uShaped = new LogMeanExp(), invertedU = new LogMeanExp();
  const emergentFromChance = new LogMeanExp(), emergentNearChance = new LogMeanExp();
  /** Adds profile g (in `g`) to the free-level hypotheses `up` (a > 0) and `down` (a < 0). */
  const addProfile = (up: LogMeanExp, down: LogMeanExp | undefined, fromChance: boolean) => {
    let sg = 0, sgg = 0, sgy = 0;
    for (let i = 0; i < k; i++) {
      const wg = w[i]! * g[i]!;
      sg += wg;
      sgg += wg * g[i]!;
      sgy += wg * yc[i]!;
    }
    const cgg = sgg - sg * sg / W;
    if (cgg > 0) {
      const base = -0.5 * (syy - sgy * sgy / cgg) + freeLevel, sd = 1 / Math.sqrt(cgg);
      up.add(base + amplitude(sgy / cgg, sd));
      down?.add(base + amplitude(-sgy / cgg, sd));
    } else {
      up.add(-Infinity);
      down?.add(-Infinity);
    }
    if (!fromChance) return;
    const sd = 1 / Math.sqrt(sgg);
    for (const b of floors) {
      const sgr = sgy - b * sg;
      emergentFromChance.add(-0.5 * (syy + b * b * W - sgr * sgr / sgg) + amplitude(sgr / sgg, sd));
    }
    for (const b of nearFloors) {
      const sgr = sgy - b * sg;
      emergentNearChance.add(-0.5 * (syy + b * b * W - sgr * sgr / sgg) + amplitude(sgr / sgg, sd));
    }
  };
  for (let j = 0; j < 9; j++) {
    const gamma = 2 ** (-1.5 + 3 * j / 8);
    for (let i = 0; i < k; i++) g[i] = t[i]! ** gamma;
    addProfile(smooth, inverse, false);
  }
  for (const end of SATURATING_ENDS) {
    for (let i = 0; i < k; i++) g[i] = Math.min(1, t[i]! / end);
    addProfile(smooth, inverse, false);
  }
  const tauLo = Math.max(t[1]!, 0.25), tauHi = 1 - 0.05 / (k - 1);
  for (let j = 0; j < 12; j++) {
    const tau = tauLo + (tauHi - tauLo) * j / 11;
    for (const width of RAMP_WIDTHS) {
      const top = Math.min(1, Math.max(0, (t[k - 1]! - tau) / width));
      if (!(top > 0)) continue;
      for (let i = 0; i < k; i++) g[i] = Math.min(1, Math.max(0, (t[i]! - tau) / width)) / top;
      addProfile(emergent, undefined, chance !== undefined);
    }
  }
  const mLo = (t[0]! + t[1]!) / 2, mHi = (t[k - 2]! + t[k - 1]!) / 2;
  for (let j = 0; j < 15; j++) {
    const m = mLo + (mHi - mLo) * j / 14;
    for (const vee of [true, false]) {
      let low = Infinity;
      for (let i = 0; i < k; i++) {
        g[i] = vee ? Math.abs(t[i]! - m) : (t[i]! - m) ** 2;
        if (g[i]! < low) low = g[i]!;
      }
      const arm = Math.min(g[0]! - low, g[k - 1]! - low);
      if (!(arm > 1e-12)) continue;
      for (let i = 0; i < k; i++) g[i] = (g[i]! - low) / arm;
      addProfile(uShaped, invertedU, false);
    }
  }
  const flat = -0.5 * syy + freeLevel;
  let flatAtChance = flat, flatNearChance = flat;
  if (floors.length > 0) {
    const atFloor = new LogMeanExp(), nearFloor = new LogMeanExp();
    for (const b of floors) atFloor.add(-0.5 * (syy + b * b * W));
    for (const b of nearFloors) nearFloor.add(-0.5 * (syy + b * b * W));
    flatAtChance = atFloor.value;
    flatNearChance = nearFloor.value;
  }
  const byShape: Record<SuiteShape, number> = {
    smooth: smooth.value,
    emergent: emergent.value,
    flat,
    inverse: inverse.value,
    u_shaped: uShaped.value,
    inverted_u: invertedU.value,
  };
  const all = [
    ...SUITE_SHAPES.map((s) => byShape[s]),
    floors.length > 0 ? emergentFromChance.value : emergent.value,
    flatAtChance,
    floors.length > 0 ? emergentNearChance.value : emergent.value,
    flatNearChance,
  ];
  const top = Math.max(...all);
  let sum = 0;
  for (const v of all) sum += Math.exp(v - top);
  const total = top + Math.log(sum);
  return all.map((v) => Number.isFinite(v - total) ? Math.max(LOG_FLOOR, v - total) : LOG_FLOOR);
}
