/**
 * The shape evidence (lib/classify/_evidence.ts): the normal tail masses against scipy, and the
 * likeliest hypothesis on curves whose shape is not in doubt.
 */
import assert from "./_assert.ts";
import { EVIDENCE_HYPOTHESES, logNormalMass, shapeEvidence } from "../lib/classify/_evidence.ts";

/** scipy.special.log_ndtr(−40): log Q(40). */
const LOG_Q40 = -804.6084420137539;

const close = (a: number, b: number, tol: number) =>
  assert.ok(Math.abs(a - b) <= tol, `${a} vs ${b} (tolerance ${tol})`);

Deno.test("logNormalMass matches scipy in the middle and in both far tails", () => {
  // scipy.stats.norm: log(cdf(1) − cdf(−1)), log(sf(10) − sf(11)), log(cdf(3) − cdf(−0.5));
  // scipy.special.log_ndtr(−40) for log Q(40) (Q(41) is negligible beside it).
  close(logNormalMass(-1, 1), -0.38171514630212616, 1e-6);
  close(logNormalMass(10, 11), -53.23131022558313, 1e-5);
  close(logNormalMass(-11, -10), -53.23131022558313, 1e-5);
  close(logNormalMass(-0.5, 3), -0.3709005595620325, 1e-6);
  close(logNormalMass(40, 41), LOG_Q40, 1e-4);
  assert.equal(logNormalMass(-9, 9), 0);
  assert.ok(Number.isFinite(logNormalMass(1e6, 1e6 + 1)));
});

/** Binomial standard errors of scores with n examples (p shrunk as the classifier does). */
const errors = (scores: number[], n: number) =>
  scores.map((s) => {
    const p = (s * n + 1) / (n + 2);
    return Math.sqrt(p * (1 - p) / n);
  });

const likeliest = (scores: number[], chance: number, n = 1000) => {
  const x = scores.map((_, i) => 8 + 0.5 * i);
  const e = shapeEvidence(x, scores, errors(scores, n), chance, 0.01, 3 * errors(scores, n)[0]!);
  assert.equal(e.length, EVIDENCE_HYPOTHESES.length);
  assert.ok(e.every((v) => Number.isFinite(v) && v <= 0 && v >= -30));
  return EVIDENCE_HYPOTHESES[e.indexOf(Math.max(...e))];
};

Deno.test("shapeEvidence: each clear shape is its own likeliest hypothesis", () => {
  assert.match(likeliest([0.3, 0.301, 0.299, 0.3, 0.302, 0.3, 0.299, 0.301], 0.25)!, /^flat/);
  assert.equal(likeliest([0.2, 0.3, 0.38, 0.45, 0.5, 0.55, 0.59, 0.62], 0.25), "smooth");
  assert.equal(likeliest([0.62, 0.59, 0.55, 0.5, 0.45, 0.38, 0.3, 0.2], 0.25), "inverse");
  assert.equal(likeliest([0.6, 0.5, 0.4, 0.3, 0.3, 0.4, 0.5, 0.6], 0.25), "u_shaped");
  assert.equal(likeliest([0.3, 0.4, 0.5, 0.6, 0.6, 0.5, 0.4, 0.3], 0.25), "inverted_u");
  // On chance (0.25) for five sizes, then a steep rise: emergent, from chance.
  assert.match(
    likeliest([0.25, 0.251, 0.249, 0.25, 0.252, 0.45, 0.65, 0.8], 0.25)!,
    /^emergent/,
  );
});

Deno.test("shapeEvidence: without chance the chance hypotheses are the free-level ones", () => {
  const scores = [0.25, 0.26, 0.25, 0.27, 0.4, 0.6];
  const x = scores.map((_, i) => 8 + i);
  const e = shapeEvidence(x, scores, errors(scores, 500), undefined, 0.01, 0.05);
  const at = (h: string) => e[EVIDENCE_HYPOTHESES.indexOf(h as never)]!;
  assert.equal(at("emergent from chance"), at("emergent"));
  assert.equal(at("emergent from near chance"), at("emergent"));
  assert.equal(at("flat at chance"), at("flat"));
  assert.equal(at("flat near chance"), at("flat"));
});
