/**
 * Short labels for inverse-scaling curves in panels and tables (private to lib/analyze).
 * @module
 */
import type { Curve } from "../data/curves.ts";

/** "zero-shot (…)" → "0-shot", "one-shot" → "1-shot"; the bracketed detail dropped. */
export function shortSetting(setting = ""): string {
  return setting.replace(/ \(.*\)$/, "").replace("zero-shot", "0-shot").replace(
    "one-shot",
    "1-shot",
  );
}

/** "hindsight neglect · OPT · few-shot": task in words, family, short setting. */
export function panelLabel(curve: Pick<Curve, "task" | "family" | "setting">): string {
  const task = curve.task.replace(/_/g, " ").replace(" 10shot", "");
  return `${task} · ${curve.family} · ${shortSetting(curve.setting)}`;
}
