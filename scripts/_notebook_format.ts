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
  const texts = await Promise.all(paths.map((path) => Deno.readTextFile(path)));
  const formatted = await formatNotebookTexts(texts, options);
  return paths.filter((_, i) => texts[i] !== formatted[i]);
}

/**
 * Notebook JSON texts as `deno fmt` (with the project's config) formats them, through copies in a
 * temporary folder (under `options.tmp` when given, e.g. a folder the caller may write).
 */
export async function formatNotebookTexts(
  texts: readonly string[],
  options: { config: string; deno?: string; tmp?: string },
): Promise<string[]> {
  if (texts.length === 0) return [];
  if (options.tmp !== undefined) await Deno.mkdir(options.tmp, { recursive: true });
  const dir = await Deno.makeTempDir({
    prefix: "fmt-ipynb-",
    ...(options.tmp ? { dir: options.tmp } : {}),
  });
  try {
    const copies = texts.map((_, i) => `${dir}/${i}.ipynb`);
    await Promise.all(texts.map((text, i) => Deno.writeTextFile(copies[i]!, text)));
    const { code, stderr } = await new Deno.Command(options.deno ?? Deno.execPath(), {
      args: ["fmt", "--quiet", "--config", options.config, ...copies],
      stdout: "null",
      stderr: "piped",
    }).output();
    if (code !== 0) {
      throw new Error(`deno fmt failed on the notebooks:\n${new TextDecoder().decode(stderr)}`);
    }
    return await Promise.all(copies.map((copy) => Deno.readTextFile(copy)));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
