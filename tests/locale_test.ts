import assert from "./_assert.ts";
import * as vega from "vega";
import { formatter } from "../lib/locale/format.ts";
import { LANGS } from "../lib/locale/lang.ts";
import {
  type ExpressionQuantity,
  formatExpression,
  formatQuantity,
} from "../lib/locale/vega_expression.ts";

/** Evaluate `expr` (over `datum.v`) with Vega's own parser, codegen and functions. */
async function evaluate(expr: string, values: (number | null)[]): Promise<string[]> {
  const spec = {
    data: [{
      name: "d",
      values: values.map((v) => ({ v })),
      transform: [{ type: "formula", expr, as: "text" }],
    }],
  };
  // deno-lint-ignore no-explicit-any
  const view = new vega.View(vega.parse(spec as any), { renderer: "none" });
  await view.runAsync();
  const rows = view.data("d") as { text: string }[];
  view.finalize();
  return rows.map((r) => r.text);
}

// Values chosen to cross every branch: below 1, the plain range, each compact unit and its
// round-up edge (999.7 → "1K", 999,950 → "1M"), the 10¹⁵ switch to scientific notation,
// negatives, tiny numbers and zero; and decimal ties stored just below the tie (12.35 is
// 12.3499… in binary; Intl rounds the decimal form up: see lib/locale/vega_expression.ts).
const VALUES = [
  0,
  1,
  0.5,
  0.001234,
  1e-7,
  12.34,
  950,
  999.7,
  1.2e3,
  12_345.6,
  999_950,
  1.234567e6,
  6.7e9,
  7.07e10,
  1.3e11,
  1.4e12,
  9.2e13,
  999.96e12,
  1e15,
  3.1e18,
  1e21,
  5.04e23,
  5.88e23,
  9.96e23,
  1e25,
  -1234,
  -7.07e10,
  -5.88e23,
  0.4213,
  -0.0001,
  2.5e-5,
  1.2e-12,
  12.35,
  -12.35,
  0.1235,
  0.2505,
  2.675,
  1.005,
  12.85e9,
  6.855e9,
  0.0001235,
];

const QUANTITIES: ExpressionQuantity[] = [
  "count",
  "params",
  "tokens",
  "flops",
  "percent",
  "number",
];

Deno.test("formatExpression(quantity, lang, v) evaluated by Vega equals the Formatter on every value", async () => {
  for (const lang of LANGS) {
    const f = formatter(lang);
    for (const quantity of QUANTITIES) {
      // Percentages are of proportions; beyond 10¹⁵ toFixed itself switches to e-notation.
      const values = quantity === "percent" ? VALUES.filter((v) => Math.abs(v) < 1e15) : VALUES;
      const got = await evaluate(formatExpression(quantity, lang, "datum.v"), values);
      const want = values.map((v) => formatQuantity(f, v, quantity));
      assert.deepEqual(got, want, `${lang} ${quantity}`);
    }
  }
});

Deno.test("formatExpression honours digits like the Formatter's methods", async () => {
  for (const lang of LANGS) {
    const f = formatter(lang);
    const cases: [ExpressionQuantity, number, (v: number) => string][] = [
      ["flops", 3, (v) => f.flops(v, 3)],
      ["number", 2, (v) => f.number(v, 2)],
      ["percent", 0, (v) => f.percent(v, 0)],
      ["params", 2, (v) => f.params(v, 2)],
    ];
    for (const [quantity, digits, format] of cases) {
      const values = VALUES.filter((v) => Math.abs(v) < 1e15);
      const got = await evaluate(formatExpression(quantity, lang, "datum.v", digits), values);
      assert.deepEqual(got, values.map(format), `${lang} ${quantity} digits=${digits}`);
    }
  }
});

Deno.test("formatExpression: the report's examples, hand-written", async () => {
  const [params, tokens, flops, percent] = await Promise.all([
    evaluate(formatExpression("params", "en", "datum.v"), [7.07e10, 1.3e11, 1234, 950]),
    evaluate(formatExpression("tokens", "en", "datum.v"), [1.4e12, 3e8]),
    evaluate(formatExpression("flops", "en", "datum.v"), [5.88e23, 1e23, 5.04e23, 1e21]),
    evaluate(formatExpression("percent", "en", "datum.v"), [0.421, 1]),
  ]);
  assert.deepEqual(params, ["70.7B", "130B", "1.23K", "950"]); // never SI "130G"
  assert.deepEqual(tokens, ["1.4T", "300M"]);
  assert.deepEqual(flops, ["5.9×10²³", "10²³", "5×10²³", "10²¹"]); // never SI "504Z"
  assert.deepEqual(percent, ["42.1%", "100.0%"]);
});

Deno.test("formatExpression: missing values give a dash, infinities the infinity sign", async () => {
  const got = await evaluate(formatExpression("params", "en", "datum.v"), [null, Infinity]);
  assert.deepEqual(got, ["—", "∞"]);
  assert.deepEqual(
    await evaluate(formatExpression("number", "en", "datum.v"), [-Infinity]),
    ["−∞"],
  );
});

Deno.test("formatExpression validates quantity and digits up front", () => {
  assert.throws(
    () => formatExpression("si" as ExpressionQuantity, "en", "datum.v"),
    /formatExpression: quantity must be one of "count", .*got "si"/,
  );
  assert.throws(
    () => formatExpression("number", "en", "datum.v", 0),
    /digits for number must be an integer 1–20, got 0/,
  );
  assert.throws(
    () => formatExpression("number", "en", "datum.v", 2.5),
    /digits for number must be an integer/,
  );
});

Deno.test("Formatter.count/params/tokens take significant digits; fixed never prints −0", () => {
  const f = formatter("en");
  // Intl compact notation, en-US: 70,712,345,678 to 2 and 4 significant digits.
  assert.equal(f.params(70_712_345_678, 2), "71B");
  assert.equal(f.tokens(70_712_345_678, 4), "70.71B");
  assert.equal(f.count(1234), "1.23K");
  assert.equal(f.fixed(-0.0001, 1), "0.0");
  assert.equal(f.percent(-0.00001), "0.0%");
  assert.equal(f.fixed(-0.06, 1), "−0.1");
});

Deno.test("Chinese numbers: 万 / 亿 / 万亿 with grouped mantissas, the wave dash, Chinese dates", async () => {
  const f = formatter("zh");
  // Intl.NumberFormat("zh-CN", { notation: "compact" }); hand-checked: 7.07×10¹⁰ = 707 × 10⁸.
  assert.equal(f.params(7.07e10), "707亿");
  assert.equal(f.params(1.75e11), "1,750亿");
  assert.equal(f.tokens(1.4e12), "1.4万亿");
  assert.equal(f.count(12_345), "1.23万");
  assert.equal(f.count(1234), "1,230");
  assert.equal(f.count(9999.6), "1万"); // rounds up into the next unit
  assert.equal(f.flops(5.88e23), "5.9×10²³");
  assert.equal(f.percent(0.421), "42.1%");
  assert.equal(f.interval(2.9e9, 1.37e11, "params"), "29亿～1,370亿");
  assert.equal(f.range("0.28", "0.34"), "0.28～0.34");
  assert.equal(f.date("2020-01-23"), "2020年1月23日");
  const [params, tokens] = await Promise.all([
    evaluate(formatExpression("params", "zh", "datum.v"), [7.07e10, 1.75e11, 1234, 950, -3.2e9]),
    evaluate(formatExpression("tokens", "zh", "datum.v"), [1.4e12, 3e8, 5e7]),
  ]);
  assert.deepEqual(params, ["707亿", "1,750亿", "1,230", "950", "−32亿"]);
  assert.deepEqual(tokens, ["1.4万亿", "3亿", "5,000万"]);
});

Deno.test("format.date rejects what is not a date", () => {
  assert.throws(() => formatter("en").date("yesterday"), /format.date: "yesterday" is not a date/);
});
