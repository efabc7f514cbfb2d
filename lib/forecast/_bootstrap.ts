/**
 * The prediction interval by parametric bootstrap (Efron & Tibshirani 1993, §6.5) over a mixture
 * of models: each (shape, model) pair gets its share of the resamples (largest remainder of
 * B·weight); a resample draws new scores from that model's fit plus the fitted noise (normal with
 * each point's standard error, kept in the bounds), refits the model, predicts at the target and
 * adds the noise of one new measurement there. The quantiles of all draws give the interval, so
 * it carries the shape uncertainty (the mixture), the parameter uncertainty (the refits) and the
 * measurement noise.
 * @module
 */
import { normal, type Random } from "../_random.ts";
import { quantileSorted } from "../stats/quantile.ts";
import { fitModel, type Predictor } from "./_models.ts";
import { clamp, type Space } from "./_space.ts";
import type { ForecastModel } from "./types.ts";

/** One fitted pair of the mixture. */
export interface MixturePart {
  model: ForecastModel;
  weight: number;
  predictor: Predictor;
}

/** What the bootstrap needs of the curve. */
export interface BootstrapData {
  x: number[];
  /** The measured scores. */
  y: number[];
  se: number[];
  space: Space;
  /** log10 of the target scale. */
  target: number;
  /** Standard error of one new measurement whose expected score is `y`. */
  noiseAt(y: number): number;
}

/** Fitted parameters of each model (a scanned break or midpoint and width counted). */
const PARAMETERS: Record<ForecastModel, number> = {
  flat: 1,
  power_law: 2,
  log_odds_power_law: 2,
  broken_power_law: 4,
  sigmoid: 4,
};

/**
 * The model's own over-dispersion: its χ²/(points − parameters) when above 1 (its residuals are
 * larger than the measurement noise says), else 1; 1 when no degrees of freedom are left.
 */
export function overdispersion(
  model: ForecastModel,
  fitted: readonly number[],
  data: Pick<BootstrapData, "se"> & { y: readonly number[] },
): number {
  const dof = fitted.length - PARAMETERS[model];
  if (dof < 1) return 1;
  let chi2 = 0;
  fitted.forEach((f, i) => (chi2 += ((data.y[i]! - f) / data.se[i]!) ** 2));
  return Math.max(1, chi2 / dof);
}

/** Resamples per part: largest remainder of total·weight (deterministic, sums to `total`). */
export function allocate(weights: readonly number[], total: number): number[] {
  const raw = weights.map((w) => w * total);
  const counts = raw.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = raw.map((_, i) => i).sort((a, b) => (raw[b]! % 1) - (raw[a]! % 1) || a - b);
  for (const i of order) {
    if (left <= 0) break;
    counts[i]! += 1, left -= 1;
  }
  return counts;
}

/** The interval [lo, hi] at `level` from `resamples` parametric-bootstrap draws. */
export function bootstrapInterval(
  parts: readonly MixturePart[],
  data: BootstrapData,
  resamples: number,
  level: number,
  random: Random,
): [number, number] {
  if (resamples === 0) return [NaN, NaN];
  const { x, se, space, target } = data;
  const counts = allocate(parts.map((p) => p.weight), resamples);
  const draws = new Float64Array(resamples);
  let d = 0;
  parts.forEach((part, k) => {
    const mean = x.map((v) => part.predictor(v));
    const inflate = Math.sqrt(overdispersion(part.model, mean, data));
    const sd = se.map((s) => s * inflate);
    for (let r = 0; r < counts[k]!; r++) {
      const y = mean.map((m, i) => clamp(m + sd[i]! * normal(random), space.bounds));
      const expected = fitModel(part.model, x, y, se, space)(target);
      const noise = data.noiseAt(expected) * inflate;
      draws[d++] = clamp(expected + noise * normal(random), space.bounds);
    }
  });
  draws.sort();
  const tail = (1 - level) / 2;
  return [quantileSorted(draws, tail), quantileSorted(draws, 1 - tail)];
}
