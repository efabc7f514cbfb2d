/**
 * Chapter 4's extrapolation and tokens-per-parameter sentences: where the fitted runs end, which
 * plans and stretches of curve lie beyond them, and how the printed law and Hoffmann et al.'s
 * Table 3 move the ratio — every direction and count computed from a {@linkcode ComputeAllocation}.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import { HOFFMANN_2022 } from "../data/published_laws.ts";
import { computeOptimal } from "../fit/compute_optimal.ts";
import { FLOPS_DIFFER_BY } from "./allocation_placements.ts";
import {
  ALLOCATION_BUDGETS,
  type ComputeAllocation,
  type FittedRange,
} from "./compute_allocation.ts";

/**
 * Which of N and D lie outside the fitted runs' range (`[]` when both are inside).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { beyondFitted } from "./allocation_range_text.ts";
 * const fitted = { params: { lower: 1e8, upper: 1e10 }, tokens: { lower: 1e9, upper: 3e11 },
 *   flops: { lower: 6e17, upper: 1.8e22 } };
 * assert.deepEqual(beyondFitted({ params: 7e10, tokens: 1.4e12 }, fitted), ["N", "D"]);
 * assert.deepEqual(beyondFitted({ params: 5e9, tokens: 1e11 }, fitted), []);
 * ```
 */
export function beyondFitted(
  point: { params: number; tokens: number },
  fitted: FittedRange,
): ("N" | "D")[] {
  const out = (x: number, b: { lower: number; upper: number }) => x < b.lower || x > b.upper;
  return [
    ...(out(point.params, fitted.params) ? ["N" as const] : []),
    ...(out(point.tokens, fitted.tokens) ? ["D" as const] : []),
  ];
}

/**
 * A plans-table cell: whether the plan's N and D lie within the fitted runs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { rangeCell } from "./allocation_range_text.ts";
 * const fitted = { params: { lower: 1e8, upper: 1e10 }, tokens: { lower: 1e9, upper: 3e11 },
 *   flops: { lower: 6e17, upper: 1.8e22 } };
 * assert.equal(rangeCell({ params: 7e10, tokens: 1e11 }, fitted, formatter("en")), "beyond (N)");
 * assert.equal(rangeCell({ params: 5e9, tokens: 1e11 }, fitted, formatter("en")), "within");
 * ```
 */
export function rangeCell(
  point: { params: number; tokens: number },
  fitted: FittedRange | undefined,
  f: Formatter,
): string {
  const beyond = fitted ? beyondFitted(point, fitted) : [];
  return inLang(f.lang, {
    en: () =>
      fitted === undefined ? "—" : beyond.length ? `beyond (${beyond.join(", ")})` : "within",
    zh: () =>
      fitted === undefined ? "—" : beyond.length ? `超出（${beyond.join("、")}）` : "范围内",
  });
}

/** "57.3M–16.2B parameters and 819M–318B tokens (6ND from … to … FLOP)". */
function rangePhrase(fitted: FittedRange, f: Formatter): string {
  return inLang(f.lang, {
    en: () =>
      `${f.params(fitted.params.lower)}–${f.params(fitted.params.upper)} parameters and ` +
      `${f.tokens(fitted.tokens.lower)}–${f.tokens(fitted.tokens.upper)} tokens (6ND from ` +
      `${f.flops(fitted.flops.lower)} to ${f.flops(fitted.flops.upper)} FLOP)`,
    zh: () =>
      `参数规模 ${f.range(f.params(fitted.params.lower), f.params(fitted.params.upper))}、` +
      `训练 tokens ${f.range(f.tokens(fitted.tokens.lower), f.tokens(fitted.tokens.upper))}` +
      `（6ND 为 ${f.flops(fitted.flops.lower)} 至 ${f.flops(fitted.flops.upper)} FLOP）`,
  });
}

/**
 * What the inference-aware table and sweep rest on: the fitted runs' range, and how many plans
 * and sweep points need a larger model or more data than any fitted run.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { inferenceRangeSentence } from "./allocation_range_text.ts";
 * const fitted = { params: { lower: 1e8, upper: 1e10 }, tokens: { lower: 1e9, upper: 3e11 },
 *   flops: { lower: 6e17, upper: 1.8e22 } };
 * const plan = (params: number, tokens: number) => ({ params, tokens });
 * const r = { fitted, inference: { plans: [plan(7e10, 1.4e12), plan(3e10, 3e12)],
 *   sweep: [plan(3e10, 3e12)] } };
 * assert.match(inferenceRangeSentence(r, formatter("en")), /All 2 plans in the table and all 1 points/);
 * ```
 */
export function inferenceRangeSentence(
  r: Pick<ComputeAllocation, "fitted"> & {
    inference: {
      plans: readonly { params: number; tokens: number }[];
      sweep: readonly { params: number; tokens?: number }[];
    };
  },
  f: Formatter,
): string {
  const fitted = r.fitted;
  if (!fitted) return "";
  const plans = r.inference.plans;
  const beyond = plans.filter((p) => beyondFitted(p, fitted).length > 0).length;
  const sweep = r.inference.sweep;
  const sweepBeyond =
    sweep.filter((p) => p.params < fitted.params.lower || p.params > fitted.params.upper).length;
  const count = (k: number, n: number, what: string) =>
    k === n
      ? `All ${f.number(n)} ${what}`
      : k === 0
      ? `None of the ${f.number(n)} ${what}`
      : `${f.number(k)} of the ${f.number(n)} ${what}`;
  return inLang(f.lang, {
    en: () =>
      `**How far this extrapolates.** Our law was fitted to runs of ${rangePhrase(fitted, f)}. ${
        count(beyond, plans.length, "plans in the table")
      } and ${count(sweepBeyond, sweep.length, "points of the chart below").toLowerCase()} need ${
        beyond + sweepBeyond === 0 ? "no" : "a"
      } larger model or more data than any fitted run${
        beyond + sweepBeyond === 0
          ? "."
          : ": their numbers are extrapolations of the law, not measurements, " +
            "and the column “fitted range” marks them."
      }`,
    zh: () => {
      const part = (k: number, n: number, what: string) =>
        k === n
          ? `${what}全部 ${f.number(n)} 个`
          : k === 0
          ? `${what} ${f.number(n)} 个中没有一个`
          : `${what} ${f.number(n)} 个中有 ${f.number(k)} 个`;
      return `**外推了多远。** 我们的法则拟合自${rangePhrase(fitted, f)}的训练。` + (
        beyond + sweepBeyond === 0
          ? `表中的 ${f.number(plans.length)} 个方案和下图的 ${
            f.number(sweep.length)
          } 个点都不需要比任何一次拟合训练更大的模型或更多的数据。`
          : `需要比任何一次拟合训练更大的模型或更多数据的：${
            part(beyond, plans.length, "表中方案")
          }，${part(sweepBeyond, sweep.length, "下图的点")}。它们的数字是法则的外推而不是测量值，` +
            "“拟合范围”一列标出了它们。"
      );
    },
  });
}

/**
 * The tokens-per-parameter section: how the ratio moves under Hoffmann et al.'s printed law and
 * in their Table 3 (Approach 1), and where the fitted runs end on the compute axis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { ratioSentence } from "./allocation_range_text.ts";
 * const r = { table3: [{ ratio: 20 }, { ratio: 21.5 }], fitted: undefined };
 * assert.match(ratioSentence(r, formatter("en")), /grows with compute, from 25\.7 at 10¹⁸ to 191 at 10²⁷ FLOP/);
 * assert.match(ratioSentence(r, formatter("en")), /keeps it between 20 and 21\.5/);
 * ```
 */
export function ratioSentence(
  r: Pick<ComputeAllocation, "fitted"> & { table3: readonly { ratio: number }[] },
  f: Formatter,
): string {
  const first = ALLOCATION_BUDGETS[0]!, last = ALLOCATION_BUDGETS.at(-1)!;
  const lo = computeOptimal(HOFFMANN_2022, first).tokensPerParam;
  const hi = computeOptimal(HOFFMANN_2022, last).tokensPerParam;
  const ratios = r.table3.map((row) => row.ratio);
  const direction = Math.abs(hi / lo - 1) < 0.05 ? "stays" : hi > lo ? "grows" : "falls";
  return inLang(f.lang, {
    en: () =>
      `The ratio $D_{opt}/N_{opt}$ is the practical rule of thumb. Under Hoffmann et al.'s ` +
      `printed law it ${
        direction === "stays" ? "stays flat with compute" : `${direction} with compute`
      }, from ${f.number(lo)} at ${f.flops(first)} to ${f.number(hi)} at ${f.flops(last)} FLOP` +
      (ratios.length
        ? `; Hoffmann et al.'s Table 3 (Approach 1) keeps it between ${
          f.number(Math.min(...ratios))
        } and ${f.number(Math.max(...ratios))}.`
        : ".") +
      " The band is our 95% bootstrap percentile interval" +
      (r.fitted
        ? `; the shaded stretch is the compute of the runs the law was fitted on (${
          f.flops(r.fitted.flops.lower)
        } to ${f.flops(r.fitted.flops.upper)} FLOP) — the line beyond it is extrapolated.`
        : "."),
    zh: () =>
      `比值 $D_{opt}/N_{opt}$ 就是实用的经验法则。按 Hoffmann et al. 发表的法则，它${
        direction === "stays"
          ? "基本不随算力变化"
          : direction === "grows"
          ? "随算力增大"
          : "随算力减小"
      }：${f.flops(first)} FLOP 时为 ${f.number(lo)}，${f.flops(last)} FLOP 时为 ${f.number(hi)}` +
      (ratios.length
        ? `；Hoffmann et al. 的 Table 3（Approach 1）则让它保持在 ${
          f.number(Math.min(...ratios))
        } 到 ${f.number(Math.max(...ratios))} 之间。`
        : "。") +
      "色带是我们的 95% 自助法百分位区间" +
      (r.fitted
        ? `；阴影段是拟合法则所用训练的算力范围（${f.flops(r.fitted.flops.lower)} 至 ${
          f.flops(r.fitted.flops.upper)
        } FLOP），超出它的那段线是外推的。`
        : "。"),
  });
}

/**
 * What the placements table's compute rests on: 6ND for every model, and the models whose
 * source reports a training FLOP count that differs from it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/format.ts";
 * import { flopsBasisSentence } from "./allocation_range_text.ts";
 * const none = { models: { reportedFlops: [] } };
 * assert.match(flopsBasisSentence(none, formatter("en")), /no source reports a count more than 10% away/);
 * const opt = { models: { reportedFlops: [{ model: "OPT-175B", reported: 4.3e23, sixND: 3.15e23 }] } };
 * assert.match(flopsBasisSentence(opt, formatter("en")), /OPT-175B \(4\.3×10²³ reported, 3\.15×10²³ as 6ND\)/);
 * ```
 */
export function flopsBasisSentence(
  r: { models: Pick<ComputeAllocation["models"], "reportedFlops"> },
  f: Formatter,
): string {
  const list = r.models.reportedFlops;
  const named = list.map((m) =>
    `${m.model} (${f.flops(m.reported, 3)} reported, ${f.flops(m.sixND, 3)} as 6ND)`
  );
  return inLang(f.lang, {
    en: () =>
      "The table's compute is 6ND for every model, so that all are counted alike; " +
      (list.length === 0
        ? `no source reports a count more than ${f.percent(FLOPS_DIFFER_BY, 0)} away from it.`
        : `the source${list.length === 1 ? " of" : "s of"} ${named.join("; ")} ` +
          `report${list.length === 1 ? "s" : ""} a count more than ${
            f.percent(FLOPS_DIFFER_BY, 0)
          } away from it (data/paper_tables/PROVENANCE.md says how each was counted).`),
    zh: () =>
      "表中的算力对每个模型都按 6ND 计算，以便统一口径；" +
      (list.length === 0
        ? `没有哪个来源报告的数值与它相差超过 ${f.percent(FLOPS_DIFFER_BY, 0)}。`
        : `${
          list.map((m) =>
            `${m.model}（报告值 ${f.flops(m.reported, 3)}，按 6ND 为 ${f.flops(m.sixND, 3)}）`
          ).join("；")
        }的来源报告的数值与它相差超过 ${
          f.percent(FLOPS_DIFFER_BY, 0)
        }（data/paper_tables/PROVENANCE.md 说明了每个数值是怎么算的）。`),
  });
}
