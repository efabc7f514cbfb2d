/**
 * Every edge of issue 19, through `deno task analyze` as a user runs it: each input either gives a
 * page (exit 0, whatever the shapes) or stops with one sentence naming the file and line or key
 * and what to do (exit 1, no stack trace, nothing written). Inputs are written to a temporary
 * folder outside the repository; pages go to another one outside it too (so `--out` anywhere is
 * exercised on every run).
 */
import assert from "./_assert.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Runs `deno task analyze …args` in `cwd` (default the repository root) with extra env. */
async function analyze(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "analyze", ...args],
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: "1", ...options.env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: output.code,
    stdout: decode(output.stdout),
    stderr: decode(output.stderr).split("\n").filter((l) => !l.includes("DEP0040")).join("\n"),
  };
}

const exists = (path: string) => Deno.stat(path).then(() => true, () => false);

/** Files left in a folder (recursively). */
function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of Deno.readDirSync(dir)) {
    if (e.isDirectory) out.push(...files(`${dir}/${e.name}`).map((f) => `${e.name}/${f}`));
    else out.push(e.name);
  }
  return out;
}

const HEADER = "task,model,params,score";

/** Inputs that must stop: content, extra args, the sentence expected after "error: <file>". */
const FAILS: [string, string, string[], RegExp][] = [
  ["empty file", "", [], /x\.csv: the file is empty; expected a header line/],
  ["header only", `${HEADER}\n`, [], /x\.csv: the file has a header but no data rows/],
  ["NaN score", `${HEADER}\nqa,a,1e8,NaN\n`, [], /x\.csv:2: .*"score" must be a finite number/],
  ["+inf score", `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,inf\n`, [], /x\.csv:3: .*finite number/],
  ["-inf size", `${HEADER}\nqa,a,-inf,0.3\n`, [], /x\.csv:2: .*"params"/],
  [
    "percentages with a chance column, no metric column",
    "task,model,params,score,chance\nqa,a,1e8,30,0.25\nqa,b,1e9,40,0.25\n",
    [],
    /x\.csv:2: column "score" must be between 0 and 1 because the row gives a chance level, got "30"; .*divide by 100/,
  ],
  [
    "percentages with --chance",
    `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,45\n`,
    ["--chance", "0.25"],
    /x\.csv:3: column "score" must be between 0 and 1 because --chance was given/,
  ],
  [
    "negative accuracy",
    "task,model,params,score,metric\nqa,a,1e8,-0.1,acc\n",
    [],
    /x\.csv:2: column "score" must be between 0 and 1 for metric "acc"/,
  ],
  [
    "accuracy above 1",
    "task,model,params,score,metric\nqa,a,1e8,0.2,acc\nqa,b,1e9,1.2,acc\n",
    [],
    /x\.csv:3: .*between 0 and 1 for metric "acc"/,
  ],
  [
    "duplicate (task, model) rows",
    `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,0.4\nqa,a,1e8,0.35\n`,
    [],
    /x\.csv:4: duplicate row: .*model "a" already appears on line 2; keep one row per model/,
  ],
  [
    "missing column",
    "task,model,params\nqa,a,1e8\n",
    [],
    /x\.csv:1: missing required column "score"/,
  ],
  ["ragged row", `${HEADER}\nqa,a,1e8\n`, [], /x\.csv:2: row has 3 fields but the header has 4/],
  ["unclosed quote", `${HEADER}\n"qa,a,1e8,0.3\n`, [], /x\.csv:\d+: .*check the quotes/],
  [
    "semicolon file with a ragged row",
    "task;model;params;score\nqa;a;1e8\n",
    [],
    /x\.csv:2: row has 3 fields .*quote values that contain semicolons/,
  ],
  [
    "neither long nor wide",
    "name,value\na,1\n",
    [],
    /x\.csv:1: missing required column "task"; the header has "name", "value"/,
  ],
  [
    "wide file with text in a task column",
    "model,params,arc\na,1e8,0.3\nb,1e9,n/a\n",
    [],
    /x\.csv:3: column "arc" holds numbers and the text "n\/a"; give a number or leave the cell empty/,
  ],
  [
    "wide file with two rows of one model",
    "model,params,arc\na,1e8,0.3\na,1e8,0.4\n",
    [],
    /x\.csv:3: model "a" already has a row on line 2; keep one row per model/,
  ],
  [
    "--format lm-eval on a CSV file",
    `${HEADER}\nqa,a,1e8,0.3\n`,
    ["--format", "lm-eval"],
    /x\.csv: not valid JSON .*is this an lm-evaluation-harness results file\?/,
  ],
];

Deno.test("analyze edges: each bad input is one sentence, exit 1, nothing written", async (t) => {
  const inputs = await Deno.makeTempDir({ prefix: "edges-in-" });
  const outs = await Deno.makeTempDir({ prefix: "edges-out-" });
  try {
    for (const [name, text, args, message] of FAILS) {
      await t.step(name, async () => {
        await Deno.writeTextFile(`${inputs}/x.csv`, text);
        const out = `${outs}/x.html`;
        const run = await analyze([
          `${inputs}/x.csv`,
          "--out",
          out,
          "--json",
          `${outs}/x.json`,
          ...args,
        ]);
        assert.equal(run.code, 1, run.stderr);
        const lines = run.stderr.trim().split("\n");
        assert.equal(lines.at(-1), "No report was written.");
        assert.match(lines.at(-2)!, message);
        assert.match(lines.at(-2)!, /^error: /);
        assert.ok(!run.stderr.includes("    at "), `no stack trace:\n${run.stderr}`);
        assert.deepEqual(files(outs), [], "nothing written");
      });
    }
  } finally {
    await Deno.remove(inputs, { recursive: true });
    await Deno.remove(outs, { recursive: true });
  }
});

Deno.test("analyze edges: paths that are not what they should be", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "edges-paths-" });
  try {
    await Deno.mkdir(`${dir}/empty folder`);
    await Deno.mkdir(`${dir}/page.html`);
    await Deno.writeTextFile(
      `${dir}/ok.csv`,
      `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,0.4\nqa,c,1e10,0.5\n`,
    );
    const cases: [string, string[], RegExp][] = [
      [
        "a file that does not exist",
        [`${dir}/nope.csv`],
        /nope\.csv: file not found; check the path/,
      ],
      [
        "a folder without harness results",
        [`${dir}/empty folder`],
        /empty folder: is a folder without lm-evaluation-harness results_\*\.json files/,
      ],
      [
        "a folder with --format long",
        [`${dir}/empty folder`, "--format", "long"],
        /empty folder: is a folder; --format long needs a CSV file/,
      ],
      [
        "--sizes names a folder",
        ["tests/fixtures/lm_eval", "--sizes", `${dir}/empty folder`],
        /empty folder: is a folder; give the CSV file inside it/,
      ],
      [
        "--out names a folder",
        [`${dir}/ok.csv`, "--out", `${dir}/page.html`],
        /page\.html is a folder; give a file name inside it/,
      ],
      [
        "--out inside a file",
        [`${dir}/ok.csv`, "--out", `${dir}/ok.csv/page.html`],
        /ok\.csv is a file, not a folder; fix the path/,
      ],
    ];
    for (const [name, args, message] of cases) {
      await t.step(name, async () => {
        const run = await analyze([
          ...args,
          ...(args.includes("--out") ? [] : ["--out", `${dir}/o.html`]),
        ]);
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr, message);
        assert.ok(!run.stderr.includes("    at "), run.stderr);
        assert.ok(!(await exists(`${dir}/o.html`)));
      });
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/** Inputs that must give a page: content, extra args, what stderr and the page say. */
const WORKS: [string, string, RegExp[], RegExp[]][] = [
  [
    "3 sizes, no n (0.3, 0.4, 0.5)",
    `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,0.4\nqa,c,1e10,0.5\n`,
    [/read 3 rows, 1 curve from/],
    [/Scaling analysis of x\.csv/],
  ],
  [
    "extreme sizes 1e-300 and 1e305",
    `${HEADER}\nqa,a,1e-300,0.3\nqa,b,1,0.4\nqa,c,1e305,0.5\n`,
    [/read 3 rows, 1 curve/],
    [/Scaling analysis/],
  ],
  [
    "sizes 1, 2, 3 (a note: they look like billions)",
    `${HEADER}\nqa,a,1,0.3\nqa,b,2,0.4\nqa,c,3,0.5\n`,
    [/note: every model size is at most 3 parameters .*write them as 3e9/],
    [/every model size is at most 3 parameters/i],
  ],
  [
    "billions as plain numbers 7, 13, 33, 65",
    `${HEADER}\nqa,l7,7,0.3\nqa,l13,13,0.4\nqa,l33,33,0.5\nqa,l65,65,0.6\n`,
    [/note: every model size is at most 65 parameters \(model "l65"\)/],
    [/at most 65 parameters/],
  ],
  [
    "curves of 1 and 2 sizes only: insufficient, with a note",
    `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,0.4\nmath,a,1e8,0.1\n`,
    [/no curve has 3 model sizes, so every curve is classified insufficient/, /insufficient\s+2/],
    [/insufficient/],
  ],
  [
    "two models of the same size: averaged, with a note",
    `${HEADER}\nqa,a,1e8,0.3\nqa,a2,1e8,0.32\nqa,b,1e9,0.4\nqa,c,1e10,0.5\n`,
    [/note: models "a" and "a2" of task "qa" have the same size \(100M\); their scores are averaged/],
    [/same size/],
  ],
  [
    "UTF-8 BOM and CRLF",
    `\uFEFF${HEADER}\r\nqa,a,1e8,0.3\r\nqa,b,1e9,0.4\r\nqa,c,1e10,0.5\r\n`,
    [/read 3 rows, 1 curve/],
    [/Scaling analysis/],
  ],
  [
    "semicolons and decimal commas",
    "task;model;params;score\nqa;a;1e8;0,3\nqa;b;1e9;0,4\nqa;c;1e10;0,5\n",
    [/read 3 rows, 1 curve/],
    [/semicolon-separated/],
  ],
  [
    "tabs",
    "task\tmodel\tparams\tscore\nqa\ta\t1e8\t0.3\nqa\tb\t1e9\t0.4\nqa\tc\t1e10\t0.5\n",
    [/read 3 rows, 1 curve/],
    [/tab-separated/],
  ],
  [
    "quoted fields with commas and newlines, extra columns, non-ASCII names",
    `${HEADER},notes\n"q, a\nb",模型-α,1e8,0.3,x\n"q, a\nb",β,1e9,0.4,"y, z"\n"q, a\nb",γ,1e10,0.5,\n`,
    [/read 3 rows, 1 curve/],
    [/模型-α|q, a/],
  ],
];

Deno.test("analyze edges: odd but valid inputs give a page (exit 0) and say what they noticed", async (t) => {
  const inputs = await Deno.makeTempDir({ prefix: "edges-ok-" });
  const outs = await Deno.makeTempDir({ prefix: "edges-ok-out-" });
  try {
    for (const [name, text, stderr, page] of WORKS) {
      await t.step(name, async () => {
        await Deno.writeTextFile(`${inputs}/x.csv`, text);
        const run = await analyze([`${inputs}/x.csv`, "--out", `${outs}/x.html`]);
        assert.equal(run.code, 0, run.stderr);
        for (const m of stderr) assert.match(run.stderr, m);
        const html = await Deno.readTextFile(`${outs}/x.html`);
        for (const m of page) assert.match(html, m);
      });
    }
  } finally {
    await Deno.remove(inputs, { recursive: true });
    await Deno.remove(outs, { recursive: true });
  }
});

Deno.test("analyze edges: paths with spaces, .. and ~ from a sub-folder", async () => {
  const home = await Deno.makeTempDir({ prefix: "edges-home-" });
  try {
    await Deno.mkdir(`${home}/my evals`);
    await Deno.writeTextFile(
      `${home}/my evals/r 1.csv`,
      `${HEADER}\nqa,a,1e8,0.3\nqa,b,1e9,0.4\nqa,c,1e10,0.5\n`,
    );
    const up = "../".repeat(`${ROOT}/tests`.split("/").length - 1);
    const run = await analyze(
      [`${up}${home.slice(1)}/my evals/../my evals/r 1.csv`, "--out", "~/out dir/page.html"],
      // HOME moves Deno's cache too: keep the one in use.
      {
        cwd: `${ROOT}/tests`,
        env: {
          HOME: home,
          DENO_DIR: Deno.env.get("DENO_DIR") ?? `${Deno.env.get("HOME")}/.cache/deno`,
        },
      },
    );
    assert.equal(run.code, 0, run.stderr);
    assert.ok(await exists(`${home}/out dir/page.html`), run.stderr);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
