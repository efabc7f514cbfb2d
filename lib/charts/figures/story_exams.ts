/**
 * Issue 16's exam figure and table: GPT-4 against GPT-3.5 on the GPT-4 Technical Report's exams
 * (OpenAI 2023, Table 1). Titles and captions come from lib/analyze.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { inLang } from "../../locale/lang.ts";
import type { ExamResults } from "../../analyze/exams.ts";
import { examText, examTitle, percentileRange } from "../../analyze/exams_text.ts";
import { examShortName } from "../../analyze/_story_labels.ts";
import type { Chart } from "../chart.ts";
import { barChart } from "../bar.ts";
import { type Table, table } from "../table.ts";

/** The words of the exam figure and table in `f`'s language. */
function words(f: Formatter, model: string) {
  return inLang(f.lang, {
    en: () => ({
      source: "OpenAI 2023, GPT-4 Technical Report, Table 1 (percentiles as printed; ranges at " +
        "their midpoint)",
      ahead: `${model} ahead`,
      behind: `${model} behind`,
      same: "Same",
      exam: "Exam",
      gain: `${model} minus GPT-3.5 (percentile points)`,
      difference: "Difference",
      gpt4: `${model}: percentile of test-takers`,
      gpt35: "GPT-3.5: percentile of test-takers",
      without: "Without a percentile for both models",
    }),
    zh: () => ({
      source: "OpenAI 2023，GPT-4 Technical Report，Table 1（百分位按原文；范围取中点）",
      ahead: `${model} 领先`,
      behind: `${model} 落后`,
      same: "相同",
      exam: "考试",
      gain: `${model} 减 GPT-3.5（百分位点）`,
      difference: "差异",
      gpt4: `${model}：考生百分位`,
      gpt35: "GPT-3.5：考生百分位",
      without: "两个模型未同时给出百分位的考试",
    }),
  });
}

/**
 * GPT-4's percentile gain over GPT-3.5 per exam (midpoints of the printed ranges), largest first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { examComparison } from "../../analyze/exams.ts";
 * import { examFigure } from "./story_exams.ts";
 * const row = (exam: string, model: "GPT-4" | "GPT-3.5", low: number) => ({ exam, model, printed: "", line: 2, percentile: { low, high: low } });
 * const chart = examFigure(examComparison([row("Bar", "GPT-4", 90), row("Bar", "GPT-3.5", 10)]), formatter("en"));
 * assert.equal(chart.rows[0]?.gain, 80);
 * ```
 */
export function examFigure(r: ExamResults, f: Formatter): Chart {
  const w = words(f, r.model);
  const gpt4 = w.ahead, behind = w.behind, same = w.same;
  const rows = r.exams.map((c) => ({
    exam: examShortName(c.exam, f.lang),
    gain: c.gain,
    direction: c.gain > 0 ? gpt4 : c.gain < 0 ? behind : same,
  }));
  return barChart(rows, {
    lang: f.lang,
    title: examTitle(r, f),
    description: examText(r, f),
    source: w.source,
    category: { field: "exam", title: w.exam },
    value: { field: "gain", title: w.gain },
    color: { field: "direction", title: w.difference, domain: [gpt4, same, behind] },
    sort: "descending",
  });
}

/**
 * Every exam with both models' percentiles in words (and the exams without one).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { examComparison } from "../../analyze/exams.ts";
 * import { examTable } from "./story_exams.ts";
 * const row = (exam: string, model: "GPT-4" | "GPT-3.5", low: number, high = low) => ({ exam, model, printed: "", line: 2, percentile: { low, high } });
 * const t = examTable(examComparison([row("AP Biology", "GPT-4", 85, 100), row("AP Biology", "GPT-3.5", 62, 85)]), formatter("en"));
 * assert.equal(t.rows[0]?.gpt4, "the 85th–100th percentile");
 * ```
 */
export function examTable(r: ExamResults, f: Formatter): Table {
  const rows = r.exams.map((c) => ({
    exam: c.exam,
    gpt4: percentileRange(c.gpt4, f),
    gpt35: percentileRange(c.gpt35, f),
  }));
  const w = words(f, r.model);
  return table(rows, [
    { key: "exam", title: w.exam },
    { key: "gpt4", title: w.gpt4 },
    { key: "gpt35", title: w.gpt35 },
  ], {
    caption: inLang(f.lang, {
      en: () => `${w.source}. ${w.without}: ${r.noPercentile.join("; ")}.`,
      zh: () => `${w.source}。${w.without}：${r.noPercentile.join("；")}。`,
    }),
    lang: f.lang,
  });
}
