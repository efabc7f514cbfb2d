/**
 * Chapter 2's sentences about prompting by scale (in-context learning, chain of thought, MMLU),
 * the metric check and the chapter summary: numbers in, wording out, per language.
 * @module
 */
import { inLang } from "../locale/lang.ts";
import type { Formatter } from "../locale/format.ts";
import type { CotByScale, IclByScale, MmluByScale } from "./emergence_prompting.ts";
import type { MetricCheck, MetricVerdict } from "./emergence_metric.ts";
import type { EmergenceCensus } from "./emergence.ts";
import type { EmergenceScales } from "./emergence_scales.ts";
import { shareOf } from "./_share.ts";

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
 * assert.equal(title(2), "Five in-context examples help larger Pythia models more on 2 of 6 tasks");
 * assert.equal(title(3), "Five in-context examples help larger Pythia models more on 3 of 6 tasks");
 * assert.equal(title(4), "Five in-context examples help larger Pythia models more on most tasks");
 * assert.equal(title(6), "Five in-context examples help larger Pythia models more on every task");
 * assert.equal(title(0), "Five in-context examples help larger Pythia models no more than smaller ones");
 * ```
 */
export function iclTitle(icl: Pick<IclByScale, "grows" | "tasks">, f: Formatter): string {
  const k = icl.grows.length, n = icl.tasks.length;
  return inLang(f.lang, {
    en: () => {
      const head = "Five in-context examples help larger Pythia models";
      switch (shareOf(k, n)) {
        case "none":
          return `${head} no more than smaller ones`;
        case "all":
          return `${head} more on every task`;
        case "most":
          return `${head} more on most tasks`;
        case "some":
          return `${head} more on ${k} of ${n} tasks`;
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
 *   tasks: ["a", "lambada_openai"], z: 2, losesAtLargest, params: { smallest: 70e6, largest: 12e9 },
 *   grows: [{ task: "a", small: -0.024, large: 0.051, change: 3 }],
 * }) as never;
 * assert.match(iclText(icl(["lambada_openai"]), formatter("en")), /on 1 of 2 tasks \(a: −0.024 → 0.051\)\. lambada_openai still loses accuracy with examples at 12B — LAMBADA's/);
 * assert.match(iclText(icl([]), formatter("en")), /No task still loses accuracy with examples at 12B\. Within/);
 * ```
 */
export function iclText(icl: IclByScale, f: Formatter): string {
  const { grows, tasks, losesAtLargest, z, params } = icl;
  const lambada = losesAtLargest.some((t) => t.startsWith("lambada"));
  return inLang(f.lang, {
    en: () =>
      "From the smallest to the largest model the gain grows by more than " +
      `${
        z === 2 ? "two" : f.number(z)
      } standard errors on ${grows.length} of ${tasks.length} tasks` +
      (grows.length > 0
        ? ` (${
          grows.map((t) => `${t.task}: ${f.number(t.small, 2)} → ${f.number(t.large, 2)}`).join(
            "; ",
          )
        })`
        : "") +
      `. ${losesAtLargest.join(", ") || "No task"} still ${
        losesAtLargest.length > 1 ? "lose" : "loses"
      } accuracy with examples at ${f.params(params.largest)}` +
      (lambada ? " — LAMBADA's examples change the prompt format the harness scores" : "") +
      `. Within Pythia's range (${f.interval(params.smallest, params.largest, "params")}) ` +
      "in-context learning improves gradually, not as a sudden switch.",
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
  });
}

/**
 * Title of the MMLU chart: up to which size GPT-3 stays within the margin of chance.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { mmluTitle } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * assert.equal(mmluTitle({ margin: 2, largestAtChance: 13e9 } as never, formatter("en")),
 *   "MMLU: GPT-3 is within 2 points of chance up to 13B parameters; later families are far above it");
 * assert.match(mmluTitle({ margin: 2 } as never, formatter("en")), /^MMLU: no GPT-3 model is within 2 points of chance/);
 * ```
 */
export function mmluTitle(
  mmlu: Pick<MmluByScale, "margin" | "largestAtChance">,
  f: Formatter,
): string {
  const { margin, largestAtChance } = mmlu;
  return inLang(f.lang, {
    en: () =>
      largestAtChance === undefined
        ? `MMLU: no GPT-3 model is within ${f.number(margin)} points of chance`
        : `MMLU: GPT-3 is within ${f.number(margin)} points of chance up to ${
          f.params(largestAtChance)
        } parameters; later families are far above it`,
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
  });
}

/** The chapter's key finding for the index page. *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { emergenceSummary } from "./emergence_prompting_text.ts";
 * import { formatter } from "../locale/format.ts";
 * const text = emergenceSummary(
 *   { emergent: 11, rows: Array(35) } as never,
 *   { ours: { median: 70.7e9 }, params: { median: 68e9 } } as never,
 *   { artefacts: Array(6), emergentSomewhere: Array(18) } as never,
 *   formatter("en"),
 * );
 * assert.match(text, /^\*\*Emergence:\*\* 11 of 35 .* median of 70.7B parameters \(published emergence scales: median 68B\); but 6 of 18/);
 * ```
 */
export function emergenceSummary(
  census: EmergenceCensus,
  scales: EmergenceScales,
  check: MetricCheck,
  f: Formatter,
): string {
  return inLang(f.lang, {
    en: () =>
      `**Emergence:** ${census.emergent} of ${census.rows.length} BIG-bench tasks stay near ` +
      "chance for small BIG-G models and then rise sharply, crossing their threshold at a median of " +
      `${f.params(scales.ours.median)} parameters (published emergence scales: median ${
        f.params(scales.params.median)
      }); but ` +
      `${check.artefacts.length} of ${check.emergentSomewhere.length} emergent-looking curves in ` +
      "Lu et al.'s data are smooth under a continuous metric.",
  });
}
