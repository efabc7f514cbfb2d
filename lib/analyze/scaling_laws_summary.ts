/**
 * Chapter 1's summary (the index page's key finding): the refitted law, whether it reproduces
 * Besiroglu et al. and rejects the printed law, and how Pythia's accuracy scales — counted
 * against the bend table, so "smoothly" appears only when no task leaves its power law.
 * @module
 */
import { type Formatter, inLang } from "../locale/mod.ts";
import type { ChinchillaRefit, LawParameterRow } from "./scaling_laws.ts";
import type { PythiaScaling } from "./pythia_scaling.ts";
import { spelled } from "./_words.ts";

/** What the summary reads from the refit. */
export interface SummaryRefit {
  /** Runs fitted. */
  counts: Pick<ChinchillaRefit["counts"], "fitted">;
  /** The parameter table's comparisons. */
  parameters: readonly Pick<
    LawParameterRow,
    "parameter" | "ours" | "interval" | "besirogluInterval" | "hoffmannOutside"
  >[];
  /** Interval level. */
  bootstrap: Pick<ChinchillaRefit["bootstrap"], "level">;
  /** The fitted law. */
  law: Pick<ChinchillaRefit["law"], "E" | "alpha" | "beta">;
}

/** What the summary reads from the Pythia analysis. */
export type SummaryPythia = Pick<PythiaScaling, "params" | "threshold"> & {
  scaling: readonly { gain: number; verdict: "on_trend" | "accelerates" | "saturates" }[];
};

function lawClause(r: SummaryRefit, f: Formatter): string {
  const row = (p: "E" | "alpha" | "beta") => r.parameters.find((x) => x.parameter === p);
  // Each estimate with its own interval (issue 14: an estimate is never quoted without it).
  const quoted = (p: "E" | "alpha" | "beta", symbol: string, digits: number) => {
    const iv = row(p)?.interval;
    const value = `${symbol} = ${f.fixed(r.law[p], digits)}`;
    return iv ? `${value} (${f.fixed(iv[0], digits)}–${f.fixed(iv[1], digits)})` : value;
  };
  const reproduces = r.parameters.every((p) =>
    p.ours >= p.besirogluInterval[0] && p.ours <= p.besirogluInterval[1]
  );
  const rejects = r.parameters.some((p) => p.hoffmannOutside);
  return inLang(f.lang, {
    en: () =>
      `refitting the Chinchilla law to ${f.number(r.counts.fitted)} training runs gives ` +
      `${quoted("E", "E", 2)}, ${quoted("alpha", "α", 3)} and ${quoted("beta", "β", 3)} ` +
      `(${f.percent(r.bootstrap.level, 0)} bootstrap percentile intervals), ` +
      (reproduces
        ? `reproducing Besiroglu et al.'s replication ${
          rejects ? "rather than the printed law" : "and consistent with the printed law"
        }`
        : `outside Besiroglu et al.'s intervals ${
          rejects ? "and away from the printed law" : "but consistent with the printed law"
        }`),
    zh: () => {
      const zq = (p: "E" | "alpha" | "beta", symbol: string, digits: number) => {
        const iv = row(p)?.interval;
        const value = `${symbol} = ${f.fixed(r.law[p], digits)}`;
        return iv
          ? `${value}（${f.range(f.fixed(iv[0], digits), f.fixed(iv[1], digits))}）`
          : value;
      };
      return `用 ${f.number(r.counts.fitted)} 次训练重新拟合 Chinchilla 法则，得到 ` +
        `${zq("E", "E", 2)}、${zq("alpha", "α", 3)}和 ${zq("beta", "β", 3)}` +
        `（${f.percent(r.bootstrap.level, 0)} 自助法百分位区间），` +
        (reproduces
          ? `复现了 Besiroglu et al. 的复现结果${
            rejects ? "，而不是发表的法则" : "，也与发表的法则一致"
          }`
          : `落在 Besiroglu et al. 的区间之外${
            rejects ? "，也偏离发表的法则" : "，但与发表的法则一致"
          }`);
    },
  });
}

function pythiaClause(p: SummaryPythia, f: Formatter): string {
  const n = p.scaling.length;
  const improved = p.scaling.filter((s) => s.gain > p.threshold).length;
  const up = p.scaling.filter((s) => s.verdict === "accelerates").length;
  const down = p.scaling.filter((s) => s.verdict === "saturates").length;
  const range = `from ${f.params(p.params[0])} to ${f.params(p.params[1])} parameters`;
  return inLang(f.lang, {
    en: () => {
      const tasks = improved === n ? `all ${n} tasks` : `${improved} of the ${n} tasks`;
      if (up + down === 0) {
        return `Pythia's benchmark accuracy improves smoothly ${range} on ${tasks}, the largest ` +
          `model on the power law of the smaller half every time.`;
      }
      const sides = [up > 0 ? `${up} above it` : "", down > 0 ? `${down} below` : ""]
        .filter(Boolean).join(", ");
      return `Pythia's benchmark accuracy improves ${range} on ${tasks}, but not as one smooth ` +
        `power law: on ${up + down} of the ${n} the largest model lies more than ` +
        `${spelled(p.threshold, f)} standard errors off the trend of the smaller half (${sides}).`;
    },
    zh: () => {
      const zhRange = `从 ${f.params(p.params[0])} 到 ${f.params(p.params[1])}参数`;
      const tasks = improved === n ? `全部 ${n} 个任务` : `${n} 个任务中的 ${improved} 个`;
      if (up + down === 0) {
        return `Pythia 的基准准确率${zhRange}在${tasks}上平滑提升，最大的模型每次都落在较小一半的幂律上。`;
      }
      const sides = [up > 0 ? `${up} 个在其上方` : "", down > 0 ? `${down} 个在下方` : ""]
        .filter(Boolean).join("，");
      return `Pythia 的基准准确率${zhRange}在${tasks}上有提升，但不是一条平滑的幂律：在 ${n} 个中的 ${
        up + down
      } 个上，最大的模型偏离较小一半的趋势超过${spelled(p.threshold, f)}个标准误（${sides}）。`;
    },
  });
}

/**
 * The chapter's summary paragraph.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../locale/mod.ts";
 * import { scalingLawsSummary } from "./mod.ts";
 * const row = { parameter: "beta" as const, ours: 0.367, interval: [0.334, 0.414] as [number, number],
 *   besirogluInterval: [0.331, 0.415] as [number, number], hoffmannOutside: true };
 * const refit = { counts: { fitted: 240 }, parameters: [row], bootstrap: { level: 0.95 },
 *   law: { E: 1.817, alpha: 0.347, beta: 0.367 } };
 * const pythia = { params: [7.04e7, 1.18e10] as [number, number], threshold: 2,
 *   scaling: [{ gain: 9, verdict: "on_trend" as const }, { gain: 9, verdict: "accelerates" as const }] };
 * const text = scalingLawsSummary(refit, pythia, formatter("en"));
 * assert.match(text, /on 1 of the 2 the largest model lies more than two standard errors off/);
 * ```
 */
export function scalingLawsSummary(
  refit: SummaryRefit,
  pythia: SummaryPythia,
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () => `**Scaling laws:** ${lawClause(refit, f)}; ${pythiaClause(pythia, f)}`,
    zh: () => `**伸缩法则：** ${lawClause(refit, f)}；${pythiaClause(pythia, f)}`,
  });
}
