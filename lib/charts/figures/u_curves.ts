/**
 * Chapter 3's figures, built from lib/analyze results: the inverse-scaling small multiples, the
 * distractor toy model and the broken-neural-scaling-law extrapolation.
 * @module
 */
import type { Formatter } from "../../locale/format.ts";
import { bnsl } from "../../fit/bnsl.ts";
import type { UCurveCensus } from "../../analyze/u_curves.ts";
import type { DistractorRow } from "../../analyze/u_curves.ts";
import type { BnslExtrapolation } from "../../analyze/bnsl_extrapolation.ts";
import { bnslTitle, panelsTitle } from "../../analyze/u_curves_text.ts";
import type { Chart } from "../chart.ts";
import { scatterChart } from "../scatter.ts";
import { smallMultiplesChart } from "../small_multiples.ts";
import { shapeColor } from "../shape_scale.ts";

/**
 * Accuracy against parameters for every inverse-scaling accuracy curve, coloured by shape.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { uCurveCensus } from "../../analyze/u_curves.ts";
 * import { uCurvePanelsFigure } from "./u_curves.ts";
 * const points = [0.7, 0.6, 0.5, 0.6, 0.7].map((score, i) => ({ scale: 10 ** (8 + i), score, n: 1000 }));
 * const census = uCurveCensus([{ task: "t", family: "F", metric: "accuracy", chance: 0.5, higherIsBetter: true, points }]);
 * assert.ok(uCurvePanelsFigure(census, formatter("en")).spec);
 * ```
 */
export function uCurvePanelsFigure(census: UCurveCensus, f: Formatter): Chart {
  return smallMultiplesChart(census.panels, {
    title: panelsTitle(census, f),
    description:
      "Accuracy against parameters for every inverse-scaling accuracy curve with at least three sizes, coloured by the classifier's shape, with the chance level.",
    source:
      "McKenzie et al. 2023 (Inverse Scaling Prize results: HF evaluations of OPT, pilot runs on GPT-2/GPT-3)",
    facet: { field: "panel", title: "task · family · prompting", columns: 3 },
    x: { field: "params", title: "Parameters (log scale)", log: true },
    y: { field: "score", title: "Accuracy" },
    color: shapeColor("shape", { lang: f.lang }),
    chance: census.chance,
  });
}

/**
 * The toy model: accuracy, distractor skill and true skill for each setting of the midpoints.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { distractorIllustration } from "../../analyze/u_curves.ts";
 * import { distractorFigure } from "./u_curves.ts";
 * assert.ok(distractorFigure(distractorIllustration()).spec);
 * ```
 */
export function distractorFigure(
  toy: { rows: DistractorRow[]; chance: Record<string, number> },
): Chart {
  return smallMultiplesChart(toy.rows, {
    title: "A distractor learned early and a true skill learned late make a U",
    description:
      "Toy model: accuracy = T + (1 − T)(1 − D)·chance, with distractor skill D and true skill T rising logistically in log-scale at different scales; four settings of the two midpoints.",
    source:
      "toy model after McKenzie et al. 2023 and Wei et al. 2022 (lib/classify/u_curve_model.ts)",
    illustration: true,
    facet: { field: "panel", title: "setting", columns: 2 },
    x: { field: "params", title: "Model scale (log scale)", log: true },
    y: { field: "value", title: "Accuracy or skill" },
    color: { field: "curve", title: "Curve" },
    detail: "curve",
    chance: toy.chance,
  });
}

/**
 * The BNSL example: measured points by role, our fit and the published parameters' curve.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatter } from "../../locale/format.ts";
 * import { bnsl } from "../../fit/bnsl.ts";
 * import { bnslExtrapolation } from "../../analyze/bnsl_extrapolation.ts";
 * import { bnslFigure } from "./u_curves.ts";
 * const law = { name: "t", description: "", a: 0.1, b: 2, c0: 0.05, breaks: [{ c: 1, d: 100, f: 0.3 }] };
 * const points = [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560].map((x, i) => ({
 *   x, y: bnsl(x, law), role: i < 9 ? "fit" as const : "extrapolation_target" as const,
 * }));
 * assert.ok(bnslFigure(bnslExtrapolation(points, law), formatter("en")).spec);
 * ```
 */
export function bnslFigure(result: BnslExtrapolation, f: Formatter): Chart {
  const [from, to] = result.curveRange;
  return scatterChart(result.chartRows, {
    title: bnslTitle(result, f),
    description:
      "4-digit addition: test cross-entropy against training-set size; our one-break BNSL fit on the first points and the published parameter set, extrapolated to the held-out points.",
    source: "Caballero et al. 2022 (ethancaballero/broken_neural_scaling_laws); fit: this report",
    x: { field: "x", title: "Training examples (log scale)", log: true },
    y: { field: "y", title: "Test cross-entropy (nats)" },
    color: { field: "role", title: "Points", domain: ["fitted on", "held out (extrapolated)"] },
    fits: [
      { f: (x: number) => bnsl(x, result.fit), label: "our BNSL fit", from, to },
      { f: (x: number) => bnsl(x, result.published), label: "published parameters", from, to },
    ],
  });
}
