import assert from "./_assert.ts";
import {
  bandChart,
  barChart,
  ILLUSTRATION_LABEL,
  lineChart,
  residualChart,
  scatterChart,
  smallMultiplesChart,
  VEGA_LITE_SCHEMA,
} from "../lib/charts/mod.ts";
import { compileWarnings } from "./fixtures/charts/compile.ts";
import { formatExpression } from "../lib/locale/mod.ts";
import { curveRows, SIZES } from "./fixtures/charts/sample.ts";

const X = { field: "scale", title: "Parameters (log scale)", log: true };
const Y = { field: "score", title: "Accuracy (fraction correct)" };
const META = { title: "A finding", description: "What is shown.", source: "Test source" };

function charts() {
  const rows = curveRows();
  return {
    scatter: scatterChart(rows, { ...META, x: X, y: Y, color: { field: "task", title: "Task" } }),
    line: lineChart(rows, {
      ...META,
      x: X,
      y: Y,
      color: { field: "task", title: "Task" },
      stderr: "stderr",
      fits: [{
        f: (n) => 0.25 + 0.01 * Math.log10(n),
        label: "log-linear fit",
        category: "trivia",
      }],
      chance: { value: 0.25 },
      threshold: { value: 2e9, low: 1e9, high: 5e9, label: "emergence" },
    }),
    logLog: lineChart(rows.filter((r) => r.task === "trivia"), {
      ...META,
      x: X,
      y: { ...Y, log: true },
      fits: [{ f: (n) => 0.1 * n ** 0.05, label: "power law" }],
    }),
    smallMultiples: smallMultiplesChart(rows, {
      ...META,
      facet: { field: "task", title: "Task" },
      x: X,
      y: Y,
      color: { field: "shape", title: "Shape" },
      stderr: "stderr",
      chance: "chance",
      thresholds: { arithmetic: { value: 2e9, low: 1.4e9, high: 6.9e9 } },
      independentY: true,
    }),
    residual: residualChart(
      SIZES.map((c, i) => ({ c, r: (i % 2 ? 1 : -1) * 0.01 })),
      {
        ...META,
        x: { field: "c", title: "Compute (FLOPs, log scale)", log: true },
        residual: { field: "r", title: "Residual (nats)" },
      },
    ),
    band: bandChart(
      [1e20, 1e22, 1e24].map((c) => ({ c, n: c ** 0.5, lo: 0.8 * c ** 0.5, hi: 1.3 * c ** 0.5 })),
      {
        ...META,
        x: { field: "c", title: "Compute (FLOPs, log scale)", log: true },
        y: { field: "n", title: "Parameters (log scale)", log: true },
        lower: "lo",
        upper: "hi",
        points: { rows: [{ c: 5.8e23, n: 7e10, model: "Chinchilla" }], label: "model" },
      },
    ),
    bar: barChart([{ m: "small", g: -0.01, se: 0.01 }, { m: "large", g: 0.05, se: 0.02 }], {
      ...META,
      category: { field: "m", title: "Model" },
      value: { field: "g", title: "Gain (accuracy points)" },
      stderr: "se",
      sort: "descending",
    }),
  };
}

Deno.test("every chart function returns a Vega-Lite v5 spec that compiles without warnings", () => {
  for (const [name, chart] of Object.entries(charts())) {
    assert.equal(chart.spec.$schema, VEGA_LITE_SCHEMA, name);
    assert.deepEqual(compileWarnings(chart.spec), [], name);
    assert.equal(chart.spec.description, META.description, name);
    assert.deepEqual(
      chart.spec.title,
      { text: ["A finding"], subtitle: ["Source: Test source"] },
      name,
    );
    const { columns, ...meta } = chart.spec.usermeta as Record<string, unknown>;
    assert.deepEqual(meta, {
      caption: "Source: Test source",
      source: "Test source",
      illustration: false,
    });
    // Issue 15: the data table's columns in words, no internal "__" field among them.
    assert.ok(Array.isArray(columns) && columns.length > 0, `${name}: usermeta.columns`);
    for (const c of columns as { field: string; title: string }[]) {
      assert.ok(!c.field.startsWith("__") && c.title.trim() !== "", `${name}: ${c.field}`);
    }
    assert.equal(chart.caption, "Source: Test source");
    assert.ok(!JSON.stringify(chart.spec).includes('"url"'), `${name}: inline data only`);
  }
});

Deno.test("log axes use log scales with decade ticks and unit titles", () => {
  const { line, band } = charts();
  const layers = line.spec.layer as {
    encoding?: { x?: Record<string, unknown> };
    mark: { type: string };
  }[];
  const main = layers.find((l) =>
    l.mark.type === "line" && l.encoding?.x && "axis" in l.encoding.x
  );
  const x = main?.encoding?.x as {
    scale: unknown;
    axis: { values: number[]; title: string; labelExpr?: string };
  };
  assert.deepEqual(x.scale, { type: "log", nice: false, padding: 8 });
  assert.deepEqual(x.axis.values, [1e8, 1e9, 1e10]);
  assert.equal(x.axis.title, "Parameters (log scale)");
  // Tick labels come from the one formatter: counts on a parameter axis, 10ⁿ on a FLOP axis
  // (inferred: it reaches 10¹⁵), never d3's SI "G"/"Z" (tests/charts_numbers_test.ts renders them).
  assert.equal(
    x.axis.labelExpr,
    formatExpression("count", "en", "datum.value"),
  );
  assert.ok(
    JSON.stringify(band.spec).includes(
      JSON.stringify(formatExpression("flops", "en", "datum.value")),
    ),
  );
  assert.doesNotMatch(JSON.stringify(band.spec), /"format":"[^"]*s"/); // no SI format strings
});

Deno.test("lineChart overlays: dashed fit sampled on a log grid, chance rule, threshold band, error bars", () => {
  const spec = JSON.stringify(charts().line.spec);
  assert.match(
    spec,
    /"strokeDash":\{"field":"curve"[^}]*"scale":\{"range":\[\[6,4\]/,
    "fits: own dashes, own legend",
  );
  assert.match(spec, /"y":\{"datum":0.25\}/);
  assert.match(spec, /"x":\{"datum":1000000000\},"x2":\{"datum":5000000000\}/);
  assert.match(spec, /datum\[\\"score\\"\] - 1.96 \* datum\[\\"stderr\\"\]/);
  const fit =
    (charts().line.spec.layer as { data?: { values: { curve?: string; scale: number }[] } }[])
      .flatMap((l) => l.data?.values ?? []).filter((r) => r.curve === "log-linear fit");
  assert.equal(fit.length, 80);
  assert.equal(fit[0]?.scale, SIZES[0]);
  assert.equal(fit.at(-1)?.scale, SIZES.at(-1));
});

Deno.test("smallMultiplesChart: panels in input order, per-panel chance and threshold rows", () => {
  const { smallMultiples } = charts();
  const spec = smallMultiples.spec as {
    facet: { sort: string[] };
    data: { values: Record<string, unknown>[] };
    resolve: unknown;
  };
  assert.deepEqual(spec.facet.sort, ["arithmetic", "trivia", "hindsight"]);
  const chance = spec.data.values.filter((r) => "__chance" in r);
  assert.equal(chance.length, 3);
  assert.deepEqual(spec.data.values.filter((r) => "__threshold" in r), [
    { task: "arithmetic", __threshold: 2e9, __label: "threshold", __lo: 1.4e9, __hi: 6.9e9 },
  ]);
  assert.deepEqual(spec.resolve, { scale: { y: "independent" } });
});

Deno.test("illustration: true puts the label in subtitle, usermeta and caption", () => {
  const chart = lineChart(curveRows(), {
    ...META,
    illustration: true,
    x: X,
    y: Y,
    color: { field: "task", title: "Task" },
  });
  assert.deepEqual((chart.spec.title as { subtitle: string[] }).subtitle, [
    ILLUSTRATION_LABEL,
    "Source: Test source",
  ]);
  assert.equal((chart.spec.usermeta as { illustration: boolean }).illustration, true);
  assert.equal(chart.caption, `${ILLUSTRATION_LABEL}. Source: Test source`);
});

Deno.test("chart options are validated up front with clear errors", () => {
  const rows = curveRows();
  assert.throws(() => scatterChart([], { ...META, x: X, y: Y }), RangeError);
  assert.throws(
    () => scatterChart([{ scale: 0, score: 1 }], { ...META, x: X, y: Y }),
    /rows\[0\]\.scale = 0 cannot be shown on a log scale/,
  );
  assert.throws(() => scatterChart([{ scale: 1, score: NaN }], { ...META, x: X, y: Y }), TypeError);
  assert.throws(() => scatterChart(rows, { ...META, title: " ", x: X, y: Y }), /options\.title/);
  assert.throws(
    () =>
      lineChart(rows, {
        ...META,
        x: X,
        y: { ...Y, log: true },
        fits: [{ f: () => -1, label: "bad" }],
      }),
    /log y axis needs y > 0/,
  );
  assert.throws(
    () => lineChart(rows, { ...META, x: X, y: Y, threshold: { value: 1e9, low: 2e9, high: 3e9 } }),
    RangeError,
  );
  assert.throws(
    () =>
      smallMultiplesChart(rows, {
        ...META,
        facet: { field: "task" },
        x: X,
        y: Y,
        thresholds: { nope: { value: 1e9 } },
      }),
    /panel "nope" with no rows/,
  );
  assert.throws(
    () =>
      barChart(rows, {
        ...META,
        category: { field: "task", title: "T" },
        value: { ...Y, log: true },
      }),
    TypeError,
  );
  assert.throws(
    () =>
      bandChart([{ c: 1, n: 2, lo: 3, hi: 4 }], { ...META, x: X, y: Y, lower: "lo", upper: "hi" }),
    /rows\[0\]\.scale must be a finite number/,
  );
});

Deno.test("color domains are explicit: first-appearance order, or the caller's fixed order", () => {
  const rows = curveRows();
  const sm = smallMultiplesChart(rows, {
    ...META,
    facet: { field: "task" },
    x: X,
    y: Y,
    color: { field: "shape", title: "Shape" },
    chance: "chance",
  });
  assert.match(JSON.stringify(sm.spec), /"scale":\{"domain":\["emergent","smooth","u_shaped"\]\}/);
  const fixed = scatterChart(rows, {
    ...META,
    x: X,
    y: Y,
    color: { field: "shape", title: "Shape", domain: ["smooth", "emergent", "u_shaped", "flat"] },
  });
  assert.match(JSON.stringify(fixed.spec), /"domain":\["smooth","emergent","u_shaped","flat"\]/);
});
