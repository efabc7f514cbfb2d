/**
 * Every built page is free of what a reader must never see (tests/_page_scan.ts): `undefined`,
 * `NaN`, `null`, `Infinity`, `[object Object]` and unrendered TeX — in text, table cells,
 * captions, SVG `<title>`s and aria-labels. Scans the committed chapter pages of the registry,
 * the index, and analyze pages built from tests/fixtures/analyze into a temporary folder; the
 * scanner itself is tried on synthetic bad HTML first.
 */
import assert from "./_assert.ts";
import { readChapters } from "../lib/notebook/mod.ts";
import { renderIndexPage } from "../lib/render/index_page.ts";
import { sitePages } from "./_chapters.ts";
import { decodeEntities, type PageFinding, readerText, scanPage } from "./_page_scan.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

function report(page: string, findings: PageFinding[]): string {
  const lines = findings.slice(0, 20).map((f) => `  ${f.problem} — ${f.where}: “${f.excerpt}”`);
  const more = findings.length > 20 ? [`  … and ${findings.length - 20} more`] : [];
  return [`${page}: ${findings.length} finding(s)`, ...lines, ...more].join("\n");
}

Deno.test("page scan: each bad value is found in text, cells, captions, titles and aria-labels", () => {
  const cases: [string, string][] = [
    ["undefined", "<p>The threshold is undefined here.</p>"],
    ["NaN", "<table><tr><td>NaN</td></tr></table>"],
    ["null", "<figure><figcaption>Loss: null</figcaption></figure>"],
    ["Infinity", '<svg><g><title>x: Infinity</title><path d="M0,0"/></g></svg>'],
    ["[object Object]", '<svg><path aria-label="task: [object Object]"/></svg>'],
    ["unrendered TeX", "<p>Hoffmann et al. found $a \\approx 0.5$ first.</p>"],
    ["unrendered TeX", "<p>found <em>$a = \\alpha</em> + 1$ too</p>"],
    ["\\approx", "<li>C \\approx 6ND</li>"],
    ["bare approx", "<p>costs about C approx 6ND FLOP</p>"],
    ["NaN", "<table><caption>Fits (NaN rows)</caption></table>"],
    ["null", '<img alt="null" src="x.png">'],
    ["identifier", "<p>For irony_identification the rise is too close to the noise.</p>"],
    ["identifier", '<svg><path aria-label="Shape: u_shaped; loss: 2.8"/></svg>'],
    ["camelCase identifier", "<table><tr><th>zeroShot</th></tr></table>"],
    ["camelCase identifier", '<svg><path aria-label="flops: 1e18; flopsEnd: 1e22"/></svg>'],
  ];
  for (const [problem, html] of cases) {
    const found = scanPage(html).map((f) => f.problem);
    assert.ok(found.includes(problem), `${problem} not found in ${html}: ${found.join(", ")}`);
  }
});

Deno.test("page scan: code, scripts, styles and rendered math's TeX source are not reader text", () => {
  const html = [
    "<style>p::after { content: 'undefined' }</style>",
    "<script>const x = null; if (a < b) y = NaN;</script>",
    '<pre><code class="hljs language-ts">const e = <span>undefined</span>;</code></pre>',
    '<math><semantics><mi>a</mi><annotation encoding="application/x-tex">a \\approx 0.5</annotation>',
    "</semantics></math>",
    "<!-- null -->",
    "<p>The null hypothesis is not a value; Nancy approximately agrees (≈ 6ND).</p>",
    "<p>Source: data/paper_tables/gpt4_exams.csv and lib/classify/u_curve_model.ts (arXiv).</p>",
    "<p><code>classifyCurve</code> compares models; see ethancaballero/broken_neural_scaling_laws.</p>",
  ].join("");
  const findings = scanPage(html);
  // "null hypothesis" is a real word use, and is caught: the page says it another way.
  assert.deepEqual(findings.map((f) => f.problem), ["null"]);
  assert.equal(findings[0]!.where, "text in <p>");
});

Deno.test("page scan: the tokenizer reads entities, quotes with '>' and blocks", () => {
  assert.equal(
    decodeEntities("a &amp; b &#x27;c&#x27; &#8776; &lt;p&gt; &bogus;"),
    "a & b 'c' ≈ <p> &bogus;",
  );
  const segments = readerText('<td title="a > b">x <em>y</em> z</td><td>w</td>');
  assert.deepEqual(segments, [
    { where: "title of <td>", text: "a > b" },
    { where: "text in <td>", text: "x y z" },
    { where: "text in <td>", text: "w" },
  ]);
});

Deno.test("page scan: the index's teaser writes TeX symbols as characters, never 'approx'", async () => {
  const summary = "Training costs about $C \\approx 6ND$ operations, with $\\alpha_N = 0.076$.";
  const html = await renderIndexPage(
    [{ href: "a.html", title: "A", rendered: { summary } }],
    "# Book\n\n<!-- chapters -->",
  );
  assert.match(html, /about C ≈ 6ND operations, with αN = 0\.076\./);
  assert.deepEqual(scanPage(html), []);
});

Deno.test("page scan: every committed page of the registry and the index", async () => {
  const chapters = await readChapters(ROOT);
  assert.ok(chapters && chapters.length > 0, "notebooks/chapters.json lists the chapters");
  const problems: string[] = [];
  for (const page of sitePages(chapters)) {
    const findings = scanPage(await Deno.readTextFile(`${ROOT}/reports/${page}`));
    if (findings.length) problems.push(report(page, findings));
  }
  assert.equal(problems.join("\n"), "");
});

/** Runs `deno task analyze CSV --out PAGE` at the repository root. */
async function analyze(csv: string, page: string): Promise<void> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "analyze", csv, "--out", page],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(output.code, 0, new TextDecoder().decode(output.stderr));
}

Deno.test("page scan: analyze pages built from the fixtures", async () => {
  await Deno.mkdir(`${ROOT}/.cache`, { recursive: true });
  const dir = await Deno.makeTempDir({ dir: `${ROOT}/.cache`, prefix: "page-scan-" });
  try {
    const problems: string[] = [];
    // The fixtures that make a page (the others stop with a located message, tests/analyze_test.ts).
    for (const csv of ["chinchilla_runs.csv", "hostile.csv"]) {
      const page = `${dir}/${csv.replace(/\.csv$/, ".html")}`;
      await analyze(`tests/fixtures/analyze/${csv}`, page);
      const findings = scanPage(await Deno.readTextFile(page));
      if (findings.length) problems.push(report(`analyze ${csv}`, findings));
    }
    assert.equal(problems.join("\n"), "");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
