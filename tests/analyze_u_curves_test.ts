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
  hindsightLossSentence,
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
      scales: 3,
      curve: curve([0.5, 0.4, 0.6]),
    }) as unknown as ClassifiedCurve
  );
  const of = (...s: Shape[]) => rows.filter((r) => s.includes(r.shape));
  const countsOf = (part: ClassifiedCurve[]) =>
    [...new Set(part.map((r) => r.shape))].map((shape) => ({
      shape,
      count: part.filter((r) => r.shape === shape).length,
    }));
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
    prizeCounts: countsOf(rows.slice(0, prize)),
    pilotCounts: countsOf(rows.slice(prize)),
    hindsight: undefined,
    hindsightLoss: undefined,
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
  assert.equal(census.table.find((r) => r.task === "scope neglect 10shot")!.setting, "0-shot");
});

Deno.test("uCurveCensus on the real inverse-scaling data: 33 curves and the shapes the page states", async () => {
  const curves = await loadInverseScalingCurves();
  const census = uCurveCensus(curves);
  assert.equal(census.classified.length, curves.filter((c) => c.points.length >= 3).length);
  assert.equal(census.classified.length, 33);
  assert.deepEqual(
    Object.fromEntries(census.counts.map((c) => [c.shape, c.count])),
    { emergent: 3, u_shaped: 2, inverted_u: 1, inverse: 1, smooth: 10, flat: 12, insufficient: 4 },
  );
  assert.equal(census.declining.length, 3);
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
    /^On the real hindsight-neglect task, OPT accuracy goes 0\.505 \(125M\) → 0\.454 \(1\.3B\) → 0\.448 \(2\.7B\) → 0\.467 \(6\.7B\) → 0\.27 \(13B\) \(each point ± at most 0\.028, one binomial standard error\) against a chance level of 0\.5/,
  );
  assert.match(hindsightSentence(census, f), /too small to show\.$/);
  assert.equal(census.prize.length, 4);
  assert.ok(census.prize.every((r) => r.family === "OPT"));
  assert.equal(census.pilot.length, 29);
  // Prize-task and pilot series are counted separately, never pooled in one count.
  assert.equal(
    censusSentence(census, f),
    "33 curves with three or more sizes, in two kinds of series that are not pooled: **4 from " +
      "Inverse Scaling Prize tasks** evaluated on OPT (2 emergent, 1 inverse scaling, 1 " +
      "undetermined) and **29 from the prize organisers' pilot runs** on GPT-2 and GPT-3 (1 " +
      "emergent, 2 U-shaped, 1 inverted U, 10 smooth, 12 flat, 3 undetermined).",
  );
  assert.ok(census.turned.every((r) => census.pilot.includes(r) && r.scales === 4));

  // OPT hindsight neglect: the loss (lower is better) falls while accuracy collapses; the loss
  // label is emergent because a falling loss is a rising score, not because of a sign bug. Loss
  // values from data/inverse_scaling: 0.8965 (125M) … 0.7708 (13B), all above ln 2 = 0.6931.
  const loss = census.hindsightLoss!;
  assert.equal(loss.shape, "emergent");
  assert.equal(loss.curve.higherIsBetter, false);
  const lossText = hindsightLossSentence(census, f);
  assert.match(lossText, /it falls from 0\.897 \(125M\) to 0\.771 \(13B\)/);
  assert.match(lossText, /accuracy falls from 0\.505 to 0\.27 while the loss improves/);
  assert.match(lossText, /none of the 5 sizes gets below ln 2 ≈ 0\.693/);

  // Turns and thresholds in the table: a point with its profile interval inside the data; a
  // bound where only the largest size is past it (the GPT-3 one-shot U recovers only at 175B).
  const turn = (task: string, family: string, metric: string, setting: string) =>
    census.table.find((r) =>
      r.task === task && r.family === family && r.metric === metric && r.setting === setting
    )!.turnText;
  // GPT-2 one-shot dips from 0.49 to 0.44 and climbs back to chance (0.51): never labelled
  // emergent — the rise ends at chance, not above it — and too weak a dip for a decided U, so it is
  // undetermined, without a turn.
  const scope = census.table.find((r) =>
    r.task === "scope neglect" && r.family === "GPT-2" && r.metric === "accuracy" &&
    r.setting === "1-shot"
  )!;
  assert.equal(scope.shape, "insufficient");
  assert.equal(turn("scope neglect", "GPT-2", "accuracy", "1-shot"), "—");
  assert.equal(
    turn("scope neglect", "GPT-3", "accuracy", "1-shot"),
    "between 6.7B and 175B — only the largest size is past it",
  );
  assert.equal(turn("boolq", "GPT-3", "accuracy", "1-shot"), "—");
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
  const summary = uCurveSummary(census, result, f);
  assert.equal(
    summary,
    "**U-curves:** in the Inverse Scaling Prize data, counted by kind of series: of the 4 " +
      "prize-task series (OPT), 1 only declines within the data and none declines and then turns " +
      "back up; of the 29 pilot series (GPT-2, GPT-3), none only declines within the data and 2 " +
      "decline and then turn back up (each on 4 sizes). A one-break broken scaling law fitted on " +
      `14 points predicts the 3 held-out points to within ${f.fixed(result.maxError, 3)} nats.`,
  );
  // Every number the summary states, in order, is the value in the result it came from.
  const inKind = (rows: ClassifiedCurve[], of: ClassifiedCurve[]) =>
    of.filter((r) => rows.includes(r));
  // (digits inside names such as "GPT-2" are not numbers the summary states)
  assert.deepEqual(summary.match(/(?<![\w-])\d+(?:\.\d+)?/g), [
    String(census.prize.length),
    String(inKind(census.prize, census.inverse).length),
    String(census.pilot.length),
    String(inKind(census.pilot, census.turned).length),
    String(census.turned[0]!.scales),
    String(result.fitPoints.length),
    String(result.targets.length),
    f.fixed(result.maxError, 3),
  ]);
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

Deno.test("census sentences follow the counts: none, one, several; kinds never pooled", () => {
  assert.equal(censusSentence(censusOf([]), f), "No curve has three or more sizes.");
  assert.equal(
    censusSentence(censusOf(["flat", "flat"]), f),
    "2 curves with three or more sizes, all from the prize organisers' pilot runs on GPT-2 and GPT-3: 2 flat.",
  );
  assert.equal(
    censusSentence(censusOf(["emergent", "flat", "flat"], 1), f),
    "3 curves with three or more sizes, in two kinds of series that are not pooled: **1 from " +
      "Inverse Scaling Prize tasks** evaluated on OPT (1 emergent) and **2 from the prize " +
      "organisers' pilot runs** on GPT-2 and GPT-3 (2 flat).",
  );
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
    /^Among the 2 pilot curves, none declines by more than their noise at some point\. A/,
  );
  const noTurn = researchSentence(censusOf(["inverse", "flat"]), f);
  assert.match(
    noTurn,
    /1 declines by more than its noise at some point; none of those turns back up/,
  );
  const turns = researchSentence(censusOf(["u_shaped", "u_shaped", "inverse"]), f);
  assert.match(
    turns,
    /3 decline by more than their noise at some point; 2 of those turn back up within the sizes we have \(task0 on F, one-shot; task1 on F, one-shot\) — each rests on 3 sizes\./,
  );
  const one = researchSentence(censusOf(["u_shaped"]), f);
  assert.match(
    one,
    /^Among the 1 pilot curve, 1 declines .*; it turns back up .* it rests on 3 sizes/,
  );
  // Prize and pilot are stated separately.
  const split = researchSentence(censusOf(["inverse", "u_shaped"], 1), f);
  assert.match(
    split,
    /^Among the 1 prize-task curve, 1 declines .*; none of those turns back up .*\. Among the 1 pilot curve, 1 declines/,
  );

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
    /^\*\*U-curves:\*\* in the Inverse Scaling Prize data, counted by kind of series: of the 3 pilot series \(GPT-2, GPT-3\), 2 only decline within the data and 1 declines and then turns back up \(on 3 sizes\)\./,
  );
  assert.doesNotMatch(many, /prize-task series/);
  assert.match(many, /fitted on 14 points predicts the 3 held-out points to within 0\.009 nats\.$/);
  const few = uCurveSummary(
    censusOf(["inverse", "u_shaped", "u_shaped"]) as never,
    bad as never,
    f,
  );
  assert.match(
    few,
    /1 only declines within the data and 2 decline and then turn back up \(each on 3 sizes\)\./,
  );
  const mixed = uCurveSummary(censusOf(["u_shaped", "u_shaped"], 1) as never, good as never, f);
  assert.match(
    mixed,
    /of the 1 prize-task series \(OPT\), none only declines .* 1 declines and then turns back up \(on 3 sizes\); of the 1 pilot series/,
  );
  const noTurn = uCurveSummary(censusOf(["inverse"]) as never, good as never, f);
  assert.match(noTurn, /none declines and then turns back up\. A one-break/);
  assert.match(few, /fitted on 2 points misses the 1 held-out point by up to 0\.250 nats\.$/);
  assert.equal(
    bnslTitle(bad as never, f),
    "A one-break BNSL fitted on 2 points misses the 1 held-out point",
  );
});
