/**
 * Reads the shape off one fitted candidate, given the noise: which shape (see shapes.ts) the
 * fitted curve has once changes smaller than `gate` noise units are ignored.
 * @module
 */

import type { ClassifyOptions, Shape } from "./types.ts";
import type { RawFit } from "./_models.ts";
import type { PreparedCurve } from "./_prepare.ts";

/** Changes smaller than GATE (3) noise units do not count as a rise, a drop or a recovery. */
const GATE = 3;

/** Context for reading shapes. */
export interface ShapeContext {
  x: number[];
  /** Noise of one point (oriented units). */
  sigma: number;
  /** Changes below gate·sigma count as noise. */
  gate: number;
  /** Changes below this (oriented units) count as no change whatever the noise. */
  minChange: number;
  /** Chance level in oriented units, when known; emergence needs a plateau near it. */
  chance?: number;
  /** |best − chance| in metric units, when known. */
  chanceSpan?: number;
}

/**
 * The context every candidate's shape is read in: the noise σ, the gate (default 3σ) and a
 * practical floor on changes — 1% of the chance-to-best range for proportions (very large n
 * makes tiny changes significant; a reader still calls them flat) — and chance in oriented units.
 */
export function shapeContext(
  prepared: PreparedCurve,
  sigma: number,
  options: ClassifyOptions,
): ShapeContext {
  const gate = options.gate ?? GATE;
  const span = prepared.kind === "proportion"
    ? Math.abs((prepared.best ?? 1) - (prepared.chance ?? 0)) || 1
    : 0;
  const minChange = options.minChange ?? 0.01 * span;
  const ctx: ShapeContext = { x: prepared.x, sigma, gate, minChange };
  if (prepared.chance !== undefined) {
    ctx.chance = prepared.orientation * prepared.chance;
    if (prepared.best !== undefined) ctx.chanceSpan = Math.abs(prepared.best - prepared.chance);
  }
  return ctx;
}

/** The smallest change that counts: max(gate·σ, minChange). */
export function changeBand(ctx: ShapeContext): number {
  return Math.max(ctx.gate * ctx.sigma, ctx.minChange);
}

/**
 * Whether a plateau level (oriented units) is "at or near chance": within gate·σ of chance, or
 * within 15% of the chance-to-best range above it. True when chance is unknown.
 */
export function nearChance(level: number, ctx: ShapeContext): boolean {
  if (ctx.chance === undefined) return true;
  const above = level - ctx.chance;
  return above <= ctx.gate * ctx.sigma ||
    (ctx.chanceSpan !== undefined && above <= 0.15 * ctx.chanceSpan);
}

/**
 * Where a rising fitted curve leaves its floor and where it reaches 90% of its rise (fine grid
 * over the data). The onset is the first x where the curve exceeds its value at the smallest scale
 * by `margin` (clamped to 10–30% of the rise).
 */
export function crossings(
  fit: RawFit,
  x: number[],
  margin = 0,
): { lo: number; hi: number; onset: number; x90: number } {
  const first = x[0]!, last = x[x.length - 1]!;
  const steps = 100;
  const grid: number[] = [];
  const values: number[] = [];
  for (let s = 0; s <= steps; s++) {
    const xi = first + (last - first) * s / steps;
    grid.push(xi);
    values.push(fit.predict(xi));
  }
  const lo = values[0]!;
  const hi = Math.max(...values);
  const rise = hi - lo;
  const at = (level: number) => grid[Math.max(0, values.findIndex((v) => v >= level))]!;
  const onsetMargin = Math.min(Math.max(margin, 0.1 * rise), 0.3 * rise);
  return { lo, hi, onset: at(lo + onsetMargin), x90: at(lo + 0.9 * rise) };
}

/** The shape of a fitted candidate (the shapes are defined in shapes.ts). */
export function shapeOfFit(fit: RawFit, ctx: ShapeContext): Shape {
  const f = fit.fitted;
  const k = f.length;
  const band = changeBand(ctx);
  let iMin = 0, iMax = 0;
  f.forEach((v, i) => {
    if (v < f[iMin]!) iMin = i;
    if (v > f[iMax]!) iMax = i;
  });
  const range = f[iMax]! - f[iMin]!;
  if (fit.model === "constant" || !(range >= band)) return "flat";
  const first = f[0]!, last = f[k - 1]!;
  if (fit.model === "quadratic" || fit.model === "broken_line") {
    if (iMin > 0 && iMin < k - 1 && first - f[iMin]! >= band && last - f[iMin]! >= band) {
      return "u_shaped";
    }
    if (iMax > 0 && iMax < k - 1 && f[iMax]! - first >= band && f[iMax]! - last >= band) {
      return "inverted_u";
    }
  }
  if (iMax < iMin) return "inverse";
  // Emergent: a floor at or near chance (or below it), then a rise that ends above chance by more
  // than the band — a climb from below chance back to chance is not an ability appearing.
  if (fit.model === "sigmoid" || fit.model === "flat_then_line" || fit.model === "broken_line") {
    const x = ctx.x;
    const span = x[k - 1]! - x[0]!;
    const c = crossings(fit, x, band);
    const plateauPoints = x.filter((xi) => xi <= c.onset).length;
    if (
      plateauPoints >= 2 && c.onset - x[0]! >= 0.25 * span && c.x90 - c.onset <= 0.4 * span &&
      nearChance(c.lo, ctx) && (ctx.chance === undefined || c.hi - ctx.chance >= band)
    ) {
      return "emergent";
    }
  }
  return "smooth";
}
