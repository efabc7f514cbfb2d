/**
 * Display labels shared by the analyses (private to lib/analyze).
 * @module
 */

/** A task name for display: underscores become spaces ("hindu_knowledge" → "hindu knowledge"). */
export function taskLabel(task: string): string {
  return task.replace(/_/g, " ");
}

/** A family name without its parenthesised note: "GPT-3 (InstructGPT API)" → "GPT-3". */
export function shortFamily(family: string): string {
  return family.replace(/ \(.*\)$/, "");
}
