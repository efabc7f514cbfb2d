/**
 * `deno task analyze PATH.csv`: the bundled example becomes a page; bad files stop with the data
 * layer's located message, exit code 1 and no page; a 200,000-row file finishes well under 10 s;
 * hostile names show as text and run nothing; pages under reports/analyze/ survive
 * `deno task report`. Every page is written to a temporary folder under .cache/, never reports/.
 */
import assert from "./_assert.ts";
import { buildReports } from "../lib/notebook/mod.ts";
import { parseAnalyzeArgs } from "../scripts/analyze.ts";
import { defaultOut } from "../scripts/_analyze_run.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const FIXTURES = "tests/fixtures/analyze";

async function tempDir(): Promise<string> {
  await Deno.mkdir(`${ROOT}/.cache`, { recursive: true });
  return await Deno.makeTempDir({ dir: `${ROOT}/.cache`, prefix: "analyze-test-" });
}

/** Runs `deno task analyze …args` at the repository root. */
async function analyzeTask(...args: string[]) {
  const started = performance.now();
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "analyze", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return {
    code: output.code,
    stdout: decode(output.stdout),
    // Deno's npm shim warns about punycode; that line is not ours.
    stderr: decode(output.stderr).split("\n").filter((l) => !l.includes("DEP0040")).join("\n"),
    ms: performance.now() - started,
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

Deno.test("analyze: the bundled example becomes one page with classification, fits and summary", async () => {
  const dir = await tempDir();
  try {
    const out = `${dir}/example.html`;
    const run = await analyzeTask("data/examples/pythia_final_checkpoints.csv", "--out", out);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /read 96 rows, 12 curves/);
    assert.match(
      run.stderr,
      /wrote .*example\.html: 12 curves from 96 rows; loading [\d.]+ s, notebook [\d.]+ s, total [\d.]+ s/,
    );
    const html = await Deno.readTextFile(out);
    assert.match(html, /<title>Scaling analysis of pythia_final_checkpoints\.csv/);
    assert.match(html, /This page reads 96 rows of .*pythia_final_checkpoints\.csv.*12 curves/);
    // Winogrande on the Pile stays near chance (0.5) up to about 1B and then rises: emergent
    // (0.78), its threshold with an interval; the other eleven Pythia curves are smooth.
    assert.match(
      html,
      /The classifier labels them <strong>1 emergent<\/strong>, <strong>11 smooth<\/strong>\./,
    );
    assert.match(
      html,
      /near chance, then a sharp rise past a threshold: ⁨winogrande · Pile⁩ \(2\.02B, 95% interval/,
    );
    // The prior the confidences rest on is stated, with the benchmark shares from calibration.json.
    assert.match(
      html,
      /Before the data, each shape is taken to be as common as among the bundled benchmark curves \(smooth 0\.\d\d, /,
    );
    for (
      const heading of ["Every curve, classified", "Scaling fits", "Compute-optimal allocation"]
    ) {
      assert.ok(html.includes(`>${heading} <a class="anchor"`), heading);
    }
    assert.ok((html.match(/<svg/g) ?? []).length >= 2, "small multiples and the power-law chart");
    assert.match(html, /All 12 curves are drawn/);
    assert.match(html, /12 curves fitted; the exponent α runs from/);
    // Accuracies only, all trained on the same tokens: the Chinchilla fit is skipped, saying why.
    assert.match(html, /<strong>Skipped:<\/strong> no metric is a loss/);
    // Reproducible: the page names the file by its repository path, not a temporary copy.
    assert.ok(html.includes("../../data/examples/pythia_final_checkpoints.csv"));
    const again = await analyzeTask(
      "data/examples/pythia_final_checkpoints.csv",
      "--out",
      `${dir}/again/example.html`,
    );
    assert.equal(again.code, 0, again.stderr);
    assert.equal(
      await Deno.readTextFile(`${dir}/again/example.html`),
      html,
      "two runs, byte-identical pages",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyze: runs with tokens and a loss get a Chinchilla fit and compute-optimal frontier", async () => {
  const dir = await tempDir();
  try {
    const out = `${dir}/runs.html`;
    const run = await analyzeTask(`${FIXTURES}/chinchilla_runs.csv`, "--out", out);
    assert.equal(run.code, 0, run.stderr);
    const html = await Deno.readTextFile(out);
    assert.match(html, /Chinchilla law fitted to 240 runs of task pretraining, metric loss/);
    // Besiroglu et al. 2024 (grid fit on these 240 points): E = 1.8172, α = 0.3473, β = 0.3672.
    assert.match(html, /<td[^>]*>1\.817<\/td>/);
    assert.match(html, /<td[^>]*>0\.347<\/td>/);
    assert.match(html, /<td[^>]*>0\.367<\/td>/);
    assert.match(html, /Compute-optimal model size grows as C\^0\.5/);
    // Loss against size at a fixed compute budget turns (the IsoFLOP valley): inverted-U in the
    // classifier's higher-is-better orientation.
    assert.match(html, /<strong>\d+ inverted-u<\/strong>/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const BAD: [string, RegExp][] = [
  [
    "missing_score.csv",
    /^error: tests\/fixtures\/analyze\/missing_score\.csv:1: missing required column "score"/,
  ],
  [
    "bad_params.csv",
    /^error: tests\/fixtures\/analyze\/bad_params\.csv:3: column "params" must be a positive number, got "1\.3 B"/,
  ],
  [
    "duplicate.csv",
    /^error: tests\/fixtures\/analyze\/duplicate\.csv:5: duplicate row: .*model "medium" already appears on line 3/,
  ],
  [
    "no_such_file.csv",
    /^error: tests\/fixtures\/analyze\/no_such_file\.csv: file not found; check the path/,
  ],
];

Deno.test("analyze: bad input stops with the data layer's located message, exit 1, no page", async (t) => {
  const dir = await tempDir();
  try {
    for (const [file, message] of BAD) {
      await t.step(file, async () => {
        const out = `${dir}/${file}.html`;
        const run = await analyzeTask(`${FIXTURES}/${file}`, "--out", out);
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr.trim(), message);
        assert.match(run.stderr, /No report was written\.\s*$/);
        assert.ok(!run.stderr.includes("    at "), `a clean message, not a stack:\n${run.stderr}`);
        assert.ok(!(await exists(out)), "no page");
      });
    }
    assert.deepEqual([...Deno.readDirSync(dir)], [], "nothing left behind");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyze: usage errors exit 2 with the usage text", async () => {
  for (
    const args of [
      [],
      ["a.csv", "b.csv"],
      ["a.csv", "--chance", "1.5"],
      [
        "a.csv",
        "--out",
        "x.pdf",
      ],
      ["a.csv", "--nope"],
      ["a.csv", "--prior", "flat"],
    ]
  ) {
    const run = await analyzeTask(...args);
    assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, /^error: .*\nusage: deno task analyze INPUT/);
  }
  assert.deepEqual(parseAnalyzeArgs(["x.csv", "--chance=0.25", "--metric", "acc"]), {
    input: "x.csv",
    chance: 0.25,
    metric: "acc",
  });
  assert.deepEqual(parseAnalyzeArgs(["x.csv", "--prior", "uniform"]), {
    input: "x.csv",
    prior: "uniform",
  });
});

Deno.test("analyze: the default page goes to reports/analyze/, which deno task report leaves alone", async () => {
  assert.equal(
    defaultOut("/repo", "../my runs/results.v2.csv"),
    "/repo/reports/analyze/results.v2.html",
  );
  // A page in reports/analyze/ with the generator's mark survives a build of reports/ and is not
  // reported as stale by --check (the build only manages the pages directly in its folder).
  const dir = await tempDir();
  try {
    const reports = `${dir}/reports`;
    const page = `${reports}/analyze/mine.html`;
    await Deno.mkdir(`${reports}/analyze`, { recursive: true });
    const { GENERATOR } = await import("../lib/render/page.ts");
    await Deno.writeTextFile(page, `<meta name="generator" content="${GENERATOR}">analysis`);
    const options = {
      root: ROOT,
      notebooks: [`${ROOT}/tests/fixtures/notebooks/basics.ipynb`],
      out: reports,
      cache: false,
      log: () => {},
    };
    await buildReports(options);
    assert.ok(await exists(page), "the build removed reports/analyze/mine.html");
    const check = await buildReports({ ...options, check: true });
    assert.ok(check.ok, `--check flags: ${check.stale.join(", ")}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyze: 200,000 rows finish well under 10 s and say how long they took", async (t) => {
  // 200 tasks × 1,000 sizes, outside the repository (the command stages a copy in .cache/).
  const outside = await Deno.makeTempDir({ prefix: "analyze-200k-" });
  const dir = await tempDir();
  try {
    const lines = ["task,model,params,score,n,chance"];
    for (let task = 0; task < 200; task++) {
      for (let size = 0; size < 1000; size++) {
        const x = size / 999;
        const kind = task % 4;
        const score = kind === 0
          ? 0.25 + 0.5 * x
          : kind === 1
          ? (x < 0.6 ? 0.25 : 0.25 + (x - 0.6) * 1.5)
          : kind === 2
          ? 0.3 + 0.8 * (x - 0.5) ** 2
          : 0.6 - 0.2 * x;
        const jitter = (((task * 7919 + size * 104729) % 1000) / 1000 - 0.5) * 0.02;
        lines.push(
          `task_${task},m${size},${(1e7 * 10 ** (4 * x)).toPrecision(6)},${
            (score + jitter).toFixed(4)
          },1000,0.25`,
        );
      }
    }
    const csv = `${outside}/big.csv`;
    await Deno.writeTextFile(csv, lines.join("\n") + "\n");
    await t.step("a clean file: the page, under 10 s", async () => {
      const out = `${dir}/big.html`;
      const run = await analyzeTask(csv, "--out", out);
      console.log(
        `    200,000 rows: ${(run.ms / 1000).toFixed(2)} s wall; ${
          run.stderr.trim().split("\n").at(-1)
        }`,
      );
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /read 200000 rows, 200 curves from .* in [\d.]+ s/);
      assert.match(run.stderr, /total [\d.]+ s/);
      assert.ok(run.ms < 10_000, `took ${run.ms.toFixed(0)} ms`);
      const html = await Deno.readTextFile(out);
      assert.match(html, /24 of 200 curves are drawn/);
      assert.match(html, /200 curves had more than 30 model sizes; their points were merged/);
      assert.match(html, /The first 200 of 200 curves|Every curve/);
      assert.ok(html.length < 3_000_000, `page is ${html.length} bytes`);
    });
    await t.step("an error on the last line: found and reported fast", async () => {
      const bad = `${outside}/bad.csv`;
      await Deno.writeTextFile(bad, lines.join("\n") + "\ntask_0,m0,1e7,0.3,1000,0.25\n");
      const run = await analyzeTask(bad, "--out", `${dir}/bad.html`);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /bad\.csv:200002: duplicate row: task "task_0".*line 2;/);
      assert.ok(run.ms < 10_000, `took ${run.ms.toFixed(0)} ms`);
      assert.ok(!(await exists(`${dir}/bad.html`)));
    });
  } finally {
    await Deno.remove(outside, { recursive: true });
    await Deno.remove(dir, { recursive: true });
  }
});

/** Tag names and attribute names of every tag in the page, parsed the way a browser would. */
function tags(html: string): { name: string; closing: boolean; attributes: string[] }[] {
  const found: { name: string; closing: boolean; attributes: string[] }[] = [];
  const tag =
    /<\/?([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
  for (const m of html.matchAll(tag)) {
    found.push({
      name: m[1]!.toLowerCase(),
      closing: m[0].startsWith("</"),
      attributes: [...m[2]!.matchAll(attribute)].map((a) => a[1]!.toLowerCase()),
    });
  }
  return found;
}

Deno.test("analyze: hostile task and model names show as text and run nothing", async () => {
  const dir = await tempDir();
  try {
    const out = `${dir}/hostile.html`;
    const run = await analyzeTask(`${FIXTURES}/hostile.csv`, "--out", out);
    assert.equal(run.code, 0, run.stderr);
    const html = await Deno.readTextFile(out);
    const all = tags(html);
    const names = new Set(all.map((t) => t.name));
    for (const bad of ["script", "img", "iframe", "object", "embed"]) {
      assert.ok(!names.has(bad), `a <${bad}> tag made it into the page`);
    }
    const handlers = all.flatMap((t) => t.attributes.filter((a) => a.startsWith("on")));
    assert.deepEqual(handlers, [], "event-handler attributes");
    const opened = all.filter((t) => t.name === "svg" && !t.closing).length;
    const closed = all.filter((t) => t.name === "svg" && t.closing).length;
    assert.ok(opened >= 2, "charts");
    assert.equal(opened, closed, "a </svg> in a name closed a chart early");
    // The literal text, escaped: in tables, prose, chart labels and a chart title.
    const escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
    const tables = html.match(/<table>[\s\S]*?<\/table>/g)!.join("");
    assert.ok(tables.includes(escaped), "table cell");
    assert.ok(tables.includes("&lt;/svg&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), "table cell");
    assert.ok(
      tables.includes("{{constructor.constructor(&#39;alert(4)&#39;)()}}"),
      "template text",
    );
    assert.ok(tables.includes("\u202Eevil\u202C"), "right-to-left override kept as text");
    assert.ok(tables.includes("&lt;b&gt;fam&lt;/b&gt;"), "family name");
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g)!.join("");
    assert.ok(svgs.includes("&lt;script&gt;alert(1)&lt;/script"), "chart label");
    assert.match(svgs, /<text[^>]*>[^<]*&lt;script&gt;alert\(1\)/, "facet label drawn as text");
    assert.match(
      svgs,
      /<title[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt; · &lt;b&gt;fam/,
      "title",
    );
    // The summary names the decline and the smallest model, escaped and bidi-isolated.
    assert.ok(html.includes("\u2068{{constructor.constructor(&#39;alert(4)&#39;)()}}"));
    assert.ok(
      html.includes("&lt;img src=x onerror=alert(&#39;&lt;b&gt;0&#39;)&gt;m0"),
      "model name",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
