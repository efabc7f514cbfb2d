/**
 * Chapter 1's remaining claims, each computed from a lib/analyze result: the Kaplan chart's title
 * and the range its laws were fitted on, the Chinchilla runs chart's title (does loss fall with
 * size within every token group, does the law follow), what the Pythia section measures, and
 * how many Pythia tasks stay on their small-model power law.
 * @module
 */
import { type Formatter, inLang } from "../locale/mod.ts";
import type { ChinchillaRefit, KaplanLaws } from "./scaling_laws.ts";
import type { PythiaScaling } from "./pythia_scaling.ts";
import { taskName } from "./pythia_text.ts";
import { join, latinSpace, spelled } from "./_words.ts";

/**
 * The data Kaplan et al. 2020 fitted their laws on (Section 1.1 and 2: "768 to 1.5 billion
 * non-embedding parameters", "22 million to 23 billion tokens").
 */
export const KAPLAN_FITTED_RANGE = {
  params: [768, 1.5e9],
  tokens: [22e6, 23e9],
} as const satisfies Record<"params" | "tokens", readonly [number, number]>;

/**
 * The Kaplan chart's title: which of the three laws fall (every exponent positive) or rise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { kaplanTitle } from "./scaling_laws_claims.ts";
 * const k = (params: number) => ({ exponents: { params, tokens: 0.095, compute: 0.05 } });
 * assert.equal(kaplanTitle(k(0.076), formatter("en")),
 *   "Loss falls as a straight line on log–log axes with parameters, data and compute");
 * assert.equal(kaplanTitle(k(-0.1), formatter("en")),
 *   "Loss falls as a straight line on log–log axes with data and compute, and rises with parameters");
 * ```
 */
export function kaplanTitle(k: Pick<KaplanLaws, "exponents">, f: Formatter): string {
  const names = inLang(f.lang, {
    en: () => ({ params: "parameters", tokens: "data", compute: "compute" }),
    zh: () => ({ params: "参数", tokens: "数据", compute: "算力" }),
  });
  const ids = ["params", "tokens", "compute"] as const;
  const falling = ids.filter((id) => k.exponents[id] > 0).map((id) => names[id]);
  const rising = ids.filter((id) => k.exponents[id] <= 0).map((id) => names[id]);
  return inLang(f.lang, {
    en: () =>
      falling.length === 0
        ? `Loss does not fall with ${join(rising, f)}`
        : `Loss falls as a straight line on log–log axes with ${join(falling, f)}` +
          (rising.length ? `, and rises with ${join(rising, f)}` : ""),
    zh: () =>
      falling.length === 0
        ? `损失不随${join(rising, f)}下降`
        : `随着${join(falling, f)}增加，损失在双对数坐标上沿直线下降` +
          (rising.length ? `，而随${join(rising, f)}上升` : ""),
  });
}

/**
 * How far the Kaplan chart draws the laws past the data they were fitted on.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { kaplanRangeSentence } from "./scaling_laws_claims.ts";
 * const row = (law: "params" | "tokens", x: number) => ({ law, x, loss: 3 });
 * const wide = { rows: [row("params", 1e5), row("params", 1e12), row("tokens", 1e8), row("tokens", 1e10)] };
 * assert.match(kaplanRangeSentence(wide, formatter("en")),
 *   /L\(N\) is drawn out to 1T parameters, past the fitted range; L\(D\) stays within it/);
 * ```
 */
export function kaplanRangeSentence(k: Pick<KaplanLaws, "rows">, f: Formatter): string {
  const max = (law: "params" | "tokens") =>
    Math.max(...k.rows.filter((r) => r.law === law).map((r) => r.x));
  const beyondN = max("params") > KAPLAN_FITTED_RANGE.params[1];
  const beyondD = max("tokens") > KAPLAN_FITTED_RANGE.tokens[1];
  const [n0, n1] = KAPLAN_FITTED_RANGE.params, [d0, d1] = KAPLAN_FITTED_RANGE.tokens;
  return inLang(f.lang, {
    en: () =>
      `Kaplan et al. fitted these laws on models of ${f.number(n0)} to ${f.params(n1)} ` +
      `non-embedding parameters and ${f.tokens(d0)} to ${f.tokens(d1)} tokens. ` +
      (beyondN
        ? `L(N) is drawn out to ${f.params(max("params"))} parameters, past the fitted range`
        : "L(N) stays within the fitted range") +
      "; " +
      (beyondD
        ? `L(D) out to ${f.tokens(max("tokens"))} tokens, past it too`
        : "L(D) stays within it") +
      (beyondN || beyondD ? " — those stretches are extrapolations, not measurements." : "."),
    zh: () =>
      `Kaplan et al. 是在 ${f.number(n0)} 到 ${f.params(n1)}非嵌入参数、${f.tokens(d0)} 到 ${
        f.tokens(d1)
      } tokens 的模型上拟合出这些法则的。` +
      (beyondN
        ? `L(N) 一直画到 ${f.params(max("params"))}参数，超出了拟合范围`
        : "L(N) 没有超出拟合范围") +
      "；" +
      (beyondD ? `L(D) 画到 ${f.tokens(max("tokens"))} tokens，也超出了` : "L(D) 也没有超出") +
      (beyondN || beyondD ? "——这些部分是外推，不是测量。" : "。"),
  });
}

/** Least-squares slope of loss against log10 N within one token group. */
function slope(points: readonly { params: number; loss: number }[]): number | undefined {
  const xs = points.map((p) => Math.log10(p.params)), ys = points.map((p) => p.loss);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (points.length < 2 || sxx === 0) return undefined;
  return xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
}

/**
 * The Chinchilla runs chart's title: in how many token groups (with two sizes or more) loss falls
 * with model size (negative least-squares slope against log10 N), and whether the law follows
 * (no residual trend in size, as in {@linkcode residualTitle}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { runsTitle } from "./scaling_laws_claims.ts";
 * const run = (decade: number, params: number, loss: number) => ({ decade, params, loss });
 * const falling = [run(9, 1e8, 3), run(9, 1e9, 2.8), run(9, 1e10, 2.6)];
 * const flat = { residualTrend: { slope: 0, standardError: 1 } };
 * assert.equal(runsTitle({ ...flat, runs: falling }, formatter("en")),
 *   "Loss falls with model size at every data budget, and the fitted law follows it");
 * const rising = [run(10, 1e8, 2.5), run(10, 1e9, 2.6), run(10, 1e10, 2.7)];
 * assert.equal(runsTitle({ ...flat, runs: [...falling, ...rising] }, formatter("en")),
 *   "Loss falls with model size at 1 of 2 data budgets, and the fitted law follows it");
 * ```
 */
export function runsTitle(
  r: Pick<ChinchillaRefit, "residualTrend"> & {
    runs: readonly { decade: number; params: number; loss: number }[];
  },
  f: Formatter,
): string {
  const decades = [...new Set(r.runs.map((run) => run.decade))];
  const slopes = decades.map((d) => slope(r.runs.filter((run) => run.decade === d)))
    .filter((s): s is number => s !== undefined);
  const falling = slopes.filter((s) => s < 0).length;
  const { slope: trend, standardError } = r.residualTrend;
  const follows = Math.abs(trend) <= 2 * standardError;
  return inLang(f.lang, {
    en: () =>
      (falling === slopes.length
        ? "Loss falls with model size at every data budget"
        : `Loss falls with model size at ${f.number(falling)} of ${f.number(slopes.length)} ` +
          "data budgets") +
      (follows
        ? ", and the fitted law follows it"
        : ", but the fitted law drifts from it with size"),
    zh: () =>
      (falling === slopes.length
        ? "在每种数据预算下，损失都随模型变大而下降"
        : `在 ${f.number(slopes.length)} 种数据预算中的 ${
          f.number(falling)
        } 种下，损失随模型变大而下降`) +
      (follows ? "，拟合的法则也与之吻合" : "，但拟合的法则随规模逐渐偏离它"),
  });
}

/**
 * What the Pythia section measures: sizes, tokens and the tasks, counted and named.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { pythiaTasksSentence } from "./scaling_laws_claims.ts";
 * const p = { tasks: ["sciq", "piqa"], sizes: 8, params: [7e7, 1.2e10] as [number, number], tokens: 3e11 };
 * assert.equal(pythiaTasksSentence(p, formatter("en")),
 *   "We take the final checkpoint (300B training tokens) of each of the 8 sizes, from 70M to 12B " +
 *   "parameters, on 2 tasks: SciQ and PIQA.");
 * ```
 */
export function pythiaTasksSentence(
  p: Pick<PythiaScaling, "tasks" | "sizes" | "params" | "tokens">,
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () =>
      `We take the final checkpoint (${f.tokens(p.tokens)} training tokens) of each of the ` +
      `${f.number(p.sizes)} sizes, from ${f.params(p.params[0])} to ${f.params(p.params[1])} ` +
      `parameters, on ${f.number(p.tasks.length)} tasks: ${
        join(p.tasks.map((t) => taskName(t, f)), f)
      }.`,
    zh: () =>
      `我们取 ${f.number(p.sizes)} 个规模（参数从 ${f.params(p.params[0])} 到 ${
        f.params(p.params[1])
      }）各自的最终检查点（训练 ${f.tokens(p.tokens)} tokens），在 ${
        f.number(p.tasks.length)
      } 个任务上评测：${join(p.tasks.map((t) => taskName(t, f)), f)}。`,
  });
}

/**
 * The bend table's reading: on how many tasks the largest model sits within `threshold`
 * standard errors of the smaller half's power law, and which bend up or down — the answer to
 * "do benchmark tasks inherit the loss's smoothness?".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { bendSentence } from "./scaling_laws_claims.ts";
 * const s = (task: string, verdict: "on_trend" | "accelerates" | "saturates") => ({ task, verdict });
 * const all = { threshold: 2, scaling: [s("sciq", "on_trend"), s("piqa", "on_trend")] };
 * assert.match(bendSentence(all, formatter("en")), /^On both tasks the largest model lies within two/);
 * const some = { threshold: 2, scaling: [s("sciq", "on_trend"), s("piqa", "saturates"), s("arc_easy", "accelerates")] };
 * assert.match(bendSentence(some, formatter("en")), /^On 1 of the 3 tasks .*: ARC-Easy bends up .* PIQA bends down/);
 * ```
 */
export function bendSentence(
  p: Pick<PythiaScaling, "threshold"> & {
    scaling: readonly { task: string; verdict: "on_trend" | "accelerates" | "saturates" }[];
  },
  f: Formatter,
): string {
  const n = p.scaling.length;
  const names = (v: string) =>
    join(p.scaling.filter((s) => s.verdict === v).map((s) => taskName(s.task, f)), f);
  const on = p.scaling.filter((s) => s.verdict === "on_trend").length;
  const up = p.scaling.filter((s) => s.verdict === "accelerates").length;
  const down = p.scaling.filter((s) => s.verdict === "saturates").length;
  const se = `${spelled(p.threshold, f)} standard errors`;
  return inLang(f.lang, {
    en: () => {
      const head = on === n
        ? `On ${
          n === 2 ? "both" : `all ${f.number(n)}`
        } tasks the largest model lies within ${se} ` +
          "of the power law fitted to the smaller half: here benchmark accuracy inherits the " +
          "smoothness of the loss."
        : `On ${f.number(on)} of the ${f.number(n)} tasks the largest model lies within ${se} ` +
          "of the power law fitted to the smaller half";
      if (on === n) return head;
      const parts = [
        up
          ? `${names("accelerates")} ${up === 1 ? "bends" : "bend"} up (better than the trend)`
          : "",
        down
          ? `${names("saturates")} ${down === 1 ? "bends" : "bend"} down (worse than the trend)`
          : "",
      ].filter(Boolean);
      return `${head}: ${parts.join("; ")}. ` +
        (on * 2 > n
          ? "Most tasks inherit the smoothness of the loss, but not all."
          : "Benchmark accuracy does not simply inherit the smoothness of the loss here.");
    },
    zh: () => {
      const se = `${spelled(p.threshold, f)}个标准误`;
      const head = on === n
        ? `在${
          n === 2 ? "两个" : `全部 ${f.number(n)} 个`
        }任务上，最大的模型都落在用较小一半拟合的幂律的${se}以内：` +
          "在这里，基准准确率继承了损失的平滑性。"
        : `在 ${f.number(n)} 个任务中的 ${
          f.number(on)
        } 个上，最大的模型落在用较小一半拟合的幂律的${se}以内`;
      if (on === n) return head;
      const parts = [
        up
          ? `${names("accelerates")}${latinSpace(names("accelerates"), "", "")}向上弯折（好于趋势）`
          : "",
        down
          ? `${names("saturates")}${latinSpace(names("saturates"), "", "")}向下弯折（差于趋势）`
          : "",
      ].filter(Boolean);
      return `${head}：${parts.join("；")}。` +
        (on * 2 > n
          ? "大多数任务继承了损失的平滑性，但不是全部。"
          : "在这里，基准准确率并没有简单地继承损失的平滑性。");
    },
  });
}
