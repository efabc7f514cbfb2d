import assert from "./_assert.ts";
import { buildReports } from "../lib/notebook/mod.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const fixtures = `${root}/tests/fixtures/notebooks`;
const golden = `${root}/tests/fixtures/golden`;
const ok = ["basics", "chart", "params", "injection"].map((n) => `${fixtures}/${n}.ipynb`);
const quiet = () => {};

/** Golden comparison ignores the SVG internals (owned by lib/render/svg.ts) and their ids. */
function normalise(html: string): string {
  return html.replace(
    /<svg\b[^>]*?(role="img")[^>]*?(aria-label="[^"]*")[^>]*>[\s\S]*?<\/svg>/g,
    "<svg $1 $2>[svg]</svg>",
  ).replace(/\bid="fig\d+-/g, 'id="fig#-');
}

async function tempOut(): Promise<string> {
  await Deno.mkdir(`${root}/.cache`, { recursive: true });
  return await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "test-report-" });
}

Deno.test("buildReports: fixture pages match the golden files (UPDATE_GOLDEN=1 rewrites them)", async () => {
  const out = await tempOut();
  try {
    await buildReports({ root, notebooks: ok, out, allowErrors: true, cache: false, log: quiet });
    const update = Deno.env.get("UPDATE_GOLDEN") === "1";
    if (update) await Deno.mkdir(golden, { recursive: true });
    for (const name of ["basics", "chart", "params", "injection", "index"]) {
      const html = normalise(await Deno.readTextFile(`${out}/${name}.html`));
      const file = `${golden}/${name}.html`;
      if (update) await Deno.writeTextFile(file, html);
      else assert.equal(html, await Deno.readTextFile(file), `${name}.html differs from ${file}`);
    }
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("buildReports: pages are self-contained, escaped and byte-identical across builds", async () => {
  const a = await tempOut(), b = await tempOut();
  try {
    await buildReports({
      root,
      notebooks: ok,
      out: a,
      allowErrors: true,
      cache: false,
      log: quiet,
    });
    await buildReports({
      root,
      notebooks: ok,
      out: b,
      allowErrors: true,
      cache: false,
      log: quiet,
    });
    for (const name of ["basics", "chart", "params", "injection", "index"]) {
      const x = await Deno.readTextFile(`${a}/${name}.html`);
      assert.equal(x, await Deno.readTextFile(`${b}/${name}.html`), `${name}.html differs`);
      assert.ok(!/<script/i.test(x), `${name}: no <script>`);
      assert.ok(
        !/<[a-z][a-z0-9]*(?:\s+[\w:-]+(?:="[^"]*"|='[^']*')?)*\s+on\w+\s*=/i.test(x),
        `${name}: no event handler attributes`,
      );
      assert.ok(
        !/<[a-z][^>]*(?:href|src)=["']?\s*javascript:/i.test(x),
        `${name}: no javascript: URLs`,
      );
      assert.ok(!/(src|href)="https?:/.test(x), `${name}: nothing from the network`);
      assert.match(x, /Content-Security-Policy" content="default-src 'none'/);
    }
    const chart = await Deno.readTextFile(`${a}/chart.html`);
    assert.match(chart, /<svg[^>]*role="img"[^>]*aria-label="[^"]+"/);
    assert.match(chart, /<title>label: small/, "hover titles from tooltips");
    assert.match(chart, /download="loss-falls-as-parameters-grow\.csv" href="data:text\/csv/);
    assert.match(chart, /<details class="data"><summary>Data table, 3 rows/);
    const basics = await Deno.readTextFile(`${a}/basics.html`);
    assert.match(basics, /<math>.*<mi>L<\/mi>/s, "TeX became MathML");
    assert.match(basics, /<nav class="toc"[\s\S]*href="#details"/);
    const index = await Deno.readTextFile(`${a}/index.html`);
    assert.match(
      index,
      /Basics: math, output and imports<\/span><\/a><p>A fixture covering markdown/,
    );
  } finally {
    await Deno.remove(a, { recursive: true });
    await Deno.remove(b, { recursive: true });
  }
});

Deno.test("buildReports: a failing cell leaves the previous reports in place", async () => {
  const out = await tempOut();
  try {
    await buildReports({ root, notebooks: [ok[0]!], out, cache: false, log: quiet });
    const before = await Deno.readTextFile(`${out}/basics.html`);
    await assert.rejects(
      buildReports({
        root,
        notebooks: [ok[0]!, `${fixtures}/rejected.ipynb`],
        out,
        cache: false,
        log: quiet,
      }),
      /rejected\.ipynb, cell 3/,
    );
    assert.equal(await Deno.readTextFile(`${out}/basics.html`), before);
    const names = [...Deno.readDirSync(out)].map((e) => e.name).sort();
    assert.deepEqual(names, ["basics.html", "index.html"]);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("buildReports: --check lists stale pages; the cache skips re-execution", async () => {
  const out = await tempOut();
  try {
    const first = await buildReports({ root, notebooks: [ok[2]!], out, log: quiet });
    assert.deepEqual(first.files.map((f) => f.split("/").pop()), ["params.html", "index.html"]);
    const again = await buildReports({ root, notebooks: [ok[2]!], out, check: true, log: quiet });
    assert.ok(again.ok);
    assert.equal(again.pages[0]!.cached, true);
    await Deno.writeTextFile(`${out}/params.html`, "old");
    const stale = await buildReports({ root, notebooks: [ok[2]!], out, check: true, log: quiet });
    assert.equal(stale.ok, false);
    assert.deepEqual(stale.stale.map((f) => f.split("/").pop()), ["params.html"]);
    assert.equal(await Deno.readTextFile(`${out}/params.html`), "old", "check writes nothing");
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("buildReports: no notebooks still writes an index", async () => {
  const out = await tempOut();
  try {
    const empty = await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "test-root-" });
    await Deno.copyFile(`${root}/deno.json`, `${empty}/deno.json`);
    await buildReports({ root: empty, out, log: quiet });
    assert.match(await Deno.readTextFile(`${out}/index.html`), /No notebooks found/);
    await Deno.remove(empty, { recursive: true });
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("buildReports: naming one notebook rebuilds it and keeps the whole site in reports/", async () => {
  // A miniature repository: deno.json, deno.lock and two notebooks under notebooks/.
  const site = await tempOut();
  try {
    await Deno.copyFile(`${root}/deno.json`, `${site}/deno.json`);
    await Deno.copyFile(`${root}/deno.lock`, `${site}/deno.lock`);
    await Deno.mkdir(`${site}/notebooks`);
    const notebook = (title: string, value: string) =>
      JSON.stringify({
        nbformat: 4,
        nbformat_minor: 5,
        metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
        cells: [
          { cell_type: "markdown", metadata: {}, source: `# ${title}\n\nFirst words.` },
          {
            cell_type: "code",
            metadata: { tags: ["parameters"] },
            execution_count: null,
            outputs: [],
            source: `const value = ${value};`,
          },
          { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: "value" },
        ],
      });
    await Deno.writeTextFile(`${site}/notebooks/a.ipynb`, notebook("Alpha", "1"));
    await Deno.writeTextFile(`${site}/notebooks/b.ipynb`, notebook("Beta", "2"));
    await buildReports({ root: site, log: quiet });
    await buildReports({
      root: site,
      notebooks: [`${site}/notebooks/b.ipynb`],
      params: { value: "3" },
      log: quiet,
    });
    const names = [...Deno.readDirSync(`${site}/reports`)].map((e) => e.name).sort();
    assert.deepEqual(names, ["a.html", "b.html", "index.html"]);
    const index = await Deno.readTextFile(`${site}/reports/index.html`);
    assert.match(index, /Alpha/);
    assert.match(index, /Beta/);
    // The parameter reached the named notebook only.
    assert.match(await Deno.readTextFile(`${site}/reports/b.html`), /output[^>]*>3</);
    assert.doesNotMatch(await Deno.readTextFile(`${site}/reports/a.html`), /Injected parameters/);
  } finally {
    await Deno.remove(site, { recursive: true });
  }
});
