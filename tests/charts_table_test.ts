import assert from "./_assert.ts";
import { formatNumber, JUPYTER_DISPLAY, table } from "../lib/charts/mod.ts";
import { formatter } from "../lib/locale/mod.ts";

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
    /<td>Gopher &quot;280B&quot;<\/td><td style="text-align:right[^"]*">2.8×10¹¹<\/td><td style="text-align:right[^"]*">1.990<\/td><td>—<\/td>/,
  );
  assert.match(html, /<td>&lt;b&gt;&amp;&lt;\/b&gt;<\/td>/);
  assert.match(html, />−0.500</);
  assert.ok(!html.includes("<b>"));
  assert.deepEqual(Object.keys(t[JUPYTER_DISPLAY]()), ["text/html", "text/plain"]);
});

Deno.test("table(...).text() aligns columns", () => {
  const text = table(ROWS, ["model", { key: "params", format: "params" }], { caption: "Sizes" })
    .text();
  assert.equal(
    text,
    [
      "Sizes",
      "model          params",
      "-------------  ------",
      "Chinchilla        70B",
      'Gopher "280B"    280B',
      "tiny            1.23K",
    ].join("\n"),
  );
});

Deno.test("formatNumber(value, format, digits) delegates to the one Formatter and refuses NaN", () => {
  const f = formatter("en");
  assert.equal(formatNumber(1234567), "1.23×10⁶");
  assert.equal(formatNumber(123456), "123,456");
  assert.equal(formatNumber(0.000123), "1.23×10⁻⁴");
  assert.equal(formatNumber(0.3473), "0.347");
  assert.equal(formatNumber(7e10, "si"), "70B");
  assert.equal(formatNumber(1.3e11, "si"), "130B"); // never SI "130G"
  assert.equal(formatNumber(0.256, "percent"), "25.6%");
  assert.equal(formatNumber(-2143.4, "integer"), "−2,143");
  assert.equal(formatNumber(1.9372, "fixed", 3), "1.937");
  assert.equal(formatNumber(Infinity), "∞");
  // Each named format is exactly one Formatter method.
  for (const v of [7.07e10, 1.4e12, 5.88e23, 1234, 0.5]) {
    assert.equal(formatNumber(v, "params"), f.params(v));
    assert.equal(formatNumber(v, "tokens"), f.tokens(v));
    assert.equal(formatNumber(v, "flops"), f.flops(v));
    assert.equal(formatNumber(v, "si"), f.count(v));
    assert.equal(formatNumber(v, "exp"), f.scientific(v, 3));
    assert.equal(formatNumber(v, "percent"), f.percent(v));
  }
  assert.throws(() => formatNumber(NaN), RangeError);
  assert.throws(
    () => formatNumber(1, "SI" as never),
    /formatNumber: format must be one of "auto", .*got "SI"/,
  );
  assert.throws(() => table([{ a: NaN }], ["a"]), /rows\[0\]\.a is NaN/);
  assert.throws(() => table([{ a: 1 }], []), TypeError);
  assert.throws(
    () => table([{ a: 1 }], [{ key: "a", format: "sci" as never }]),
    /table: columns\.a\.format must be one of/,
  );
});

Deno.test("table(rows, columns, { lang }) formats params, tokens and FLOPs as the prose does", () => {
  const t = table([{ n: 7.07e10, d: 1.4e12, c: 5.88e23, share: 0.421 }], [
    { key: "n", format: "params" },
    { key: "d", format: "tokens" },
    { key: "c", format: "flops" },
    { key: "share", format: "percent" },
  ], { lang: "en" });
  assert.equal(t.text().split("\n").at(-1), "70.7B  1.4T  5.9×10²³  42.1%");
});
