// Shared helpers of the property tests: a recursive "every number is finite" check and a
// "typed error" check (TypeError / RangeError / SyntaxError or their subclasses).

/**
 * Paths of every non-finite number inside `value` (recursing into arrays, typed arrays and plain
 * objects), e.g. `["evidence.candidates[2].chi2 = NaN"]`. Keys listed in `allowInfinity` may hold
 * ±Infinity (never NaN).
 */
export function nonFinitePaths(
  value: unknown,
  allowInfinity: ReadonlySet<string> = new Set(),
  path = "",
  seen = new Set<unknown>(),
): string[] {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return [`${path || "(value)"} = NaN`];
    if (!Number.isFinite(value)) {
      const key = path.replace(/\[\d+\]/g, "").split(".").pop() ?? "";
      return allowInfinity.has(key) ? [] : [`${path || "(value)"} = ${value}`];
    }
    return [];
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    items.forEach((v, i) => out.push(...nonFinitePaths(v, allowInfinity, `${path}[${i}]`, seen)));
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.push(...nonFinitePaths(v, allowInfinity, path ? `${path}.${k}` : k, seen));
    }
  }
  return out;
}

/** True for the built-in error classes the design allows for bad input. */
export function isTypedError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof RangeError ||
    error instanceof SyntaxError;
}

/**
 * Calls `run`: a result must be all-finite (see {@linkcode nonFinitePaths}); an exception must be
 * typed. Throws an Error describing the violation otherwise (fast-check then shrinks the input).
 */
export function resultOrTypedError<T>(
  run: () => T,
  allowInfinity?: ReadonlySet<string>,
): T | undefined {
  let result: T;
  try {
    result = run();
  } catch (error) {
    if (isTypedError(error)) return undefined;
    throw new Error(`untyped exception: ${error instanceof Error ? error.stack : String(error)}`);
  }
  const bad = nonFinitePaths(result, allowInfinity);
  if (bad.length > 0) throw new Error(`non-finite numbers in the result: ${bad.join("; ")}`);
  return result;
}
