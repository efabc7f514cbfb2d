/**
 * Issue 14, "Extrapolation": chapter 1's Kaplan chart dashes each law past the parameters and
 * tokens it was fitted on; chapter 4's frontier and ratio charts shade the fitted runs' compute
 * and the inference-aware table marks every plan beyond the fitted runs.
 */
import assert from "./_assert.ts";
import {
  computeAllocation,
  formatter,
  HOFFMANN_2022,
  KAPLAN_FITTED_RANGE,
  kaplanLaws,
} from "../lib/mod.ts";
import { kaplanFigure } from "../lib/charts/figures/scaling_laws.ts";
import {
  frontierFigure,
  plansTable,
  ratioFigure,
} from "../lib/charts/figures/compute_allocation.ts";

const f = formatter("en");

Deno.test("Kaplan chart: solid within the fitted range, dashed beyond, the stretches meet", () => {
  const chart = kaplanFigure(kaplanLaws(), f);
  const rows = chart.rows as {
    x: number;
    loss: number;
    law: string;
    span: string;
    stretch: string;
  }[];
  const n = rows.filter((r) => r.law === "L(N): parameters");
  // The cut at 1.5B parameters ends the solid stretch and starts the dashed one, on the line:
  // L(N) = (8.8e13 / N)^0.076 (Kaplan et al. eq. 1.1) at N = 1.5e9 is 2.3055.
  const cut = n.filter((r) => r.x === KAPLAN_FITTED_RANGE.params[1]);
  assert.deepEqual(cut.map((r) => r.span), ["fitted data", "extrapolated"]);
  assert.ok(Math.abs(cut[0]!.loss - (8.8e13 / 1.5e9) ** 0.076) < 1e-9);
  assert.ok(n.filter((r) => r.x > 1.5e9).every((r) => r.span === "extrapolated"));
  const d = rows.filter((r) => r.law === "L(D): tokens");
  const spans = d.map((r) => r.span).filter((s, i, all) => i === 0 || s !== all[i - 1]);
  assert.deepEqual(spans, ["extrapolated", "fitted data", "extrapolated"]);
  assert.equal(new Set(d.map((r) => r.stretch)).size, 3); // below, within, above: three lines
  assert.ok(rows.filter((r) => r.law === "L(C): FLOP").every((r) => r.span === "range not given"));
  const line = (chart.spec.layer as { mark: { type: string }; encoding: Record<string, unknown> }[])
    .find((l) => l.mark.type === "line")!;
  assert.deepEqual(Object.keys(line.encoding).filter((k) => k === "strokeDash" || k === "detail"), [
    "strokeDash",
    "detail",
  ]);
});

Deno.test("chapter 4: shaded fitted compute on both curves, plans marked beyond the fitted runs", () => {
  const boot = {
    resamples: 1,
    converged: 1,
    intervals: new Proxy({}, { get: () => ({ lower: 1e-3, upper: 1e15 }) }) as Record<
      string,
      { lower: number; upper: number }
    >,
  };
  const runs = [{ params: 1e8, tokens: 2e9, loss: 3 }, { params: 1e10, tokens: 2e11, loss: 2.2 }];
  const llama = {
    model: "LLaMA 7B",
    organization: "Meta AI",
    year: 2023,
    params: 6.7e9,
    tokens: 1e12,
    flops: 4.02e22,
    flopsReported: false,
    source: "",
  };
  const data = { models: [llama], table3: [{ params: 4e8, flops: 1.92e19, tokens: 8e9 }] };
  const r = computeAllocation(HOFFMANN_2022, boot, { ...data, runs });
  assert.deepEqual(r.fitted?.flops, { lower: 1.2e18, upper: 1.2e22 });
  for (const chart of [frontierFigure(r, f), ratioFigure(r, f)]) {
    const shade =
      (chart.spec.layer as { mark: { type: string }; data: { values: object[] } }[])[0]!;
    assert.equal(shade.mark.type, "rect");
    assert.deepEqual(shade.data.values[0], {
      flops: 1.2e18,
      flopsEnd: 1.2e22,
      label: "fitted runs",
      annotation: true,
    });
    assert.match(
      chart.description,
      /Shaded: .*1\.2×10¹⁸ to 1\.2×10²² FLOP\); outside it the line is extrapolated\./,
    );
  }
  const html = plansTable(r, f).html();
  assert.match(html, /fitted range/);
  assert.match(html, /beyond \(N, D\)/); // the compute-optimal plan at 5.76×10²³ FLOP is far past 10B
  const none = computeAllocation(HOFFMANN_2022, boot, data);
  assert.equal(none.fitted, undefined);
  assert.equal(
    (frontierFigure(none, f).spec.layer as unknown[]).length,
    (frontierFigure(r, f).spec.layer as unknown[]).length - 2,
  );
});
