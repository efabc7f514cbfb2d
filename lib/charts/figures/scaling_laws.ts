/**
 * Chapter 1's loss-law figures and tables (Kaplan et al.'s laws, the Chinchilla runs, the
 * parameter table, the residuals), built from the lib/analyze results: the option literals
 * (titles, axes, sources) live here so the notebook stays load → call → display → prose. Every
 * title that states a finding comes from a sentence function of lib/analyze.
 * @module
 */
import {
  type ChinchillaRefit,
  KAPLAN_FITTED_RANGE,
  type KaplanLawId,
  type KaplanLaws,
  kaplanTitle,
  LAW_PARAMETER_NAMES,
  parameterInterval,
  residualTitle,
  runsTitle,
  type TokenDecade,
} from "../../analyze/mod.ts";
import { chinchillaLoss } from "../../fit/mod.ts";
import { type ByLang, type Formatter, inLang } from "../../locale/mod.ts";
import { Chart } from "../chart.ts";
import { residualChart } from "../residual.ts";
import { lineChart, scatterChart } from "../scatter.ts";
import { type Table, table } from "../table.ts";

const KAPLAN_LABELS: Record<KaplanLawId, ByLang<string>> = {
  params: { en: "L(N): parameters", zh: "L(N)：参数" },
  tokens: { en: "L(D): tokens", zh: "L(D)：tokens" },
  compute: { en: "L(C): FLOP", zh: "L(C)：FLOP" },
};

/**
 * Kaplan et al. 2020's three laws on log–log axes (an illustration: published constants).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { kaplanLaws } from "../../analyze/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * import { kaplanFigure } from "./scaling_laws.ts";
 * const chart = kaplanFigure(kaplanLaws(), formatter("en"));
 * assert.equal(chart.rows[0]!.law, "L(N): parameters");
 * ```
 */
export function kaplanFigure(k: KaplanLaws, f: Formatter): Chart {
  const spans = inLang(f.lang, {
    en: () => ({
      inside: "fitted data",
      outside: "extrapolated",
      unknown: "range not given",
    }),
    zh: () => ({
      inside: "拟合所用数据",
      outside: "外推",
      unknown: "未给出范围",
    }),
  });
  const rows = kaplanStretches(k).map((r) => ({
    x: r.x,
    loss: r.loss,
    law: KAPLAN_LABELS[r.law][f.lang],
    span: spans[r.span],
    stretch: r.stretch,
  }));
  const chart = lineChart(rows, {
    lang: f.lang,
    ...inLang(f.lang, {
      en: () => ({
        title: kaplanTitle(k, f),
        description:
          "Kaplan et al. 2020 power laws L(N), L(D) and L(C) drawn from their published constants (equations 1.1–1.3); dashed where the line runs past the parameters or tokens they were fitted on.",
        source: "Kaplan et al. 2020, eqs. 1.1–1.3 (published constants, not our data)",
        x: { field: "x", title: "Parameters, tokens or FLOP (log scale)", log: true },
        y: { field: "loss", title: "Test loss (nats/token, log scale)", log: true },
        color: { field: "law", title: "Published law" },
      }),
      zh: () => ({
        title: kaplanTitle(k, f),
        description:
          "Kaplan et al. 2020 的幂律 L(N)、L(D) 和 L(C)，按其发表的常数（式 1.1–1.3）画出；线条超出其拟合所用的参数或 tokens 范围的部分画成虚线。",
        source: "Kaplan et al. 2020，式 1.1–1.3（发表的常数，不是我们的数据）",
        x: { field: "x", title: "参数、tokens 或 FLOP（对数坐标）", log: true },
        y: { field: "loss", title: "测试损失（nats/token，对数坐标）", log: true },
        color: { field: "law", title: "发表的法则" },
      }),
    }),
    illustration: true,
  });
  // Dashed past the fitted range (issue 14): one line per stretch, dashed by its span.
  const spec = chart.spec as { layer: { mark?: { type?: string }; encoding?: object }[] };
  const layer = spec.layer.map((l) =>
    l.mark?.type === "line"
      ? {
        ...l,
        encoding: {
          ...l.encoding,
          strokeDash: {
            field: "span",
            type: "nominal",
            title: inLang(f.lang, { en: () => "Data range", zh: () => "数据范围" }),
            scale: { domain: [spans.inside, spans.outside, spans.unknown] },
            legend: {
              symbolType: "stroke",
              symbolStrokeWidth: 2,
              symbolSize: 400,
              encode: { symbols: { update: { stroke: { value: "#444" } } } },
            },
          },
          detail: { field: "stretch", type: "nominal" },
        },
      }
      : l
  );
  return new Chart({
    title: chart.title,
    description: chart.description,
    ...(chart.source === undefined ? {} : { source: chart.source }),
    illustration: chart.illustration,
    spec: { ...chart.spec, layer },
    rows: chart.rows,
  });
}

/**
 * Each law's grid cut into stretches inside and beyond {@linkcode KAPLAN_FITTED_RANGE} (L(C) has
 * no range here); the cut points are added on the straight log–log line so the stretches meet.
 */
function kaplanStretches(k: KaplanLaws) {
  const out: {
    x: number;
    loss: number;
    law: KaplanLawId;
    span: "inside" | "outside" | "unknown";
    stretch: string;
  }[] = [];
  for (const law of ["params", "tokens", "compute"] as const) {
    const pts = k.rows.filter((r) => r.law === law).sort((a, b) => a.x - b.x);
    if (law === "compute") {
      pts.forEach((p) => out.push({ ...p, span: "unknown", stretch: `${law} 0` }));
      continue;
    }
    const [lo, hi] = KAPLAN_FITTED_RANGE[law];
    const knots = [...pts];
    for (const cut of [lo, hi]) {
      const i = knots.findIndex((p) => p.x > cut);
      if (i <= 0) continue;
      const a = knots[i - 1]!, b = knots[i]!;
      if (a.x === cut) continue;
      const t = Math.log(cut / a.x) / Math.log(b.x / a.x);
      knots.splice(i, 0, {
        x: cut,
        law,
        loss: Math.exp(Math.log(a.loss) * (1 - t) + Math.log(b.loss) * t),
      });
    }
    let index = 0;
    for (let i = 0; i + 1 < knots.length; i++) {
      const a = knots[i]!, b = knots[i + 1]!;
      const span = a.x >= lo && b.x <= hi ? "inside" : "outside";
      const prev = out.at(-1);
      if (!prev || prev.law !== law || prev.span !== span) {
        index++;
        out.push({ ...a, span, stretch: `${law} ${index}` });
      }
      out.push({ ...b, span, stretch: `${law} ${index}` });
    }
  }
  return out;
}

/**
 * A token decade's label: "1B–10B tokens".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/mod.ts";
 * import { decadeLabel } from "./scaling_laws.ts";
 * const decade = { decade: 9, lower: 1e9, upper: 1e10, runs: 3, medianTokens: 2e9 };
 * assert.equal(decadeLabel(decade, formatter("en")), "1B–10B tokens");
 * ```
 */
export function decadeLabel(d: TokenDecade, f: Formatter): string {
  return inLang(f.lang, {
    en: () => `${f.tokens(d.lower)}–${f.tokens(d.upper)} tokens`,
    zh: () => `${f.range(f.tokens(d.lower), f.tokens(d.upper))} tokens`,
  });
}

function runRows(r: ChinchillaRefit, f: Formatter) {
  const labels = new Map(r.decades.map((d) => [d.decade, decadeLabel(d, f)]));
  return r.runs.map(({ decade, residual, ...run }) => ({
    row: { ...run, tokensBin: labels.get(decade)! },
    residual,
  }));
}

/**
 * The Chinchilla runs as measured points, each beside the fitted law's prediction at its own N and
 * D (issue 15: no line through a group's median token count, which no run was trained on).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaRefit } from "../../analyze/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * const run = (params: number, tokens: number) =>
 *   ({ params, tokens, flops: 6 * params * tokens, loss: 3, outlier: false, line: 0 });
 * const iv = { estimate: 1, lower: 0, upper: 2e4, median: 1 };
 * const refit = chinchillaRefit([run(1e8, 2e9), run(3e8, 5e9), run(1e9, 3e10)], {
 *   E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37, objective: 1e-3, converged: true,
 *   gradientNorm: 1e-9, starts: 9, startsFinished: 4, startsConverged: 4,
 *   residuals: [0.01, -0.02, 0.03] }, { resamples: 10, converged: 10, level: 0.95,
 *   intervals: { E: iv, A: iv, B: iv, alpha: iv, beta: iv } });
 * import { chinchillaRunsFigure } from "./scaling_laws.ts";
 * const chart = chinchillaRunsFigure(refit, formatter("en"));
 * assert.ok(JSON.stringify(chart.spec).includes("our law at the run's N and D"));
 * assert.ok(!JSON.stringify(chart.spec).includes("law at D ="), "no median-token lines");
 * ```
 */
export function chinchillaRunsFigure(r: ChinchillaRefit, f: Formatter): Chart {
  const bins = r.decades.map((d) => decadeLabel(d, f));
  const text = inLang(f.lang, {
    en: () => ({
      title: runsTitle(r, f),
      description:
        `The ${r.counts.fitted} Chinchilla training runs: final loss against parameters, coloured by training tokens (filled circles), each beside our fitted law L(N, D) at that run's own N and D (hollow diamonds).`,
      source:
        "Hoffmann et al. 2022 Fig. 4, extracted by Epoch AI (Besiroglu et al. 2024); law: our fit",
      x: { field: "params", title: "Parameters N (log scale)", log: true },
      y: { field: "loss", title: "Final training loss (nats/token)", zero: false },
      color: { field: "tokensBin", title: "Training tokens D", domain: bins },
      predicted: {
        field: "predicted",
        title: "our law at the run's N and D",
        measuredTitle: "measured final loss",
      },
    }),
    zh: () => ({
      title: runsTitle(r, f),
      description:
        `${r.counts.fitted} 次 Chinchilla 训练：最终损失与参数的关系，按训练 tokens 着色（实心圆），每个点旁边是我们拟合的法则 L(N, D) 在该次训练自己的 N 和 D 处的值（空心菱形）。`,
      source:
        "Hoffmann et al. 2022 图 4，由 Epoch AI 提取（Besiroglu et al. 2024）；法则：我们的拟合",
      x: { field: "params", title: "参数 N（对数坐标）", log: true },
      y: { field: "loss", title: "最终训练损失（nats/token）", zero: false },
      color: { field: "tokensBin", title: "训练 tokens D", domain: bins },
      predicted: {
        field: "predicted",
        title: "我们的法则在该次训练的 N 和 D 处",
        measuredTitle: "测得的最终损失",
      },
    }),
  });
  return scatterChart(
    runRows(r, f).map(({ row }) => ({
      ...row,
      predicted: chinchillaLoss(r.law, row.params, row.tokens),
    })),
    { ...text, lang: f.lang },
  );
}

/**
 * Our E, A, B, α, β with intervals beside Besiroglu et al.'s and Hoffmann et al.'s.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaRefit } from "../../analyze/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * const run = (params: number, tokens: number) =>
 *   ({ params, tokens, flops: 6 * params * tokens, loss: 3, outlier: false, line: 0 });
 * const iv = { estimate: 1, lower: 0, upper: 2e4, median: 1 };
 * const refit = chinchillaRefit([run(1e8, 2e9), run(3e8, 5e9), run(1e9, 3e10)], {
 *   E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37, objective: 1e-3, converged: true,
 *   gradientNorm: 1e-9, starts: 9, startsFinished: 4, startsConverged: 4,
 *   residuals: [0.01, -0.02, 0.03] }, { resamples: 10, converged: 10, level: 0.95,
 *   intervals: { E: iv, A: iv, B: iv, alpha: iv, beta: iv } });
 * import { lawTable } from "./scaling_laws.ts";
 * assert.equal(lawTable(refit, formatter("en")).rows.length, 5);
 * ```
 */
export function lawTable(r: ChinchillaRefit, f: Formatter): Table {
  const rows = r.parameters.map((p) => ({
    parameter: LAW_PARAMETER_NAMES[p.parameter][f.lang],
    ours: p.ours,
    oursInterval: parameterInterval(p.parameter, p.interval, f),
    besiroglu: p.besiroglu,
    besirogluInterval: f.range(
      f.number(p.besirogluInterval[0], 4),
      f.number(p.besirogluInterval[1], 4),
    ),
    besirogluGrid: p.besirogluGrid,
    hoffmann: p.hoffmann,
  }));
  const level = f.percent(r.bootstrap.level, 0);
  return inLang(f.lang, {
    en: () =>
      table(rows, [
        "parameter",
        { key: "ours", title: "this report", format: "auto", digits: 4 },
        {
          key: "oursInterval",
          title: `${level} bootstrap percentile interval (${
            f.number(r.bootstrap.resamples, 6)
          } resamples)`,
        },
        { key: "besirogluGrid", title: "Besiroglu et al. grid fit", format: "auto", digits: 4 },
        { key: "besiroglu", title: "Besiroglu et al. reported", format: "auto", digits: 4 },
        { key: "besirogluInterval", title: "their 95% interval" },
        { key: "hoffmann", title: "Hoffmann et al. printed", format: "auto", digits: 4 },
      ], {
        caption:
          `Chinchilla law L(N, D) = E + A/N^α + B/D^β fitted to the ${r.counts.fitted} runs (Huber loss on log loss, ${
            f.number(r.law.starts, 6)
          }-start grid), next to the published values.`,
      }),
    zh: () =>
      table(rows, [
        { key: "parameter", title: "参数" },
        { key: "ours", title: "本报告", format: "auto", digits: 4 },
        {
          key: "oursInterval",
          title: `${level} 自助法百分位区间（${f.number(r.bootstrap.resamples, 6)} 次重抽样）`,
        },
        { key: "besirogluGrid", title: "Besiroglu et al. 网格拟合", format: "auto", digits: 4 },
        { key: "besiroglu", title: "Besiroglu et al. 报告值", format: "auto", digits: 4 },
        { key: "besirogluInterval", title: "其 95% 区间" },
        { key: "hoffmann", title: "Hoffmann et al. 发表值", format: "auto", digits: 4 },
      ], {
        caption:
          `Chinchilla 法则 L(N, D) = E + A/N^α + B/D^β 在 ${r.counts.fitted} 次训练上的拟合（对数损失上的 Huber 损失，${
            f.number(r.law.starts, 6)
          } 个起点的网格），与发表的数值并列。`,
      }),
  });
}

/**
 * Residuals log L − log L̂ against parameters.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chinchillaRefit } from "../../analyze/mod.ts";
 * import { formatter } from "../../locale/mod.ts";
 * const run = (params: number, tokens: number) =>
 *   ({ params, tokens, flops: 6 * params * tokens, loss: 3, outlier: false, line: 0 });
 * const iv = { estimate: 1, lower: 0, upper: 2e4, median: 1 };
 * const refit = chinchillaRefit([run(1e8, 2e9), run(3e8, 5e9), run(1e9, 3e10)], {
 *   E: 1.8, A: 480, B: 2100, alpha: 0.35, beta: 0.37, objective: 1e-3, converged: true,
 *   gradientNorm: 1e-9, starts: 9, startsFinished: 4, startsConverged: 4,
 *   residuals: [0.01, -0.02, 0.03] }, { resamples: 10, converged: 10, level: 0.95,
 *   intervals: { E: iv, A: iv, B: iv, alpha: iv, beta: iv } });
 * import { residualFigure } from "./scaling_laws.ts";
 * assert.equal(residualFigure(refit, formatter("en")).rows[0]!.residual, 0.01);
 * ```
 */
export function residualFigure(r: ChinchillaRefit, f: Formatter): Chart {
  const rows = runRows(r, f).map(({ row, residual }) => ({ ...row, residual }));
  return residualChart(rows, {
    lang: f.lang,
    title: residualTitle(r, f),
    ...inLang(f.lang, {
      en: () => ({
        description:
          "Residuals log L − log L̂ of our Chinchilla fit against parameters, coloured by training tokens.",
        source: "Epoch AI extraction of Hoffmann et al. 2022 Fig. 4; our fit",
        x: { field: "params", title: "Parameters N (log scale)", log: true },
        residual: { field: "residual", title: "Residual log L − log L̂" },
        color: {
          field: "tokensBin",
          title: "Training tokens D",
          domain: r.decades.map((d) => decadeLabel(d, f)),
        },
      }),
      zh: () => ({
        description:
          "我们的 Chinchilla 拟合的残差 log L − log L̂ 与参数的关系，按训练 tokens 着色。",
        source: "Epoch AI 对 Hoffmann et al. 2022 图 4 的提取；我们的拟合",
        x: { field: "params", title: "参数 N（对数坐标）", log: true },
        residual: { field: "residual", title: "残差 log L − log L̂" },
        color: {
          field: "tokensBin",
          title: "训练 tokens D",
          domain: r.decades.map((d) => decadeLabel(d, f)),
        },
      }),
    }),
    tooltip: ["params", "tokens", "loss", "residual"],
  });
}
