import assert from "./_assert.ts";
import {
  asIllustration,
  ILLUSTRATION_LABEL,
  JUPYTER_DISPLAY,
  lineChart,
  smallMultiplesChart,
  VEGA_LITE_MIME,
} from "../lib/charts/mod.ts";
import { checkXml } from "./fixtures/charts/xml_check.ts";
import { curveRows, HOSTILE, SIZES } from "./fixtures/charts/sample.ts";

const X = { field: "scale", title: "Parameters (log scale)", log: true };
const Y = { field: "score", title: "Accuracy (fraction correct)" };

function hostileChart() {
  const rows = HOSTILE.flatMap((name, k) =>
    SIZES.map((scale, i) => ({ name, scale, score: 0.2 + 0.05 * i + 0.01 * k }))
  );
  return lineChart(rows, {
    title: "Hostile <names> stay text",
    description: 'Curves named "</svg>" and friends.',
    source: "tests & fixtures",
    x: X,
    y: Y,
    color: { field: "name", title: "Name" },
    tooltip: ["name"],
  });
}

Deno.test("Chart[Jupyter.display]() returns exactly the three MIME types", async () => {
  const chart = hostileChart();
  const bundle = await chart[JUPYTER_DISPLAY]();
  assert.deepEqual(Object.keys(bundle).sort(), [
    "application/vnd.vegalite.v5+json",
    "image/svg+xml",
    "text/plain",
  ]);
  assert.equal(bundle["application/vnd.vegalite.v5+json"], chart.spec);
  assert.equal(
    bundle["text/plain"],
    'Hostile <names> stay text — Curves named "</svg>" and friends.',
  );
  const svg = bundle["image/svg+xml"]!;
  const xml = checkXml(svg);
  assert.equal(xml.tags.filter((t) => t === "script" || t === "img").length, 0);
  for (const name of HOSTILE) assert.ok(xml.texts.some((t) => t.includes(name)), name);
  assert.match(
    svg,
    /^<svg[^>]* role="img" aria-label="Hostile &lt;names&gt; stay text — Curves named &quot;&lt;\/svg&gt;&quot; and friends\."/,
  );
  assert.match(svg, /style="max-width:100%;height:auto"/, "responsive by default");
  assert.ok(xml.texts.includes("Source: tests & fixtures"), "source visible in the SVG");
  assert.ok(xml.texts.some((t) => t.startsWith("Name: <script>")), "tooltip <title> present");
  assert.equal(await chart.toSvg(), svg, "deterministic");
});

Deno.test("Chart[Jupyter.display](host) leaves out the SVG when the host renders Vega-Lite", async () => {
  const chart = hostileChart();
  const bundle = await chart[JUPYTER_DISPLAY]({ renders: [VEGA_LITE_MIME] });
  assert.deepEqual(Object.keys(bundle).sort(), [VEGA_LITE_MIME, "text/plain"]);
  assert.equal(bundle[VEGA_LITE_MIME], chart.spec);
  // Any other host (or none, as Jupyter's kernel) gets the SVG fallback.
  const other = await chart[JUPYTER_DISPLAY]({ renders: ["text/html"] });
  assert.ok(other["image/svg+xml"]?.startsWith("<svg"));
});

Deno.test("smallMultiplesChart renders in strict mode (no vega/vega-lite warnings)", async () => {
  const chart = smallMultiplesChart(curveRows(), {
    title: "Three tasks, three shapes",
    description: "Accuracy vs size per task.",
    facet: { field: "task" },
    x: X,
    y: Y,
    color: { field: "shape", title: "Shape" },
    stderr: "stderr",
    chance: "chance",
    thresholds: { arithmetic: { value: 2e9, low: 1.4e9, high: 6.9e9 } },
  });
  const svg = await chart.toSvg({ strict: true });
  const xml = checkXml(svg);
  for (const panel of ["arithmetic", "trivia", "hindsight"]) assert.ok(xml.texts.includes(panel));
});

Deno.test("asIllustration(chart) labels a copy and leaves the original alone", () => {
  const chart = lineChart(curveRows(), {
    title: "Model",
    description: "A model.",
    x: X,
    y: Y,
    color: { field: "task", title: "Task" },
  });
  const ill = asIllustration(chart);
  assert.equal(chart.illustration, false);
  assert.equal(ill.illustration, true);
  assert.deepEqual((ill.spec.title as { subtitle: string[] }).subtitle, [ILLUSTRATION_LABEL]);
  assert.equal(ill.caption, `${ILLUSTRATION_LABEL}.`);
  assert.equal(asIllustration(ill), ill);
});
