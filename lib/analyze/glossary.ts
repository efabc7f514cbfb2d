/**
 * The glossary (reports/glossary.html): each term with an anchor id, its name and a two- or
 * three-sentence plain definition per language, and the phrases whose first use on a page links
 * to it.
 * @module
 */
import type { ByLang, Lang } from "../locale/lang.ts";

/** One glossary term. */
export interface GlossaryTerm {
  /**
   * Anchor id on the glossary page (`glossary.html#<id>`): the slug lib/render gives the English
   * name's heading, so a `## Name` heading carries it.
   */
  id: string;
  /** The term as a reader sees it. */
  name: ByLang<string>;
  /** Two or three plain sentences. */
  definition: ByLang<string>;
  /** Phrases (lower case) whose first use on a page links here; the name is always one. */
  phrases: ByLang<readonly string[]>;
  /** Reference ids (lib/analyze/references.ts) behind the term, where one paper defines it. */
  see?: readonly string[];
}

/** The glossary, in reading order. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: "scaling-law",
    name: { en: "Scaling law", zh: "伸缩法则（Scaling law）" },
    definition: {
      en: "A formula that predicts how a model's loss falls as it gets more parameters, more " +
        "training data or more compute. Scaling laws are fitted to many training runs and then " +
        "used to plan larger ones.",
      zh:
        "一个公式，预测模型的损失如何随参数规模、训练数据量或算力的增加而下降。伸缩法则先在许多次训练上拟合出来，再用来规划更大的训练。",
    },
    phrases: {
      en: ["scaling law", "scaling laws"],
      zh: ["伸缩法则", "缩放定律", "规模定律", "scaling law", "scaling laws"],
    },
    see: ["kaplan2020", "hoffmann2022"],
  },
  {
    id: "power-law",
    name: { en: "Power law", zh: "幂律（Power law）" },
    definition: {
      en: "A relation y = a·x^(−b): every time x is multiplied by ten, y is multiplied by the " +
        "same factor. On a chart with both axes on a log scale it is a straight line.",
      zh:
        "形如 y = a·x^(−b) 的关系：x 每乘以 10，y 就乘以同一个倍数。在两个坐标轴都取对数的图上，它是一条直线。",
    },
    phrases: { en: ["power law", "power laws"], zh: ["幂律", "power law"] },
  },
  {
    id: "compute-optimal",
    name: { en: "Compute-optimal", zh: "计算最优（Compute-optimal）" },
    definition: {
      en: "The split of a fixed training budget between model size and training tokens that " +
        "gives the lowest loss. Hoffmann et al. found it near 20 tokens per parameter; it " +
        "ignores what the model costs to run afterwards.",
      zh:
        "在固定的训练预算下，把算力在模型大小与训练 tokens 之间分配，使损失最低的那种分法。Hoffmann et al. 发现它大约是每个参数 20 个 tokens；它不考虑模型训练好之后运行的成本。",
    },
    phrases: { en: ["compute-optimal", "compute optimal"], zh: ["计算最优", "compute-optimal"] },
    see: ["hoffmann2022"],
  },
  {
    id: "flop",
    name: { en: "FLOP", zh: "FLOP（浮点运算）" },
    definition: {
      en: "One floating-point operation, such as a multiplication. Training compute is counted " +
        "in FLOPs, roughly 6 × parameters × training tokens for a transformer.",
      zh:
        "一次浮点运算，例如一次乘法。训练算力以 FLOP 计，对 Transformer 大约是 6 × 参数量 × 训练 tokens。",
    },
    phrases: { en: ["flop", "flops"], zh: ["flop", "flops", "浮点运算"] },
  },
  {
    id: "tokens-per-parameter",
    name: { en: "Tokens per parameter", zh: "每参数词元数（Tokens per parameter）" },
    definition: {
      en: "Training tokens divided by the number of parameters: how long a model was trained for " +
        "its size. GPT-3 saw about 1.7 tokens per parameter, Chinchilla 20 and LLaMA 7B about 150.",
      zh:
        "训练 tokens（词元）数除以参数量：衡量一个模型相对其规模训练了多久。GPT-3 大约每个参数见过 1.7 个 tokens，Chinchilla 是 20 个，LLaMA 7B 约 150 个。",
    },
    phrases: {
      en: ["tokens per parameter"],
      zh: ["每参数词元数", "每个参数的 tokens", "tokens per parameter"],
    },
  },
  {
    id: "emergent-ability",
    name: { en: "Emergent ability", zh: "涌现能力（Emergent ability）" },
    definition: {
      en: "An ability that is absent in smaller models and present in larger ones, so it cannot " +
        "be predicted by extending the smaller models' scores. On a chart the score stays near " +
        "chance and then jumps.",
      zh:
        "小模型不具备、大模型才具备的能力，因此无法从小模型的分数外推出来。在图上，分数先停在随机水平附近，然后突然跃升。",
    },
    phrases: {
      en: ["emergent ability", "emergent abilities", "emergence", "emergent"],
      zh: ["涌现能力", "涌现", "emergent ability", "emergent abilities", "emergence"],
    },
    see: ["wei2022emergent"],
  },
  {
    id: "threshold",
    name: { en: "Threshold", zh: "阈值（Threshold）" },
    definition: {
      en: "The model size at which an emergent curve leaves chance level: where the fitted curve " +
        "first rises above chance by more than three noise standard errors or a tenth of its " +
        "rise — one definition on every page, with a 95% interval. The data can only place it " +
        'among the sizes measured; past the largest, the report says "above".',
      zh:
        "涌现曲线离开随机水平时的模型规模：拟合曲线第一次高出随机水平超过三个噪声标准误或其上升幅度十分之一的位置——" +
        "各页只用这一个定义，并附 95% 区间。数据只能把它定位在测过的规模之间；超过最大规模时，报告写作“高于”。",
    },
    phrases: { en: ["threshold", "thresholds"], zh: ["阈值", "threshold"] },
  },
  {
    id: "breakthroughness",
    name: { en: "Breakthroughness", zh: "突破度（Breakthroughness）" },
    definition: {
      en: "A BIG-bench measure of how much of a task's improvement comes in one jump: the total " +
        "improvement divided by the typical (median) step between neighbouring model sizes. High " +
        "values mean a flat score that suddenly leaps.",
      zh:
        "BIG-bench 的一个指标，衡量一个任务的提升有多少集中在一次跃升里：总提升除以相邻模型规模之间的典型（中位数）步长。数值高意味着分数一直平平，然后突然跃升。",
    },
    phrases: { en: ["breakthroughness"], zh: ["突破度", "breakthroughness"] },
    see: ["srivastava2022"],
  },
  {
    id: "linearity",
    name: { en: "Linearity", zh: "线性度（Linearity）" },
    definition: {
      en: "A BIG-bench measure of how steadily a task improves: the total improvement divided " +
        "by the root-mean-square step between neighbouring model sizes. High values mean every " +
        "larger model is a little better.",
      zh:
        "BIG-bench 的一个指标，衡量一个任务提升得有多稳定：总提升除以相邻模型规模之间步长的均方根。数值高意味着每个更大的模型都好一点。",
    },
    phrases: { en: ["linearity"], zh: ["线性度", "linearity"] },
    see: ["srivastava2022"],
  },
  {
    id: "u-shaped-scaling",
    name: { en: "U-shaped scaling", zh: "U形曲线效应（U-shaped scaling）" },
    definition: {
      en: "A task on which performance first gets worse as models grow and then gets better " +
        "again. A medium-sized model can look like a step backwards that a larger one undoes.",
      zh:
        "随着模型变大，任务表现先变差、再变好。中等规模的模型看起来像是退步了，而更大的模型又把这一步追了回来。",
    },
    phrases: {
      en: ["u-shaped", "u-curve", "u-curves", "u-shape"],
      zh: ["u形曲线效应", "u形曲线", "u形", "u-shaped"],
    },
    see: ["wei2022ushaped"],
  },
  {
    id: "inverse-scaling",
    name: { en: "Inverse scaling", zh: "逆伸缩（Inverse scaling）" },
    definition: {
      en: "Performance that gets worse as models get larger. The Inverse Scaling Prize collected " +
        "tasks like this to find where scale alone does not help.",
      zh:
        "模型越大，表现越差。Inverse Scaling Prize 收集了这类任务，用来找出单靠扩大规模无济于事的地方。",
    },
    phrases: { en: ["inverse scaling"], zh: ["逆伸缩", "inverse scaling"] },
    see: ["mckenzie2023"],
  },
  {
    id: "true-task",
    name: { en: "True task", zh: "真正任务（True task）" },
    definition: {
      en: "What a prompt actually asks for, such as judging a bet by its expected value. Large " +
        "enough models do the true task even when an easier task is mixed in.",
      zh:
        "提示真正要求做的事，例如按期望值来判断一次下注。足够大的模型即使在提示中混入了更容易的任务，也会去完成真正任务。",
    },
    phrases: { en: ["true task"], zh: ["真正任务", "true task"] },
    see: ["wei2022ushaped"],
  },
  {
    id: "distractor-task",
    name: { en: "Distractor task", zh: "干扰任务（Distractor task）" },
    definition: {
      en:
        "An easier task hidden in the same prompt that leads to a wrong answer, such as judging " +
        "a bet by how it turned out. Medium-sized models can learn the distractor before they " +
        "learn the true task, which gives the dip of a U-shaped curve.",
      zh:
        "藏在同一个提示中、会把模型引向错误答案的更容易的任务，例如按下注的结果来判断它。中等规模的模型可能先学会干扰任务、后学会真正任务，这就形成了U形曲线的低谷。",
    },
    phrases: { en: ["distractor task", "distractor"], zh: ["干扰任务", "distractor task"] },
    see: ["wei2022ushaped"],
  },
  {
    id: "in-context-learning-icl",
    name: { en: "In-context learning (ICL)", zh: "上下文学习（In-context learning, ICL）" },
    definition: {
      en: "Learning a task from examples written in the prompt, without changing the model's " +
        "weights. Few-shot prompting gives a handful of solved examples; zero-shot gives none.",
      zh:
        "从写在提示里的示例中学会一个任务，而不改变模型的权重。少样本（few-shot）提示给出几个做好的示例；零样本（zero-shot）则一个也不给。",
    },
    phrases: {
      en: ["in-context learning", "icl", "few-shot"],
      zh: ["上下文学习", "少样本", "in-context learning", "icl", "few-shot"],
    },
    see: ["brown2020"],
  },
  {
    id: "chain-of-thought-cot",
    name: { en: "Chain of thought (CoT)", zh: "思维链（Chain of thought, CoT）" },
    definition: {
      en: "A prompt whose examples show the reasoning steps before the answer, so the model " +
        "writes its own steps too. It helps large models on multi-step problems and can hurt " +
        "small ones.",
      zh:
        "一种提示，其示例在答案之前先写出推理步骤，于是模型也会写出自己的步骤。它能帮助大模型解决多步问题，却可能让小模型表现更差。",
    },
    phrases: {
      en: ["chain-of-thought", "chain of thought", "cot"],
      zh: ["思维链", "chain-of-thought", "chain of thought", "cot"],
    },
    see: ["wei2022cot"],
  },
  {
    id: "bootstrap-interval",
    name: { en: "Bootstrap interval", zh: "自助法区间（Bootstrap interval）" },
    definition: {
      en: "A range for an estimate made by refitting it on many resampled copies of the data and " +
        "keeping the middle 95% of the results. A wide interval means the data pin the estimate " +
        "down poorly.",
      zh:
        "对一个估计值给出的范围：在数据的许多份重抽样副本上重新拟合，保留中间 95% 的结果。区间宽，说明数据对这个估计的约束很弱。",
    },
    phrases: {
      en: ["bootstrap interval", "bootstrap", "95% interval"],
      zh: ["自助法区间", "自助法", "95% 区间", "bootstrap"],
    },
  },
  {
    id: "standard-error",
    name: { en: "Standard error", zh: "标准误（Standard error）" },
    definition: {
      en: "How much a measured score would vary if the test were repeated with new questions of " +
        "the same kind. For an accuracy p on n questions it is √(p(1 − p)/n).",
      zh:
        "如果用同类的新题目重做一次测试，测得的分数会波动多少。对 n 道题上的准确率 p，它等于 √(p(1 − p)/n)。",
    },
    phrases: { en: ["standard error", "standard errors"], zh: ["标准误", "standard error"] },
  },
  {
    id: "aic",
    name: { en: "ΔAIC", zh: "ΔAIC（赤池信息量准则之差）" },
    definition: {
      en: "The difference in Akaike's information criterion between a model and the best one " +
        "fitted to the same data; AIC rewards a good fit and charges for every extra parameter. " +
        "A difference under about 2 means the data barely tell the models apart; above 10 the " +
        "worse model has essentially no support.",
      zh:
        "一个模型与在同一数据上拟合得最好的模型之间赤池信息量准则（AIC）的差值；AIC 奖励拟合得好，并为每个额外参数计罚。差值小于约 2 说明数据几乎分不出两个模型的优劣；大于 10 时，较差的模型基本得不到支持。",
    },
    phrases: {
      en: ["δaic", "aic", "akaike weight", "akaike weights"],
      zh: ["δaic", "aic", "赤池权重", "akaike weight"],
    },
  },
];

/**
 * A glossary term by id.
 *
 * @throws {RangeError} naming the unknown id and the known ones.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryTerm } from "./glossary.ts";
 * assert.equal(glossaryTerm("chain-of-thought-cot").name.en, "Chain of thought (CoT)");
 * ```
 */
export function glossaryTerm(id: string): GlossaryTerm {
  const found = GLOSSARY.find((t) => t.id === id);
  if (found === undefined) {
    throw new RangeError(
      `glossaryTerm: unknown id "${id}"; known ids: ${GLOSSARY.map((t) => t.id).join(", ")}`,
    );
  }
  return found;
}

/**
 * The glossary page's markdown in one language: a second-level heading per term, anchored at the
 * term's id with an explicit `{#id}` (lib/render/markdown.ts), so every page's term links reach
 * it in both languages, and its definition.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryMarkdown } from "./glossary.ts";
 * const md = glossaryMarkdown("en");
 * assert.match(md, /^## Scaling law \{#scaling-law\}\n\nA formula/);
 * assert.match(glossaryMarkdown("zh"), /^## 伸缩法则（Scaling law） \{#scaling-law\}\n\n一个公式/);
 * ```
 */
export function glossaryMarkdown(lang: Lang): string {
  return GLOSSARY.map((t) => `## ${t.name[lang]} {#${t.id}}\n\n${t.definition[lang]}`).join("\n\n");
}
