// Property-based tests (fast-check) of the fits: arbitrary inputs give a result whose every number
// is finite, or a typed error (TypeError / RangeError / SyntaxError) — never another exception,
// never a NaN or an infinity in a returned number (checked recursively, residuals included).
import assert from "./_assert.ts";
import fc from "fast-check";
import {
  bootstrap,
  computeOptimal,
  fitBnsl,
  fitChinchillaSync,
  fitPowerLaw,
  fitSigmoid,
  inferenceAwareOptimal,
} from "../lib/fit/mod.ts";
import { nonFinitePaths, resultOrTypedError } from "./_finite.ts";

/** sign · 10^u rounded to 6 significant digits: moderate magnitudes, no subnormals. */
const magnitude = (lo: number, hi: number, signed = true) =>
  fc.tuple(fc.boolean(), fc.double({ min: lo, max: hi, noNaN: true }))
    .map(([negative, u]) => Number(((signed && negative ? -1 : 1) * 10 ** u).toPrecision(6)));
// Scales: mostly realistic, sometimes ≤ 0 or non-finite (which must be rejected).
const scale = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 1e-3, max: 1e15, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 15 }).map((e) => 10 ** e) }, // duplicates
  { weight: 1, arbitrary: fc.double({ min: -10, max: 0, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
);
// Values: positive, bounded signed, wide-ranging signed, and rarely non-finite.
const value = fc.oneof(
  { weight: 4, arbitrary: magnitude(-3, 1, false) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((k) => k / 1000) },
  { weight: 2, arbitrary: magnitude(-6, 6) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, NaN, Infinity) },
);
const point = fc.record({ x: scale, y: value });
/** A decreasing power law with multiplicative noise: fits should succeed here. */
const cleanPowerLaw = fc.tuple(
  fc.double({ min: 0, max: 5, noNaN: true }),
  fc.double({ min: 0.01, max: 1e3, noNaN: true }),
  fc.double({ min: 0.01, max: 2, noNaN: true }),
  fc.array(fc.double({ min: -0.1, max: 0.1, noNaN: true }), { minLength: 3, maxLength: 15 }),
).map(([E, A, alpha, noise]) =>
  noise.map((e, i) => {
    const x = 10 ** (i * 0.7);
    return { x, y: (E + A * x ** -alpha) * Math.exp(e) };
  })
);
/** Points of length 0–15, sometimes with duplicate x or a constant y. */
const points = fc.oneof(
  { weight: 4, arbitrary: fc.array(point, { maxLength: 15 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(scale, { minLength: 1, maxLength: 5 }), value, fc.nat(12))
      .map(([xs, y, n]) => Array.from({ length: n }, (_, i) => ({ x: xs[i % xs.length]!, y }))),
  },
  { weight: 3, arbitrary: cleanPowerLaw },
);

const FAST = { maxIterations: 200 };

/** Counts results and typed errors so a property can show it is not vacuous. */
function counter() {
  const c = { results: 0, errors: 0 };
  return {
    c,
    note: (r: unknown) => void (r === undefined ? c.errors++ : c.results++),
    atLeast: (n: number) => assert.ok(c.results >= n, `only ${JSON.stringify(c)}`),
  };
}

Deno.test("property: fitPowerLaw gives a finite fit or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(
      points,
      fc.option(fc.oneof(magnitude(-3, 1, false), fc.constantFrom(0, -1, NaN)), { nil: undefined }),
      fc.constantFrom("log", "huber", "linear") as fc.Arbitrary<"log" | "huber" | "linear">,
      (pts, E, loss) => {
        t.note(resultOrTypedError(() => fitPowerLaw(pts, { E, loss, lbfgs: FAST })));
      },
    ),
    { numRuns: 300, seed: 101 },
  );
  t.atLeast(100);
});

Deno.test("property: fitSigmoid gives a finite fit or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(
      points,
      fc.option(value, { nil: undefined }),
      fc.option(value, { nil: undefined }),
      (pts, floor, ceiling) => {
        t.note(resultOrTypedError(() => fitSigmoid(pts, { floor, ceiling, lbfgs: FAST })));
      },
    ),
    { numRuns: 300, seed: 102 },
  );
  t.atLeast(100);
});

Deno.test("property: fitBnsl gives a finite fit or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(fc.oneof(points, cleanPowerLaw), fc.integer({ min: -1, max: 2 }), (pts, breaks) => {
      t.note(resultOrTypedError(() => fitBnsl(pts, { breaks, lbfgs: FAST })));
    }),
    { numRuns: 40, seed: 103 },
  );
  t.atLeast(8);
});

// Chinchilla runs: params, tokens, loss.
const run = fc.record({ params: scale, tokens: scale, loss: value });
const runs = fc.oneof(
  { weight: 2, arbitrary: fc.array(run, { maxLength: 15 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(
      fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), { minLength: 9, maxLength: 9 }),
      fc.double({ min: 0.5, max: 3, noNaN: true }),
    ).map(([noise, E]) =>
      noise.map((e, i) => {
        const params = 10 ** (8 + (i % 3)), tokens = 10 ** (9 + Math.floor(i / 3));
        return {
          params,
          tokens,
          loss: (E + 400 / params ** 0.34 + 410 / tokens ** 0.28) * (1 + e),
        };
      })
    ),
  },
);
const STARTS = [[6, 6, 0.5, 0.3, 0.3], [4, 8, 0, 0.5, 0.2]];

Deno.test("property: fitChinchillaSync gives a finite fit or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(runs, fc.constantFrom("huber", "mle") as fc.Arbitrary<"huber" | "mle">, (rs, e) => {
      t.note(
        resultOrTypedError(() =>
          fitChinchillaSync(rs, { starts: STARTS, estimator: e, lbfgs: FAST })
        ),
      );
    }),
    { numRuns: 60, seed: 104 },
  );
  t.atLeast(20);
});

const lawField = fc.oneof(
  { weight: 20, arbitrary: magnitude(-1, 4, false) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, NaN, Infinity) },
);
const exponent = fc.oneof(
  { weight: 20, arbitrary: fc.double({ min: 0.05, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0.3, NaN) },
);
const law = fc.record({ E: lawField, A: lawField, B: lawField, alpha: exponent, beta: exponent });
const flops = fc.oneof(
  { weight: 6, arbitrary: magnitude(15, 27, false) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, NaN, Infinity) },
);

Deno.test("property: computeOptimal gives finite allocations or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(law, flops, (l, c) => {
      const opt = resultOrTypedError(() => computeOptimal(l, c));
      t.note(opt);
      if (opt) assert.ok(opt.params > 0 && opt.tokens > 0, JSON.stringify(opt));
    }),
    { numRuns: 1000, seed: 105 },
  );
  t.atLeast(400);
});

Deno.test("property: inferenceAwareOptimal gives finite allocations or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(
      law,
      fc.oneof(
        magnitude(-3, 1, false),
        magnitude(-3, 1, false),
        magnitude(-3, 1),
        fc.constantFrom(0, NaN),
      ),
      fc.oneof(magnitude(0, 15, false), fc.constantFrom(0, -1, NaN)),
      (l, lossAbove, inferenceTokens) => {
        const loss = Number.isFinite(l.E) ? l.E + lossAbove : lossAbove;
        t.note(resultOrTypedError(() => inferenceAwareOptimal(l, { loss, inferenceTokens })));
      },
    ),
    { numRuns: 500, seed: 106 },
  );
  t.atLeast(100);
});

Deno.test("property: bootstrap of fitPowerLaw gives finite intervals or a typed error", () => {
  const t = counter();
  fc.assert(
    fc.property(
      fc.oneof(points, cleanPowerLaw),
      fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -1, max: 12 })),
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(0.9, 0.95, 0.5) },
        { weight: 1, arbitrary: fc.constantFrom(0, 1, -0.5, 1.5, NaN) },
      ),
      (
        pts,
        resamples,
        level,
      ) => {
        t.note(
          resultOrTypedError(() =>
            bootstrap(pts, (s) => fitPowerLaw(s, { E: 0, lbfgs: FAST }), {
              resamples,
              level,
              seed: 3,
            })
          ),
        );
      },
    ),
    { numRuns: 150, seed: 107 },
  );
  t.atLeast(30);
});

// ---- Cases the properties found (each was a bug in lib/fit, now fixed) ----

Deno.test("fitPowerLaw (linear loss): residuals stay finite when the fit degenerates", {
  // Regression, fixed (lib/fit/power_law.ts): the optimum runs to a = log A → −∞, α ≈ −1275; A = exp(a)
  // underflows to 0 while x^−α overflows, so the residual A·x^−α = 0·Infinity = NaN (residuals[2];
  // the objective, computed as exp(a − α·log x), is fine). converged: true is reported for it.
  // Expected: residuals computed like the objective (exp(a − α·log x)), every number finite.
}, () => {
  const pts = [{ x: 1, y: -2 }, { x: 0.01, y: 1 }, { x: 1e6, y: 3 }, { x: 0.01, y: -3 }];
  assert.deepEqual(nonFinitePaths(fitPowerLaw(pts, { loss: "linear" })), []);
});

Deno.test("bootstrap: no converged resample gives a typed error or no NaN interval", {
  // Regression, fixed (lib/fit/bootstrap.ts summarise): when every refit throws (or returns converged: false),
  // intervals.m is { estimate: 4.5, lower: NaN, upper: NaN, median: NaN }. Expected: a RangeError
  // ("no resample converged"), or the interval omitted — not NaN bounds returned silently.
}, () => {
  const distinctMean = (s: number[]) => {
    if (new Set(s).size < s.length) throw new RangeError("needs distinct values");
    return { m: s.reduce((a, b) => a + b, 0) / s.length };
  };
  try {
    const r = bootstrap([1, 2, 3, 4, 5, 6, 7, 8], distinctMean, { resamples: 20 });
    assert.deepEqual(nonFinitePaths(r), []);
  } catch (error) {
    assert.ok(error instanceof RangeError, String(error));
  }
});

Deno.test("fitPowerLaw: x spanning 1e-300..1e300 gives a finite fit or a RangeError", {
  // Regression, fixed (lib/fit/power_law.ts): finite but extreme input; objective = Infinity, gradientNorm = NaN,
  // residuals[1] = Infinity. Expected: finite numbers or a RangeError naming the range.
}, () => {
  const pts = [{ x: 1e-300, y: 5e-324 }, { x: 1e300, y: 5e-324 }];
  resultOrTypedError(() => fitPowerLaw(pts, { E: 0 }));
});

Deno.test("fitSigmoid: a huge fixed floor gives a finite fit or a RangeError", {
  // Regression, fixed (lib/fit/sigmoid.ts): floor = 1e160 (finite) squares to Infinity: rss = objective =
  // Infinity, gradientNorm = NaN. Expected: finite numbers or a RangeError for the floor.
}, () => {
  const pts = [{ x: 1, y: 0.01 }, { x: 5, y: 0.0098 }, { x: 25, y: 0.0097 }];
  resultOrTypedError(() => fitSigmoid(pts, { floor: 1e160 }));
});

Deno.test("computeOptimal: tiny exponents give finite allocations or a RangeError", {
  // Regression, fixed (lib/fit/compute_optimal.ts): α = β = 0.01 makes G = (αA/βB)^(1/(α+β)) ≈ 1e-154, so
  // tokens/params = Infinity at 1e15 FLOPs. Expected: a RangeError saying the allocation
  // overflows, or finite numbers.
}, () => {
  const law = { E: 0.001, A: 0.001, B: 1.2093364853038393, alpha: 0.01, beta: 0.01 };
  resultOrTypedError(() => computeOptimal(law, 1e15));
});

Deno.test("inferenceAwareOptimal: an unreachable-in-practice loss gives a RangeError", {
  // Regression, fixed (lib/fit/compute_optimal.ts): loss − E = 5e-324 and α = 0.001 put N_min at e^740000:
  // params = Infinity, totalFlops = NaN, savings = NaN. Expected: a RangeError (the target loss is
  // too close to E for finite N), or finite numbers.
}, () => {
  const law = { E: 0, A: 0.001, B: 5e-324, alpha: 0.001, beta: 0.01 };
  resultOrTypedError(() => inferenceAwareOptimal(law, { loss: 5e-324, inferenceTokens: 0 }));
});

Deno.test("nonFinitePaths finds nested NaN and Infinity", () => {
  assert.deepEqual(nonFinitePaths({ a: [1, NaN], b: { c: Infinity }, d: 2 }), [
    "a[1] = NaN",
    "b.c = Infinity",
  ]);
});
