/**
 * The result types of `analyzeOwnData` (own_data.ts) and the page's limits.
 * @module
 */
import type { Shape } from "../classify/shapes.ts";
import type { ShapePrior } from "../classify/types.ts";
import type { PowerLawFit } from "../fit/power_law.ts";
import type { AllocationFit, AllocationSkip } from "./_own_data_allocation.ts";
import type { OwnDataFit } from "./_own_data_fits.ts";
import type { AllocationRow, OwnDataCurve, Panels } from "./_own_data_panels.ts";

/** Bounds that keep the page readable (and fast) for files with thousands of curves. */
export interface OwnDataLimits {
  /** Curves with more distinct sizes are merged into this many log-spaced bins. */
  maxScales: number;
  /** Small-multiple panels. */
  maxPanels: number;
  /** Power-law fits. */
  maxFits: number;
  /** Power laws drawn. */
  maxFitLines: number;
  /** Rows of the table of curves. */
  maxTableRows: number;
}

/** The page's limits. */
export const OWN_DATA_LIMITS: Readonly<OwnDataLimits> = {
  maxScales: 30,
  maxPanels: 24,
  maxFits: 60,
  maxFitLines: 8,
  maxTableRows: 200,
};

/** A fitted power law. */
export type FittedPowerLaw = OwnDataFit & { fit: PowerLawFit };

/** Curves of one family and metric, counted per shape. */
export interface CensusRow {
  /** Model family. */
  family: string;
  /** Metric. */
  metric: string;
  /** Curves of this family and metric. */
  curves: number;
  /** Of them, per shape. */
  counts: Record<Shape, number>;
}

/** Everything the own-data page shows. */
export interface OwnDataAnalysis {
  /** The file's name, as shown. */
  fileName: string;
  /** The limits applied. */
  limits: OwnDataLimits;
  /** The prior on shapes the curves were classified under (`classifyCurve`'s `prior`). */
  prior: ShapePrior;
  /** Rows read. */
  rowCount: number;
  /** Distinct tasks, in file order. */
  tasks: string[];
  /** Distinct model families, in file order. */
  families: string[];
  /** Distinct metrics, in file order. */
  metrics: string[];
  /** The smallest model of the file. */
  smallest: { model: string; params: number };
  /** The largest model of the file. */
  largest: { model: string; params: number };
  /** Every curve, classified and labelled, sorted by shape then confidence. */
  curves: OwnDataCurve[];
  /** Curves whose sizes were merged into `limits.maxScales` bins. */
  mergedCount: number;
  /** Curves per shape (every shape present, possibly empty). */
  byShape: Record<Shape, OwnDataCurve[]>;
  /** The shapes that occur, in table order. */
  shapesPresent: Shape[];
  /** Curves per family and metric and shape (rows with no curve left out). */
  census: CensusRow[];
  /** The curves drawn as small multiples (round robin over shapes, most confident first). */
  charted: OwnDataCurve[];
  /** The data of the panels. */
  panels: Panels;
  /** The curve the chart title leads with: the first emergent, else turning, else inverse. */
  lead?: OwnDataCurve;
  /** Whether the curves differ in their smallest or largest size (then the table shows them). */
  rangesDiffer: boolean;
  /** Curves with 3 or more sizes whose shape gets a power law. */
  fitCandidates: number;
  /** Power-law fits (the first `limits.maxFits` candidates). */
  fits: OwnDataFit[];
  /** The fits that succeeded. */
  fitted: FittedPowerLaw[];
  /** The first `limits.maxFitLines` of them (drawn). */
  drawn: FittedPowerLaw[];
  /** Range and median of the fitted exponents α; undefined without a fit. */
  alpha?: { min: number; median: number; max: number };
  /** The drawn fit with the largest α. */
  steepest?: FittedPowerLaw;
  /** The Chinchilla law and compute-optimal split, or why there is none. */
  allocation: AllocationFit | AllocationSkip;
  /** The runs of the allocation chart (empty without a law). */
  allocationRows: AllocationRow[];
}
