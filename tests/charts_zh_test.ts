// Charts of the Chinese edition (issue 17): titles wrap between Chinese characters, captions and
// the illustration label are in Chinese, and a figure built with a Chinese formatter carries its
// language down to the axis and tooltip number formats (亿 / 万亿, not B / T).
import assert from "./_assert.ts";
import { chartCaption, specHeader } from "../lib/charts/chart.ts";
import { distractorFigure, mirageFigure } from "../lib/charts/figures/mod.ts";
import { distractorIllustration, mirageToy } from "../lib/analyze/mod.ts";
import { formatter } from "../lib/locale/mod.ts";

type Title = { text: string[]; subtitle?: string[] };

Deno.test("specHeader: a Chinese title wraps between characters, nothing lost, none too wide", () => {
  const title =
    "同样平滑的提升，在完全匹配下看起来却是突变：GPT-3 的三位数加法在 1,750亿参数时才跃升到 80.4%";
  const header = specHeader(
    { title, description: "说明。", source: "Brown et al. 2020", lang: "zh" },
    "test",
  );
  const t = header.title as Title;
  assert.ok(t.text.length >= 2, JSON.stringify(t.text));
  // Wrapping only removes the spaces it breaks at.
  assert.equal(t.text.join("").replace(/\s/g, ""), title.replace(/\s/g, ""));
  // 60 Latin characters a line, a Chinese character counting as two.
  const units = (line: string) => [...line].reduce((n, c) => n + (c > "\u2e80" ? 2 : 1), 0);
  for (const line of t.text) assert.ok(units(line) <= 60, line);
  // No line starts with closing punctuation.
  for (const line of t.text.slice(1)) assert.doesNotMatch(line, /^[，。、；：）]/);
  assert.deepEqual(t.subtitle, ["来源：Brown et al. 2020"]);
});

Deno.test("specHeader: English titles wrap exactly as before (words, 60 characters)", () => {
  const title = "The more a model will be used, the more tokens per parameter it should be " +
    "trained on";
  const t = specHeader({ title, description: "d" }, "test").title as Title;
  assert.deepEqual(t.text, [
    "The more a model will be used, the more tokens per parameter",
    "it should be trained on",
  ]);
});

Deno.test("chartCaption and the illustration label in Chinese", () => {
  assert.equal(
    chartCaption({ source: "Kaplan et al. 2020", illustration: true, lang: "zh" }),
    "示意图（模型，不是测量数据）。来源：Kaplan et al. 2020",
  );
  assert.equal(chartCaption({ source: "Kaplan et al. 2020" }), "Source: Kaplan et al. 2020");
});

Deno.test("figures built with the Chinese formatter: Chinese words, Chinese number formats", () => {
  const zh = formatter("zh");
  const mirage = mirageFigure(mirageToy({ points: 5 }), zh);
  const spec = JSON.stringify(mirage.spec);
  assert.match(spec, /模型规模（对数坐标）/);
  assert.match(spec, /逐 token 概率 p/);
  assert.match(spec, /示意图（模型，不是测量数据）/);
  assert.match(spec, /亿/); // the axis labels' Vega expression writes 亿, not B
  assert.doesNotMatch(spec, /G\\", \\"B/);
  const english = JSON.stringify(mirageFigure(mirageToy({ points: 5 })).spec);
  assert.match(english, /G\\", \\"B/);
  const toy = distractorFigure(distractorIllustration(), zh);
  assert.match(JSON.stringify(toy.spec), /干扰任务能力/);
  assert.ok(toy.rows.every((r) => !String(r.panel).includes("distractor")));
});
