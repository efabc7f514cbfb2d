/**
 * Short unique labels for the curves of a file: the task, plus the family and metric when the
 * file has several.
 * @module
 */

/** Family names without the leading words they all share ("Pythia (Pile)" → "Pile"). */
export function shortFamilies(families: readonly string[]): Map<string, string> {
  const words = families.map((f) => f.split(" "));
  let common = 0;
  while (words.every((w) => w.length > common + 1 && w[common] === words[0]![common])) common++;
  return new Map(families.map((f, i) => {
    const rest = words[i]!.slice(common).join(" ").replace(/^\((.*)\)$/, "$1");
    return [f, rest || f];
  }));
}

/** One label per curve, in order; repeated labels get " (2)", " (3)", … */
export function curveLabels(
  curves: readonly { task: string; family: string; metric: string }[],
  families: readonly string[],
  metrics: readonly string[],
): string[] {
  const short = shortFamilies(families);
  const used = new Set<string>();
  return curves.map((c) => {
    const base = [
      c.task,
      families.length > 1 ? short.get(c.family)! : "",
      metrics.length > 1 ? c.metric : "",
    ].filter((part) => part !== "").join(" · ");
    let label = base;
    for (let i = 2; used.has(label); i++) label = `${label} (${i})`;
    used.add(label);
    return label;
  });
}
