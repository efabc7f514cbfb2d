/**
 * Chapter 2's sentences about prompting by scale (in-context learning, chain of thought, MMLU),
 * the metric check and the chapter summary: numbers in, wording out, per language.
 * @module
 */
import { taskLabel } from "./_labels.ts";
import { join } from "./_words.ts";
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { CotByScale, IclByScale, MmluByScale } from "./emergence_prompting.ts";
import type { MetricCheck, MetricVerdict } from "./emergence_metric.ts";
import type { EmergenceCensus } from "./emergence.ts";
import type { EmergenceScales } from "./emergence_scales.ts";
import { shareOf } from "./_share.ts";
import type { LabelRobustness, ThresholdPlaces } from "./emergence_robustness.ts";

/**
 * Title of the in-context-learning chart: on how many tasks the gain grows with scale ("most"
 * only above half, "every" only when all).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { iclTitle } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const title = (grows: number) =>
 *   iclTitle({ grows: Array(grows), tasks: Array(6) } as never, formatter("en"));
 * assert.equal(title(2), "The gain from five in-context examples grows with Pythia size on 2 of 6 tasks");
 * assert.equal(title(3), "The gain from five in-context examples grows with Pythia size on 3 of 6 tasks");
 * assert.equal(title(4), "The gain from five in-context examples grows with Pythia size on most tasks");
 * assert.equal(title(6), "The gain from five in-context examples grows with Pythia size on every task");
 * assert.equal(title(0), "The gain from five in-context examples does not grow with Pythia size on any task");
 * ```
 */
export function iclTitle(icl: Pick<IclByScale, "grows" | "tasks">, f: Formatter): string {
  const k = icl.grows.length, n = icl.tasks.length;
  return inLang(f.lang, {
    en: () => {
      // "Grows", not "helps": a gain can grow while staying negative (LAMBADA).
      const head = "The gain from five in-context examples";
      switch (shareOf(k, n)) {
        case "none":
          return `${head} does not grow with Pythia size on any task`;
        case "all":
          return `${head} grows with Pythia size on every task`;
        case "most":
          return `${head} grows with Pythia size on most tasks`;
        case "some":
          return `${head} grows with Pythia size on ${k} of ${n} tasks`;
      }
    },
    zh: () => {
      const head = "五个上下文示例带来的增益";
      switch (shareOf(k, n)) {
        case "none":
          return `${head}在所有任务上都不随 Pythia 规模增长`;
        case "all":
          return `${head}在每个任务上都随 Pythia 规模增长`;
        case "most":
          return `${head}在大多数任务上随 Pythia 规模增长`;
        case "some":
          return `${head}在 ${n} 个任务中的 ${k} 个上随 Pythia 规模增长`;
      }
    },
  });
}

/**
 * The in-context-learning paragraph: where the gain grows, where the largest model still loses
 * accuracy with examples, and the size range.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { iclText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const icl = (losesAtLargest: string[]) => ({
 *   tasks: ["a", "lambada_openai"], z: 2, losesAtLargest, params: { smallest: 70e6, largest: 12e9 }, jumps: [],
 *   grows: [{ task: "a", small: -0.024, large: 0.051, change: 3 }],
 * }) as never;
 * assert.match(iclText(icl(["lambada_openai"]), formatter("en")), /on 1 of 2 tasks \(a: −0.024 → 0.051\)\. LAMBADA still loses accuracy with examples at 12B — LAMBADA's/);
 * const withSe = { ...(icl([]) as object), grows: [{ task: "a", small: -0.024, large: 0.051, change: 3, se: [0.012, 0.013] }] } as never;
 * assert.match(iclText(withSe, formatter("en")), /\(a: −0\.024 ± 0\.012 → 0\.051 ± 0\.013; ± one standard error, conservative\)/);
 * assert.match(iclText(icl([]), formatter("en")), /No task still loses accuracy with examples at 12B\. No step between neighbouring sizes/);
 * ```
 */
export function iclText(icl: IclByScale, f: Formatter): string {
  const { grows, tasks, losesAtLargest, z, params } = icl;
  // "± 0.012": one standard error, named once at the end of the list.
  const pm = (se: number | undefined) => (se === undefined ? "" : ` ± ${f.number(se, 2)}`);
  const withSe = grows.some((t) => t.se !== undefined);
  const lambada = losesAtLargest.some((t) => t.startsWith("lambada"));
  return inLang(f.lang, {
    en: () =>
      "From the smallest to the largest model the gain grows by more than " +
      `${
        z === 2 ? "two" : f.number(z)
      } standard errors on ${grows.length} of ${tasks.length} tasks` +
      (grows.length > 0
        ? ` (${
          grows.map((t) =>
            `${taskLabel(t.task)}: ${f.number(t.small, 2)}${pm(t.se?.[0])} → ${
              f.number(t.large, 2)
            }${pm(t.se?.[1])}`
          ).join("; ")
        }${withSe ? "; ± one standard error, conservative" : ""})`
        : "") +
      `. ${join(losesAtLargest.map(taskLabel), f) || "No task"} still ${
        losesAtLargest.length > 1 ? "lose" : "loses"
      } accuracy with examples at ${f.params(params.largest)}` +
      (lambada ? " — LAMBADA's examples change the prompt format the harness scores" : "") +
      `. ${iclJumpText(icl, f)}`,
    zh: () =>
      `从最小到最大的模型，增益在 ${tasks.length} 个任务中的 ${grows.length} 个上增长超过${
        z === 2 ? "两" : ` ${f.number(z)} `
      }个标准误` +
      (grows.length > 0
        ? `（${
          grows.map((t) =>
            `${taskLabel(t.task)}：${f.number(t.small, 2)}${pm(t.se?.[0])} → ${
              f.number(t.large, 2)
            }${pm(t.se?.[1])}`
          ).join("；")
        }${withSe ? "；± 一个标准误，偏保守" : ""}）`
        : "") +
      `。在 ${f.params(params.largest)}参数时，${
        losesAtLargest.length
          ? `${join(losesAtLargest.map(taskLabel), f)}加了示例后准确率仍然下降`
          : "没有任务加了示例后准确率仍然下降"
      }` +
      (lambada ? "——LAMBADA 的示例改变了评测框架打分所用的提示格式" : "") +
      `。${iclJumpText(icl, f)}`,
  });
}

/**
 * Whether in-context learning switches on suddenly within Pythia's range: the steps between
 * neighbouring sizes where the gain rises by more than z standard errors. "Gradually, not as a
 * sudden switch" only when there is none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { iclJumpText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const icl = (jumps: unknown[]) =>
 *   ({ tasks: Array(6), z: 2, jumps, params: { smallest: 70.4e6, largest: 11.8e9 } }) as never;
 * assert.equal(iclJumpText(icl([]), formatter("en")),
 *   "No step between neighbouring sizes raises the gain by more than two standard errors on any task: within Pythia's range (70.4M–11.8B) in-context learning changes gradually, not as a sudden switch.");
 * const one = { task: "sciq", from: 70.4e6, to: 160e6, before: -0.024, after: 0.038 };
 * assert.equal(iclJumpText(icl([one]), formatter("en")),
 *   "A step between neighbouring sizes raises the gain by more than two standard errors on 1 of 6 tasks (SciQ: −0.024 at 70.4M → 0.038 at 160M); on the other 5 the gain changes gradually within Pythia's range (70.4M–11.8B).");
 * const all = ["a", "b", "c", "d", "e", "f"].map((task) => ({ ...one, task }));
 * assert.match(iclJumpText(icl(all), formatter("en")), /on 6 of 6 tasks .*; no task changes only gradually/);
 * ```
 */
export function iclJumpText(
  icl: Pick<IclByScale, "tasks" | "z" | "jumps" | "params">,
  f: Formatter,
): string {
  const { z, jumps, params } = icl;
  const n = icl.tasks.length;
  const jumped = [...new Set(jumps.map((j) => j.task))];
  const range = f.interval(params.smallest, params.largest, "params");
  const se = `${z === 2 ? "two" : f.number(z)} standard errors`;
  return inLang(f.lang, {
    en: () => {
      if (jumped.length === 0) {
        return `No step between neighbouring sizes raises the gain by more than ${se} on any ` +
          `task: within Pythia's range (${range}) in-context learning changes gradually, not as ` +
          "a sudden switch.";
      }
      const rest = n - jumped.length;
      return `A step between neighbouring sizes raises the gain by more than ${se} on ` +
        `${jumped.length} of ${n} tasks (${
          jumps.map((j) =>
            `${taskLabel(j.task)}: ${f.number(j.before, 2)} at ${f.params(j.from)} → ${
              f.number(j.after, 2)
            } at ${f.params(j.to)}`
          ).join("; ")
        }); ` +
        (rest === 0
          ? "no task changes only gradually."
          : `on the other ${rest} the gain changes gradually within Pythia's range (${range}).`);
    },
    zh: () => {
      const zse = `${z === 2 ? "两" : ` ${f.number(z)} `}个标准误`;
      if (jumped.length === 0) {
        return `在任何任务上，相邻规模之间都没有哪一步让增益提高超过${zse}：在 Pythia 的范围内（${range}），` +
          "上下文学习是逐渐变化的，而不是突然出现的开关。";
      }
      const rest = n - jumped.length;
      return `在 ${n} 个任务中的 ${jumped.length} 个上，相邻规模之间有一步让增益提高超过${zse}（${
        jumps.map((j) =>
          `${taskLabel(j.task)}：${f.params(j.from)}时 ${f.number(j.before, 2)} → ${
            f.params(j.to)
          }时 ${f.number(j.after, 2)}`
        ).join("；")
      }）；` +
        (rest === 0
          ? "没有哪个任务只是逐渐变化。"
          : `其余 ${rest} 个任务的增益在 Pythia 的范围内（${range}）逐渐变化。`);
    },
  });
}

/**
 * Title of the chain-of-thought chart: "only for the largest" only when chain of thought fails the
 * smallest model and helps the largest in every benchmark × family pair.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cotTitle } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const title = (hurtsSmall: number, helps: number) =>
 *   cotTitle({ hurtsSmall, helpsLarge: Array(helps), effects: Array(9) } as never, formatter("en"));
 * assert.equal(title(9, 9), "Chain-of-thought prompting pays off only for the largest models");
 * assert.equal(title(7, 9), "Chain-of-thought prompting pays off for the largest models, mostly not for the smallest");
 * assert.equal(title(3, 9), "Chain-of-thought prompting at the smallest and the largest models");
 * ```
 */
export function cotTitle(
  cot: Pick<CotByScale, "hurtsSmall" | "helpsLarge" | "effects">,
  f: Formatter,
): string {
  const n = cot.effects.length;
  const small = shareOf(cot.hurtsSmall, n), large = shareOf(cot.helpsLarge.length, n);
  return inLang(f.lang, {
    en: () =>
      small === "all" && large === "all"
        ? "Chain-of-thought prompting pays off only for the largest models"
        : large === "all" && small === "most"
        ? "Chain-of-thought prompting pays off for the largest models, mostly not for the smallest"
        : "Chain-of-thought prompting at the smallest and the largest models",
    zh: () =>
      small === "all" && large === "all"
        ? "思维链提示只对最大的模型有回报"
        : large === "all" && small === "most"
        ? "思维链提示对最大的模型有回报，对最小的模型大多没有"
        : "思维链提示在最小与最大模型上的效果",
  });
}

/** The chain-of-thought paragraph: in how many pairs it fails the smallest and helps the largest. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cotText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const helps = [{ largest: 3.2 }, { largest: 39 }];
 * assert.match(cotText({ hurtsSmall: 1, effects: Array(2), helpsLarge: helps } as never, formatter("en")), /in 1 of 2 .* helps the largest in 2, by 3.2 to 39 percentage points\.$/);
 * assert.match(cotText({ hurtsSmall: 2, effects: Array(2), helpsLarge: [] } as never, formatter("en")), /helps the largest in none\.$/);
 * ```
 */
export function cotText(cot: CotByScale, f: Formatter): string {
  const { hurtsSmall, helpsLarge, effects } = cot;
  const gains = helpsLarge.map((e) => e.largest);
  return inLang(f.lang, {
    en: () =>
      `Chain of thought does not help (or hurts) the smallest model in ${hurtsSmall} of ` +
      `${effects.length} benchmark × family pairs, and helps the largest in ` +
      (gains.length > 0
        ? `${gains.length}, by ${f.number(Math.min(...gains))} to ${
          f.number(Math.max(...gains))
        } percentage points.`
        : "none."),
    zh: () =>
      `在 ${effects.length} 个“基准 × 模型系列”组合中，思维链对最小模型没有帮助（或有害）的有 ${hurtsSmall} 个，` +
      (gains.length > 0
        ? `对最大模型有帮助的有 ${gains.length} 个，提升 ${f.number(Math.min(...gains))} 到 ${
          f.number(Math.max(...gains))
        } 个百分点。`
        : "对最大模型有帮助的一个也没有。"),
  });
}

/**
 * Title of the MMLU chart: up to which size GPT-3 stays within the margin of chance, and how many
 * later-family models are above that margin ("every" only when all).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mmluTitle } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const mmlu = (atChance: string[], largestAtChance?: number) =>
 *   ({ margin: 2, largestAtChance, later: { models: 14, atChance } }) as never;
 * assert.equal(mmluTitle(mmlu(["PaLM 8B"], 13e9), formatter("en")),
 *   "MMLU: GPT-3 is within 2 points of chance up to 13B parameters; 13 of 14 later-family models are more than 2 points above it");
 * assert.equal(mmluTitle(mmlu([], 13e9), formatter("en")),
 *   "MMLU: GPT-3 is within 2 points of chance up to 13B parameters; every later-family model is more than 2 points above it");
 * assert.match(mmluTitle(mmlu(Array(14).fill("x")), formatter("en")), /^MMLU: no GPT-3 model is within 2 points of chance; no later-family model is more than 2 points above it$/);
 * ```
 */
export function mmluTitle(
  mmlu: Pick<MmluByScale, "margin" | "largestAtChance" | "later">,
  f: Formatter,
): string {
  const { margin, largestAtChance, later } = mmlu;
  const above = later.models - later.atChance.length;
  return inLang(f.lang, {
    en: () => {
      const points = `${f.number(margin)} points`;
      const head = largestAtChance === undefined
        ? `MMLU: no GPT-3 model is within ${points} of chance`
        : `MMLU: GPT-3 is within ${points} of chance up to ${f.params(largestAtChance)} parameters`;
      const share = later.models === 0 ? "none" : shareOf(above, later.models);
      const tail = share === "all"
        ? `every later-family model is more than ${points} above it`
        : share === "none"
        ? `no later-family model is more than ${points} above it`
        : `${above} of ${later.models} later-family models are more than ${points} above it`;
      return `${head}; ${tail}`;
    },
    zh: () => {
      const points = `${f.number(margin)} 个百分点`;
      const head = largestAtChance === undefined
        ? `MMLU：没有哪个 GPT-3 模型与随机水平相差在 ${points}以内`
        : `MMLU：直到 ${f.params(largestAtChance)}参数，GPT-3 都与随机水平相差不到 ${points}`;
      const share = later.models === 0 ? "none" : shareOf(above, later.models);
      const tail = share === "all"
        ? `后来各系列的模型都比它高出 ${points}以上`
        : share === "none"
        ? `后来各系列的模型没有一个比它高出 ${points}以上`
        : `后来各系列的 ${later.models} 个模型中有 ${above} 个比它高出 ${points}以上`;
      return `${head}；${tail}`;
    },
  });
}

/**
 * The MMLU paragraph: GPT-3's best score, the smallest later-family model that matches it and how
 * many times fewer parameters it has, and the later-family models still at chance.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mmluText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const best = { model: "GPT-3 X-Large", params: 175e9, value: 43.9 };
 * const match = { model: "Llama 2 7B", params: 7e9, value: 45.3 };
 * const mmlu = (matchesGpt3: unknown, atChance: string[]) =>
 *   ({ margin: 2, later: { models: 14, atChance, gpt3Best: best, matchesGpt3 } }) as never;
 * assert.equal(mmluText(mmlu(match, ["PaLM 8B"]), formatter("en")),
 *   "GPT-3's largest model (175B) scores 43.9%; the smallest later-family model that matches it is Llama 2 7B (45.3%) with 25 times fewer parameters. PaLM 8B is still within 2 points of chance.");
 * assert.equal(mmluText(mmlu(undefined, []), formatter("en")),
 *   "GPT-3's largest model (175B) scores 43.9%; no later-family model matches it. Every later-family model is more than 2 points above chance.");
 * ```
 */
export function mmluText(mmlu: Pick<MmluByScale, "margin" | "later">, f: Formatter): string {
  const { gpt3Best, matchesGpt3, atChance } = mmlu.later;
  if (!gpt3Best) {
    return inLang(f.lang, {
      en: () => "The MMLU table has no GPT-3 row to compare with.",
      zh: () => "MMLU 表中没有可供比较的 GPT-3 行。",
    });
  }
  return inLang(f.lang, {
    en: () =>
      `GPT-3's largest model (${f.params(gpt3Best.params)}) scores ${f.number(gpt3Best.value)}%; ` +
      (matchesGpt3
        ? `the smallest later-family model that matches it is ${matchesGpt3.model} (${
          f.number(matchesGpt3.value)
        }%) with ${f.number(gpt3Best.params / matchesGpt3.params, 2)} times fewer parameters. `
        : "no later-family model matches it. ") +
      (atChance.length === 0
        ? `Every later-family model is more than ${f.number(mmlu.margin)} points above chance.`
        : `${atChance.join(", ")} ${atChance.length === 1 ? "is" : "are"} still within ${
          f.number(mmlu.margin)
        } points of chance.`),
    zh: () =>
      `GPT-3 最大的模型（${f.params(gpt3Best.params)}）得分 ${f.number(gpt3Best.value)}%；` +
      (matchesGpt3
        ? `后来各系列中追平它的最小模型是 ${matchesGpt3.model}（${
          f.number(matchesGpt3.value)
        }%），参数只有它的 1/${f.number(gpt3Best.params / matchesGpt3.params, 2)}。`
        : "后来各系列中没有模型追平它。") +
      (atChance.length === 0
        ? `后来各系列的每个模型都比随机水平高出 ${f.number(mmlu.margin)} 个百分点以上。`
        : `${atChance.join("、")}仍与随机水平相差不到 ${f.number(mmlu.margin)} 个百分点。`),
  });
}

/** A metric verdict in words. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { verdictText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(verdictText("artefact", formatter("en")), "possible metric artefact");
 * ```
 */
export function verdictText(verdict: MetricVerdict, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      ({
        artefact: "possible metric artefact",
        depends: "shape depends on metric",
        same: "same under every metric",
      })[verdict],
    zh: () =>
      ({
        artefact: "可能是指标造成的假象",
        depends: "形状取决于指标",
        same: "在每种指标下都相同",
      })[verdict],
  });
}

/**
 * Why the Lu et al. families are pooled: the sizes each family has, how many have fewer than the
 * three a shape needs, and the sizes of the pooled curve.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { poolingText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const check = (sizes: number[]) => ({
 *   familySizes: sizes.map((n, i) => ({ family: `F${i}`, sizes: n })),
 *   pooledSizes: sizes.reduce((a, b) => a + b, 0),
 * }) as never;
 * assert.equal(poolingText(check([2, 1, 3]), formatter("en")),
 *   "Their base (non-instruction-tuned) families have 1 to 3 sizes each (F0 2, F1 1, F2 3); 2 of 3 have fewer than the three sizes a shape needs, so — as Lu et al. do — we pool them into one curve per task and prompt setting, with 6 sizes. That curve mixes families trained on different data, which is a caveat on every label below.");
 * assert.match(poolingText(check([3, 4]), formatter("en")), /have 3 to 4 sizes each .*; each has the three sizes a shape needs, but we pool them/);
 * assert.match(poolingText(check([2, 2]), formatter("en")), /have 2 sizes each .*; all 2 have fewer than the three sizes/);
 * ```
 */
export function poolingText(
  check: Pick<MetricCheck, "familySizes" | "pooledSizes">,
  f: Formatter,
): string {
  const sizes = check.familySizes.map((s) => s.sizes);
  const lo = Math.min(...sizes), hi = Math.max(...sizes), n = sizes.length;
  const few = sizes.filter((s) => s < 3).length;
  return inLang(f.lang, {
    en: () => {
      const range = lo === hi ? `${f.number(lo)}` : `${f.number(lo)} to ${f.number(hi)}`;
      const list = check.familySizes.map((s) => `${s.family} ${f.number(s.sizes)}`).join(", ");
      const share = shareOf(few, n);
      const why = share === "none"
        ? "each has the three sizes a shape needs, but we pool them"
        : `${share === "all" ? `all ${n}` : `${few} of ${n}`} ${
          few === 1 ? "has" : "have"
        } fewer than the three sizes a shape needs, so — as Lu et al. do — we pool them`;
      return `Their base (non-instruction-tuned) families have ${range} sizes each (${list}); ` +
        `${why} into one curve per task and prompt setting, with ${f.number(check.pooledSizes)} ` +
        "sizes. That curve mixes families trained on different data, which is a caveat on " +
        "every label below.";
    },
    zh: () => {
      const range = lo === hi ? `${f.number(lo)}` : `${f.number(lo)} 到 ${f.number(hi)}`;
      const list = check.familySizes.map((s) => `${s.family} ${f.number(s.sizes)}`).join("，");
      const share = shareOf(few, n);
      const why = share === "none"
        ? "每个系列都有判断形状所需的三个规模，但我们仍把它们合并"
        : `${
          share === "all" ? `全部 ${n} 个系列` : `${n} 个系列中有 ${few} 个`
        }不足判断形状所需的三个规模，所以我们像 Lu et al. 那样把它们合并`;
      return `它们的基础（未经指令微调的）模型系列各有 ${range} 个规模（${list}）；` +
        `${why}，每个任务和提示设置合成一条曲线，共 ${f.number(check.pooledSizes)} 个规模。` +
        "这条曲线混合了在不同数据上训练的系列，下面的每个标签都要带着这个保留来看。";
    },
  });
}

/** The metric check in a sentence: how many emergent-looking curves are smooth elsewhere. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { metricText } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const check = (artefacts: number, same: number) =>
 *   ({ emergentSomewhere: Array(18), artefacts: Array(artefacts), sameUnderEvery: Array(same) }) as never;
 * assert.match(metricText(check(6, 2), formatter("en")), /\*\*6\*\* are smooth .* and 2 look emergent/);
 * assert.match(metricText(check(1, 1), formatter("en")), /\*\*1\*\* is smooth .* and 1 looks emergent/);
 * ```
 */
export function metricText(check: MetricCheck, f: Formatter): string {
  const n = check.emergentSomewhere.length;
  return inLang(f.lang, {
    en: () =>
      `Of ${n} task-and-setting curves that look emergent under some metric, ` +
      `**${check.artefacts.length}** ${check.artefacts.length === 1 ? "is" : "are"} smooth under ` +
      "a continuous metric — the pattern Schaeffer et al. call a mirage — and " +
      `${check.sameUnderEvery.length} look${
        check.sameUnderEvery.length === 1 ? "s" : ""
      } emergent under every metric we have.`,
    zh: () =>
      `在某种指标下看起来涌现的 ${n} 条“任务 × 设置”曲线中，有 **${check.artefacts.length}** 条` +
      "在连续指标下是平滑的——这正是 Schaeffer et al. 所说的海市蜃楼——而有 " +
      `${check.sameUnderEvery.length} 条在我们拥有的每种指标下都呈涌现。`,
  });
}

/**
 * The chapter's key finding for the index page: the census count, how many labels hang on the
 * largest size, where the thresholds sit (a bound when only the largest size is past them), and
 * the metric check.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceSummary } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const robust = (fragile: number, n: number) =>
 *   Array.from({ length: n }, (_, i) => ({ changesWithout: i < fragile ? ["largest"] : [] }));
 * const places = (atLastSize: number) => ({
 *   total: 10, atLastSize, largest: 137e9,
 *   median: atLastSize > 0 ? { low: 29e9, high: 137e9 } : { low: 4.85e9, high: 4.85e9 },
 * });
 * const text = (fragile: number, atLastSize: number) => emergenceSummary(
 *   { emergent: 11, rows: Array(35) } as never,
 *   { ours: { median: 70.7e9 }, params: { median: 68e9 } } as never,
 *   { artefacts: Array(6), emergentSomewhere: Array(18) } as never,
 *   formatter("en"),
 *   { robustness: robust(fragile, 11), places: places(atLastSize) } as never,
 * );
 * assert.match(text(8, 6), /^\*\*Emergence:\*\* 11 of 35 .* rise sharply — but 8 of the 11 labels change when the largest model \(137B\) is left out, and for 6 of 10 thresholds only the largest model is past them, so the median threshold is only bounded: between 29B and 137B \(/);
 * assert.match(text(8, 6), /published emergence scales: median 68B\); 6 of 18/);
 * assert.match(text(0, 0), /rise sharply; every label survives leaving out the largest model \(137B\), and the median threshold is 4\.85B \(/);
 * ```
 */
export function emergenceSummary(
  census: EmergenceCensus,
  scales: EmergenceScales,
  check: MetricCheck,
  f: Formatter,
  evidence: {
    robustness: readonly Pick<LabelRobustness, "changesWithout">[];
    places: Pick<ThresholdPlaces, "total" | "atLastSize" | "largest" | "median"> & {
      beyond?: number;
    };
  },
): string {
  const { robustness, places } = evidence;
  const n = robustness.length;
  const fragile = robustness.filter((r) => r.changesWithout.includes("largest")).length;
  const largest = f.params(places.largest);
  // Thresholds only the largest size is past, and those no size reaches (above the largest).
  const bounded = places.atLastSize + (places.beyond ?? 0);
  return inLang(f.lang, {
    en: () => {
      const labels = fragile === 0
        ? `; every label survives leaving out the largest model (${largest}), and`
        : ` — but ${fragile === n ? `all ${n}` : `${fragile} of the ${n}`} labels change when ` +
          `the largest model (${largest}) is left out, and`;
      const { low, high } = places.median;
      const median = low === high
        ? `the median threshold is ${f.params(low)}`
        : `the median threshold is only bounded: between ${f.params(low)} and ${
          Number.isFinite(high) ? f.params(high) : `beyond ${largest}`
        }`;
      const where = bounded === 0
        ? ` ${median}`
        : ` for ${bounded} of ${places.total} thresholds ${
          places.beyond ? "at most" : "only"
        } the largest model is past them, so ${median}`;
      return `**Emergence:** ${census.emergent} of ${census.rows.length} BIG-bench tasks stay ` +
        `near chance for small BIG-G models and then rise sharply${labels}${where} (published ` +
        `emergence scales: median ${f.params(scales.params.median)}); ` +
        `${check.artefacts.length} of ${check.emergentSomewhere.length} emergent-looking curves ` +
        "in Lu et al.'s data are smooth under a continuous metric.";
    },
    zh: () => {
      const labels = fragile === 0
        ? `；去掉最大的模型（${largest}）后，每个标签都保持不变，并且`
        : `——但去掉最大的模型（${largest}）后，${
          fragile === n ? `全部 ${n} 个` : `${n} 个标签中有 ${fragile} 个`
        }标签会改变，并且`;
      const { low, high } = places.median;
      const median = low === high
        ? `阈值的中位数是 ${f.params(low)}`
        : `阈值的中位数只能给出范围：在 ${f.params(low)} 与 ${
          Number.isFinite(high) ? f.params(high) : `超过 ${largest} 的某处`
        }之间`;
      const where = bounded === 0
        ? median
        : `${places.total} 个阈值中有 ${bounded} 个${
          places.beyond ? "最多" : ""
        }只有最大的模型越过了，所以${median}`;
      return `**涌现：** 在 ${census.rows.length} 个 BIG-bench 任务中，有 ${census.emergent} 个在小的 BIG-G ` +
        `模型上停在随机水平附近，然后急剧上升${labels}${where}（发表的涌现规模：中位数 ${
          f.params(scales.params.median)
        }）；在 Lu et al. 的数据中，${check.emergentSomewhere.length} 条看似涌现的曲线里有 ${check.artefacts.length} 条在连续指标下是平滑的。`;
    },
  });
}
