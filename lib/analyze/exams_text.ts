/**
 * Sentences about GPT-4 against GPT-3.5 on exams, and what exams do and do not show.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { ExamComparison, ExamResults } from "./exams.ts";
import { shareOf } from "./_share.ts";
import { examShortName } from "./_story_labels.ts";

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

/**
 * A percentile range in words: "the 90th percentile" or "the 85th–100th percentile".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { percentileRange } from "./exams_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(percentileRange({ low: 90, high: 90 }, formatter("en")), "the 90th percentile");
 * assert.equal(percentileRange({ low: 31, high: 33 }, formatter("en")), "the 31st–33rd percentile");
 * assert.equal(percentileRange({ low: 11, high: 12 }, formatter("en")), "the 11th–12th percentile");
 * ```
 */
export function percentileRange(r: { low: number; high: number }, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      r.low === r.high
        ? `the ${ordinal(r.low)} percentile`
        : `the ${ordinal(r.low)}–${ordinal(r.high)} percentile`,
    zh: () =>
      r.low === r.high ? `第 ${r.low} 百分位` : `第 ${f.range(`${r.low}`, `${r.high}`)} 百分位`,
  });
}

/**
 * Title of the exam chart: on how many exams GPT-4's range lies wholly above GPT-3.5's.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { examTitle } from "./exams_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const t = (k: number, n: number) => examTitle({ model: "GPT-4", higher: Array(k), exams: Array(n) } as never, formatter("en"));
 * assert.equal(t(15, 26), "GPT-4 places clearly above GPT-3.5 on most exams with percentiles");
 * assert.equal(t(13, 26), "GPT-4 places clearly above GPT-3.5 on 13 of 26 exams with percentiles");
 * assert.equal(t(26, 26), "GPT-4 places clearly above GPT-3.5 on every exam with percentiles");
 * assert.equal(t(0, 26), "GPT-4 places clearly above GPT-3.5 on no exam with percentiles");
 * ```
 */
export function examTitle(
  r: Pick<ExamResults, "model" | "higher" | "exams">,
  f: Formatter,
): string {
  const k = r.higher.length, n = r.exams.length;
  return inLang(f.lang, {
    en: () => {
      const head = `${r.model} places clearly above GPT-3.5 on`;
      switch (shareOf(k, n)) {
        case "none":
          return `${head} no exam with percentiles`;
        case "all":
          return `${head} every exam with percentiles`;
        case "most":
          return `${head} most exams with percentiles`;
        case "some":
          return `${head} ${k} of ${n} exams with percentiles`;
      }
    },
    zh: () => {
      const head = `${r.model} 明显高于 GPT-3.5 的考试：`;
      switch (shareOf(k, n)) {
        case "none":
          return `${head}在有百分位的考试中一个也没有`;
        case "all":
          return `${head}有百分位的每一门考试`;
        case "most":
          return `${head}有百分位的大多数考试`;
        case "some":
          return `${head}有百分位的 ${n} 门考试中的 ${k} 门`;
      }
    },
  });
}

/**
 * One exam in words: "On the Uniform Bar Exam (MBE+MEE+MPT), GPT-4 scores around the 90th
 * percentile of test-takers and GPT-3.5 around the 10th percentile."
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { examSentence } from "./exams_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const c = { exam: "Uniform Bar Exam", gpt4: { low: 90, high: 90 }, gpt35: { low: 10, high: 10 } } as never;
 * assert.equal(examSentence(c, "GPT-4", formatter("en")), "On the Uniform Bar Exam, GPT-4 places at the 90th percentile of test-takers and GPT-3.5 at the 10th percentile.");
 * const ap = { exam: "AP Biology", gpt4: { low: 85, high: 100 }, gpt35: { low: 62, high: 85 } } as never;
 * assert.match(examSentence(ap, "GPT-4", formatter("en")), /at the 85th–100th percentile of test-takers and GPT-3.5 at the 62nd–85th percentile\.$/);
 * ```
 */
export function examSentence(c: ExamComparison, model: string, f: Formatter): string {
  const article = /^(AP|SAT|LSAT|GRE|AMC|USABO|USNCO|Graduate)/.test(c.exam) ? "" : "the ";
  return inLang(f.lang, {
    en: () =>
      `On ${article}${c.exam}, ${model} places at ${
        percentileRange(c.gpt4, f)
      } of test-takers and GPT-3.5 at ${percentileRange(c.gpt35, f)}.`,
    zh: () =>
      `在 ${c.exam} 上，${model} 位于考生的${percentileRange(c.gpt4, f)}，GPT-3.5 位于${
        percentileRange(c.gpt35, f)
      }。`,
  });
}

/**
 * The paragraph: how many exams are compared, higher / same / lower, the largest gain, and what
 * exams do and do not show.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { examText } from "./exams_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const c = (exam: string) => ({ exam, gpt4: { low: 90, high: 90 }, gpt35: { low: 10, high: 10 }, gain: 80 });
 * const r = (higher: number, same: number, lower: number) => ({
 *   model: "GPT-4", exams: Array(26), higher: Array(higher), same: Array(same), lower: Array(lower),
 *   noPercentile: ["a", "b"], largestGain: c("Uniform Bar Exam"),
 * }) as never;
 * assert.match(examText(r(15, 7, 0), formatter("en")), /^Of 26 exams with a percentile for both models, GPT-4's range lies wholly above GPT-3.5's on 15, overlaps it from above on 4, the two are the same on 7 and GPT-4 is lower on none\. The largest gain is on the Uniform Bar Exam \(80 percentile points\)\. 2 exams print no percentile for both\. /);
 * assert.match(examText(r(1, 0, 2), formatter("en")), /above GPT-3.5's on 1, overlaps it from above on 23, the two are the same on none and GPT-4 is lower on 2\./);
 * ```
 */
export function examText(
  r: Pick<
    ExamResults,
    "model" | "exams" | "higher" | "same" | "lower" | "noPercentile" | "largestGain"
  >,
  f: Formatter,
): string {
  const count = (n: number) => (n === 0 ? "none" : String(n));
  const g = r.largestGain;
  const overlap = r.exams.length - r.higher.length - r.same.length - r.lower.length;
  const article = /^(AP|SAT|LSAT|GRE|AMC|USABO|USNCO|Graduate)/.test(g.exam) ? "" : "the ";
  return inLang(f.lang, {
    en: () =>
      `Of ${r.exams.length} exams with a percentile for both models, ${r.model}'s range lies ` +
      `wholly above GPT-3.5's on ${count(r.higher.length)}, overlaps it from above on ${
        count(overlap)
      }, the two are the same on ${count(r.same.length)} and ${r.model} is lower on ${
        count(r.lower.length)
      }. The largest gain is on ${article}${examShortName(g.exam, f.lang)} (${
        f.number(g.gain)
      } percentile points). ${r.noPercentile.length} ${
        r.noPercentile.length === 1 ? "exam prints" : "exams print"
      } no percentile for both. ` +
      "Exams show how a model's answers compare with human test-takers on one fixed set of " +
      "questions. They do not show whether it got there the way those test-takers did, how it " +
      "does on work an exam does not sample, or that no question was seen in training (the " +
      "report checks its exams for such contamination).",
    zh: () => {
      const zhCount = (n: number) => (n === 0 ? "0 门" : `${n} 门`);
      return `在两个模型都有百分位的 ${r.exams.length} 门考试中，${r.model} 的范围完全高于 GPT-3.5 的有 ${
        zhCount(r.higher.length)
      }，从上方与之重叠的有 ${zhCount(overlap)}，两者相同的有 ${
        zhCount(r.same.length)
      }，${r.model} 更低的有 ${zhCount(r.lower.length)}。提升最大的是 ${
        examShortName(g.exam, f.lang)
      }（${
        f.number(g.gain)
      } 个百分位点）。有 ${r.noPercentile.length} 门考试没有同时给出两者的百分位。` +
        "考试显示的是，在一套固定的题目上，模型的回答与人类考生相比如何。它们不能说明模型是否像考生那样得到答案，" +
        "不能说明它在考试没有覆盖的工作上表现如何，也不能说明没有哪道题在训练中见过（报告对其考试做了这类污染检查）。";
    },
  });
}
