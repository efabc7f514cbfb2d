/**
 * The mirage check on real numbers (Schaeffer et al. 2023, arXiv:2304.15004, argue that sharp
 * jumps can come from all-or-nothing metrics). From GPT-3's published exact-match accuracy on
 * arithmetic (Brown et al. 2020, Table H.1, verified cells) we derive what a per-digit view would
 * show *if* each answer digit were right independently with one probability p: exact match =
 * p^L, so p = EM^(1/L) for an answer of L digits. Schaeffer et al. show their own per-digit
 * results only in figures; nothing here is read off a figure.
 * @module
 */
import type { Gpt3Cell, Gpt3Setting } from "../data/gpt3_table_h1.ts";
import type { ByLang } from "../locale/lang.ts";
import { arithmeticDigits } from "./_story_labels.ts";

/** One size of one task: published exact match and the implied per-digit accuracy. */
export interface ArithmeticMirageRow {
  /** Task code ("3D+"). */
  task: string;
  /** Model name. */
  model: string;
  /** Parameters. */
  params: number;
  /** Published exact-match accuracy (0–1). */
  exactMatch: number;
  /** p = exactMatch^(1/answerDigits): per-digit accuracy under independence (derived). */
  perDigit: number;
}

/** One task's two views. */
export interface MirageTask {
  /** Task code. */
  task: string;
  /** Operand digits. */
  digits: number;
  /** Answer digits L used (at most: k + 1 for addition, k for subtraction, 2k for products). */
  answerDigits: number;
  /** Rows by size. */
  rows: ArithmeticMirageRow[];
  /** Smallest and largest model's values in both views. */
  ends: { smallest: ArithmeticMirageRow; largest: ArithmeticMirageRow };
  /** Share of the total rise (smallest → largest) taken by the largest neighbouring step. */
  largestStepShare: { exactMatch: number; perDigit: number };
}

/** Result of {@linkcode arithmeticMirage}. */
export interface ArithmeticMirage {
  /** Prompting setting. */
  setting: Gpt3Setting;
  /** Tasks with at least three verified sizes. */
  tasks: MirageTask[];
  /** All rows (chart data). */
  rows: ArithmeticMirageRow[];
  /** What the published accuracies let us derive. */
  derivable: ByLang<string>[];
  /** What they do not. */
  notDerivable: ByLang<string>[];
}

/**
 * The answer length L assumed for a task: k + 1 digits for sums, k for differences, 2k for
 * products (an upper bound: a sum or product may have fewer digits).
 *
 * @throws {RangeError} for a task that is not k-digit arithmetic.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { answerDigits } from "./gpt3_arithmetic.ts";
 * assert.deepEqual(["3D+", "3D-", "2Dx"].map(answerDigits), [4, 3, 4]);
 * ```
 */
export function answerDigits(task: string): number {
  const k = arithmeticDigits(task);
  if (k === undefined) {
    throw new RangeError(`answerDigits: "${task}" is not a Table H.1 arithmetic task like "3D+"`);
  }
  return task.endsWith("+") ? k + 1 : task.endsWith("x") ? 2 * k : k;
}

function stepShare(values: readonly number[]): number {
  const total = values.at(-1)! - values[0]!;
  if (!(total > 0)) return Number.NaN;
  let best = -Infinity;
  for (let i = 1; i < values.length; i++) best = Math.max(best, values[i]! - values[i - 1]!);
  return best / total;
}

const DERIVABLE: ByLang<string>[] = [
  {
    en: "the per-digit accuracy that would give each published exact-match accuracy if every " +
      "digit were right independently with the same probability",
    zh:
      "假如每一位数字都以相同的概率、彼此独立地答对，要得到每个发表的完全匹配准确率所需的逐位准确率",
  },
  {
    en: "how much of each view's total rise happens in its single largest step between sizes",
    zh: "在每种视角下，总上升有多少发生在相邻规模之间最大的那一步",
  },
];

const NOT_DERIVABLE: ByLang<string>[] = [
  {
    en: "the models' real per-digit accuracy or token edit distance: that needs their answers, " +
      "which Table H.1 does not publish",
    zh: "模型真实的逐位准确率或 token 编辑距离：这需要它们的回答，而 Table H.1 没有发表",
  },
  {
    en: "whether errors cluster (for example in carries), which breaks the independence assumption",
    zh: "错误是否成簇出现（例如集中在进位上），这会破坏独立性假设",
  },
  {
    en: "Schaeffer et al.'s own curves: they are published only as figures, and nothing is read " +
      "off a figure here",
    zh: "Schaeffer et al. 自己的曲线：它们只以图的形式发表，而本报告不从图上读取任何数值",
  },
];

/**
 * Exact match against the implied per-digit accuracy for GPT-3's arithmetic tasks (one setting,
 * default few-shot), for every task with at least three verified sizes.
 *
 * @throws {RangeError} when no arithmetic task has three sizes in `setting`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { arithmeticMirage } from "./gpt3_arithmetic.ts";
 * const cells = [[125e6, 1], [13e9, 25], [175e9, 100]].map(([params, value]) => ({
 *   task: "2D-", group: "arithmetic", metric: "acc", setting: "few_shot" as const,
 *   model: `m${params}`, params: params!, value: value!, line: 2,
 * }));
 * const m = arithmeticMirage(cells);
 * assert.equal(m.tasks[0]?.rows[1]?.perDigit, 0.5); // 0.25^(1/2)
 * assert.equal(m.tasks[0]?.largestStepShare.exactMatch, 75 / 99);
 * ```
 */
export function arithmeticMirage(
  cells: readonly Gpt3Cell[],
  setting: Gpt3Setting = "few_shot",
): ArithmeticMirage {
  const byTask = new Map<string, Gpt3Cell[]>();
  for (const c of cells) {
    if (c.setting !== setting || arithmeticDigits(c.task) === undefined) continue;
    byTask.set(c.task, [...(byTask.get(c.task) ?? []), c]);
  }
  const tasks = [...byTask].filter(([, list]) => list.length >= 3).map(([task, list]) => {
    const L = answerDigits(task);
    const rows = [...list].sort((a, b) => a.params - b.params).map((c) => ({
      task,
      model: c.model,
      params: c.params,
      exactMatch: c.value / 100,
      perDigit: (c.value / 100) ** (1 / L),
    }));
    return {
      task,
      digits: arithmeticDigits(task)!,
      answerDigits: L,
      rows,
      ends: { smallest: rows[0]!, largest: rows.at(-1)! },
      largestStepShare: {
        exactMatch: stepShare(rows.map((r) => r.exactMatch)),
        perDigit: stepShare(rows.map((r) => r.perDigit)),
      },
    };
  });
  if (tasks.length === 0) {
    throw new RangeError(
      `arithmeticMirage: no arithmetic task has three verified sizes in setting "${setting}"`,
    );
  }
  return {
    setting,
    tasks,
    rows: tasks.flatMap((t) => t.rows),
    derivable: DERIVABLE,
    notDerivable: NOT_DERIVABLE,
  };
}
