// Atomicity of `deno task report`: a build killed with SIGKILL part-way leaves the previous
// reports/ byte-identical, with no temporary leftovers in it. Runs on a copy of the repository in a
// temporary folder (deno.json, deno.lock, lib/, scripts/ and two small notebooks).
import assert from "./_assert.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const DENO = Deno.execPath();
/** The `report` task's flags (deno.json), so the copy runs with the same permissions. */
const REPORT_FLAGS = [
  "run",
  "--allow-read",
  "--allow-write=reports,.cache",
  "--allow-run=deno",
  "--allow-env",
  "scripts/report.ts",
];

async function copyTree(from: string, to: string) {
  await Deno.mkdir(to, { recursive: true });
  for await (const e of Deno.readDir(from)) {
    if (e.isDirectory) await copyTree(`${from}/${e.name}`, `${to}/${e.name}`);
    else if (e.isFile) await Deno.copyFile(`${from}/${e.name}`, `${to}/${e.name}`);
  }
}

/** Every file under `dir` (relative path → bytes). */
export async function snapshot(dir: string, prefix = ""): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for await (const e of Deno.readDir(dir)) {
    const rel = prefix + e.name;
    if (e.isDirectory) {
      for (const [k, v] of await snapshot(`${dir}/${e.name}`, `${rel}/`)) out.set(k, v);
    } else out.set(rel, await Deno.readFile(`${dir}/${e.name}`));
  }
  return out;
}

function slowNotebook(label: string, seconds: number): string {
  const code = (lines: string[]) => ({
    cell_type: "code",
    metadata: {},
    source: lines.map((l, i) => (i < lines.length - 1 ? l + "\n" : l)),
    execution_count: null,
    outputs: [],
  });
  return JSON.stringify(
    {
      cells: [
        { cell_type: "markdown", metadata: {}, source: [`# Slow fixture (${label})`] },
        code([`console.log("first cell, ${label}");`]),
        code([
          `await new Promise((resolve) => setTimeout(resolve, ${seconds * 1000}));`,
          `console.log("after the wait");`,
        ]),
        code([`console.log("last cell");`]),
      ],
      metadata: { kernelspec: { display_name: "Deno", language: "typescript", name: "deno" } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

/** A temporary repository copy with basics.ipynb (+ helper.ts) and a slow notebook. */
async function makeCopy(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "atomicity-" });
  for (const f of ["deno.json", "deno.lock"]) await Deno.copyFile(`${ROOT}/${f}`, `${dir}/${f}`);
  await copyTree(`${ROOT}/lib`, `${dir}/lib`);
  await copyTree(`${ROOT}/scripts`, `${dir}/scripts`);
  await Deno.mkdir(`${dir}/notebooks`);
  for (const f of ["basics.ipynb", "helper.ts"]) {
    await Deno.copyFile(`${ROOT}/tests/fixtures/notebooks/${f}`, `${dir}/notebooks/${f}`);
  }
  await Deno.writeTextFile(`${dir}/notebooks/slow.ipynb`, slowNotebook("v1", 0));
  return dir;
}

function reportCommand(cwd: string, stderr: "piped" | "null" = "piped") {
  const path = DENO.slice(0, DENO.lastIndexOf("/"));
  return new Deno.Command(DENO, {
    args: REPORT_FLAGS,
    cwd,
    env: { PATH: `${path}:${Deno.env.get("PATH") ?? ""}`, NO_COLOR: "1" },
    stdout: "piped",
    stderr,
  });
}

/**
 * Starts the build and SIGKILLs it as soon as a log line matches `when`; returns the log. The
 * build logs progress on stderr ("notebooks/slow.ipynb: cell 2/3, …").
 */
async function killWhen(cwd: string, when: RegExp, delayMs = 0): Promise<string> {
  const child = reportCommand(cwd).spawn();
  let log = "";
  let killed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const decoder = new TextDecoder();
  const stdout = child.stdout.pipeTo(new WritableStream());
  for await (const chunk of child.stderr) {
    log += decoder.decode(chunk, { stream: true });
    if (!killed && when.test(log)) {
      killed = true;
      const kill = () => {
        try {
          child.kill("SIGKILL");
        } catch { /* already exited */ }
      };
      if (delayMs > 0) timer = setTimeout(kill, delayMs);
      else kill();
    }
  }
  await stdout;
  const status = await child.status;
  clearTimeout(timer);
  assert.ok(killed && status.signal === "SIGKILL", `the build finished before the kill:\n${log}`);
  return log;
}

/** Waits (briefly) for orphaned notebook kernels of a killed build to exit. */
async function settle(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

Deno.test({
  name: "report build killed mid-notebook leaves reports/ byte-identical",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const dir = await makeCopy();
    try {
      const first = await reportCommand(dir).output();
      const firstLog = new TextDecoder().decode(first.stderr);
      assert.equal(first.code, 0, firstLog);
      const before = await snapshot(`${dir}/reports`);
      assert.deepEqual([...before.keys()].sort(), ["basics.html", "index.html", "slow.html"]);

      // Change the slow notebook so it re-executes; kill while it waits inside cell 2 of 3.
      await Deno.writeTextFile(`${dir}/notebooks/slow.ipynb`, slowNotebook("v2", 4));
      const log = await killWhen(dir, /slow\.ipynb: cell 2\/3/);
      assert.match(log, /slow\.ipynb: running/);
      await settle(200);

      const after = await snapshot(`${dir}/reports`);
      assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), "files added/removed");
      for (const [name, bytes] of before) {
        assert.deepEqual(after.get(name), bytes, `${name} changed`);
      }
      // Temporaries live under .cache/, never in reports/.
      assert.ok([...after.keys()].every((k) => k.endsWith(".html")), [...after.keys()].join());

      // A later build still succeeds and picks up the change.
      const again = await reportCommand(dir).output();
      assert.equal(again.code, 0, new TextDecoder().decode(again.stderr));
      const html = await Deno.readTextFile(`${dir}/reports/slow.html`);
      assert.match(html, /Slow fixture \(v2\)/);
    } finally {
      await settle(1000); // the killed build's kernel may still be sleeping in cell 2
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    }
  },
});

/** Runs a build to completion; returns the ms from the line matching `mark` to the exit. */
async function timeAfter(cwd: string, mark: RegExp): Promise<number> {
  const child = reportCommand(cwd).spawn();
  const stdout = child.stdout.pipeTo(new WritableStream());
  let log = "", at = NaN;
  const decoder = new TextDecoder();
  for await (const chunk of child.stderr) {
    log += decoder.decode(chunk, { stream: true });
    if (Number.isNaN(at) && mark.test(log)) at = performance.now();
  }
  await stdout;
  assert.equal((await child.status).code, 0, log);
  return performance.now() - at;
}

/** "old", "new" or "mixed": which build each page of `now` came from. */
function classify(
  now: Map<string, Uint8Array>,
  old: Map<string, Uint8Array>,
  fresh: Map<string, Uint8Array>,
): string {
  const same = (a: Map<string, Uint8Array>, b: Map<string, Uint8Array>) =>
    a.size === b.size && [...a].every(([k, v]) => {
      const w = b.get(k);
      return w !== undefined && w.length === v.length && w.every((x, i) => x === v[i]);
    });
  return same(now, old) ? "old" : same(now, fresh) ? "new" : "mixed";
}

Deno.test({
  name:
    "report build killed around its write phase leaves the old or the new reports/, never a mix",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const dir = await makeCopy();
    const seen: string[] = [];
    try {
      // How long the write phase (render pages, write, rename) takes after the last notebook.
      await Deno.writeTextFile(`${dir}/notebooks/slow.ipynb`, slowNotebook("w", 0));
      const tail = await timeAfter(dir, /slow\.ipynb: done in/);
      // Kill at fractions of that time, sweeping over the write phase.
      const fractions = [0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1];
      for (const [attempt, fraction] of fractions.entries()) {
        const delay = Math.round(fraction * tail);
        const old = await snapshot(`${dir}/reports`);
        await Deno.writeTextFile(`${dir}/notebooks/slow.ipynb`, slowNotebook(`w${attempt}`, 0));
        const late = await killWhen(dir, /slow\.ipynb: done in/, delay).then(
          () => false,
          () => true, // finished before the kill landed: reports/ is simply the new build
        );
        const now = await snapshot(`${dir}/reports`);
        // The killed build cached its run, so this rebuild writes what it would have written.
        assert.equal((await reportCommand(dir).output()).code, 0);
        const fresh = await snapshot(`${dir}/reports`);
        const state = classify(now, old, fresh);
        seen.push(`${delay} ms: ${late ? "finished" : state}`);
        assert.notEqual(state, "mixed", `attempt ${attempt}: reports/ mixes two builds`);
        assert.ok([...now.keys()].every((k) => k.endsWith(".html")), [...now.keys()].join());
      }
    } finally {
      console.log(`write-phase kills (after the last notebook): ${seen.join(", ")}`);
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    }
  },
});
