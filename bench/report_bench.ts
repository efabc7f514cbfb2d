/**
 * Times a cold build (no cache) and a no-change rebuild of the bundled notebooks
 * (`notebooks/*.ipynb`, or the test fixtures when there are none), and, where `jupyter` with
 * the Deno kernel is installed, `jupyter nbconvert --execute --to html` on the same notebooks,
 * printing the ratio. Run: `deno bench --allow-read --allow-write --allow-run --allow-env bench/report_bench.ts`
 * (or `deno run` the same file for a one-shot table).
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
  const out = await outDir();
  try {
    return await time(async () => {
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
    });
  } finally {
    await Deno.remove(out, { recursive: true });
  }
}

async function measure() {
  const out = await outDir();
  try {
    const cold = await time(() =>
      buildReports({ root, notebooks, out, cache: false, allowErrors: true, log: quiet })
    );
    await buildReports({ root, notebooks, out, allowErrors: true, log: quiet });
    const warm = await time(() =>
      buildReports({ root, notebooks, out, allowErrors: true, log: quiet })
    );
    return { cold, warm };
  } finally {
    await Deno.remove(out, { recursive: true });
  }
}

if (import.meta.main) {
  const { cold, warm } = await measure();
  console.log(
    `${notebooks.length} notebook(s): cold build ${cold.toFixed(2)} s, no-change rebuild ${
      warm.toFixed(3)
    } s`,
  );
  const jupyter = await nbconvert();
  if (jupyter === undefined) {
    console.log("jupyter with the Deno kernel not found: nbconvert comparison skipped");
  } else {console.log(
      `nbconvert --execute: ${jupyter.toFixed(2)} s; ratio ${
        (jupyter / cold).toFixed(1)
      }× (target ≥ 3×)`,
    );}
} else {
  const out = await outDir();
  Deno.bench("report: cold build", { n: 3, warmup: 0 }, async () => {
    await buildReports({ root, notebooks, out, cache: false, allowErrors: true, log: quiet });
  });
  Deno.bench("report: no-change rebuild", { n: 5, warmup: 1 }, async () => {
    await buildReports({ root, notebooks, out, allowErrors: true, log: quiet });
  });
  Deno.bench("report: nbconvert --execute (if installed)", { n: 1, warmup: 0 }, async () => {
    await nbconvert();
  });
  globalThis.addEventListener("unload", () => Deno.removeSync(out, { recursive: true }));
}
