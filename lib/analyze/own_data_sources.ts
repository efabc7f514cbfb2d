/**
 * What the own-data page and `deno task analyze` say about the input: the files and format, the
 * metric chosen per task, guessed sizes, replaced runs, same-size models, sizes that look like
 * billions, and links to the JSON/CSV results. Each function takes the reader's notes
 * (`loadOwnData`) and a Formatter and returns the wording via `inLang`.
 * @module
 */
import type { Formatter } from "../locale/format.ts";
import { inLang } from "../locale/lang.ts";
import type { OwnDataNotes } from "../data/own_data.ts";
import { SHAPE_IDS, SHAPE_INFO } from "../classify/shapes.ts";
import type { OwnDataResults } from "./own_data_results.ts";
import { listOf, literal } from "./_markdown_literal.ts";
import { countEn, shapeWord } from "./_own_data_words.ts";

const FORMAT_NAMES = {
  long: "a long CSV (one row per task and model)",
  wide: "a wide spreadsheet (one row per model, one column per task)",
  "lm-eval": "lm-evaluation-harness results",
} as const;

/**
 * The notices about the input, one sentence each, as plain text (for the terminal) or markdown
 * (for the page): guessed sizes, replaced runs, same-size models, sizes that look like billions,
 * ignored columns. Empty when there is nothing to say.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownDataNoticeLines } from "./own_data_sources.ts";
 * const notes = { format: "long" as const, inputs: ["x.csv"], metrics: [], guesses: [], replaced: [],
 *   ignored: [], sameSize: [], smallSizes: { largest: 65, model: "m65" } };
 * assert.match(ownDataNoticeLines(notes, formatter("en"))[0]!, /at most 65/);
 * assert.deepEqual(ownDataNoticeLines({ ...notes, smallSizes: undefined }, formatter("en")), []);
 * ```
 */
export function ownDataNoticeLines(notes: OwnDataNotes, f: Formatter, md = false): string[] {
  const q = (s: string) => (md ? literal(s) : `"${s}"`);
  return inLang(f.lang, {
    en: () => {
      const lines: string[] = [];
      if (notes.smallSizes) {
        lines.push(
          `every model size is at most ${f.number(notes.smallSizes.largest)} parameters (model ` +
            `${q(notes.smallSizes.model)}); if these are billions, write them as ` +
            `${f.number(notes.smallSizes.largest)}e9 (shapes are unaffected, fitted sizes are not)`,
        );
      }
      if (notes.guesses.length > 0) {
        const each = notes.guesses.map((g) => `${q(g.model)} → ${f.params(g.params)}`);
        lines.push(
          `${countEn(f, notes.guesses.length, "model size was", "model sizes were")} guessed ` +
            `from the model name: ${listOf(each, (n) => `and ${n} more`)}; give --sizes ` +
            "FILE.csv (model,parameters) to set them",
        );
      }
      for (const r of notes.replaced.slice(0, md ? 20 : 5)) {
        lines.push(
          `the run of ${q(r.model)} on ${q(r.task)} in ${q(r.dropped)} was replaced by the ` +
            `later run in ${q(r.kept)}`,
        );
      }
      if (notes.replaced.length > (md ? 20 : 5)) {
        lines.push(`${countEn(f, notes.replaced.length, "run was", "runs were")} replaced in all`);
      }
      for (const s of notes.sameSize.slice(0, 5)) {
        lines.push(
          `models ${s.models.map(q).join(" and ")} of task ${q(s.task)} have the same size ` +
            `(${f.params(s.params)}); their scores are averaged into one point`,
        );
      }
      if (notes.sameSize.length > 5) {
        lines.push(`${countEn(f, notes.sameSize.length, "size is", "sizes are")} shared in all`);
      }
      if (notes.ignored.length > 0) {
        lines.push(
          `text columns left out: ${listOf(notes.ignored.map(q), (n) => `and ${n} more`)}`,
        );
      }
      return lines;
    },
    zh: () => {
      const lines: string[] = [];
      const more = (n: number) => `等另外 ${n} 个`;
      if (notes.smallSizes) {
        lines.push(
          `每个模型规模都不超过 ${f.number(notes.smallSizes.largest)} 个参数（模型 ${
            q(notes.smallSizes.model)
          }）；如果它们的单位是十亿，请写成 ${
            f.number(notes.smallSizes.largest)
          }e9（形状不受影响，拟合出的规模会受影响）`,
        );
      }
      if (notes.guesses.length > 0) {
        const each = notes.guesses.map((g) => `${q(g.model)} → ${f.params(g.params)}`);
        lines.push(
          `有 ${f.fixed(notes.guesses.length, 0)} 个模型规模是从模型名称猜出来的：${
            listOf(each, more)
          }；用 --sizes FILE.csv（model,parameters）来指定它们`,
        );
      }
      for (const r of notes.replaced.slice(0, md ? 20 : 5)) {
        lines.push(
          `${q(r.model)} 在 ${q(r.task)} 上于 ${q(r.dropped)} 中的运行，被 ${
            q(r.kept)
          } 中较晚的运行替换`,
        );
      }
      if (notes.replaced.length > (md ? 20 : 5)) {
        lines.push(`共替换了 ${f.fixed(notes.replaced.length, 0)} 次运行`);
      }
      for (const s of notes.sameSize.slice(0, 5)) {
        lines.push(
          `任务 ${q(s.task)} 的模型 ${s.models.map(q).join(" 和 ")} 规模相同（${
            f.params(s.params)
          }）；它们的分数被平均为一个点`,
        );
      }
      if (notes.sameSize.length > 5) {
        lines.push(`共有 ${f.fixed(notes.sameSize.length, 0)} 个规模重复`);
      }
      if (notes.ignored.length > 0) {
        lines.push(`未使用的文本列：${listOf(notes.ignored.map(q), more)}`);
      }
      return lines;
    },
  });
}

/**
 * The page's "Input" section: files and format, the metric chosen per task (lm-eval), the
 * notices, and links to the results files when they were written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownDataSources } from "./own_data_sources.ts";
 * const notes = { format: "wide" as const, inputs: ["w.csv"], delimiter: "semicolon", metrics: [],
 *   guesses: [], replaced: [], ignored: [], sameSize: [] };
 * const md = ownDataSources(notes, { json: "w.json" }, formatter("en"));
 * assert.match(md, /wide spreadsheet/);
 * assert.match(md, /\[JSON\]\(w\.json\)/);
 * ```
 */
export function ownDataSources(
  notes: OwnDataNotes,
  links: { json?: string; csv?: string },
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () => {
      const files = listOf(notes.inputs.map((p) => literal(p)), (n) => `and ${n} more`, 6);
      const sep = notes.delimiter && notes.delimiter !== "comma"
        ? ` (${notes.delimiter}-separated)`
        : "";
      const parts = [
        `## Input\n\nRead from ${FORMAT_NAMES[notes.format]}${sep}: ${files}.`,
      ];
      if (notes.metrics.length > 0) {
        parts.push(
          "Metric per task (acc_norm, else acc, else exact_match, … unless --metric chose):\n\n" +
            "| task | metric | also reported |\n|---|---|---|\n" +
            notes.metrics.map((m) =>
              `| ${literal(m.task)} | ${literal(m.metric)} | ${
                m.available.filter((a) => a !== m.metric).map((a) => literal(a)).join(", ")
              } |`
            ).join("\n"),
        );
      }
      const notices = ownDataNoticeLines(notes, f, true);
      if (notices.length > 0) {
        parts.push(notices.map((l) => `- ${l.replace(/^./, (c) => c.toUpperCase())}.`).join("\n"));
      }
      const links_ = [
        links.json ? `[JSON](${encodeURI(links.json)})` : "",
        links.csv ? `[CSV](${encodeURI(links.csv)})` : "",
      ].filter((l) => l);
      if (links_.length > 0) parts.push(`Every curve's results: ${links_.join(" · ")}.`);
      return parts.join("\n\n");
    },
    zh: () => {
      const names = {
        long: "长格式 CSV（每个任务和模型一行）",
        wide: "宽格式表格（每个模型一行，每个任务一列）",
        "lm-eval": "lm-evaluation-harness 结果",
      };
      const files = listOf(notes.inputs.map((p) => literal(p)), (n) => `等另外 ${n} 个`, 6);
      const sep = notes.delimiter && notes.delimiter !== "comma"
        ? `（以 ${notes.delimiter} 分隔）`
        : "";
      const parts = [`## 输入\n\n读取自${names[notes.format]}${sep}：${files}。`];
      if (notes.metrics.length > 0) {
        parts.push(
          "每个任务所用的指标（依次优先 acc_norm、acc、exact_match……除非用 --metric 指定）：\n\n" +
            "| 任务 | 指标 | 另外报告的 |\n|---|---|---|\n" +
            notes.metrics.map((m) =>
              `| ${literal(m.task)} | ${literal(m.metric)} | ${
                m.available.filter((a) => a !== m.metric).map((a) => literal(a)).join("、")
              } |`
            ).join("\n"),
        );
      }
      const notices = ownDataNoticeLines(notes, f, true);
      if (notices.length > 0) parts.push(notices.map((l) => `- ${l}。`).join("\n"));
      const links_ = [
        links.json ? `[JSON](${encodeURI(links.json)})` : "",
        links.csv ? `[CSV](${encodeURI(links.csv)})` : "",
      ].filter((l) => l);
      if (links_.length > 0) parts.push(`每条曲线的结果：${links_.join(" · ")}。`);
      return parts.join("\n\n");
    },
  });
}

/**
 * The terminal summary: curves per shape, and the most confident emergent and U-shaped curves
 * (and, under `--prior uniform`, a line saying so: the confidences depend on it).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownDataSummaryLines } from "./own_data_sources.ts";
 * const shapes = { emergent: 0, smooth: 2, flat: 0, inverse: 0, u_shaped: 0, inverted_u: 0, insufficient: 1 };
 * const summary = { curves: 3, shapes, prior: "benchmarks" };
 * const lines = ownDataSummaryLines({ summary, curves: [] }, formatter("en"));
 * assert.equal(lines[0], "shape         curves");
 * assert.ok(lines.includes("smooth             2"));
 * assert.ok(lines.includes("no emergent curve"));
 * const uniform = ownDataSummaryLines({ summary: { ...summary, prior: "uniform" }, curves: [] }, formatter("en"));
 * assert.equal(uniform.at(-1), "confidences under the uniform prior (--prior uniform)");
 * ```
 */
export function ownDataSummaryLines(
  r: Pick<OwnDataResults, "summary" | "curves">,
  f: Formatter,
): string[] {
  return inLang(f.lang, {
    en: () => {
      const lines = ["shape         curves"];
      for (const s of SHAPE_IDS) {
        const n = r.summary.shapes[s] ?? 0;
        if (n > 0) lines.push(`${shapeWord(s).padEnd(13)} ${f.fixed(n, 0).padStart(6)}`);
      }
      lines.push(`${"total".padEnd(13)} ${f.fixed(r.summary.curves, 0).padStart(6)}`);
      for (const shape of ["emergent", "u_shaped"] as const) {
        const best = r.curves.filter((c) => c.shape === shape)
          .sort((a, b) => b.confidence - a.confidence)[0];
        lines.push(
          best
            ? `most confident ${shapeWord(shape)}: "${best.label}" (confidence ${
              f.percent(best.confidence)
            }${best.threshold !== null ? `, threshold ${f.params(best.threshold)}` : ""})`
            : `no ${shapeWord(shape)} curve`,
        );
      }
      if (r.summary.prior === "uniform") {
        lines.push("confidences under the uniform prior (--prior uniform)");
      }
      return lines;
    },
    zh: () => {
      const lines = ["形状          曲线数"];
      for (const s of SHAPE_IDS) {
        const n = r.summary.shapes[s] ?? 0;
        if (n > 0) lines.push(`${SHAPE_INFO[s].label.zh.padEnd(13)} ${f.fixed(n, 0).padStart(6)}`);
      }
      lines.push(`${"合计".padEnd(13)} ${f.fixed(r.summary.curves, 0).padStart(6)}`);
      for (const shape of ["emergent", "u_shaped"] as const) {
        const best = r.curves.filter((c) => c.shape === shape)
          .sort((a, b) => b.confidence - a.confidence)[0];
        const word = SHAPE_INFO[shape].label.zh;
        lines.push(
          best
            ? `置信度最高的${word}曲线："${best.label}"（置信度 ${f.percent(best.confidence)}${
              best.threshold !== null ? `，阈值 ${f.params(best.threshold)}` : ""
            }）`
            : `没有${word}曲线`,
        );
      }
      if (r.summary.prior === "uniform") lines.push("置信度基于均匀先验（--prior uniform）");
      return lines;
    },
  });
}
