/**
 * Input checks shared by the curve fits: messages say what, where and what to do.
 * @module
 */

/** Check x/y points: finite numbers, x > 0; returns weights (default 1). */
export function checkPoints(
  points: readonly { x: number; y: number; weight?: number }[],
  where: string,
  minimum: number,
  weights?: readonly number[],
  positiveY = false,
): Float64Array {
  if (!Array.isArray(points) || points.length < minimum) {
    throw new RangeError(
      `${where}: need at least ${minimum} points, got ${points?.length ?? points}`,
    );
  }
  if (weights && weights.length !== points.length) {
    throw new RangeError(
      `${where}: weights has ${weights.length} entries for ${points.length} points`,
    );
  }
  const w = new Float64Array(points.length);
  points.forEach((p, i) => {
    if (typeof p?.x !== "number" || !(p.x > 0) || !Number.isFinite(p.x)) {
      throw new TypeError(`${where}: points[${i}].x must be a positive finite number, got ${p?.x}`);
    }
    if (typeof p.y !== "number" || !Number.isFinite(p.y) || (positiveY && !(p.y > 0))) {
      throw new TypeError(
        `${where}: points[${i}].y must be a ${positiveY ? "positive " : ""}finite number, ` +
          `got ${p.y}`,
      );
    }
    const wi = weights?.[i] ?? p.weight ?? 1;
    if (!(wi >= 0) || !Number.isFinite(wi)) {
      throw new RangeError(`${where}: weight of point ${i} must be >= 0, got ${wi}`);
    }
    w[i] = wi;
  });
  return w;
}

/** Common diagnostics every fit returns. */
export interface FitDiagnostics {
  /** Minimised objective. */
  objective: number;
  /** true when the reported fit met the gradient-norm criterion. */
  converged: boolean;
  /** L-BFGS iterations of the reported fit. */
  iterations: number;
  /** Starts tried. */
  starts: number;
  /** Starts that converged. */
  startsConverged: number;
  /** Gradient norm at the fit. */
  gradientNorm: number;
  /** Residuals in input order (on the scale the objective uses). */
  residuals: number[];
}

/**
 * Returns `result` when every number in it (nested arrays and objects included) is finite, and
 * throws a RangeError naming the first one that is not: finite but extreme inputs (scales spanning
 * 600 orders of magnitude, subnormal values) can overflow a fit, and a fit never returns NaN.
 */
export function finiteResult<T>(result: T, where: string): T {
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "number") {
      if (!Number.isFinite(value)) {
        throw new RangeError(
          `${where}: the result overflowed (${path} = ${value}); the inputs are too extreme to ` +
            "fit in double precision — rescale x or y (e.g. parameters in billions)",
        );
      }
    } else if (Array.isArray(value) || ArrayBuffer.isView(value)) {
      Array.from(value as ArrayLike<unknown>).forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (value !== null && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) visit(v, path ? `${path}.${key}` : key);
    }
  };
  visit(result, "");
  return result;
}
