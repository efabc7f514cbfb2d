/**
 * The local modules a notebook's generated module imports, via `deno info --json`.
 *
 * @module
 */

/** Absolute paths of local modules under `root` reachable from `moduleFile` (sorted). */
export async function localModules(
  deno: string,
  root: string,
  moduleFile: string,
): Promise<string[]> {
  const output = await new Deno.Command(deno, {
    args: ["info", "--json", `--config=${root}/deno.json`, moduleFile],
    stdout: "piped",
    stderr: "null",
    env: { NO_COLOR: "1" },
  }).output();
  if (!output.success) return [];
  const info = JSON.parse(new TextDecoder().decode(output.stdout)) as {
    modules?: { local?: string }[];
  };
  const paths = (info.modules ?? []).flatMap((m) =>
    m.local && m.local.startsWith(root + "/") && m.local !== moduleFile ? [m.local] : []
  );
  return [...new Set(paths)].sort();
}
