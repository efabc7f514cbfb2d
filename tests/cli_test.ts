/**
 * Every script follows scripts/_cli.ts: `--help` prints the usage on stdout and exits 0; a usage
 * error exits 2 with `error: …` and the usage on stderr; relative paths resolve from the folder the
 * command ran in, `..` included (`deno task analyze ../evals.csv` from a sub-folder, with the file
 * outside the repository).
 */
import assert from "./_assert.ts";
import { absolutePath } from "../lib/notebook/mod.ts";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, userPath } from "../scripts/_cli.ts";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * Runs `deno <args>` in `cwd` (default the repository root) as a user's shell would: without the
 * `INIT_CWD` the enclosing `deno task test` (or npm) set, which a nested `deno task` would keep.
 */
async function deno(args: string[], cwd = ROOT) {
  const env = Deno.env.toObject();
  delete env.INIT_CWD;
  const output = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    clearEnv: true,
    env: { ...env, NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  return { code: output.code, stdout: decode(output.stdout), stderr: decode(output.stderr) };
}

/** How each script is run: a task, or `deno run` with the permissions it documents. */
const SCRIPTS: Record<string, string[]> = {
  report: ["task", "--quiet", "report"],
  analyze: ["task", "--quiet", "analyze"],
  check_notebooks: ["run", "-A", "scripts/check_notebooks.ts"],
  screenshots: ["run", "-A", "scripts/screenshots.ts"],
  make_example_data: ["run", "-A", "scripts/make_example_data.ts"],
};

Deno.test("cli: the exit codes are 0 done, 1 failed, 2 usage error", () => {
  assert.deepEqual([EXIT_OK, EXIT_FAILED, EXIT_USAGE], [0, 1, 2]);
});

Deno.test("cli: --help on every script prints the usage and exits 0", async () => {
  const before = await Deno.readTextFile(`${ROOT}/data/examples/pythia_final_checkpoints.csv`);
  for (const [name, command] of Object.entries(SCRIPTS)) {
    const run = await deno([...command, "--help"]);
    assert.equal(run.code, 0, `${name}: ${run.stderr}`);
    assert.match(run.stdout, /^usage: /, name);
    assert.match(run.stdout, /exit codes: 0 .*, 1 .*, 2 usage error/, name);
  }
  const after = await Deno.readTextFile(`${ROOT}/data/examples/pythia_final_checkpoints.csv`);
  assert.equal(after, before, "make_example_data --help wrote nothing");
});

Deno.test("cli: a usage error on every script exits 2 with the problem and the usage", async () => {
  const mistakes: [string, string[], RegExp][] = [
    ["report", ["--nope"], /^error: unknown option --nope\nusage: deno task report/],
    ["report", ["--param", "x"], /^error: --param x: expected name=value\nusage:/],
    ["report", ["--out"], /^error: --out needs a value\nusage:/],
    ["analyze", ["--nope"], /^error: unknown option --nope\nusage: deno task analyze/],
    ["analyze", [], /^error: give the results file or folder to analyse\nusage:/],
    ["check_notebooks", ["--nope"], /^error: unknown option --nope\nusage:/],
    ["screenshots", ["extra"], /^error: unexpected argument extra\nusage:/],
    ["make_example_data", ["extra"], /^error: unexpected argument extra/],
  ];
  for (const [name, args, message] of mistakes) {
    const run = await deno([...SCRIPTS[name]!, ...args]);
    const stderr = run.stderr.split("\n").filter((l) => !l.includes("DEP0040")).join("\n");
    assert.equal(run.code, 2, `${name} ${args.join(" ")}: ${stderr}`);
    assert.match(stderr, message, `${name} ${args.join(" ")}`);
  }
});

Deno.test("cli: userPath resolves . and .. against the folder the command ran in", () => {
  assert.equal(userPath("../evals.csv", "/home/me/repo"), "/home/me/evals.csv");
  assert.equal(userPath("./a/../b.csv", "/x"), "/x/b.csv");
  assert.equal(userPath("/abs/./c.csv", "/ignored"), "/abs/c.csv");
  assert.equal(absolutePath("/a/b/../../.."), "/");
});

Deno.test("cli: deno task analyze ../…/evals.csv from a sub-folder, file outside the repository", async () => {
  const outside = await Deno.makeTempDir({ prefix: "cli-test-" });
  await Deno.mkdir(`${ROOT}/.cache`, { recursive: true });
  const out = await Deno.makeTempDir({ dir: `${ROOT}/.cache`, prefix: "cli-test-" });
  try {
    await Deno.copyFile(
      `${ROOT}/data/examples/pythia_final_checkpoints.csv`,
      `${outside}/evals.csv`,
    );
    const cwd = `${ROOT}/tests`;
    // The path from tests/ up to / and down to the file: every segment a "..".
    const up = "../".repeat(cwd.split("/").length - 1);
    const csv = `${up}${outside.slice(1)}/evals.csv`;
    const page = `../.cache/${out.slice(out.lastIndexOf("/") + 1)}/evals.html`;
    const run = await deno(["task", "--quiet", "analyze", csv, "--out", page], cwd);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /read 96 rows, 12 curves/);
    const html = await Deno.readTextFile(`${out}/evals.html`);
    assert.match(html, /<title>Scaling analysis of evals\.csv/);
    // A missing file given with ".." names the path as typed, exit 1, nothing written.
    const missing = await deno(["task", "--quiet", "analyze", `${csv}.nope`, "--out", page], cwd);
    assert.equal(missing.code, 1, missing.stderr);
    assert.ok(missing.stderr.includes(`${csv}.nope: file not found; check the path`));
  } finally {
    await Deno.remove(outside, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
});
