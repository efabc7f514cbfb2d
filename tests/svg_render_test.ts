import assert from "./_assert.ts";
import { renderVegaLiteSvg } from "../lib/charts/svg.ts";
import { checkXml } from "./fixtures/charts/xml_check.ts";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</svg>",
  "{{x}}",
  "\u05E9\u05DC\u05D5\u05DD \u202Eevil",
  "a&b; &amp;",
];

function hostileSpec() {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: { text: "Hostile <title>", subtitle: "Source: </svg>" },
    description: 'desc "quoted" <b>',
    data: { values: HOSTILE.map((name, i) => ({ scale: 10 ** (i + 6), score: i / 10, name })) },
    mark: { type: "point", clip: true },
    encoding: {
      x: { field: "scale", type: "quantitative", scale: { type: "log" } },
      y: { field: "score", type: "quantitative" },
      color: { field: "name", type: "nominal" },
      tooltip: [{ field: "name", type: "nominal" }, { field: "score", type: "quantitative" }],
    },
  };
}

// One shared pair of renders keeps this file fast (~100 ms per render).
const first = renderVegaLiteSvg(hostileSpec(), { strict: true });
const second = renderVegaLiteSvg(hostileSpec(), { strict: true });

Deno.test("renderVegaLiteSvg(spec) is byte-identical across renders (stable ids)", async () => {
  const [a, b] = await Promise.all([first, second]);
  assert.equal(a, b);
  const ids = [...a.matchAll(/id="([^"]+)"/g)].map((m) => m[1] ?? "");
  assert.ok(ids.length >= 2);
  assert.equal(new Set(ids).size, ids.length, "ids are unique");
  for (const id of ids) assert.match(id, /^vg[0-9a-f]{8}-(\d+|title|desc)$/);
  for (const m of a.matchAll(/url\(#([^)]+)\)/g)) assert.ok(ids.includes(m[1] ?? ""));
});

Deno.test("renderVegaLiteSvg(spec) escapes hostile data strings and stays well-formed", async () => {
  const svg = await first;
  const xml = checkXml(svg);
  assert.deepEqual(xml.tags.filter((t) => t === "script" || t === "img"), []);
  assert.equal(svg.indexOf("</svg>"), svg.length - "</svg>".length);
  for (const name of HOSTILE) {
    const inText = xml.texts.some((t) => t.includes(name));
    assert.ok(inText, `${name} appears as text`);
  }
  assert.ok(!xml.attributes.some((a) => a.name.startsWith("on")), "no event attributes");
});

Deno.test("renderVegaLiteSvg(spec) has an accessible name and tooltip <title>s", async () => {
  const svg = await first;
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  assert.match(root, /role="img"/);
  assert.match(root, /aria-label="Hostile &lt;title&gt; — desc &quot;quoted&quot; &lt;b&gt;"/);
  assert.match(svg, /^<svg[^>]*><title id="[^"]+">Hostile &lt;title&gt;<\/title><desc /);
  const tips = [...svg.matchAll(/<path [^>]*><title>([^<]*)<\/title><\/path>/g)];
  assert.equal(tips.length, HOSTILE.length);
  assert.match(tips[0]?.[1] ?? "", /^name: &lt;script&gt;alert\(1\)&lt;\/script&gt;\nscore: 0/);
});

Deno.test("renderVegaLiteSvg(spec) uses the adaptive theme (currentColor, no white background)", async () => {
  const svg = await first;
  assert.ok(!svg.includes('fill="white"'));
  assert.match(svg, /class="mark-text role-axis-label"[^]*?fill="currentColor"/);
  assert.match(svg, /font-family="system-ui/);
});

Deno.test("renderVegaLiteSvg(spec, { responsive: true }) keeps its natural size, shrinks only below it", async () => {
  const svg = await renderVegaLiteSvg(
    {
      data: { values: [{ a: 1 }] },
      mark: "point",
      encoding: { x: { field: "a", type: "quantitative" } },
    },
    { responsive: true, idPrefix: "fig-1" },
  );
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  // Issue 15: drawn 1:1 (text keeps its px size), laid out for its column by lib/render.
  assert.match(root, /\swidth="\d+(\.\d+)?"/);
  assert.match(root, /\sheight="\d+(\.\d+)?"/);
  assert.match(root, /viewBox="0 0 [\d.]+ [\d.]+"/);
  assert.match(root, /style="max-width:100%;height:auto"/);
  assert.match(root, /aria-label="Chart"/);
  checkXml(svg);
});

Deno.test("renderVegaLiteSvg rejects data.url anywhere, bad prefixes and non-objects", async () => {
  await assert.rejects(
    renderVegaLiteSvg({ layer: [{ data: { url: "https://example.com/x.csv" }, mark: "point" }] }),
    (e: unknown) =>
      e instanceof TypeError && /spec\.layer\[0\]\.data\.url.*data\.values/.test(e.message),
  );
  await assert.rejects(renderVegaLiteSvg({ mark: "point" }, { idPrefix: "1 bad" }), TypeError);
  await assert.rejects(renderVegaLiteSvg(null as unknown as object), TypeError);
});

Deno.test("renderVegaLiteSvg(spec, { strict: true }) throws on vega-lite warnings", async () => {
  const bad = {
    data: { values: [{ a: 1 }] },
    mark: "point",
    encoding: { x: { field: "a", type: "quantitative" }, size: { field: "a", type: "nominal" } },
  };
  await assert.rejects(renderVegaLiteSvg(bad, { strict: true }), TypeError);
});

// Issue 15: nothing is cut to "…", panel headers and legend entries wrap by rule, and every text
// of a chart is drawn at 12 px or more (charts are laid out for their column, not shrunk).
Deno.test("charts: long panel names and legend entries wrap, never end in an ellipsis", async () => {
  const { smallMultiplesChart } = await import("../lib/charts/small_multiples.ts");
  const { fitSpec, NARROW_COLUMN } = await import("../lib/charts/layout.ts");
  const tasks = [
    "figure of speech detection",
    "hindsight neglect · OPT · few-shot",
    "x".repeat(40),
  ];
  const rows = tasks.flatMap((task, t) =>
    [1e8, 1e9, 1e10].map((scale, i) => ({
      task,
      scale,
      score: 0.25 + 0.1 * i * t,
      series: `${task} (a long series name for the legend)`,
    }))
  );
  const chart = smallMultiplesChart(rows, {
    title: "A title long enough to need wrapping on a phone screen, and then some more words",
    description: "d",
    facet: { field: "task", columns: 3 },
    x: { field: "scale", title: "Non-embedding parameters (log scale)", log: true },
    y: { field: "score", title: "Accuracy", domain: [0, 1] },
    color: { field: "series", title: "Series" },
    chance: { [tasks[0]!]: 0.25 },
  });
  for (const spec of [chart.spec, fitSpec(chart.spec, NARROW_COLUMN)]) {
    const svg = await renderVegaLiteSvg(spec, { responsive: true });
    const texts = [...svg.matchAll(/<text\b([^>]*)>([\s\S]*?)<\/text>/g)];
    assert.ok(texts.length > 10);
    for (const [, attrs, inner] of texts) {
      const text = inner!.replace(/<[^>]*>/g, " ");
      assert.ok(!/…\s*$/.test(text), `truncated: ${text}`);
      const size = Number(/font-size="([\d.]+)px"/.exec(attrs!)?.[1] ?? "11");
      assert.ok(size >= 12, `${size}px: ${text}`);
    }
    assert.match(svg, />figure of speech<\/tspan>/, "panel header wrapped at a word");
  }
  const narrow = await renderVegaLiteSvg(fitSpec(chart.spec, NARROW_COLUMN), { responsive: true });
  const width = Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(narrow)?.[1]);
  assert.ok(width <= NARROW_COLUMN + 40, `phone rendering ${width} px wide`);
});
