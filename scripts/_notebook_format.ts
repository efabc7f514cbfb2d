/**
 * Which notebooks `deno fmt` would change. Deno 2.9.6's `deno fmt --check` flags every `.ipynb`
 * it has not formatted before as "not formatted" with an empty diff (the class of bug fixed for
 * CSS/YAML/HTML in denoland/deno#25848), so on a fresh machine it fails for formatted notebooks.
 * Formatting a copy and comparing bytes is exact: a notebook is formatted when `deno fmt` leaves
 * its copy unchanged.
 */
export async function unformattedNotebooks(
  paths: readonly string[],
  options: { config: string; deno?: string },
): Promise<string[]> {
  if (paths.length === 0) return [];
  const dir = await Deno.makeTempDir({ prefix: "fmt-ipynb-" });
  try {
    const copies = paths.map((_, i) => `${dir}/${i}.ipynb`);
    await Promise.all(paths.map((path, i) => Deno.copyFile(path, copies[i]!)));
    const { code, stderr } = await new Deno.Command(options.deno ?? Deno.execPath(), {
      args: ["fmt", "--quiet", "--config", options.config, ...copies],
      stdout: "null",
      stderr: "piped",
    }).output();
    if (code !== 0) {
      throw new Error(`deno fmt failed on the notebooks:\n${new TextDecoder().decode(stderr)}`);
    }
    const changed: string[] = [];
    for (const [i, path] of paths.entries()) {
      const [before, after] = await Promise.all([
        Deno.readFile(path),
        Deno.readFile(copies[i]!),
      ]);
      if (before.length !== after.length || before.some((b, j) => b !== after[j])) {
        changed.push(path);
      }
    }
    return changed;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
