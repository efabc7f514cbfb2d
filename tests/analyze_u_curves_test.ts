/**
 * Chapter 3's analysis (lib/analyze/u_curves.ts, bnsl_extrapolation.ts) and its sentences
 * (u_curves_text.ts): hand-computed and scipy reference values, the real inverse-scaling data,
 * and every sentence fed contrary numbers.
 */
import assert from "./_assert.ts";
import {
  bnslCaption,
  bnslExtrapolation,
  bnslTitle,
  censusSentence,
  type ClassifiedCurve,
  type Curve,
  distractorIllustration,
  formatter,
  hindsightSentence,
  loadBnslParameterSets,
  loadBnslPoints,
  loadInverseScalingCurves,
  notableReasons,
  panelsTitle,
  researchSentence,
  type Shape,
  uCurveCensus,
  uCurveSummary,
} from "../lib/mod.ts";

const f = formatter("en");
const close = (actual: number, expected: number, tol = 1e-12) =>
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${actual} ≠ ${expected}`,
  );

const curve = (scores: number[], extra: Partial<Curve> = {}): Curve => ({
  task: "t",
  family: "F",
  metric: "accuracy",
  chance: 0.5,
  higherIsBetter: true,
  points: scores.map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 })),
  ...extra,
});

/** A census with `shapes` as its classified rows (only what the sentences read); the first `prize` rows are prize-task series. */
function censusOf(shapes: Shape[], prize = 0) {
  const rows = shapes.map((shape, i) =>
    ({
      shape,
      task: `task${i}`,
      family: "F",
      metric: "accuracy",
      setting: "one-shot",
      reason: "because",
      curve: curve([0.5, 0.4, 0.6]),
    }) as unknown as ClassifiedCurve
  );
  const of = (...s: Shape[]) => rows.filter((r) => s.includes(r.shape));
  return {
    classified: rows,
    counts: [...new Set(shapes)].map((shape) => ({ shape, count: of(shape).length })),
    panels: [],
    chance: {},
    table: [],
    notable: rows.filter((r) => r.shape !== "flat" && r.shape !== "smooth"),
    declining: of("inverse", "u_shaped"),
    turned: of("u_shaped"),
    inverse: of("inverse"),
    prize: rows.slice(0, prize),
    pilot: rows.slice(prize),
    hindsight: undefined,
  };
}

Deno.test("uCurveCensus: keeps curves with 3+ sizes, labels panels, counts shapes in SHAPE_IDS order", () => {
  const census = uCurveCensus([
    curve([0.7, 0.6, 0.5, 0.6, 0.7], { task: "scope_neglect_10shot", setting: "zero-shot (x)" }),
    curve([0.5, 0.6, 0.7, 0.8, 0.9], { task: "b" }),
    curve([0.5, 0.6], { task: "too_short" }),
    curve([2, 1.5, 1.2, 1.0, 0.9], {
      task: "loss",
      metric: "loss",
      higherIsBetter: false,
      chance: undefined,
    }),
  ]);
  assert.equal(census.classified.length, 3);
  assert.deepEqual(census.counts.map((c) => c.shape), ["u_shaped", "smooth"]);
  assert.deepEqual(census.counts.map((c) => c.count), [1, 2]);
  // Panels: accuracy curves only, in the data's order, "task · family · setting".
  assert.equal(census.panels.length, 10);
  assert.equal(census.panels[0]!.panel, "scope neglect · F · 0-shot");
  assert.equal(census.panels[0]!.shape, "u_shaped");
  assert.deepEqual(Object.keys(census.chance), ["scope neglect · F · 0-shot", "b · F · "]);
  assert.deepEqual(census.turned.map((r) => r.task), ["scope_neglect_10shot"]);
  assert.equal(census.table.find((r) => r.task === "scope_neglect_10shot")!.setting, "0-shot");
});

Deno.test("uCurveCensus on the real inverse-scaling data: 33 curves and the shapes the page states", async () => {
  const curves = await loadInverseScalingCurves();
  const census = uCurveCensus(curves);
  assert.equal(census.classified.length, curves.filter((c) => c.points.length >= 3).length);
  assert.equal(census.classified.length, 33);
  assert.deepEqual(
    Object.fromEntries(census.counts.map((c) => [c.shape, c.count])),
    { emergent: 2, u_shaped: 3, inverted_u: 1, inverse: 1, smooth: 12, flat: 14 },
  );
  assert.equal(census.declining.length, 4);
  assert.ok(census.turned.every((r) => r.task === "scope_neglect"));
  // Every classified row carries its own curve: the panel rows come from it, not a name join.
  const accuracy = census.classified.filter((r) => r.metric === "accuracy");
  assert.equal(census.panels.length, accuracy.reduce((n, r) => n + r.curve.points.length, 0));
  assert.equal(census.panels.length, 64); // the page's data table adds 11 chance rows: 75
  const hindsight = census.hindsight!;
  assert.equal(hindsight.shape, "inverse");
  assert.deepEqual(hindsight.curve.points.map((p) => p.scale), [125e6, 1.3e9, 2.7e9, 6.7e9, 13e9]);
  assert.match(
    hindsightSentence(census, f),
    /^On the real hindsight-neglect task, OPT accuracy goes 0\.505 \(125M\) → 0\.454 \(1\.3B\) → 0\.448 \(2\.7B\) → 0\.467 \(6\.7B\) → 0\.27 \(13B\) against a chance level of 0\.5/,
  );
  assert.match(hindsightSentence(census, f), /too small to show\.$/);
  assert.equal(census.prize.length, 4);
  assert.ok(census.prize.every((r) => r.family === "OPT"));
  assert.equal(census.pilot.length, 29);
  assert.equal(
    censusSentence(census, f),
    "33 curves: 2 emergent, 3 U-shaped, 1 inverted U, 1 inverse scaling, 12 smooth, 14 flat.",
  );
});

Deno.test("distractorIllustration: the toy model's accuracy at 10⁹ matches scipy", () => {
  const toy = distractorIllustration();
  // scipy: T = expit(2.5·(9 − 10)), D = expit(0); T + (1 − T)(1 − D)·0.5 = 0.30689363501593264
  const row = toy.rows.find((r) =>
    r.panel === "distractor 1e9, skill 1e10" && r.curve === "accuracy" &&
    Math.abs(r.params - 1e9) < 1
  )!;
  close(row.value, 0.30689363501593264);
  assert.equal(toy.rows.length, 4 * 57 * 3);
  assert.deepEqual(Object.values(toy.chance), [0.5, 0.5, 0.5, 0.5]);
});

Deno.test("bnslExtrapolation on Caballero et al.'s 4-digit addition: published predictions match numpy", async () => {
  const [published] = await loadBnslParameterSets();
  const result = bnslExtrapolation(await loadBnslPoints(), published!);
  assert.equal(result.fitPoints.length, 14);
  assert.deepEqual(result.targets.map((p) => p.x), [800, 864, 928]);
  // numpy: a + b·x^(−c0)·(1 + (x/d)^(1/f))^(−c·f) with the published ground-truth parameters
  const expected = [0.7601883227433355, 0.6374981569713672, 0.5625980687424545];
  result.errors.forEach((e, i) => close(e.published, expected[i]!, 1e-12));
  assert.ok(result.maxError < 0.01, `max error ${result.maxError}`);
  close(
    result.maxError,
    Math.max(...result.errors.map((e) => Math.abs(e.ours - e.observed))),
  );
  assert.deepEqual(result.curveRange.map(Math.round), [100, 6000]);
  const census = uCurveCensus(await loadInverseScalingCurves());
  assert.equal(
    uCurveSummary(census, result, f),
    "**U-curves:** of 33 curves in the Inverse Scaling Prize data (4 on prize tasks with OPT, 29 " +
      "from the organisers' pilot runs on GPT-2 and GPT-3), 1 only declines within the data and 3 " +
      "decline and then turn back up (all 3 pilot series); a one-break broken scaling law fitted on " +
      `14 points predicts the 3 held-out points to within ${f.fixed(result.maxError, 3)} nats.`,
  );
  assert.equal(
    bnslTitle(result, f),
    "A one-break BNSL fitted on 14 points predicts the 3 held-out points",
  );
  assert.match(
    bnslCaption(result, f),
    /^Extrapolation to the held-out points\. Our break is at \d{3} examples \(published 613\)\.$/,
  );
  assert.throws(
    () => bnslExtrapolation(result.fitPoints, published!),
    /need points with role "fit" and "extrapolation_target", got 14 and 0/,
  );
});

Deno.test("census sentences follow the counts: none, one, several", () => {
  assert.equal(censusSentence(censusOf([]), f), "No curve has three or more sizes.");
  assert.equal(censusSentence(censusOf(["flat", "flat"]), f), "2 curves: 2 flat.");
  assert.equal(
    notableReasons(censusOf(["flat", "smooth"]), f),
    "Every curve here is flat or smooth.",
  );
  assert.match(
    notableReasons(censusOf(["inverse"]), f),
    /- \*task0, F, accuracy, 1-shot\* — \*\*inverse scaling\*\*: because$/,
  );

  const none = researchSentence(censusOf(["flat", "smooth"]), f);
  assert.match(
    none,
    /^Of the 2 curves here, none declines by more than their noise at some point\. A/,
  );
  const noTurn = researchSentence(censusOf(["inverse", "flat"]), f);
  assert.match(
    noTurn,
    /1 declines by more than its noise at some point; none of those turns back up/,
  );
  const turns = researchSentence(censusOf(["u_shaped", "u_shaped", "inverse"]), f);
  assert.match(
    turns,
    /3 decline by more than their noise at some point; 2 of those already turn back up within the sizes we have \(task0 on F, one-shot; task1 on F, one-shot\)/,
  );
  const one = researchSentence(censusOf(["u_shaped"]), f);
  assert.match(one, /^Of the 1 curve here, 1 declines .* 1 of those already turns back up/);

  assert.equal(
    panelsTitle(censusOf(["u_shaped"]), f),
    "Accuracy on inverse-scaling tasks: some fall, some turn around",
  );
  assert.equal(
    panelsTitle(censusOf(["inverse"]), f),
    "Accuracy on inverse-scaling tasks: some fall, none turns around",
  );
  assert.equal(
    panelsTitle(censusOf(["flat"]), f),
    "Accuracy on inverse-scaling tasks: none falls by more than noise",
  );
});

Deno.test("hindsight sentence: a U already turning, or no such curve", () => {
  const census = uCurveCensus([
    curve([0.7, 0.6, 0.5, 0.6, 0.7], { task: "hindsight_neglect_10shot", family: "OPT" }),
  ]);
  assert.match(
    hindsightSentence(census, f),
    /\*\*U-shaped\*\*.* — and these data already show the turn\.$/,
  );
  assert.equal(
    hindsightSentence({ hindsight: undefined }, f),
    "The hindsight-neglect accuracy curve is not in these data.",
  );
});

Deno.test("summary: verbs agree with the counts; a missed extrapolation says so", () => {
  const good = {
    fitPoints: new Array(14),
    targets: new Array(3),
    maxError: 0.009,
    maxRelativeError: 0.016,
  };
  const bad = {
    fitPoints: new Array(2),
    targets: new Array(1),
    maxError: 0.25,
    maxRelativeError: 0.4,
  };
  const many = uCurveSummary(
    censusOf(["inverse", "inverse", "u_shaped"]) as never,
    good as never,
    f,
  );
  assert.match(
    many,
    /^\*\*U-curves:\*\* of 3 curves in the Inverse Scaling Prize data \(0 on prize tasks with OPT, 3 from the organisers' pilot runs on GPT-2 and GPT-3\)/,
  );
  assert.match(
    many,
    /2 only decline within the data and 1 declines and then turns back up \(a pilot series\);/,
  );
  assert.match(many, /fitted on 14 points predicts the 3 held-out points to within 0\.009 nats\.$/);
  const few = uCurveSummary(
    censusOf(["inverse", "u_shaped", "u_shaped"]) as never,
    bad as never,
    f,
  );
  assert.match(
    few,
    /1 only declines within the data and 2 decline and then turn back up \(both pilot series\);/,
  );
  const mixed = uCurveSummary(censusOf(["u_shaped", "u_shaped"], 1) as never, good as never, f);
  assert.match(mixed, /\(1 on prize tasks with OPT, 1 from .* \(1 of them pilot series\);/);
  const prizeOnly = uCurveSummary(censusOf(["u_shaped", "flat"], 2) as never, good as never, f);
  assert.match(prizeOnly, /1 declines and then turns back up \(a prize-task series\);/);
  const noTurn = uCurveSummary(censusOf(["inverse"]) as never, good as never, f);
  assert.match(noTurn, /0 decline and then turn back up; a one-break/);
  assert.match(few, /fitted on 2 points misses the 1 held-out point by up to 0\.250 nats\.$/);
  assert.equal(
    bnslTitle(bad as never, f),
    "A one-break BNSL fitted on 2 points misses the 1 held-out point",
  );
});
