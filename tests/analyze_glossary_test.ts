// The glossary (issue 16, item 11) and the references (item 10): every term of the issue is there
// with an anchor that lib/render gives its heading, two or three sentences, and references that
// are https arXiv abstract pages or DOIs.
import assert from "./_assert.ts";
import {
  citedReferences,
  GLOSSARY,
  glossaryMarkdown,
  reference,
  REFERENCES,
  referencesMarkdown,
} from "../lib/analyze/mod.ts";
import { slugify } from "../lib/render/escape.ts";
import { markdownContext, renderMarkdown } from "../lib/render/markdown.ts";
import { LANGS } from "../lib/locale/mod.ts";

// The terms item 11 of issue 16 lists, in its order.
const ISSUE_TERMS = [
  "scaling law",
  "power law",
  "compute-optimal",
  "flop",
  "tokens per parameter",
  "emergent ability",
  "threshold",
  "breakthroughness",
  "linearity",
  "u-shaped",
  "inverse scaling",
  "true task",
  "distractor task",
  "icl",
  "cot",
  "bootstrap interval",
  "standard error",
  "δaic",
];

Deno.test("glossary: every term of the issue, in order, each found by one of its phrases", () => {
  assert.equal(GLOSSARY.length, ISSUE_TERMS.length);
  ISSUE_TERMS.forEach((term, i) => {
    const entry = GLOSSARY[i]!;
    assert.ok(entry.phrases.en.includes(term), `${entry.id} should list the phrase "${term}"`);
  });
});

Deno.test("glossary: ids are unique and equal lib/render's slug of the English heading", () => {
  assert.equal(new Set(GLOSSARY.map((t) => t.id)).size, GLOSSARY.length);
  for (const t of GLOSSARY) assert.equal(slugify(t.name.en), t.id, t.id);
});

Deno.test("glossary: the Chinese entry names both the Chinese and the English term", () => {
  for (const t of GLOSSARY) {
    assert.match(t.name.zh, /[\u4e00-\u9fff]/, `${t.id}: no Chinese in "${t.name.zh}"`);
    assert.match(t.name.zh, /[A-Za-z]/, `${t.id}: no English in "${t.name.zh}"`);
    assert.ok(t.phrases.zh.some((p) => /[\u4e00-\u9fff]/.test(p)) || t.id === "aic", t.id);
  }
  // The course's terms (issue 17) are the names.
  const names = GLOSSARY.map((t) => t.name.zh).join(" ");
  for (
    const term of [
      "伸缩法则",
      "涌现能力",
      "U形曲线效应",
      "逆伸缩",
      "真正任务",
      "干扰任务",
      "上下文学习",
      "思维链",
      "计算最优",
    ]
  ) {
    assert.ok(names.includes(term), term);
  }
});

Deno.test("glossary: two or three sentences per term and language, phrases in lower case", () => {
  for (const lang of LANGS) {
    for (const t of GLOSSARY) {
      // Sentence ends: ". " or the final ".", not decimals like "1.7" or "a·x"; in Chinese "。".
      const text = t.definition[lang];
      const sentences = lang === "zh"
        ? text.split(/(?<=。)/).filter((s) => s.trim()).length
        : text.split(/(?<=[.;])\s+(?=[A-Z])/).length;
      assert.ok(sentences >= 2 && sentences <= 3, `${lang} ${t.id}: ${sentences} sentences`);
      assert.ok(text.endsWith(lang === "zh" ? "。" : "."), `${lang} ${t.id}`);
      for (const p of t.phrases[lang]) assert.equal(p, p.toLowerCase(), `${t.id}: "${p}"`);
    }
  }
});

Deno.test("glossary: every 'see' names a known reference", () => {
  for (const t of GLOSSARY) for (const id of t.see ?? []) assert.equal(reference(id).id, id);
});

Deno.test("glossaryMarkdown: one heading per term, rendered anchors equal the ids", () => {
  for (const lang of LANGS) {
    // Each heading names its anchor ({#id}); rendered, the page has exactly those ids, once each
    // (a translated name such as "U形曲线效应（U-shaped scaling）" would slugify to another).
    const ctx = markdownContext(lang);
    const html = renderMarkdown(glossaryMarkdown(lang), ctx);
    assert.deepEqual(ctx.headings.map((h) => h.id), GLOSSARY.map((t) => t.id), lang);
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, GLOSSARY.map((t) => t.id), `${lang}: an id twice`);
  }
});

Deno.test("references: every paper links to its arXiv abstract page or DOI, a web source to https", () => {
  const ARXIV = /^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5}$/;
  const DOI = /^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/;
  for (const r of REFERENCES) {
    const ok = r.web ? /^https:\/\/\S+$/.test(r.link) : ARXIV.test(r.link) || DOI.test(r.link);
    assert.ok(ok, `${r.id}: ${r.link}`);
  }
  assert.equal(new Set(REFERENCES.map((r) => r.id)).size, REFERENCES.length);
  assert.equal(new Set(REFERENCES.map((r) => r.link)).size, REFERENCES.length);
});

Deno.test("references: the papers the issue names are present with their arXiv ids", () => {
  // arXiv ids as given in issue 16 and data/paper_tables/PROVENANCE.md.
  assert.equal(reference("wallat2020").link, "https://arxiv.org/abs/2010.09313");
  assert.equal(reference("wei2022ushaped").link, "https://arxiv.org/abs/2211.02011");
  assert.equal(reference("brown2020").link, "https://arxiv.org/abs/2005.14165");
  assert.equal(reference("openai2023").link, "https://arxiv.org/abs/2303.08774");
  assert.throws(() => reference("nobody2099"), RangeError, 'unknown id "nobody2099"');
});

Deno.test("references: every citation in the notebooks and lib/analyze text has an entry", async () => {
  const files = [
    ...[...Deno.readDirSync(new URL("../notebooks/", import.meta.url))]
      .filter((e) => e.name.endsWith(".ipynb")).map((e) => `../notebooks/${e.name}`),
    ...[...Deno.readDirSync(new URL("../lib/analyze/", import.meta.url))]
      .filter((e) => e.name.endsWith(".ts")).map((e) => `../lib/analyze/${e.name}`),
  ];
  const known = new Set(REFERENCES.map((r) => r.cite.replace(/ \(.*\)$/, "")));
  for (const file of files) {
    const text = await Deno.readTextFile(new URL(file, import.meta.url));
    for (const m of text.matchAll(/\b([A-Z][a-z]+) et al\.,? (20\d\d)\b/g)) {
      assert.ok(known.has(`${m[1]} et al. ${m[2]}`), `${file}: "${m[0]}" has no reference`);
    }
    for (const m of text.matchAll(/arXiv:(\d{4}\.\d{4,5})/g)) {
      assert.ok(
        REFERENCES.some((r) => r.link.endsWith(m[1]!)),
        `${file}: arXiv:${m[1]} has no reference`,
      );
    }
  }
});

Deno.test("citedReferences: the emergence chapter cites Wei et al. and Schaeffer et al.", async () => {
  const text = await Deno.readTextFile(
    new URL("../notebooks/02-emergence.ipynb", import.meta.url),
  );
  const ids = citedReferences(text).map((r) => r.id);
  for (const id of ["wei2022emergent", "schaeffer2023", "srivastava2022"]) {
    assert.ok(ids.includes(id), `${id} in ${ids.join(", ")}`);
  }
  const md = referencesMarkdown(citedReferences(text));
  assert.match(md, /^## References\n\n1\. <span id="ref-/);
  for (const link of md.matchAll(/\]\((https:[^)]+)\)/g)) {
    // Papers link to arXiv or a DOI; the one web source (the open letter) to its page.
    assert.match(link[1]!, /^https:\/\/(arxiv\.org\/abs\/|doi\.org\/10\.|futureoflife\.org\/)/);
  }
});
