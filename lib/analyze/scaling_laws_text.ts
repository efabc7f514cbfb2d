/**
 * Chapter 1's loss-law sentences: every count, comparison and direction the prose and chart
 * titles state about Kaplan et al.'s laws and the Chinchilla refit, computed from the results of
 * {@linkcode kaplanLaws} and {@linkcode chinchillaRefit}, in the formatter's language.
 * @module
 */
import { type ByLang, type Formatter, inLang } from "../locale/mod.ts";
import type { ChinchillaRefit, KaplanLaws, LawParameter, LawParameterRow } from "./scaling_laws.ts";
import { join } from "./_words.ts";

/**
 * A parameter's symbol, its name and the decimals its values and intervals are shown with.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LAW_PARAMETERS } from "./scaling_laws_text.ts";
 * assert.equal(LAW_PARAMETERS.beta.symbol, "β");
 * ```
 */
export const LAW_PARAMETERS: Record<LawParameter, { symbol: string; decimals: number }> = {
  E: { symbol: "E", decimals: 3 },
  A: { symbol: "A", decimals: 0 },
  B: { symbol: "B", decimals: 0 },
  alpha: { symbol: "α", decimals: 3 },
  beta: { symbol: "β", decimals: 3 },
};

/**
 * The table's parameter labels.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LAW_PARAMETER_NAMES } from "./scaling_laws_text.ts";
 * assert.equal(LAW_PARAMETER_NAMES.E.en, "E (irreducible loss)");
 * ```
 */
export const LAW_PARAMETER_NAMES: Record<LawParameter, ByLang<string>> = {
  E: { en: "E (irreducible loss)", zh: "E（不可约损失）" },
  A: { en: "A (parameter term)", zh: "A（参数项）" },
  B: { en: "B (data term)", zh: "B（数据项）" },
  alpha: { en: "α (parameter exponent)", zh: "α（参数指数）" },
  beta: { en: "β (data exponent)", zh: "β（数据指数）" },
};

/**
 * "0.334–0.414" with the parameter's decimals.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { parameterInterval } from "./scaling_laws_text.ts";
 * assert.equal(parameterInterval("beta", [0.3341, 0.4139], formatter("en")), "0.334–0.414");
 * assert.equal(parameterInterval("B", [1090.2, 5716.4], formatter("en")), "1,090–5,716");
 * ```
 */
export function parameterInterval(
  parameter: LawParameter,
  [lower, upper]: readonly [number, number],
  f: Formatter,
): string {
  const d = LAW_PARAMETERS[parameter].decimals;
  return f.range(f.fixed(lower, d), f.fixed(upper, d));
}

/**
 * Kaplan et al.'s exponents and what a tenfold larger model buys.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { kaplanLaws, kaplanSentence } from "./mod.ts";
 * assert.match(kaplanSentence(kaplanLaws(), formatter("en")), /by a factor 1\.19, i\.e\. 16%/);
 * ```
 */
export function kaplanSentence(k: KaplanLaws, f: Formatter): string {
  const { params, tokens, compute } = k.exponents;
  const small = Math.max(params, tokens, compute) < 0.1;
  return inLang(f.lang, {
    en: () =>
      `The exponents are ${small ? "small" : "not small"} — $\\alpha_N = ${f.number(params)}$, ` +
      `$\\alpha_D = ${f.number(tokens)}$, $\\alpha_C = ${f.number(compute)}$ — so progress is ` +
      `${small ? "slow but relentless" : "fast"}: a 10× larger model lowers the loss by a factor ` +
      `${f.number(k.tenfoldFactor)}, i.e. ${f.percent(k.tenfoldReduction, 0)}, at every scale.`,
    zh: () =>
      `这些指数${small ? "很小" : "并不小"}——$\\alpha_N = ${f.number(params)}$，` +
      `$\\alpha_D = ${f.number(tokens)}$，$\\alpha_C = ${f.number(compute)}$——所以进步${
        small ? "缓慢却持续不断" : "很快"
      }：在任何规模上，模型大 10 倍，损失就缩小为原来的 1/${f.number(k.tenfoldFactor)}，即下降 ${
        f.percent(k.tenfoldReduction, 0)
      }。`,
  });
}

/**
 * What was fitted: runs kept and dropped, their range, and the search.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { refitRunsSentence } from "./mod.ts";
 * const text = refitRunsSentence({
 *   counts: { extracted: 245, dropped: 5, fitted: 240 },
 *   range: { params: [5.73e7, 1.62e10], tokens: [8.19e8, 3.18e11] },
 *   law: { starts: 4500 },
 * }, formatter("en"));
 * assert.match(text, /holds 245 runs; .* drop the 5 .* from 57\.3M to 16\.2B parameters/);
 * ```
 */
export function refitRunsSentence(
  r: Pick<ChinchillaRefit, "counts" | "range"> & { law: { starts: number } },
  f: Formatter,
): string {
  const { extracted, dropped, fitted } = r.counts;
  return inLang(f.lang, {
    en: () =>
      `The extraction holds ${f.number(extracted)} runs; ` +
      (dropped > 0
        ? `like Besiroglu et al. we drop the ${f.number(dropped)} with the highest loss and fit ` +
          `the remaining ${f.number(fitted)}, `
        : `we fit all ${f.number(fitted)}, `) +
      `from ${f.params(r.range.params[0])} to ${f.params(r.range.params[1])} parameters and ` +
      `${f.tokens(r.range.tokens[0])} to ${f.tokens(r.range.tokens[1])} tokens, minimising the ` +
      `summed Huber loss ($\\delta = 10^{-3}$) from all ${f.number(r.law.starts, 6)} starts of ` +
      `Hoffmann et al.'s grid.`,
    zh: () =>
      `提取出的数据共有 ${f.number(extracted)} 次训练；` +
      (dropped > 0
        ? `我们像 Besiroglu et al. 那样去掉损失最高的 ${f.number(dropped)} 次，拟合其余 ${
          f.number(fitted)
        } 次，`
        : `我们拟合全部 ${f.number(fitted)} 次，`) +
      `参数规模从 ${f.params(r.range.params[0])} 到 ${f.params(r.range.params[1])}，` +
      `训练 tokens 从 ${f.tokens(r.range.tokens[0])} 到 ${f.tokens(r.range.tokens[1])}，` +
      `从 Hoffmann et al. 网格的全部 ${
        f.number(r.law.starts, 6)
      } 个起点出发，最小化 Huber 损失之和（$\\delta = 10^{-3}$）。`,
  });
}

/**
 * How the fit and its bootstrap went: objective beside Besiroglu et al.'s, convergence of the
 * fit, of the finished starts and of the bootstrap refits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { refitConvergenceSentence } from "./mod.ts";
 * const text = refitConvergenceSentence({
 *   law: { objective: 1.01827402e-3, converged: true, gradientNorm: 3.2e-9, starts: 4500,
 *     startsFinished: 220, startsConverged: 218 },
 *   besirogluObjective: 1.01827402e-3,
 *   bootstrap: { resamples: 4000, converged: 3998, level: 0.95 },
 * }, formatter("en"));
 * assert.match(text, /3,998 of the 4,000 bootstrap refits \(99\.95%\) converged/);
 * ```
 */
export function refitConvergenceSentence(
  r: Pick<ChinchillaRefit, "besirogluObjective" | "bootstrap"> & {
    law: Pick<
      ChinchillaRefit["law"],
      "objective" | "converged" | "gradientNorm" | "starts" | "startsFinished" | "startsConverged"
    >;
  },
  f: Formatter,
): string {
  const { law, bootstrap: boot } = r;
  return inLang(f.lang, {
    en: () =>
      `Our fit reaches a summed Huber loss of **${f.scientific(law.objective, 9)}** ` +
      `(Besiroglu et al. report ${f.scientific(r.besirogluObjective, 9)} for their grid fit); ` +
      `it ${law.converged ? "converged" : "did not converge"} (gradient norm ` +
      `${f.scientific(law.gradientNorm, 2)}). Every one of the ${f.number(law.starts, 6)} starts ` +
      `gets a few L-BFGS iterations; ${f.number(law.startsFinished, 6)} of them (the most ` +
      `promising, and those already stopped) run to the end, and ` +
      (law.startsConverged === law.startsFinished
        ? "all of them converged. "
        : `${f.number(law.startsConverged, 6)} of those converged. `) +
      (boot.converged === boot.resamples
        ? `All ${f.number(boot.resamples, 6)} bootstrap refits converged.`
        : `${f.number(boot.converged, 6)} of the ${f.number(boot.resamples, 6)} bootstrap ` +
          `refits (${f.percent(boot.converged / boot.resamples, 2)}) converged.`),
    zh: () =>
      `我们的拟合达到的 Huber 损失之和为 **${f.scientific(law.objective, 9)}**` +
      `（Besiroglu et al. 报告其网格拟合为 ${f.scientific(r.besirogluObjective, 9)}）；` +
      `它${law.converged ? "已收敛" : "没有收敛"}（梯度范数 ${
        f.scientific(law.gradientNorm, 2)
      }）。` +
      `${f.number(law.starts, 6)} 个起点每个都先做几次 L-BFGS 迭代；其中 ${
        f.number(law.startsFinished, 6)
      } 个（最有希望的，以及已经停下的）一直运行到结束，` +
      (law.startsConverged === law.startsFinished
        ? "并且全部收敛。"
        : `其中 ${f.number(law.startsConverged, 6)} 个收敛。`) +
      (boot.converged === boot.resamples
        ? `全部 ${f.number(boot.resamples, 6)} 次自助法重新拟合都收敛了。`
        : `${f.number(boot.resamples, 6)} 次自助法重新拟合中有 ${f.number(boot.converged, 6)} 次（${
          f.percent(boot.converged / boot.resamples, 2)
        }）收敛。`),
  });
}

function printedList(rows: readonly LawParameterRow[], f: Formatter): string {
  return join(
    rows.map((row) => `${LAW_PARAMETERS[row.parameter].symbol} = ${f.number(row.hoffmann, 4)}`),
    f,
  );
}

function intervalList(rows: readonly LawParameterRow[], f: Formatter): string {
  return rows.map((row) =>
    `${LAW_PARAMETERS[row.parameter].symbol}: ${parameterInterval(row.parameter, row.interval, f)}`
  ).join(inLang(f.lang, { en: () => "; ", zh: () => "；" }));
}

/**
 * Hoffmann et al.'s printed law against our intervals, each parameter against ITS OWN
 * interval, naming every printed value that lies outside.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { printedLawSentence } from "./mod.ts";
 * const row = (parameter: "E" | "A" | "B" | "alpha" | "beta", hoffmann: number,
 *   interval: [number, number]) => ({ parameter, hoffmann, interval,
 *   hoffmannOutside: hoffmann < interval[0] || hoffmann > interval[1] });
 * const text = printedLawSentence({ bootstrap: { level: 0.95 }, parameters: [
 *   row("E", 1.69, [1.78, 1.86]), row("alpha", 0.34, [0.32, 0.37]),
 * ] }, formatter("en"));
 * assert.match(text, /printed E = 1\.69 lies outside our 95% interval for it \(E: 1\.780–1\.860\)/);
 * ```
 */
export function printedLawSentence(
  r: {
    bootstrap: { level: number };
    parameters: readonly Pick<
      LawParameterRow,
      "parameter" | "hoffmann" | "interval" | "hoffmannOutside"
    >[];
  },
  f: Formatter,
): string {
  const rows = r.parameters as LawParameterRow[];
  const outside = rows.filter((row) => row.hoffmannOutside);
  const inside = rows.filter((row) => !row.hoffmannOutside);
  const level = f.percent(r.bootstrap.level, 0);
  return inLang(f.lang, {
    en: () => {
      const lie = (n: number) => (n === 1 ? "lies" : "lie");
      const them = (n: number) => (n === 1 ? "it" : "each");
      if (outside.length === 0) {
        return `Every one of Hoffmann et al.'s printed values (${printedList(rows, f)}) lies ` +
          `inside our ${level} interval for it (${intervalList(rows, f)}): on these data the ` +
          `printed law cannot be told apart from our fit.`;
      }
      const allOut = outside.length === rows.length;
      return `Hoffmann et al.'s printed ${printedList(outside, f)} ${lie(outside.length)} ` +
        `outside our ${level} interval for ${them(outside.length)} (${intervalList(outside, f)})` +
        (allOut || inside.length === 0 ? "" : `, while ${printedList(inside, f)} ` +
          `${lie(inside.length)} inside (${intervalList(inside, f)})`) +
        `: the printed law is not what this data says.`;
    },
    zh: () => {
      if (outside.length === 0) {
        return `Hoffmann et al. 发表的每个数值（${
          printedList(rows, f)
        }）都落在我们对应的 ${level} 区间之内（${
          intervalList(rows, f)
        }）：在这些数据上，发表的法则与我们的拟合无法区分。`;
      }
      const allOut = outside.length === rows.length;
      return `Hoffmann et al. 发表的 ${printedList(outside, f)} 落在我们对应的 ${level} 区间之外（${
        intervalList(outside, f)
      }）` +
        (allOut || inside.length === 0
          ? ""
          : `，而 ${printedList(inside, f)} 落在区间之内（${intervalList(inside, f)}）`) +
        `：发表的法则并不是这些数据所说的。`;
    },
  });
}

/**
 * The residual chart's title: the largest residual and whether a trend in size remains
 * (slope against log10 N more than 2 standard errors from zero).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { residualTitle } from "./mod.ts";
 * const flat = { worstResidual: 0.05, residualTrend: { slope: 0.001, standardError: 0.002 } };
 * assert.equal(residualTitle(flat, formatter("en")),
 *   "Residuals stay within ±0.050 in log loss, with no trend in size");
 * ```
 */
export function residualTitle(
  r: Pick<ChinchillaRefit, "worstResidual" | "residualTrend">,
  f: Formatter,
): string {
  const { slope, standardError } = r.residualTrend;
  const trend = Math.abs(slope) > 2 * standardError;
  return inLang(f.lang, {
    en: () =>
      `Residuals stay within ±${f.fixed(r.worstResidual, 3)} in log loss, ` +
      (trend
        ? `but drift ${slope > 0 ? "up" : "down"} with size (${f.number(slope, 2)} per decade)`
        : "with no trend in size"),
    zh: () =>
      `残差在对数损失上保持在 ±${f.fixed(r.worstResidual, 3)} 以内，` +
      (trend
        ? `但随规模${slope > 0 ? "向上" : "向下"}漂移（每个数量级 ${f.number(slope, 2)}）`
        : "且不随规模呈现趋势"),
  });
}
