/**
 * Times a cold build (no cache) and a no-change rebuild of the bundled notebooks
 * (`notebooks/*.ipynb`, or the test fixtures when there are none), and, where `jupyter` with
 * the Deno kernel is installed, `jupyter nbconvert --execute --to html` on the same notebooks,
 * printing both medians and their ratio. Run with `deno task bench` (all benchmarks) or
 * `deno run --allow-read --allow-write --allow-run --allow-env bench/report_bench.ts`.
 *
 * @module
 */
import { buildReports } from "../lib/notebook/mod.ts";

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const fromNotebooks = [...Deno.readDirSync(`${root}/notebooks`)]
  .filter((e) => e.isFile && e.name.endsWith(".ipynb")).map((e) => `${root}/notebooks/${e.name}`)
  .sort();
const fixtures = ["basics", "chart", "params", "injection"].map((n) =>
  `${root}/tests/fixtures/notebooks/${n}.ipynb`
);
const notebooks = fromNotebooks.length > 0 ? fromNotebooks : fixtures;
const quiet = () => {};

async function outDir(): Promise<string> {
  await Deno.mkdir(`${root}/.cache`, { recursive: true });
  return await Deno.makeTempDir({ dir: `${root}/.cache`, prefix: "bench-" });
}

/** Runs `f` with a fresh output folder under .cache/, removed afterwards. */
async function withOutDir<T>(f: (out: string) => Promise<T>): Promise<T> {
  const out = await outDir();
  try {
    return await f(out);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / 1000;
}

async function nbconvert(): Promise<number | undefined> {
  try {
    const probe = await new Deno.Command("jupyter", {
      args: ["kernelspec", "list"],
      stdout: "piped",
      stderr: "null",
    }).output();
    if (!probe.success || !new TextDecoder().decode(probe.stdout).includes("deno")) {
      return undefined;
    }
  } catch {
    return undefined;
  }
  return await withOutDir((out) =>
    time(async () => {
      const r = await new Deno.Command("jupyter", {
        args: [
          "nbconvert",
          "--execute",
          "--allow-errors",
          "--to",
          "html",
          "--output-dir",
          out,
          ...notebooks,
        ],
        stdout: "null",
        stderr: "piped",
      }).output();
      if (!r.success) {
        throw new Error(`nbconvert failed: ${new TextDecoder().decode(r.stderr).slice(-2000)}`);
      }
    })
  );
}

function coldBuild(): Promise<number> {
  return withOutDir((out) =>
    time(() => buildReports({ root, notebooks, out, cache: false, allowErrors: true, log: quiet }))
  );
}

function noChangeRebuild(): Promise<number> {
  return withOutDir(async (out) => {
    await buildReports({ root, notebooks, out, allowErrors: true, log: quiet });
    return await time(() => buildReports({ root, notebooks, out, allowErrors: true, log: quiet }));
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Printed in both modes (`deno run` and `deno bench`): rounds alternate our cold build and
// nbconvert, so drift in the machine's speed (shared cores) hits both sides alike; the ratio is
// of the medians. ROUNDS=n overrides the default 3.
const rounds = Math.max(1, Number(Deno.env.get("ROUNDS") ?? 3));
const ours: number[] = [], theirs: number[] = [];
let jupyter = true;
for (let r = 0; r < rounds; r++) {
  ours.push(await coldBuild());
  if (jupyter) {
    const t = await nbconvert();
    if (t === undefined) jupyter = false;
    else theirs.push(t);
  }
}
const warm = await noChangeRebuild();
const list = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(", ");
console.log(
  `[report_bench] ${notebooks.length} notebook(s): cold build ${median(ours).toFixed(2)} s ` +
    `(median of ${list(ours)}), no-change rebuild ${warm.toFixed(3)} s`,
);
console.log(
  jupyter
    ? `[report_bench] nbconvert --execute: ${median(theirs).toFixed(2)} s (median of ${
      list(theirs)
    }); ratio ${(median(theirs) / median(ours)).toFixed(1)}× (target ≥ 3×)`
    : "[report_bench] jupyter with the Deno kernel not found: nbconvert comparison skipped",
);

if (!import.meta.main) {
  const out = await outDir();
  Deno.bench("report: no-change rebuild", { n: 5, warmup: 1 }, async () => {
    await buildReports({ root, notebooks, out, allowErrors: true, log: quiet });
  });
  globalThis.addEventListener("unload", () => Deno.removeSync(out, { recursive: true }));
}
