/**
 * The three input formats end to end through `deno task analyze` (page, JSON, CSV), results on
 * stdout for scripts, `deno task report --out` outside the repository, and the cleanup after
 * `kill -9`: notebook children end with the script, the run's files go, and the next run removes
 * what a killed run left.
 */
import { task } from "./_task.ts";
import assert from "./_assert.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");

const FORMATS: [string, string, RegExp, number][] = [
  ["lm-evaluation-harness tree", "tests/fixtures/lm_eval", /lm-evaluation-harness results/, 6],
  ["wide spreadsheet", "tests/fixtures/wide/leaderboard.csv", /wide spreadsheet/, 4],
  ["long CSV", "data/examples/pythia_final_checkpoints.csv", /a long CSV/, 12],
];

Deno.test("analyze formats: each format gives the page, the JSON and the CSV", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "formats-" });
  try {
    for (const [name, input, described, curves] of FORMATS) {
      await t.step(name, async () => {
        const run = await task([
          "analyze",
          input,
          "--out",
          `${dir}/page.html`,
          "--json",
          `${dir}/r.json`,
          "--csv",
          `${dir}/r.csv`,
        ]);
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stderr, /^shape +curves$/m);
        assert.match(run.stderr, new RegExp(`^total +${curves}$`, "m"));
        assert.match(run.stderr, /most confident emergent: |no emergent curve/);
        const html = await Deno.readTextFile(`${dir}/page.html`);
        assert.match(html, described);
        assert.match(html, /href="r\.json"/);
        assert.match(html, /href="r\.csv"/);
        const json = JSON.parse(await Deno.readTextFile(`${dir}/r.json`));
        assert.equal(json.schema, "scaling-report/own-data-results");
        assert.equal(json.version, 1);
        assert.equal(json.curves.length, curves);
        assert.equal(json.summary.curves, curves);
        for (const c of json.curves) {
          assert.ok(typeof c.shape === "string" && c.confidence >= 0 && c.confidence <= 1);
          assert.ok("probabilities" in c && "flags" in c && "bound" in c && "fit" in c);
          assert.ok(Array.isArray(c.points) && c.points.length === c.sizes);
        }
        const csv = (await Deno.readTextFile(`${dir}/r.csv`)).trim().split("\n");
        assert.equal(csv.length, curves + 1);
        assert.match(csv[0]!, /^label,task,family,metric,sizes,shape,confidence,threshold/);
      });
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyze formats: the lm-eval page names the metric per task, guesses and replaced runs", async () => {
  const dir = await Deno.makeTempDir({ prefix: "formats-lm-" });
  try {
    const run = await task(["analyze", "tests/fixtures/lm_eval", "--out", `${dir}/p.html`]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /note: 2 model sizes were guessed from the model name/);
    assert.match(
      run.stderr,
      /note: the run of "EleutherAI\/pythia-1b" on "arc_easy" in .*was replaced/,
    );
    const html = await Deno.readTextFile(`${dir}/p.html`);
    assert.match(html, /Metric per task/);
    assert.match(html, /acc\\?_norm/);
    assert.match(html, /guessed from the model name/);
    assert.match(html, /was replaced by the later run/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("analyze formats: --json - writes the results on stdout, nothing else there", async () => {
  const dir = await Deno.makeTempDir({ prefix: "formats-stdout-" });
  try {
    const run = await task([
      "analyze",
      "tests/fixtures/wide/leaderboard.csv",
      "--out",
      `${dir}/p.html`,
      "--json",
      "-",
    ]);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.input.format, "wide");
    assert.deepEqual(json.notes.ignored, ["license"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("report: --out outside the repository works (no raw permission error)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "report-out-" });
  try {
    const run = await task([
      "report",
      "tests/fixtures/notebooks/basics.ipynb",
      "--out",
      `${dir}/sub/basics.html`,
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!/Requires write access|NotCapable/.test(run.stderr), run.stderr);
    await Deno.stat(`${dir}/sub/basics.html`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

/**
 * Pids of processes whose command line mentions `text`. Read through `sh` because Deno asks for
 * --allow-all to list /proc itself.
 */
async function processesWith(text: string): Promise<number[]> {
  // The pattern's last character in brackets, so the shell and grep do not match themselves.
  const pattern = text.slice(0, -1).replace(/[.[\]*^$\\]/g, "\\$&") + `[${text.at(-1)}]`;
  const out = await new Deno.Command("/bin/sh", {
    args: ["-c", 'grep -las -- "$1" /proc/[0-9]*/cmdline; true', "sh", pattern],
    stdout: "piped",
  }).output();
  return new TextDecoder().decode(out.stdout).split("\n").map((l) => l.split("/")[2])
    .filter((pid) => /^\d+$/.test(pid ?? ""))
    .map(Number).filter((pid) => pid !== Deno.pid);
}

Deno.test({
  name: "analyze: after kill -9 the notebook children end and the run's files are removed",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "formats-kill-" });
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--allow-read",
        `--allow-write=${ROOT}/reports,${ROOT}/.cache,${dir}`,
        "--allow-run=deno",
        "--allow-env",
        `${ROOT}/scripts/analyze.ts`,
        "data/examples/pythia_final_checkpoints.csv",
        "--out",
        `${dir}/p.html`,
      ],
      cwd: ROOT,
      stdout: "null",
      stderr: "piped",
    }).spawn();
    // Wait until the notebook child runs (its command line names the runner), then kill -9.
    const started = Date.now();
    let notebookChildren: number[] = [];
    while (Date.now() - started < 20_000) {
      notebookChildren = await processesWith("lib/notebook/_child.ts");
      if (notebookChildren.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 400));
    child.kill("SIGKILL");
    await child.status;
    await child.stderr.cancel();
    assert.ok(notebookChildren.length > 0, "the notebook started");
    // Within 3 s the children are gone and .cache/analyze holds nothing of this run.
    let left: number[] = notebookChildren;
    for (let i = 0; i < 60 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      left = notebookChildren.filter((pid) => {
        try {
          return !Deno.readTextFileSync(`/proc/${pid}/stat`).includes(") Z ");
        } catch {
          return false;
        }
      });
    }
    assert.deepEqual(left, [], "notebook children outlived the script");
    await new Promise((r) => setTimeout(r, 300));
    const mine = [...Deno.readDirSync(`${ROOT}/.cache/analyze`)].map((e) => e.name)
      .filter((n) => n.startsWith(`build-${child.pid}-`));
    assert.deepEqual(mine, [], "the run's build folder was removed");
    await assert.rejects(() => Deno.stat(`${dir}/p.html`));
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name: "analyze: what a killed run left in .cache is removed at the next start",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    const cache = `${ROOT}/.cache`;
    // pid 2^22 + 1 is above Linux's pid_max limit: never a live process.
    const dead = 4194305;
    await Deno.mkdir(`${cache}/analyze/build-${dead}-x`, { recursive: true });
    await Deno.mkdir(`${cache}/analyze/input-deadbeefdeadbeef`, { recursive: true });
    await Deno.writeTextFile(`${cache}/analyze/input-deadbeefdeadbeef/owner-${dead}`, "");
    await Deno.writeTextFile(`${cache}/analyze/input-deadbeefdeadbeef/big.json`, "{}");
    await Deno.mkdir(`${cache}/nb-stale-test`, { recursive: true });
    const old = new Date(Date.now() - 120_000);
    await Deno.utime(`${cache}/nb-stale-test`, old, old);
    await Deno.utime(`${cache}/analyze/input-deadbeefdeadbeef`, old, old);
    const dir = await Deno.makeTempDir({ prefix: "formats-stale-" });
    try {
      const run = await task([
        "analyze",
        "tests/fixtures/analyze/semicolon.csv",
        "--out",
        `${dir}/p.html`,
      ]);
      assert.equal(run.code, 0, run.stderr);
      for (
        const left of [`analyze/build-${dead}-x`, "analyze/input-deadbeefdeadbeef", "nb-stale-test"]
      ) {
        await assert.rejects(() => Deno.stat(`${cache}/${left}`), Deno.errors.NotFound, left);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
