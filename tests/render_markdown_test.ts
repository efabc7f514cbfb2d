import assert from "./_assert.ts";
import { markdownContext, renderMarkdown } from "../lib/render/markdown.ts";
import { sanitizeHtml } from "../lib/render/_sanitize.ts";
import { inlineDatasets, toCsv } from "../lib/render/figure.ts";
import { renderOutput } from "../lib/render/outputs.ts";

Deno.test("renderMarkdown: inline and display math become MathML; \\$ stays a dollar", () => {
  const html = renderMarkdown("Law $L(N,D)=E+A/N^\\alpha+B/D^\\beta$ costs \\$5.\n\n$$\nC=6ND\n$$");
  assert.match(html, /<math><semantics><mrow><mi>L<\/mi>/);
  assert.match(html, /<math display="block"/);
  assert.match(html, /costs \$5\./);
  assert.ok(!html.includes("$L"));
});

Deno.test("renderMarkdown: headings get unique stable anchors", () => {
  const ctx = markdownContext();
  const html = renderMarkdown("## Fit\n\n## Fit\n\n### Émergence & U-curves", ctx);
  assert.deepEqual(ctx.headings.map((h) => h.id), ["fit", "fit-2", "emergence-u-curves"]);
  assert.match(html, /<h2 id="fit-2">/);
});

Deno.test("sanitizeHtml: drops scripts, handlers, javascript: URLs and unknown tags", () => {
  assert.equal(
    sanitizeHtml(
      `<div onclick="x"><iframe src="https://e"></iframe><b>ok</b><a href="JavaScript:x">l</a><img src="https://e/x.png" onerror="y"></div>`,
    ),
    "<div><b>ok</b><a>l</a><img></div>",
  );
  assert.equal(sanitizeHtml("a < b & c"), "a &lt; b &amp; c");
});

Deno.test("toCsv / inlineDatasets: RFC 4180 quoting, union of columns", () => {
  const sets = inlineDatasets({ data: { values: [{ a: 1 }, { b: "x\ny" }] } });
  assert.equal(toCsv(sets[0]!.rows), 'a,b\r\n1,\r\n,"x\ny"\r\n');
});

Deno.test("renderOutput: error tracebacks and plain text are escaped", async () => {
  const ctx = { markdown: markdownContext(), figures: 0 };
  const html = await renderOutput({
    output_type: "error",
    ename: "Error",
    evalue: "<b>",
    traceback: ["Error: <b>", "    at <anon>"],
  }, ctx);
  assert.equal(
    html,
    '<div class="output error"><p><strong>Error</strong>: &lt;b&gt;</p><pre tabindex="0">    at &lt;anon&gt;</pre></div>',
  );
});
