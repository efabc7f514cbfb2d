/**
 * Titles, descriptions and captions of the own-data page's charts and tables (plain text: the
 * chart and table builders escape it). Each states counts, so each is a sentence function.
 * @module
 */
import type { Formatter } from "../locale/format.ts";
import { inLang } from "../locale/lang.ts";
import type { FitSkip } from "./_own_data_fits.ts";
import type { AllocationFit, OwnDataAnalysis } from "./own_data.ts";
import { countEn, shapeWord } from "./_own_data_words.ts";
import { shapeLabel } from "./_wording.ts";

/**
 * Captions of the own-data tables.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownDataTableCaption } from "./own_data_captions.ts";
 * const a = { fileName: "x.csv", curves: [1, 2], fitCandidates: 2, limits: { maxTableRows: 1, maxFits: 60 } } as never;
 * assert.match(ownDataTableCaption("curves", a, formatter("en")), /^The first 1 of 2 curves, sorted/);
 * assert.equal(ownDataTableCaption("census", a, formatter("en")), "Curves per family and shape (file x.csv; classification: this report).");
 * ```
 */
export function ownDataTableCaption(
  table: "census" | "curves" | "fits",
  a: OwnDataAnalysis,
  f: Formatter,
): string {
  const { maxTableRows, maxFits } = a.limits;
  return inLang(f.lang, {
    en: () => {
      switch (table) {
        case "census":
          return `Curves per family and shape (file ${a.fileName}; classification: this report).`;
        case "curves":
          if (a.curves.length === 1) return `The one curve. Source: ${a.fileName}.`;
          return `${
            a.curves.length > maxTableRows
              ? `The first ${f.fixed(maxTableRows, 0)} of ${countEn(f, a.curves.length, "curve")}`
              : "Every curve"
          }, sorted by shape (emergent, U-shaped, inverted-U, inverse, smooth, flat, undetermined), ` +
            `then confidence. Source: ${a.fileName}.`;
        case "fits":
          return `Power law y = E + A·N^(−α) per curve${
            a.fitCandidates > maxFits
              ? ` (the first ${f.fixed(maxFits, 0)} of ${
                f.fixed(a.fitCandidates, 0)
              } curves with 3 ` +
                "or more sizes, smooth ones first)"
              : ""
          }. Source: ${a.fileName}; fits: this report.`;
      }
    },
    zh: () => {
      switch (table) {
        case "census":
          return `每个模型系列、每种形状的曲线数（文件 ${a.fileName}；分类：本报告）。`;
        case "curves":
          if (a.curves.length === 1) return `这一条曲线。来源：${a.fileName}。`;
          return `${
            a.curves.length > maxTableRows
              ? `${f.fixed(a.curves.length, 0)} 条曲线中的前 ${f.fixed(maxTableRows, 0)} 条`
              : "全部曲线"
          }，按形状排序（涌现、U形、倒U形、逆伸缩、平滑、持平、未定），再按置信度排序。来源：${a.fileName}。`;
        case "fits":
          return `每条曲线的幂律 y = E + A·N^(−α)${
            a.fitCandidates > maxFits
              ? `（有 3 个或更多规模的 ${f.fixed(a.fitCandidates, 0)} 条曲线中的前 ${
                f.fixed(maxFits, 0)
              } 条，平滑的优先）`
              : ""
          }。来源：${a.fileName}；拟合：本报告。`;
      }
    },
  });
}

/**
 * Title and description of the small multiples.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { panelsText } from "./own_data_captions.ts";
 * const a = { fileName: "x.csv", curves: [1, 2, 3], charted: [1, 2] } as never;
 * assert.equal(panelsText(a, formatter("en")).title, "2 of 3 curves, coloured by shape");
 * const one = { fileName: "x.csv", curves: [{ label: "t", shape: "flat" }], charted: [1] } as never;
 * assert.equal(panelsText(one, formatter("en")).title, "t: flat");
 * assert.match(panelsText(one, formatter("en")).description, /^Score against parameters for the one curve in x\.csv/);
 * ```
 */
export function panelsText(
  a: OwnDataAnalysis,
  f: Formatter,
): { title: string; description: string } {
  const one = a.curves.length === 1;
  return inLang(f.lang, {
    en: () => {
      const shown = one
        ? "the one curve"
        : `${f.fixed(a.charted.length, 0)} of ${countEn(f, a.curves.length, "curve")}`;
      const title = a.lead
        ? `${a.lead.label}: ${shapeWord(a.lead.shape)} — ${shown} by shape`
        : one
        ? `${a.curves[0]!.label}: ${shapeWord(a.curves[0]!.shape)}`
        : `${shown}, coloured by shape`;
      const which = one
        ? "the one curve"
        : `${f.fixed(a.charted.length, 0)} of the ${countEn(f, a.curves.length, "curve")}`;
      return {
        title,
        description: `Score against parameters for ${which} in ${a.fileName}, one panel per ` +
          "curve, coloured by the classifier's shape, with the chance level (dotted) and the " +
          "emergence threshold or turning point with its 95% interval.",
      };
    },
    zh: () => {
      const shown = one
        ? "这一条曲线"
        : `${f.fixed(a.curves.length, 0)} 条曲线中的 ${f.fixed(a.charted.length, 0)} 条`;
      const title = a.lead
        ? `${a.lead.label}：${shapeLabel(f, a.lead.shape)}——按形状展示${shown}`
        : one
        ? `${a.curves[0]!.label}：${shapeLabel(f, a.curves[0]!.shape)}`
        : `${shown}，按形状着色`;
      return {
        title,
        description: `${a.fileName} 中${shown}的分数与参数的关系，每条曲线一个面板，` +
          "按分类器判定的形状着色，附随机水平（点线）以及涌现阈值或转折点及其 95% 区间。",
      };
    },
  });
}

/**
 * Title and description of the power-law chart (needs a drawn fit).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { fitChartText } from "./own_data_captions.ts";
 * const a = { fileName: "x.csv", drawn: [1], steepest: { label: "t", fit: { alpha: 0.123 } } } as never;
 * assert.equal(fitChartText(a, formatter("en")).title, "Error falls as a power law of size; steepest: t (α = 0.12)");
 * ```
 */
export function fitChartText(
  a: OwnDataAnalysis,
  f: Formatter,
): { title: string; description: string } {
  const steepest = a.steepest;
  if (!steepest) {
    throw new RangeError("fitChartText: no fitted curve is drawn; check a.drawn first");
  }
  return inLang(f.lang, {
    en: () => ({
      title: `Error falls as a power law of size; steepest: ${steepest.label} (α = ${
        f.number(steepest.fit.alpha, 2)
      })`,
      description: `Error (1 − score, or the loss) against parameters on log–log axes for ` +
        `${countEn(f, a.drawn.length, "fitted curve")} of ${a.fileName}, with the fitted power ` +
        `${a.drawn.length === 1 ? "law" : "laws"} (dashed).`,
    }),
    zh: () => ({
      title: `误差随规模按幂律下降；最陡的是 ${steepest.label}（α = ${
        f.number(steepest.fit.alpha, 2)
      }）`,
      description:
        `${a.fileName} 中 ${f.fixed(a.drawn.length, 0)} 条拟合曲线的误差（1 − 分数，或损失）` +
        "与参数在双对数坐标上的关系，附拟合出的幂律（虚线）。",
    }),
  });
}

/**
 * The note of a power-law table row: why it was skipped, or "did not converge", or "".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { fitNote } from "./own_data_captions.ts";
 * assert.equal(fitNote({ skipped: { reason: "score-of-1" } }, formatter("en")), "a score of 1 leaves no error to fit");
 * assert.equal(fitNote({ fit: { converged: true } }, formatter("en")), "");
 * ```
 */
export function fitNote(
  r: { skipped?: FitSkip; fit?: { converged: boolean } },
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () => {
      switch (r.skipped?.reason) {
        case "score-above-1":
          return "scores above 1: no error rate 1 − score";
        case "score-of-1":
          return "a score of 1 leaves no error to fit";
        case "loss-not-positive":
          return "a loss ≤ 0 cannot be fitted on a log scale";
        case "fit-failed":
          return `fit failed: ${r.skipped.message}`;
        default:
          return r.fit?.converged === false ? "did not converge" : "";
      }
    },
    zh: () => {
      switch (r.skipped?.reason) {
        case "score-above-1":
          return "分数大于 1：没有 1 − 分数 的错误率";
        case "score-of-1":
          return "分数为 1，没有可拟合的误差";
        case "loss-not-positive":
          return "损失 ≤ 0，无法在对数坐标上拟合";
        case "fit-failed":
          return `拟合失败：${r.skipped.message}`;
        default:
          return r.fit?.converged === false ? "没有收敛" : "";
      }
    },
  });
}

/**
 * Caption of the Chinchilla law table and title/description of the allocation chart.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { allocationText } from "./own_data_captions.ts";
 * const fit = { runs: [1, 2], task: "t", metric: "loss", law: { alpha: 0.3, beta: 0.3, starts: 5, converged: true } } as never;
 * const text = allocationText(fit, "x.csv", formatter("en"));
 * assert.match(text.caption, /^Chinchilla law fitted to 2 runs of task t, metric loss/);
 * assert.equal(text.title, "Compute-optimal model size grows as C^0.5");
 * ```
 */
export function allocationText(
  fit: AllocationFit,
  fileName: string,
  f: Formatter,
): { caption: string; title: string; description: string } {
  const { law } = fit;
  return inLang(f.lang, {
    en: () => ({
      caption:
        `Chinchilla law fitted to ${countEn(f, fit.runs.length, "run")} of task ${fit.task}, ` +
        `metric ${fit.metric} (Huber loss on log loss, δ = 1e-3, ${
          countEn(f, law.starts, "start")
        }; ` +
        `${law.converged ? "converged" : "did not converge"}). Source: ${fileName}.`,
      title: `Compute-optimal model size grows as C^${
        f.number(law.beta / (law.alpha + law.beta), 2)
      }`,
      description: `The ${countEn(f, fit.runs.length, "run")} of ${fileName}: parameters against ` +
        "training compute 6ND, with the compute-optimal parameter count of the fitted Chinchilla " +
        "law (dashed).",
    }),
    zh: () => ({
      caption: `对任务 ${fit.task}、指标 ${fit.metric} 的 ${
        f.fixed(fit.runs.length, 0)
      } 次训练拟合的 Chinchilla 法则（对数损失上的 Huber 损失，δ = 1e-3，${
        f.fixed(law.starts, 0)
      } 个起点；${law.converged ? "已收敛" : "没有收敛"}）。来源：${fileName}。`,
      title: `计算最优的模型大小按 C^${f.number(law.beta / (law.alpha + law.beta), 2)} 增长`,
      description:
        `${fileName} 的 ${f.fixed(fit.runs.length, 0)} 次训练：参数与训练算力 6ND 的关系，` +
        "附拟合的 Chinchilla 法则给出的计算最优参数量（虚线）。",
    }),
  });
}
