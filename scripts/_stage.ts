/**
 * The folders `deno task analyze` keeps under `.cache/analyze/`, and their cleanup:
 *
 * - `input-<hash>/`: the prepared input the notebook reads (content-addressed, so the page, which
 *   shows the path, is reproducible), with one `owner-<pid>` file per run using it;
 * - `build-<pid>-<random>/`: one run's page before it is moved into place.
 *
 * A run releases its own at the end; its watchdog (scripts/_watchdog.ts) does it when the run was
 * killed, and first removes what dead runs left ({@linkcode cleanStale}).
 * @module
 */

/**
 * Whether a process lives. Linux /proc needs full access in Deno (the watchdog has it); without
 * it, or elsewhere, a process counts as alive unless its entry is a day old.
 */
export function alive(pid: number, mtime?: Date | null): boolean {
  if (Deno.build.os === "linux") {
    try {
      Deno.statSync(`/proc/${pid}`);
      return true;
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return false;
    }
  }
  return !mtime || Date.now() - mtime.getTime() < 86_400_000;
}

/** Drops `owner-<pid>` from a stage folder and removes the folder when no live run owns it. */
export async function release(stage: string, pid: number): Promise<void> {
  await Deno.remove(`${stage}/owner-${pid}`).catch(() => {});
  let owned = false;
  try {
    for await (const e of Deno.readDir(stage)) {
      const m = /^owner-(\d+)$/.exec(e.name);
      if (m && alive(Number(m[1]))) owned = true;
    }
  } catch {
    return;
  }
  if (!owned) await Deno.remove(stage, { recursive: true }).catch(() => {});
}

/**
 * Removes what killed runs left in `.cache`: `analyze/build-<pid>-*` of dead pids, stage folders
 * no live run owns (older than a minute), and `nb-*` notebook folders that no running
 * process names and that are more than a minute old.
 */
export async function cleanStale(root: string): Promise<void> {
  const base = `${root}/.cache/analyze`;
  try {
    for await (const e of Deno.readDir(base)) {
      const build = /^build-(\d+)-/.exec(e.name);
      if (build && !alive(Number(build[1]))) {
        await Deno.remove(`${base}/${e.name}`, { recursive: true }).catch(() => {});
      } else if (e.name.startsWith("input-") && e.isDirectory) {
        // A young folder may be a live run's, between its mkdir and its owner file.
        const info = await Deno.stat(`${base}/${e.name}`).catch(() => undefined);
        if (info?.mtime && Date.now() - info.mtime.getTime() > 60_000) {
          await release(`${base}/${e.name}`, -1);
        }
      }
    }
  } catch { /* no folder yet */ }
  await cleanNotebookDirs(`${root}/.cache`);
}

/** `nb-*` folders older than a minute that no running process has on its command line. */
async function cleanNotebookDirs(cache: string): Promise<void> {
  const stale: string[] = [];
  try {
    for await (const e of Deno.readDir(cache)) {
      if (!e.name.startsWith("nb-")) continue;
      const info = await Deno.stat(`${cache}/${e.name}`).catch(() => undefined);
      if (info?.mtime && Date.now() - info.mtime.getTime() > 60_000) stale.push(e.name);
    }
    if (stale.length === 0) return;
    Deno.readDirSync("/proc");
  } catch {
    return;
  }
  const used = new Set<string>();
  for (const e of Deno.readDirSync("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    try {
      const cmd = Deno.readTextFileSync(`/proc/${e.name}/cmdline`);
      for (const name of stale) if (cmd.includes(`${cache}/${name}`)) used.add(name);
    } catch { /* gone */ }
  }
  for (const name of stale) {
    if (!used.has(name)) await Deno.remove(`${cache}/${name}`, { recursive: true }).catch(() => {});
  }
}
