/**
 * `deno task analyze` on a generated 50 MB long CSV (1,000 tasks × 1,000 model sizes ≈ 1M rows):
 * wall time, and peak memory summed over every process of the run (the script, its re-run, the
 * watchdog, the notebook child), sampled from /proc every 100 ms. Target (issue 19): < 30 s and
 * < 1 GiB on 2 cores. Runs once (`n: 1`); the numbers are printed. Run with `deno task bench`, or
 * alone: `deno bench -A bench/analyze_large_bench.ts`.
 *
 * @module
 */
const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** The file: four shapes in turn (smooth, emergent, U-shaped, inverse) with small jitter. */
function generate(tasks: number, sizes: number): string {
  const lines = ["task,model,params,score,n,chance"];
  for (let task = 0; task < tasks; task++) {
    for (let size = 0; size < sizes; size++) {
      const x = size / (sizes - 1);
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
        `task_${task},model_${size},${(1e7 * 10 ** (4 * x)).toPrecision(6)},${
          (score + jitter).toFixed(4)
        },1000,0.25`,
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** Resident memory (kB) of `pid` and every descendant, in all and per command. */
function treeRss(pid: number): { total: number; each: Map<string, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    try {
      const status = Deno.readTextFileSync(`/proc/${e.name}/status`);
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(+e.name, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      const cmd = Deno.readTextFileSync(`/proc/${e.name}/cmdline`).split("\0");
      names.set(+e.name, cmd.find((a) => /\.ts$/.test(a))?.replace(/^.*\//, "") ?? cmd[1] ?? "");
      children.set(ppid, [...(children.get(ppid) ?? []), +e.name]);
    } catch { /* gone */ }
  }
  let total = 0;
  const each = new Map<string, number>();
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    const name = `${names.get(p)} (${p})`;
    each.set(name, (each.get(name) ?? 0) + (rss.get(p) ?? 0));
    stack.push(...(children.get(p) ?? []));
  }
  return { total, each };
}

/** Runs the analysis of `csv` and returns wall time and peak summed memory. */
export async function measure(csv: string, out: string) {
  const started = performance.now();
  const child = new Deno.Command("deno", {
    args: ["task", "--quiet", "analyze", csv, "--out", out, "--json", `${out}.json`],
    cwd: root,
    stdout: "null",
    stderr: "piped",
  }).spawn();
  let peak = 0;
  const peaks = new Map<string, number>();
  const timer = setInterval(() => {
    const { total, each } = treeRss(child.pid);
    peak = Math.max(peak, total);
    for (const [name, kb] of each) peaks.set(name, Math.max(peaks.get(name) ?? 0, kb));
  }, 100);
  const stderr = new Response(child.stderr).text();
  const status = await child.status;
  clearInterval(timer);
  if (!status.success) throw new Error(`analyze failed:\n${await stderr}`);
  const each = [...peaks].map(([name, kb]) => `${name} ${(kb / 1024).toFixed(0)} MiB`).join(", ");
  return {
    seconds: (performance.now() - started) / 1000,
    peakMiB: peak / 1024,
    each,
    log: await stderr,
  };
}

async function run() {
  const dir = await Deno.makeTempDir({ prefix: "analyze-large-" });
  try {
    const text = generate(1000, 1000);
    await Deno.writeTextFile(`${dir}/large.csv`, text);
    const { seconds, peakMiB, each, log } = await measure(
      `${dir}/large.csv`,
      `${dir}/large.html`,
    );
    const mb = (new TextEncoder().encode(text).length / 1e6).toFixed(1);
    console.log(
      `analyze ${mb} MB, 1,000,000 rows: ${seconds.toFixed(1)} s wall, peak ${
        peakMiB.toFixed(0)
      } MiB summed over processes (target < 30 s, < 1024 MiB)`,
    );
    console.log(`per process (peak): ${each}`);
    console.log(log.split("\n").filter((l) => /^(read|…|wrote)/.test(l)).join("\n"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.bench({
  name: "analyze: 50 MB long CSV, 1M rows (once)",
  n: 1,
  warmup: 0,
  ignore: Deno.build.os !== "linux",
}, run);
