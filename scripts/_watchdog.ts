/**
 * `deno run -A scripts/_watchdog.ts PID ROOT BUILD` (Deno reads /proc only with full access)
 *
 * Started by `deno task analyze` with a pipe on stdin. First it removes what killed runs left in
 * ROOT/.cache (scripts/_stage.ts `cleanStale`). Then, while its parent PID lives, it records the
 * parent's descendants (from /proc); when the pipe closes (the parent exited, crashed or was
 * killed with `kill -9`) it kills the descendants still running (the notebook children),
 * removes the run's BUILD folder and releases the stage folders the parent named on stdin, one
 * per line (scripts/_stage.ts). Linux only
 * (/proc); elsewhere `analyze` cleans up at its next start instead.
 *
 * @module
 */
import { cleanStale, release } from "./_stage.ts";

const [parentArg, root, build] = Deno.args;
const parent = Number(parentArg);
/** pid → start time (field 22 of /proc/PID/stat), so a reused pid is never killed. */
const family = new Map<number, string>();

function stat(pid: number): { ppid: number; start: string } | undefined {
  try {
    const text = Deno.readTextFileSync(`/proc/${pid}/stat`);
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), start: fields[19]! };
  } catch {
    return undefined;
  }
}

function scan(): void {
  const ancestors = new Set([parent, ...family.keys()]);
  for (const entry of Deno.readDirSync("/proc")) {
    const pid = Number(entry.name);
    if (!Number.isInteger(pid) || pid === Deno.pid || family.has(pid)) continue;
    const s = stat(pid);
    if (s && ancestors.has(s.ppid)) family.set(pid, s.start);
  }
}

const timer = setInterval(scan, 150);
scan();
if (root) await cleanStale(root);
// EOF on stdin: the parent is gone (normally or not).
let told = "";
for await (const chunk of Deno.stdin.readable.pipeThrough(new TextDecoderStream())) told += chunk;
clearInterval(timer);
for (const [pid, start] of family) {
  if (stat(pid)?.start !== start) continue;
  try {
    Deno.kill(pid, "SIGKILL");
  } catch { /* already gone */ }
}
if (build) await Deno.remove(build, { recursive: true }).catch(() => {});
for (const stage of told.split("\n").filter((l) => l)) await release(stage, parent);
