/**
 * Display labels shared by the analyses (private to lib/analyze).
 * @module
 */

/** Published names of benchmark tasks whose ids differ from them (the same in every language). */
const PUBLISHED_NAMES: Record<string, string> = {
  lambada_openai: "LAMBADA",
  arc_easy: "ARC-Easy",
  arc_challenge: "ARC-Challenge",
  sciq: "SciQ",
  piqa: "PIQA",
  winogrande: "WinoGrande",
};

/**
 * A task name for display: its published name where the id differs ("arc_easy" → "ARC-Easy"),
 * else the id with underscores as spaces ("hindu_knowledge" → "hindu knowledge").
 */
export function taskLabel(task: string): string {
  return PUBLISHED_NAMES[task] ?? task.replace(/_/g, " ");
}

/** A family name without its parenthesised note: "GPT-3 (InstructGPT API)" → "GPT-3". */
export function shortFamily(family: string): string {
  return family.replace(/ \(.*\)$/, "");
}
