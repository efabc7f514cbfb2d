/**
 * Citations in page text: which references a chapter cites (by their in-text form "Kaplan et al.
 * 2020" or an arXiv id), and the chapter's References list in markdown with anchors the in-text
 * citations can link to.
 * @module
 */
import { type Reference, referenceMarkdown, REFERENCES } from "./references.ts";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The in-text forms of a reference: its `cite` without a parenthetical, and its arXiv id.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { citationForms } from "./citations.ts";
 * import { REFERENCES } from "./references.ts";
 * const kaplan = REFERENCES.find((r) => r.id === "kaplan2020")!;
 * assert.ok(citationForms(kaplan).some((re) => re.test("as Kaplan et al. 2020 found")));
 * ```
 */
export function citationForms(ref: Reference): RegExp[] {
  const cite = ref.cite.replace(/ \(.*\)$/, "");
  const out = [new RegExp(`\\b${escapeRegExp(cite).replace(/ /g, "\\s+")}\\b`)];
  const arxiv = /arxiv\.org\/abs\/(\d{4}\.\d{4,5})$/.exec(ref.link);
  if (arxiv) out.push(new RegExp(`arXiv:\\s?${escapeRegExp(arxiv[1]!)}\\b`));
  return out;
}

/**
 * The references a text cites, in the order of `REFERENCES` (alphabetical by id). Two papers that
 * share an in-text form ("Wei et al. 2022", "Touvron et al. 2023") are both returned unless the
 * text also names the other's arXiv id only.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { citedReferences } from "./citations.ts";
 * const ids = citedReferences("As Kaplan et al. 2020 and Hoffmann et al.\n2022 found (arXiv:2404.10102).").map((r) => r.id);
 * assert.deepEqual(ids, ["besiroglu2024", "hoffmann2022", "kaplan2020"]);
 * ```
 */
export function citedReferences(text: string): Reference[] {
  return REFERENCES.filter((ref) => citationForms(ref).some((re) => re.test(text)));
}

/**
 * A chapter's References list: a heading and one numbered entry per reference, each entry starting
 * with an anchor `ref-<id>` that in-text citations can link to (`[Kaplan et al. 2020](#ref-kaplan2020)`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { referencesMarkdown } from "./citations.ts";
 * import { reference } from "./references.ts";
 * const md = referencesMarkdown([reference("kaplan2020")]);
 * assert.equal(md, '## References\n\n1. <span id="ref-kaplan2020"></span>J. Kaplan, S. McCandlish, T. Henighan, et al. (2020). [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361).');
 * ```
 */
export function referencesMarkdown(refs: readonly Reference[], heading = "References"): string {
  const items = refs.map((r, i) =>
    `${i + 1}. <span id="ref-${r.id}"></span>${referenceMarkdown(r)}`
  );
  return `## ${heading}\n\n${items.join("\n")}`;
}
