/**
 * Options are validated up front across lib's public API (issue 13, item 9): every checked option
 * rejects a bad value with the error class and a message naming the function, the option and the
 * value; unknown keys (typos) are named with the allowed ones; and the check comes before any
 * work — the data passed alongside is never read (a spy proxy records any access), and a bad
 * option wins over a data error.
 */
import assert from "./_assert.ts";
import {
  bigbenchMetrics,
  bootstrap,
  bootstrapChinchilla,
  classifyAll,
  classifyCurve,
  distractorCurve,
  emergenceScore,
  emergenceThreshold,
  fewShotGain,
  fitBnsl,
  fitChinchilla,
  fitChinchillaSync,
  fitIsoFlop,
  fitPowerLaw,
  fitSigmoid,
  inferenceAwareOptimal,
  loadChinchillaRuns,
  loadLongFormat,
  loadPaperScores,
  loadPythiaEvals,
  metricSensitivity,
  minimizeLbfgs,
  mirageCurves,
  pythiaBySize,
  pythiaOverTraining,
  readLongFormat,
  syntheticCurve,
} from "../lib/mod.ts";

/** An array that records any read of it: proof that a function did no work on its data. */
function spied<T>(items: T[] = []): { data: T[]; touched: () => boolean } {
  let touched = false;
  const data = new Proxy(items, {
    get(target, key, receiver) {
      touched = true;
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      touched = true;
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      touched = true;
      return Reflect.ownKeys(target);
    },
  });
  return { data, touched: () => touched };
}

const law = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };
const model = { distractorMidpoint: 9, trueMidpoint: 11, steepness: 3, chance: 0.5 };
const quadratic = (x: Float64Array, g: Float64Array) => {
  g[0] = 2 * x[0]!;
  return x[0]! * x[0]!;
};

// Loose typing on purpose: these calls pass what TypeScript would reject, as JavaScript callers,
// notebooks and data-driven options can.
// deno-lint-ignore no-explicit-any
type Loose = any;
const bad = (options: Record<string, unknown>): Loose => options;

interface Case {
  /** Function and option under test. */
  name: string;
  /** Calls the function with the bad option; gets spied data to pass as its input. */
  run: (data: Loose[]) => unknown;
  error: typeof TypeError | typeof RangeError;
  message: string;
}

const chinchillaKeys =
  "estimator, delta, starts, search, warmupIterations, finishTop, workers, lbfgs";
const lbfgsKeys = "gradientTolerance, maxIterations, memory, c1, c2, preconditioner";

const fitCases: Case[] = [
  {
    name: "fitChinchilla search",
    run: (runs) => fitChinchilla(runs, bad({ search: "exhaustve" })),
    error: RangeError,
    message: 'fitChinchilla: search must be "pruned" or "exhaustive", got "exhaustve"',
  },
  {
    name: "fitChinchilla estimator",
    run: (runs) => fitChinchilla(runs, bad({ estimator: "ml" })),
    error: RangeError,
    message: 'fitChinchilla: estimator must be "huber" or "mle", got "ml"',
  },
  {
    name: "fitChinchilla delta",
    run: (runs) => fitChinchilla(runs, { delta: 0 }),
    error: RangeError,
    message: "fitChinchilla: delta must be a positive finite number, got 0",
  },
  {
    name: "fitChinchilla finishTop",
    run: (runs) => fitChinchilla(runs, { finishTop: 2.5 }),
    error: RangeError,
    message: "fitChinchilla: finishTop must be a positive integer, got 2.5",
  },
  {
    name: "fitChinchilla warmupIterations",
    run: (runs) => fitChinchilla(runs, { warmupIterations: -1 }),
    error: RangeError,
    message: "fitChinchilla: warmupIterations must be an integer >= 0, got -1",
  },
  {
    name: "fitChinchilla workers",
    run: (runs) => fitChinchilla(runs, { workers: 1.5 }),
    error: RangeError,
    message: "fitChinchilla: workers must be an integer >= 0, got 1.5",
  },
  {
    name: "fitChinchilla starts (empty)",
    run: (runs) => fitChinchilla(runs, { starts: [] }),
    error: RangeError,
    message: "fitChinchilla: starts must not be empty",
  },
  {
    name: "fitChinchilla starts (a short vector)",
    run: (runs) => fitChinchilla(runs, { starts: [[1, 2, 3]] }),
    error: TypeError,
    message: "fitChinchilla: starts[0] must be 5 finite numbers [a, b, e, α, β], got an array of 3",
  },
  {
    name: "fitChinchilla lbfgs.maxIterations",
    run: (runs) => fitChinchilla(runs, { lbfgs: { maxIterations: -1 } }),
    error: RangeError,
    message: "fitChinchilla: lbfgs.maxIterations must be an integer >= 0, got -1",
  },
  {
    name: "fitChinchilla lbfgs.c1 against c2",
    run: (runs) => fitChinchilla(runs, { lbfgs: { c1: 0.95 } }),
    error: RangeError,
    message: "fitChinchilla: lbfgs.c1 must be below lbfgs.c2, got 0.95 and 0.9",
  },
  {
    name: "fitChinchilla unknown key",
    run: (runs) => fitChinchilla(runs, bad({ serach: "pruned" })),
    error: TypeError,
    message:
      `fitChinchilla: unknown option "serach" (did you mean "search"?); allowed options: ${chinchillaKeys}`,
  },
  {
    name: "fitChinchilla unknown lbfgs key",
    run: (runs) => fitChinchilla(runs, { lbfgs: bad({ maxIteration: 5 }) }),
    error: TypeError,
    message: 'fitChinchilla: unknown option "lbfgs.maxIteration" (did you mean ' +
      '"lbfgs.maxIterations"?); allowed options: ' +
      lbfgsKeys.split(", ").map((k) => `lbfgs.${k}`).join(", "),
  },
  {
    name: "fitChinchilla options not an object",
    run: (runs) => fitChinchilla(runs, "fast" as Loose),
    error: TypeError,
    message: 'fitChinchilla: options must be an object, got "fast"',
  },
  {
    name: "fitChinchillaSync search",
    run: (runs) => fitChinchillaSync(runs, bad({ search: "exhaustve" })),
    error: RangeError,
    message: 'fitChinchillaSync: search must be "pruned" or "exhaustive", got "exhaustve"',
  },
  {
    name: "bootstrapChinchilla delta",
    run: (runs) => bootstrapChinchilla(runs, { delta: -1 }),
    error: RangeError,
    message: "bootstrapChinchilla: delta must be a positive finite number, got -1",
  },
  {
    name: "bootstrapChinchilla resamples",
    run: (runs) => bootstrapChinchilla(runs, { resamples: 0 }),
    error: RangeError,
    message: "bootstrapChinchilla: resamples must be a positive integer, got 0",
  },
  {
    name: "bootstrapChinchilla level",
    run: (runs) => bootstrapChinchilla(runs, { level: 95 }),
    error: RangeError,
    message: "bootstrapChinchilla: level must be in (0, 1), got 95",
  },
  {
    name: "bootstrapChinchilla flops",
    run: (runs) => bootstrapChinchilla(runs, { flops: [1e21, 0] }),
    error: RangeError,
    message: "bootstrapChinchilla: flops[1] must be a positive finite number, got 0",
  },
  {
    name: "bootstrapChinchilla fit",
    run: (runs) => bootstrapChinchilla(runs, { fit: bad({}) }),
    error: TypeError,
    message: "bootstrapChinchilla: fit.x must hold 5 finite numbers (pass a fitChinchilla " +
      "result), got undefined",
  },
  {
    name: "bootstrapChinchilla workers",
    run: (runs) => bootstrapChinchilla(runs, { workers: -1 }),
    error: RangeError,
    message: "bootstrapChinchilla: workers must be an integer >= 0, got -1",
  },
  {
    name: "bootstrapChinchilla seed",
    run: (runs) => bootstrapChinchilla(runs, { seed: NaN }),
    error: TypeError,
    message: "bootstrapChinchilla: seed must be a finite number, got NaN",
  },
  {
    name: "bootstrapChinchilla allStarts",
    run: (runs) => bootstrapChinchilla(runs, bad({ allStarts: "yes" })),
    error: TypeError,
    message: 'bootstrapChinchilla: allStarts must be a boolean, got "yes"',
  },
  {
    name: "bootstrapChinchilla lbfgs.memory",
    run: (runs) => bootstrapChinchilla(runs, { lbfgs: { memory: 0 } }),
    error: RangeError,
    message: "bootstrapChinchilla: lbfgs.memory must be a positive integer, got 0",
  },
  {
    name: "bootstrap resamples",
    run: (data) => bootstrap(data, () => ({}), { resamples: 2.5 }),
    error: RangeError,
    message: "bootstrap: resamples must be a positive integer, got 2.5",
  },
  {
    name: "bootstrap level",
    run: (data) => bootstrap(data, () => ({}), { level: 1 }),
    error: RangeError,
    message: "bootstrap: level must be in (0, 1), got 1",
  },
  {
    name: "bootstrap seed",
    run: (data) => bootstrap(data, () => ({}), bad({ seed: "1" })),
    error: TypeError,
    message: 'bootstrap: seed must be a finite number, got "1"',
  },
  {
    name: "bootstrap random",
    run: (data) => bootstrap(data, () => ({}), bad({ random: 0.5 })),
    error: TypeError,
    message: "bootstrap: random must be a function, got 0.5",
  },
  {
    name: "bootstrap parameters",
    run: (data) => bootstrap(data, () => ({}), bad({ parameters: ["alpha", 1] })),
    error: TypeError,
    message: "bootstrap: parameters[1] must be a string, got 1",
  },
  {
    name: "bootstrap derived",
    run: (data) => bootstrap(data, () => ({}), bad({ derived: "ratio" })),
    error: TypeError,
    message: 'bootstrap: derived must be a function, got "ratio"',
  },
  {
    name: "fitPowerLaw E",
    run: (points) => fitPowerLaw(points, { E: -1 }),
    error: RangeError,
    message: "fitPowerLaw: E must be a finite number >= 0, got -1",
  },
  {
    name: "fitPowerLaw loss",
    run: (points) => fitPowerLaw(points, bad({ loss: "l2" })),
    error: RangeError,
    message: 'fitPowerLaw: loss must be one of "log", "huber" or "linear", got "l2"',
  },
  {
    name: "fitPowerLaw delta",
    run: (points) => fitPowerLaw(points, { delta: 0 }),
    error: RangeError,
    message: "fitPowerLaw: delta must be a positive finite number, got 0",
  },
  {
    name: "fitPowerLaw weights",
    run: (points) => fitPowerLaw(points, { weights: [1, -1, 1] }),
    error: RangeError,
    message: "fitPowerLaw: weights[1] must be a finite number >= 0, got -1",
  },
  {
    name: "fitPowerLaw lbfgs.gradientTolerance",
    run: (points) => fitPowerLaw(points, { lbfgs: { gradientTolerance: -1 } }),
    error: RangeError,
    message: "fitPowerLaw: lbfgs.gradientTolerance must be a finite number >= 0, got -1",
  },
  {
    name: "fitSigmoid floor",
    run: (points) => fitSigmoid(points, { floor: NaN }),
    error: TypeError,
    message: "fitSigmoid: floor must be a finite number, got NaN",
  },
  {
    name: "fitSigmoid ceiling",
    run: (points) => fitSigmoid(points, { ceiling: Infinity }),
    error: RangeError,
    message: "fitSigmoid: ceiling must be a finite number, got Infinity",
  },
  {
    name: "fitSigmoid maxSlope",
    run: (points) => fitSigmoid(points, { maxSlope: 0 }),
    error: RangeError,
    message: "fitSigmoid: maxSlope must be a positive finite number, got 0",
  },
  {
    name: "fitSigmoid margin",
    run: (points) => fitSigmoid(points, { margin: -1 }),
    error: RangeError,
    message: "fitSigmoid: margin must be a finite number >= 0, got -1",
  },
  {
    name: "fitSigmoid weights",
    run: (points) => fitSigmoid(points, bad({ weights: 1 })),
    error: TypeError,
    message: "fitSigmoid: weights must be an array, got 1",
  },
  {
    name: "fitBnsl breaks",
    run: (points) => fitBnsl(points, { breaks: 9 }),
    error: RangeError,
    message: "fitBnsl: breaks must be an integer from 0 to 5, got 9",
  },
  {
    name: "fitBnsl starts",
    run: (points) => fitBnsl(points, { starts: [] }),
    error: RangeError,
    message: "fitBnsl: starts must not be empty",
  },
  {
    name: "fitIsoFlop budgets",
    run: (runs) => fitIsoFlop(runs, { budgets: [1e20, -1] }),
    error: RangeError,
    message: "fitIsoFlop: budgets[1] must be a positive finite number, got -1",
  },
  {
    name: "fitIsoFlop minRuns",
    run: (runs) => fitIsoFlop(runs, { minRuns: 0 }),
    error: RangeError,
    message: "fitIsoFlop: minRuns must be a positive integer, got 0",
  },
  {
    name: "fitIsoFlop resamples",
    run: (runs) => fitIsoFlop(runs, { resamples: -5 }),
    error: RangeError,
    message: "fitIsoFlop: resamples must be an integer >= 0, got -5",
  },
  {
    name: "fitIsoFlop seed",
    run: (runs) => fitIsoFlop(runs, bad({ seed: null })),
    error: TypeError,
    message: "fitIsoFlop: seed must be a finite number, got null",
  },
  {
    name: "fitIsoFlop level",
    run: (runs) => fitIsoFlop(runs, { level: 0 }),
    error: RangeError,
    message: "fitIsoFlop: level must be in (0, 1), got 0",
  },
  {
    name: "inferenceAwareOptimal inferenceTokens",
    run: () => inferenceAwareOptimal(law, { loss: 2, inferenceTokens: -1 }),
    error: RangeError,
    message: "inferenceAwareOptimal: inferenceTokens must be a finite number >= 0, got -1",
  },
  {
    name: "inferenceAwareOptimal loss",
    run: () => inferenceAwareOptimal(law, bad({ loss: "2", inferenceTokens: 0 })),
    error: TypeError,
    message: 'inferenceAwareOptimal: loss must be a finite number, got "2"',
  },
  {
    name: "inferenceAwareOptimal unknown key",
    run: () => inferenceAwareOptimal(law, bad({ loss: 2, inferenceTokens: 0, tokens: 1 })),
    error: TypeError,
    message: 'inferenceAwareOptimal: unknown option "tokens"; allowed options: loss, ' +
      "inferenceTokens",
  },
  {
    name: "minimizeLbfgs gradientTolerance",
    run: () => minimizeLbfgs(quadratic, [1], { gradientTolerance: -1 }),
    error: RangeError,
    message: "minimizeLbfgs: gradientTolerance must be a finite number >= 0, got -1",
  },
  {
    name: "minimizeLbfgs maxIterations",
    run: () => minimizeLbfgs(quadratic, [1], { maxIterations: 1.5 }),
    error: RangeError,
    message: "minimizeLbfgs: maxIterations must be an integer >= 0, got 1.5",
  },
  {
    name: "minimizeLbfgs memory",
    run: () => minimizeLbfgs(quadratic, [1], { memory: 0 }),
    error: RangeError,
    message: "minimizeLbfgs: memory must be a positive integer, got 0",
  },
  {
    name: "minimizeLbfgs c1",
    run: () => minimizeLbfgs(quadratic, [1], { c1: 0 }),
    error: RangeError,
    message: "minimizeLbfgs: c1 must be in (0, 1), got 0",
  },
  {
    name: "minimizeLbfgs c2",
    run: () => minimizeLbfgs(quadratic, [1], { c2: 1 }),
    error: RangeError,
    message: "minimizeLbfgs: c2 must be in (0, 1), got 1",
  },
  {
    name: "minimizeLbfgs preconditioner",
    run: () => minimizeLbfgs(quadratic, [1], { preconditioner: [NaN] }),
    error: TypeError,
    message: "minimizeLbfgs: preconditioner[0] must be a finite number, got NaN",
  },
  {
    name: "minimizeLbfgs unknown key (before the x0 check)",
    run: () => minimizeLbfgs(quadratic, [], bad({ tolerance: 1e-6 })),
    error: TypeError,
    message: `minimizeLbfgs: unknown option "tolerance"; allowed options: ${lbfgsKeys}`,
  },
];

const classifyKeys = "chance, higherIsBetter, metricKind, bounds, penalty, prior, gate, minChange";

const classifyCases: Case[] = [
  {
    name: "classifyCurve chance",
    run: (points) => classifyCurve(points, bad({ chance: "0.25" })),
    error: TypeError,
    message: 'classifyCurve: chance must be a finite number, got "0.25"',
  },
  {
    name: "classifyCurve higherIsBetter",
    run: (points) => classifyCurve(points, bad({ higherIsBetter: "no" })),
    error: TypeError,
    message: 'classifyCurve: higherIsBetter must be a boolean, got "no"',
  },
  {
    name: "classifyCurve metricKind",
    run: (points) => classifyCurve(points, bad({ metricKind: "binary" })),
    error: RangeError,
    message: 'classifyCurve: metricKind must be "proportion" or "continuous", got "binary"',
  },
  {
    name: "classifyCurve bounds (order)",
    run: (points) => classifyCurve(points, { bounds: [1, 0] }),
    error: RangeError,
    message: "classifyCurve: bounds must have lower < upper, got [1, 0]",
  },
  {
    name: "classifyCurve bounds (shape)",
    run: (points) => classifyCurve(points, bad({ bounds: [0] })),
    error: TypeError,
    message: "classifyCurve: bounds must be [lower, upper] (finite numbers), got an array of 1",
  },
  {
    name: "classifyCurve penalty",
    run: (points) => classifyCurve(points, { penalty: -2 }),
    error: RangeError,
    message: "classifyCurve: penalty must be a finite number >= 0, got -2",
  },
  {
    name: "classifyCurve prior",
    run: (points) => classifyCurve(points, bad({ prior: "flat" })),
    error: RangeError,
    message: 'classifyCurve: prior must be "benchmarks" or "uniform", got "flat"',
  },
  {
    name: "classifyCurve gate",
    run: (points) => classifyCurve(points, { gate: -1 }),
    error: RangeError,
    message: "classifyCurve: gate must be a finite number >= 0, got -1",
  },
  {
    name: "classifyCurve minChange",
    run: (points) => classifyCurve(points, { minChange: -0.1 }),
    error: RangeError,
    message: "classifyCurve: minChange must be a finite number >= 0, got -0.1",
  },
  {
    name: "classifyCurve unknown key",
    run: (points) => classifyCurve(points, bad({ chanse: 0.25 })),
    error: TypeError,
    message:
      `classifyCurve: unknown option "chanse" (did you mean "chance"?); allowed options: ${classifyKeys}`,
  },
  {
    name: "classifyAll gate",
    run: (curves) => classifyAll(curves, { gate: -1 }),
    error: RangeError,
    message: "classifyAll: gate must be a finite number >= 0, got -1",
  },
  {
    name: "classifyAll chance (each curve brings its own)",
    run: (curves) => classifyAll(curves, bad({ chance: 0.25 })),
    error: TypeError,
    message: 'classifyAll: unknown option "chance"; allowed options: metricKind, bounds, ' +
      "penalty, prior, gate, minChange",
  },
  {
    name: "metricSensitivity discontinuous",
    run: (curves) => metricSensitivity(curves, bad({ discontinuous: "exact_match" })),
    error: TypeError,
    message: 'metricSensitivity: discontinuous must be a function, got "exact_match"',
  },
  {
    name: "metricSensitivity penalty",
    run: (curves) => metricSensitivity(curves, { penalty: -1 }),
    error: RangeError,
    message: "metricSensitivity: penalty must be a finite number >= 0, got -1",
  },
  {
    name: "emergenceThreshold resamples",
    run: (points) => emergenceThreshold(points, { resamples: -1 }),
    error: RangeError,
    message: "emergenceThreshold: resamples must be an integer >= 0, got -1",
  },
  {
    name: "emergenceThreshold coverage",
    run: (points) => emergenceThreshold(points, { coverage: 95 }),
    error: RangeError,
    message: "emergenceThreshold: coverage must be in (0, 1), got 95",
  },
  {
    name: "emergenceThreshold seed",
    run: (points) => emergenceThreshold(points, bad({ seed: "7" })),
    error: TypeError,
    message: 'emergenceThreshold: seed must be a finite number, got "7"',
  },
  {
    name: "emergenceThreshold random",
    run: (points) => emergenceThreshold(points, bad({ random: 7 })),
    error: TypeError,
    message: "emergenceThreshold: random must be a function, got 7",
  },
  {
    name: "emergenceThreshold chance (a classifyCurve option)",
    run: (points) => emergenceThreshold(points, { chance: Infinity }),
    error: RangeError,
    message: "emergenceThreshold: chance must be a finite number, got Infinity",
  },
  {
    name: "syntheticCurve shape",
    run: () => syntheticCurve("emergant" as Loose),
    error: RangeError,
    message: 'syntheticCurve: shape must be one of "emergent", "u_shaped", "inverted_u", ' +
      '"inverse", "smooth" or "flat", got "emergant"',
  },
  {
    name: "syntheticCurve scales",
    run: () => syntheticCurve("smooth", { scales: 1 }),
    error: RangeError,
    message: "syntheticCurve: scales must be an integer >= 2, got 1",
  },
  {
    name: "syntheticCurve n",
    run: () => syntheticCurve("smooth", { n: 0 }),
    error: RangeError,
    message: "syntheticCurve: n must be a positive integer, got 0",
  },
  {
    name: "syntheticCurve chance",
    run: () => syntheticCurve("smooth", { chance: 1 }),
    error: RangeError,
    message: "syntheticCurve: chance must be in [0, 1), got 1",
  },
  {
    name: "syntheticCurve minEffect",
    run: () => syntheticCurve("smooth", { minEffect: -4 }),
    error: RangeError,
    message: "syntheticCurve: minEffect must be a finite number >= 0, got -4",
  },
  {
    name: "syntheticCurve seed",
    run: () => syntheticCurve("smooth", { seed: NaN }),
    error: TypeError,
    message: "syntheticCurve: seed must be a finite number, got NaN",
  },
  {
    name: "syntheticCurve random",
    run: () => syntheticCurve("smooth", bad({ random: {} })),
    error: TypeError,
    message: "syntheticCurve: random must be a function, got an object",
  },
  {
    name: "mirageCurves c",
    run: (scales) => mirageCurves(scales, { c: 0 }),
    error: RangeError,
    message: "mirageCurves: c must be a positive finite number, got 0",
  },
  {
    name: "mirageCurves alpha",
    run: (scales) => mirageCurves(scales, { alpha: -0.35 }),
    error: RangeError,
    message: "mirageCurves: alpha must be a positive finite number, got -0.35",
  },
  {
    name: "mirageCurves answerLength",
    run: (scales) => mirageCurves(scales, { answerLength: 2.5 }),
    error: RangeError,
    message: "mirageCurves: answerLength must be a positive integer, got 2.5",
  },
  {
    name: "distractorCurve points",
    run: () => distractorCurve(model, 7, 13, 1),
    error: RangeError,
    message: "distractorCurve: points must be an integer >= 2, got 1",
  },
  {
    name: "bigbenchMetrics higherIsBetter",
    run: (points) => bigbenchMetrics(points, bad({ higherIsBetter: 0 })),
    error: TypeError,
    message: "bigbenchMetrics: higherIsBetter must be a boolean, got 0",
  },
  {
    name: "emergenceScore unknown key",
    run: (points) => emergenceScore(points, bad({ lowerIsBetter: true })),
    error: TypeError,
    message: 'emergenceScore: unknown option "lowerIsBetter"; allowed options: higherIsBetter',
  },
];

const dataCases: Case[] = [
  {
    name: "loadChinchillaRuns includeOutliers",
    run: () => loadChinchillaRuns(bad({ includeOutliers: "yes" })),
    error: TypeError,
    message: 'loadChinchillaRuns: includeOutliers must be a boolean, got "yes"',
  },
  {
    name: "loadChinchillaRuns unknown key",
    run: () => loadChinchillaRuns(bad({ paht: "runs.csv" })),
    error: TypeError,
    message: 'loadChinchillaRuns: unknown option "paht" (did you mean "path"?); allowed ' +
      "options: includeOutliers, path",
  },
  {
    name: "loadPythiaEvals path",
    run: () => loadPythiaEvals(bad({ path: 3 })),
    error: TypeError,
    message: "loadPythiaEvals: path must be a string, got 3",
  },
  {
    name: "readLongFormat chance",
    run: () => readLongFormat("not,csv\n", { chance: 25 }),
    error: RangeError,
    message: "readLongFormat: chance must be in [0, 1], got 25",
  },
  {
    name: "readLongFormat metric",
    run: () => readLongFormat("not,csv\n", bad({ metric: 1 })),
    error: TypeError,
    message: "readLongFormat: metric must be a string, got 1",
  },
  {
    name: "readLongFormat file",
    run: () => readLongFormat("not,csv\n", bad({ file: 1 })),
    error: TypeError,
    message: "readLongFormat: file must be a string, got 1",
  },
  {
    name: "loadLongFormat unknown key (before the file is read)",
    run: () => loadLongFormat("no/such/file.csv", bad({ file: "x.csv" })),
    error: TypeError,
    message: 'loadLongFormat: unknown option "file"; allowed options: chance, metric',
  },
  {
    name: "pythiaBySize suite",
    run: (evals) => pythiaBySize(evals, bad({ task: "sciq", suite: "dedup" })),
    error: RangeError,
    message: 'pythiaBySize: suite must be "standard" or "deduped", got "dedup"',
  },
  {
    name: "pythiaBySize shots",
    run: (evals) => pythiaBySize(evals, { task: "sciq", shots: 3 }),
    error: RangeError,
    message: "pythiaBySize: shots must be 0 or 5, got 3",
  },
  {
    name: "pythiaBySize task",
    run: (evals) => pythiaBySize(evals, bad({ metric: "acc" })),
    error: TypeError,
    message: "pythiaBySize: selection.task must be a task name, got undefined",
  },
  {
    name: "pythiaOverTraining unknown key",
    run: (evals) => pythiaOverTraining(evals, bad({ task: "sciq", metrc: "acc" })),
    error: TypeError,
    message: 'pythiaOverTraining: unknown option "metrc" (did you mean "metric"?); allowed ' +
      "options: task, metric, shots, suite",
  },
  {
    name: "fewShotGain shots (it compares 0 and 5 itself)",
    run: (evals) => fewShotGain(evals, bad({ task: "sciq", shots: 5 })),
    error: TypeError,
    message: 'fewShotGain: unknown option "shots"; allowed options: task, metric, suite',
  },
  {
    name: "loadPaperScores which",
    run: () => loadPaperScores("MMLU" as Loose),
    error: RangeError,
    message: 'loadPaperScores: which must be "cot" or "mmlu", got "MMLU"',
  },
];

for (const c of [...fitCases, ...classifyCases, ...dataCases]) {
  Deno.test(`options: ${c.name}`, async () => {
    const input = spied();
    await assert.rejects(
      async () => await c.run(input.data),
      (error: unknown) => {
        assert.ok(error instanceof c.error, `expected ${c.error.name}, got ${error}`);
        assert.equal((error as Error).message, c.message);
        return true;
      },
    );
    assert.equal(input.touched(), false, "the data was read before the options were checked");
  });
}

Deno.test("options: fitChinchilla checks options before the runs (a bad option wins)", async () => {
  // Too few runs is a data error; the misspelt option must be reported first.
  await assert.rejects(() => fitChinchilla([], bad({ search: "exhaustve" })), {
    name: "RangeError",
    message: 'fitChinchilla: search must be "pruned" or "exhaustive", got "exhaustve"',
  });
  // With valid runs and an unknown estimator no start is run: the runs are never read, where the
  // old code ran the whole 4,500-start grid search and only then rejected the estimator.
  const runs = spied(
    [1e8, 1e9, 1e10].flatMap((params) =>
      [1e9, 1e10].map((tokens) => ({ params, tokens, loss: 2 + 400 / params ** 0.3 }))
    ),
  );
  await assert.rejects(() => fitChinchilla(runs.data, bad({ estimator: "ml" })), RangeError);
  assert.equal(runs.touched(), false);
});

Deno.test("options: bootstrap never calls the fit when an option is bad", () => {
  let calls = 0;
  const fit = () => (calls++, { m: 1 });
  assert.throws(() => bootstrap([1, 2, 3], fit, { level: 1.5 }), RangeError);
  assert.throws(() => bootstrap([1, 2, 3], fit, bad({ resample: 10 })), TypeError);
  assert.equal(calls, 0);
});

Deno.test("options: undefined values mean defaults, valid options pass", () => {
  const points = [1, 2, 4, 8, 16].map((x) => ({ x, y: 2 * x ** -0.5 }));
  const fit = fitPowerLaw(points, { E: 0, loss: undefined, lbfgs: { memory: 5 } });
  assert.ok(Math.abs(fit.alpha - 0.5) < 1e-6);
  const curve = syntheticCurve("smooth", { scales: 6, seed: 2, random: undefined });
  assert.equal(curve.points.length, 6);
  const shape = classifyCurve(curve.points, { chance: curve.chance, bounds: undefined }).shape;
  assert.equal(shape, "smooth");
});
