/**
 * The sentences of the own-data page (notebooks/analyze/analyze.ipynb): each takes the facts of
 * {@linkcode analyzeOwnData}'s result and a Formatter and returns markdown in the formatter's
 * language. Names from the file are shown as literal text (bidi-isolated, markdown-escaped).
 * @module
 */
import type { Formatter } from "../locale/format.ts";
import { inLang } from "../locale/lang.ts";
import type { AllocationFit, AllocationSkip, OwnDataAnalysis, OwnDataCurve } from "./own_data.ts";
import { turning } from "./own_data.ts";
import { escapeMarkdown, listOf, literal } from "./_markdown_literal.ts";
import { countEn, shapeWord } from "./_own_data_words.ts";
import { shapeLabel } from "./_wording.ts";
import type { Shape } from "../classify/shapes.ts";
import type { ShapePrior } from "../classify/types.ts";
import { CALIBRATION } from "../classify/_calibrate.ts";

/**
 * The page title: "# Scaling analysis of FILE".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownDataTitle } from "./own_data_text.ts";
 * assert.equal(ownDataTitle("a_b.csv", formatter("en")), "# Scaling analysis of a\\_b\\.csv");
 * ```
 */
export function ownDataTitle(fileName: string, f: Formatter): string {
  return inLang(f.lang, {
    en: () => `# Scaling analysis of ${escapeMarkdown(fileName)}`,
    zh: () => `# ${escapeMarkdown(fileName)} 的伸缩分析`,
  });
}

/** " (70.7B, 95% interval 31.2B–134B)" after a curve with a threshold or turn, else "". */
function thresholdNote(c: OwnDataCurve, f: Formatter, withShape = false): string {
  const shape = withShape ? shapeWord(c.shape) : "";
  if (c.threshold === undefined) return shape ? ` (${shape})` : "";
  const interval = c.thresholdInterval
    ? `, 95% interval ${f.interval(c.thresholdInterval[0], c.thresholdInterval[1], "params")}`
    : "";
  return ` (${shape ? `${shape}, ` : ""}${f.params(c.threshold)}${interval})`;
}

/**
 * The opening paragraph: what was read, the shapes found, and the notable curves by name.
 * "all"/"most" are not used; counts agree in number ("1 curve", "2 curves").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { readLongFormat } from "../data/long_format.ts";
 * import { analyzeOwnData } from "./own_data.ts";
 * import { ownDataIntro } from "./own_data_text.ts";
 * const text = "task,model,params,score\nt,a,1e8,0.3\nt,b,1e9,0.4\n";
 * const a = await analyzeOwnData(readLongFormat(text), { fileName: "x.csv" });
 * assert.match(ownDataIntro(a, formatter("en")), /reads 2 rows of .*x\\.csv.*: 1 curve \(/);
 * ```
 */
export function ownDataIntro(a: OwnDataAnalysis, f: Formatter): string {
  return inLang(f.lang, {
    en: () => {
      const counts = a.shapesPresent.map((s) =>
        `**${f.fixed(a.byShape[s].length, 0)} ${shapeWord(s)}**`
      );
      const labelled = a.curves.length === 1
        ? `The classifier labels it **${shapeWord(a.curves[0]!.shape)}**.`
        : `The classifier labels them ${counts.join(", ")}.`;
      const more = (n: number) => `and ${f.fixed(n, 0)} more`;
      const emergent = a.byShape.emergent, turns = turning(a.byShape), inverse = a.byShape.inverse;
      return [
        `This page reads ${countEn(f, a.rowCount, "row")} of ${literal(a.fileName)}: ` +
        `${countEn(f, a.curves.length, "curve")} (score against parameters) for ` +
        `${countEn(f, a.tasks.length, "task")}, ` +
        `${countEn(f, a.families.length, "model family", "model families")} and ` +
        `${countEn(f, a.metrics.length, "metric")}, with models from ${
          literal(a.smallest.model)
        } ` +
        `(${f.params(a.smallest.params)} parameters) to ${literal(a.largest.model)} ` +
        `(${f.params(a.largest.params)}). ${labelled}`,
        emergent.length > 0
          ? `Emergent — near chance, then a sharp rise past a threshold: ${
            listOf(emergent.map((c) => `${literal(c.label)}${thresholdNote(c, f)}`), more)
          }.`
          : "No curve is emergent: none stays near chance and then rises sharply.",
        turns.length > 0
          ? `U-shaped or inverted-U (the trend turns within the data): ${
            listOf(turns.map((c) => `${literal(c.label)}${thresholdNote(c, f, true)}`), more)
          }.`
          : "",
        inverse.length > 0
          ? `Getting worse with scale (inverse): ${
            listOf(inverse.map((c) => literal(c.label)), more)
          }.`
          : "",
      ].join(" ");
    },
    zh: () => {
      const word = (s: Shape) => shapeLabel(f, s);
      const note = (c: OwnDataCurve, withShape = false) => {
        const shape = withShape ? word(c.shape) : "";
        if (c.threshold === undefined) return shape ? `（${shape}）` : "";
        const interval = c.thresholdInterval
          ? `，95% 区间 ${f.interval(c.thresholdInterval[0], c.thresholdInterval[1], "params")}`
          : "";
        return `（${shape ? `${shape}，` : ""}${f.params(c.threshold)}${interval}）`;
      };
      const list = (items: readonly string[]) =>
        listOf(items, (n) => `等另外 ${f.fixed(n, 0)} 条`).replaceAll(", ", "、");
      const counts = a.shapesPresent.map((s) =>
        `**${word(s)} ${f.fixed(a.byShape[s].length, 0)} 条**`
      );
      const labelled = a.curves.length === 1
        ? `分类器把它标为**${word(a.curves[0]!.shape)}**。`
        : `分类器的标注为：${counts.join("、")}。`;
      const emergent = a.byShape.emergent, turns = turning(a.byShape), inverse = a.byShape.inverse;
      return [
        `本页读取了 ${literal(a.fileName)} 的 ${f.fixed(a.rowCount, 0)} 行：${
          f.fixed(a.curves.length, 0)
        } 条曲线（分数对参数），涉及 ${f.fixed(a.tasks.length, 0)} 个任务、${
          f.fixed(a.families.length, 0)
        } 个模型系列和 ${f.fixed(a.metrics.length, 0)} 个指标，模型从 ${
          literal(a.smallest.model)
        }（${f.params(a.smallest.params)}参数）到 ${literal(a.largest.model)}（${
          f.params(a.largest.params)
        }）。${labelled}`,
        emergent.length > 0
          ? `涌现——先接近随机水平，越过阈值后急剧上升：${
            list(emergent.map((c) => `${literal(c.label)}${note(c)}`))
          }。`
          : "没有曲线呈涌现：没有一条先停在随机水平附近、然后急剧上升。",
        turns.length > 0
          ? `U形或倒U形（趋势在数据范围内转向）：${
            list(turns.map((c) => `${literal(c.label)}${note(c, true)}`))
          }。`
          : "",
        inverse.length > 0
          ? `随规模变差（逆伸缩）：${list(inverse.map((c) => literal(c.label)))}。`
          : "",
      ].join("");
    },
  });
}

/**
 * How common each shape was taken to be before the data (`analyzeOwnData`'s `prior`), with the
 * benchmark prior's numbers (calibration.json), and how to choose the other one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { shapePriorSentence } from "./own_data_text.ts";
 * assert.match(shapePriorSentence("benchmarks", formatter("en")), /^Before the data, each shape is taken to be as common as among the bundled benchmark curves \(smooth 0\.\d\d, /);
 * assert.match(shapePriorSentence("uniform", formatter("en")), /^Before the data, every shape is taken to be equally likely/);
 * ```
 */
export function shapePriorSentence(prior: ShapePrior, f: Formatter): string {
  const shares = (Object.entries(CALIBRATION.prior) as [Shape, number][])
    .sort((x, y) => y[1] - x[1])
    .map(([s, p]) => `${shapeLabel(f, s)} ${f.fixed(p, 2)}`);
  return inLang(f.lang, {
    en: () => {
      const bench = `as common as among the bundled benchmark curves (${shares.join(", ")})`;
      return prior === "uniform"
        ? `Before the data, every shape is taken to be equally likely (\`--prior uniform\`), so a ` +
          "confidence is how often the label is right when no shape is more common than another; " +
          `by default each shape would be taken to be ${bench}.`
        : `Before the data, each shape is taken to be ${bench}, so a confidence is how often the ` +
          "label is right on curves like those; with `--prior uniform` every shape is equally " +
          "likely instead.";
    },
    zh: () => {
      const bench = `与书中附带的基准曲线中一样常见（${shares.join("，")}）`;
      return prior === "uniform"
        ? "在看到数据之前，每种形状被视为同样可能（`--prior uniform`），因此置信度表示在没有哪种形状更常见时标签正确的频率；" +
          `默认情况下，各形状被视为${bench}。`
        : `在看到数据之前，各形状被视为${bench}，因此置信度表示在类似曲线上标签正确的频率；` +
          "使用 `--prior uniform` 则视每种形状为同样可能。";
    },
  });
}

/**
 * Which curves the small multiples draw, and whether any sizes were merged.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { chartedSentence } from "./own_data_text.ts";
 * const f = formatter("en"), limits = { maxScales: 30, maxTableRows: 200 };
 * assert.equal(chartedSentence({ charted: 1, total: 1, merged: 0, limits }, f), "The one curve is drawn.");
 * assert.equal(chartedSentence({ charted: 12, total: 12, merged: 0, limits }, f), "All 12 curves are drawn.");
 * assert.match(chartedSentence({ charted: 24, total: 200, merged: 1, limits }, f), /^24 of 200 curves are drawn.*1 curve had more than 30/);
 * ```
 */
export function chartedSentence(
  n: {
    charted: number;
    total: number;
    merged: number;
    limits: { maxScales: number; maxTableRows: number };
  },
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () => {
      const drawn = n.charted === n.total
        ? n.total === 1
          ? "The one curve is drawn."
          : `All ${countEn(f, n.total, "curve")} are drawn.`
        : `${f.fixed(n.charted, 0)} of ${
          countEn(f, n.total, "curve")
        } are drawn, taken in turn from ` +
          `each shape (emergent and U-curves first), the most confident first. The table lists ` +
          `${f.fixed(Math.min(n.limits.maxTableRows, n.total), 0)}.`;
      const max = f.fixed(n.limits.maxScales, 0);
      const merged = n.merged === 0
        ? ""
        : ` ${countEn(f, n.merged, "curve")} had more than ${max} ` +
          `model sizes; ${n.merged === 1 ? "its" : "their"} points were merged into ${max} ` +
          "log-spaced bins (scores averaged, weighted by `n`) before classification and plotting.";
      return drawn + merged;
    },
    zh: () => {
      const drawn = n.charted === n.total
        ? n.total === 1
          ? "图中画出了这一条曲线。"
          : `图中画出了全部 ${f.fixed(n.total, 0)} 条曲线。`
        : `图中画出了 ${f.fixed(n.total, 0)} 条曲线中的 ${
          f.fixed(n.charted, 0)
        } 条，依次从每种形状中选取（先涌现和U形曲线），置信度高的优先。表中列出 ${
          f.fixed(Math.min(n.limits.maxTableRows, n.total), 0)
        } 条。`;
      const max = f.fixed(n.limits.maxScales, 0);
      const merged = n.merged === 0
        ? ""
        : `有 ${f.fixed(n.merged, 0)} 条曲线的模型规模超过 ${max} 个；在分类和作图之前，` +
          `它们的点被合并到 ${max} 个对数等距的区间中（分数按 \`n\` 加权平均）。`;
      return drawn + merged;
    },
  });
}

/**
 * The power-law summary: how many fits, the range and median (R-7) of α, and what doubling the
 * model does to the reducible error of the median curve.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { fitSummary } from "./own_data_text.ts";
 * const f = formatter("en");
 * assert.match(fitSummary({ fits: 0, fitted: 0, drawn: 0 }, f), /^No power law was fitted: that needs/);
 * const two = fitSummary({ fits: 2, fitted: 2, drawn: 2, alpha: { min: 0.1, median: 0.2, max: 0.3 } }, f);
 * assert.match(two, /^2 curves fitted; the exponent α runs from 0\.1 to 0\.3 \(median 0\.2\)/);
 * assert.match(two, /cuts the reducible error by 12\.9% for the median curve/); // 1 − 2^−0.2 = 0.12945
 * assert.match(fitSummary({ fits: 1, fitted: 1, drawn: 1, alpha: { min: 0.5, median: 0.5, max: 0.5 } }, f), /^1 curve fitted; its exponent α is 0\.5/);
 * ```
 */
export function fitSummary(
  n: {
    fits: number;
    fitted: number;
    drawn: number;
    alpha?: { min: number; median: number; max: number };
  },
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () => {
      if (n.fits === 0) {
        return "No power law was fitted: that needs a curve with 3 or more sizes whose shape is " +
          "not insufficient.";
      }
      if (n.fitted === 0 || n.alpha === undefined) {
        return "No power law was fitted; the table says why for each curve.";
      }
      const cut = f.percent(1 - 2 ** -n.alpha.median);
      const alpha = n.fitted === 1
        ? `its exponent α is ${f.number(n.alpha.median, 2)}: doubling the model size cuts the ` +
          `reducible error by ${cut}.`
        : `the exponent α runs from ${f.number(n.alpha.min, 2)} to ${f.number(n.alpha.max, 2)} ` +
          `(median ${f.number(n.alpha.median, 2)}): doubling the model size cuts the reducible ` +
          `error by ${cut} for the median curve.`;
      const drawn = n.drawn < n.fitted ? ` The chart draws the first ${f.fixed(n.drawn, 0)}.` : "";
      return `${countEn(f, n.fitted, "curve")} fitted; ${alpha}${drawn} A power law describes ` +
        "smooth curves; for emergent or U-shaped ones it is only a summary.";
    },
    zh: () => {
      if (n.fits === 0) {
        return "没有拟合幂律：这需要一条至少有 3 个规模、且形状不是“未定”的曲线。";
      }
      if (n.fitted === 0 || n.alpha === undefined) {
        return "没有拟合出幂律；表中给出了每条曲线的原因。";
      }
      const cut = f.percent(1 - 2 ** -n.alpha.median);
      const alpha = n.fitted === 1
        ? `它的指数 α 为 ${f.number(n.alpha.median, 2)}：模型大小翻倍，可约误差减少 ${cut}。`
        : `指数 α 从 ${f.number(n.alpha.min, 2)} 到 ${f.number(n.alpha.max, 2)}（中位数 ${
          f.number(n.alpha.median, 2)
        }）：对中位数曲线而言，模型大小翻倍，可约误差减少 ${cut}。`;
      const drawn = n.drawn < n.fitted ? `图中画出前 ${f.fixed(n.drawn, 0)} 条。` : "";
      return `拟合了 ${f.fixed(n.fitted, 0)} 条曲线；${alpha}${drawn}幂律描述的是平滑曲线；` +
        "对涌现或U形曲线，它只是一个概括。";
    },
  });
}

/**
 * Why no Chinchilla law was fitted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { allocationSkipped } from "./own_data_text.ts";
 * const f = formatter("en");
 * assert.match(allocationSkipped({ reason: "no-loss" }, f), /^\*\*Skipped:\*\* no metric is a loss/);
 * assert.match(allocationSkipped({ reason: "too-few-runs", pairs: 1, params: 1, tokens: 1 }, f), /1 distinct \(parameters, tokens\) pair with 1 parameter count and 1 token count/);
 * ```
 */
export function allocationSkipped(skip: AllocationSkip, f: Formatter): string {
  return inLang(f.lang, {
    en: () => {
      const why = skip.reason === "no-tokens"
        ? "the file has no `tokens` column"
        : skip.reason === "no-loss"
        ? "no metric is a loss (all are higher-is-better; name a metric `loss` or set " +
          "`higher_is_better` to false)"
        : skip.reason === "no-loss-tokens"
        ? "no loss row gives its training tokens"
        : `the loss rows hold ${countEn(f, skip.pairs, "distinct (parameters, tokens) pair")} ` +
          `with ${countEn(f, skip.params, "parameter count")} and ` +
          `${countEn(f, skip.tokens, "token count")}`;
      return `**Skipped:** ${why}. This needs a loss measured for models trained on different ` +
        "numbers of tokens.";
    },
    zh: () => {
      const why = skip.reason === "no-tokens"
        ? "文件中没有 `tokens` 列"
        : skip.reason === "no-loss"
        ? "没有哪个指标是损失（都是越高越好；把一个指标命名为 `loss`，或把 `higher_is_better` 设为 false）"
        : skip.reason === "no-loss-tokens"
        ? "没有哪一行损失给出了训练 tokens"
        : `损失行只有 ${f.fixed(skip.pairs, 0)} 个不同的（参数，tokens）组合，含 ${
          f.fixed(skip.params, 0)
        } 种参数量和 ${f.fixed(skip.tokens, 0)} 种 tokens 数`;
      return `**已跳过：** ${why}。这需要在不同 tokens 数上训练的模型测得的损失。`;
    },
  });
}

/**
 * What the fitted Chinchilla law says about allocating a budget (Hoffmann et al. 2022).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ownAllocationSummary } from "./own_data_text.ts";
 * const law = { alpha: 0.34, beta: 0.28 };
 * const optimum = [{ a: 0.45, b: 0.55, params: 7e10, tokens: 1.4e12, tokensPerParam: 20, loss: 1.94, flops: 5.88e23 }];
 * const text = ownAllocationSummary({ law, budgets: [5.88e23], optimum, worstResidual: 0.051, largestRunFlops: 5.88e21 } as never, formatter("en"));
 * assert.match(text, /At 5\.9×10²³ FLOP the law picks 70B parameters and 1\.4T tokens \(20 tokens per parameter\)/);
 * ```
 */
export function ownAllocationSummary(
  a: Pick<AllocationFit, "law" | "budgets" | "optimum" | "worstResidual" | "largestRunFlops">,
  f: Formatter,
): string {
  const first = a.optimum[0]!, last = a.optimum.at(-1)!;
  return inLang(f.lang, {
    en: () =>
      `The fitted exponents α = ${f.number(a.law.alpha)} and β = ${f.number(a.law.beta)} put\n` +
      `**a = ${f.number(first.a)}** of each tenfold budget increase into parameters ` +
      `(N_opt ∝ C^a) and\nb = ${f.number(first.b)} into tokens. At ${f.flops(a.budgets.at(-1)!)} ` +
      `FLOP the law picks ${f.params(last.params)} parameters and ${
        f.tokens(last.tokens)
      } tokens ` +
      `(${f.number(last.tokensPerParam)} tokens per parameter), predicted loss ` +
      `${f.number(last.loss)}. The largest residual is ${f.number(a.worstResidual, 2)} in log ` +
      `loss. Budgets above the largest run (${f.flops(a.largestRunFlops)} FLOP) are ` +
      "extrapolations.",
    zh: () =>
      `拟合出的指数 α = ${f.number(a.law.alpha)}、β = ${f.number(a.law.beta)} 意味着：\n` +
      `预算每增加十倍，**a = ${f.number(first.a)}** 投入参数（N_opt ∝ C^a），\nb = ${
        f.number(first.b)
      } 投入 tokens。在 ${f.flops(a.budgets.at(-1)!)} FLOP 下，法则选择 ${
        f.params(last.params)
      }参数和 ${f.tokens(last.tokens)} tokens（每个参数 ${
        f.number(last.tokensPerParam)
      } 个 tokens），预测损失为 ${f.number(last.loss)}。最大的残差在对数损失上为 ${
        f.number(a.worstResidual, 2)
      }。高于最大一次训练（${f.flops(a.largestRunFlops)} FLOP）的预算都是外推。`,
  });
}
