/**
 * Numbers and shapes as a reader sees them in the rendered SVG: tick labels, tooltips
 * (`<title>`) and aria-labels written by lib/locale's one formatter; shape colours, order and
 * words from lib/classify/shapes.ts.
 */
import assert from "./_assert.ts";
import {
  bandChart,
  type Chart,
  lineChart,
  scatterChart,
  shapeColor,
  shapeColorScale,
  smallMultiplesChart,
} from "../lib/charts/mod.ts";
import { SHAPE_IDS, SHAPE_INFO } from "../lib/classify/shapes.ts";
import { compileWarnings } from "./fixtures/charts/compile.ts";
import { curveRows } from "./fixtures/charts/sample.ts";

const META = { title: "A finding", description: "What is shown.", source: "Test source" };
const PARAMS = { field: "scale", title: "Parameters (log scale)", log: true };

interface Rendered {
  texts: string[];
  titles: string[];
  labels: string[];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

async function render(chart: Chart): Promise<Rendered> {
  assert.deepEqual(compileWarnings(chart.spec), []);
  const svg = await chart.toSvg({ strict: true });
  const all = (re: RegExp) => [...svg.matchAll(re)].map((m) => unescape(m[1] ?? ""));
  return {
    texts: all(/<text[^>]*>([^<]*)<\/text>/g),
    titles: all(/<title>([^<]*)<\/title>/g).flatMap((t) => t.split("\n")),
    labels: all(/aria-label="([^"]*)"/g),
  };
}

/** A d3 SI-prefixed number ("130G", "1.2k", "504Z"): what the one formatter replaces. */
const SI = /(^|[\s:(])−?\d+(\.\d+)?[kGPEZYmµ](\b|$)/;

const band = bandChart(
  [1e20, 1e22, 1e24].map((c) => ({ c, n: c ** 0.5, lo: 0.8 * c ** 0.5, hi: 1.3 * c ** 0.5 })),
  {
    ...META,
    x: { field: "c", title: "Compute (FLOPs, log scale)", log: true },
    y: { field: "n", title: "Parameters (log scale)", log: true },
    lower: "lo",
    upper: "hi",
    points: { rows: [{ c: 5.88e23, n: 7.07e10, model: "Chinchilla" }], label: "model" },
  },
);

Deno.test("log axes are labelled by the one formatter: 1B, 1T, 10²³ — no SI G or Z", async () => {
  const { texts } = await render(band);
  // Hand-computed: FLOP decades 10²⁰…10²⁴; parameters √C = 10¹⁰…10¹² → 10B, 100B, 1T.
  for (const tick of ["10²⁰", "10²¹", "10²²", "10²³", "10²⁴", "10B", "100B", "1T"]) {
    assert.ok(texts.includes(tick), `tick ${tick} in ${texts.join(" | ")}`);
  }
  assert.deepEqual(texts.filter((t) => SI.test(t)), []);
  const line = await render(lineChart(curveRows(), { ...META, x: PARAMS, y: Y }));
  for (const tick of ["100M", "1B", "10B"]) assert.ok(line.texts.includes(tick), tick);
});

const Y = { field: "score", title: "Accuracy" };

Deno.test("tooltips and aria-labels use the formatter's notation and axis titles", async () => {
  const { titles, labels } = await render(band);
  assert.ok(titles.includes("Compute (FLOPs, log scale): 5.9×10²³"), titles.join("\n"));
  assert.ok(titles.includes("Parameters (log scale): 70.7B"));
  assert.ok(titles.includes("95% interval: upper: 13B")); // 1.3 × 10¹⁰
  assert.ok(
    labels.includes(
      "model: Chinchilla; Compute (FLOPs, log scale): 5.9×10²³; " +
        "Parameters (log scale): 70.7B",
    ),
    labels.join("\n"),
  );
  for (const text of [...titles, ...labels]) {
    assert.ok(!SI.test(text), `SI prefix in ${JSON.stringify(text)}`);
    assert.ok(!/undefined|NaN|null|__tip/.test(text), text);
  }
});

Deno.test("threshold and chance tooltips: the marker's interval in the axis's notation", async () => {
  const chart = lineChart(curveRows(), {
    ...META,
    x: PARAMS,
    y: { ...Y, quantity: "percent" },
    color: { field: "task", title: "Task" },
    stderr: "stderr",
    chance: { value: 0.25 },
    threshold: { value: 2e9, low: 1e9, high: 5e9, label: "emergence" },
  });
  const { texts, titles } = await render(chart);
  assert.ok(titles.includes("emergence interval: 1B–5B"), titles.join("\n"));
  assert.ok(titles.includes("emergence: 2B"));
  assert.ok(titles.includes("chance: 25.0%"));
  assert.ok(titles.includes("Std. error: 0.02"));
  assert.ok(texts.includes("40.0%"), "an explicit quantity labels a linear axis too");
});

Deno.test("AxisOptions.quantity is validated and overrides the inferred notation", async () => {
  assert.throws(
    () => scatterChart(curveRows(), { ...META, x: { ...PARAMS, quantity: "si" as never }, y: Y }),
    /axis "scale": quantity must be one of "count", .*got "si"/,
  );
  const flops = await render(
    scatterChart(curveRows(), { ...META, x: { ...PARAMS, quantity: "flops" }, y: Y }),
  );
  for (const tick of ["10⁸", "10⁹", "10¹⁰"]) assert.ok(flops.texts.includes(tick), tick);
});

Deno.test("shapeColorScale: every shape in report order with SHAPE_INFO's colours and words", () => {
  const scale = shapeColorScale("en");
  assert.deepEqual(scale.domain, [...SHAPE_IDS]);
  assert.deepEqual(scale.range, SHAPE_IDS.map((s) => SHAPE_INFO[s].colour));
  assert.deepEqual(scale.labels, SHAPE_IDS.map((s) => SHAPE_INFO[s].label.en));
  assert.equal(new Set(scale.range).size, SHAPE_IDS.length, "one colour per shape");
  assert.throws(() => shapeColorScale("en", ["wiggly" as never]), /shapes must be among/);
});

Deno.test("charts coloured by shape: SHAPE_INFO colours, present shapes in order, words", async () => {
  const chart = smallMultiplesChart(curveRows(), {
    ...META,
    facet: { field: "task" },
    x: PARAMS,
    y: Y,
    color: shapeColor("shape"),
    chance: "chance",
    thresholds: { arithmetic: { value: 2e9, low: 1.4e9, high: 6.9e9 } },
  });
  const spec = JSON.stringify(chart.spec);
  // curveRows has emergent, smooth and u_shaped; report order puts u_shaped before smooth.
  const present = ["emergent", "u_shaped", "smooth"] as const;
  assert.ok(spec.includes(JSON.stringify({
    domain: present,
    range: present.map((s) => SHAPE_INFO[s].colour),
  })));
  const { texts, titles, labels } = await render(chart);
  for (const words of ["emergent", "U-shaped", "smooth", "Shape"]) {
    assert.ok(texts.includes(words), `legend ${words}`);
  }
  assert.ok(!texts.includes("u_shaped"));
  assert.ok(titles.includes("Shape: U-shaped"), titles.join("\n"));
  assert.ok(labels.some((l) => l.startsWith("task: hindsight; Shape: U-shaped; ")));
  assert.deepEqual(labels.filter((l) => l.includes("u_shaped")), []);
});

Deno.test("ColorOptions.range pairs with the domain, one colour per value", () => {
  const rows = curveRows();
  assert.throws(
    () =>
      scatterChart(rows, {
        ...META,
        x: PARAMS,
        y: Y,
        color: { field: "task", title: "T", range: ["#000"] },
      }),
    /range needs a domain/,
  );
  assert.throws(
    () =>
      scatterChart(rows, {
        ...META,
        x: PARAMS,
        y: Y,
        color: { field: "task", title: "T", domain: ["a", "b"], range: ["#000"] },
      }),
    /range has 1 colours for 2 domain values/,
  );
});
