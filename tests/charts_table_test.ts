import assert from "./_assert.ts";
import { formatNumber, JUPYTER_DISPLAY, table } from "../lib/charts/mod.ts";

const ROWS = [
  { model: "Chinchilla", params: 7e10, loss: 1.9372, note: "<b>&</b>" },
  { model: 'Gopher "280B"', params: 2.8e11, loss: 1.99, note: null },
  { model: "tiny", params: 1234, loss: -0.5, note: "x" },
];

Deno.test("table(rows, columns, { caption }).html() escapes, captions and right-aligns numbers", () => {
  const t = table(ROWS, [
    { key: "model", title: "Model <name>" },
    { key: "params", title: "Parameters" },
    { key: "loss", title: "Loss (nats)", format: "fixed", digits: 3 },
    "note",
  ], { caption: "Models & losses <src>" });
  const html = t.html();
  assert.match(
    html,
    /^<table class="data-table"><caption>Models &amp; losses &lt;src&gt;<\/caption><thead><tr>/,
  );
  assert.match(
    html,
    /<th scope="col">Model &lt;name&gt;<\/th><th scope="col" style="text-align:right[^"]*">Parameters<\/th>/,
  );
  assert.match(
    html,
    /<td>Gopher &quot;280B&quot;<\/td><td style="text-align:right[^"]*">2.80e11<\/td><td style="text-align:right[^"]*">1.990<\/td><td>—<\/td>/,
  );
  assert.match(html, /<td>&lt;b&gt;&amp;&lt;\/b&gt;<\/td>/);
  assert.match(html, />−0.500</);
  assert.ok(!html.includes("<b>"));
  assert.deepEqual(Object.keys(t[JUPYTER_DISPLAY]()), ["text/html", "text/plain"]);
});

Deno.test("table(...).text() aligns columns", () => {
  const text = table(ROWS, ["model", "params"], { caption: "Sizes" }).text();
  assert.equal(
    text,
    [
      "Sizes",
      "model          params",
      "-------------  ------",
      "Chinchilla     7.00e10",
      'Gopher "280B"  2.80e11',
      "tiny             1,234",
    ].join("\n").replace("params\n", " params\n").replace("------\n", "-------\n"),
  );
});

Deno.test("formatNumber(value, format, digits) is locale-free and refuses NaN", () => {
  assert.equal(formatNumber(1234567), "1.23e6");
  assert.equal(formatNumber(123456), "123,456");
  assert.equal(formatNumber(0.000123), "1.23e-4");
  assert.equal(formatNumber(0.3473), "0.347");
  assert.equal(formatNumber(7e10, "si"), "70B");
  assert.equal(formatNumber(0.256, "percent"), "25.6%");
  assert.equal(formatNumber(-2143.4, "integer"), "−2,143");
  assert.equal(formatNumber(Infinity), "∞");
  assert.throws(() => formatNumber(NaN), RangeError);
  assert.throws(() => table([{ a: NaN }], ["a"]), /rows\[0\]\.a is NaN/);
  assert.throws(() => table([{ a: 1 }], []), TypeError);
});
