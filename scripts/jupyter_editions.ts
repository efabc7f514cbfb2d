/**
 * Writes the Jupyter edition of every registered chapter notebook in every other language of
 * LANGS: `notebooks/<lang>/<stem>.ipynb`, its markdown from `notebooks/i18n/<lang>/<stem>.md`, its
 * `lang` parameter set (lib/notebook/jupyter_edition.ts), formatted as `deno fmt` formats it.
 * `--check` writes nothing and fails, naming the files, when a committed copy is stale.
 * Run: `deno task notebooks [--check]`. Exit codes (scripts/_cli.ts): 0 done, 1 stale or failed,
 * 2 usage error.
 *
 * @module
 */
import { LANGS } from "../lib/locale/lang.ts";
import { readChapters } from "../lib/notebook/chapters.ts";
import { jupyterEdition } from "../lib/notebook/jupyter_edition.ts";
import { catalogueFile, parseCatalogue, SOURCE_LANG } from "../lib/notebook/translate.ts";
import { formatNotebookTexts } from "./_notebook_format.ts";
import { EXIT_FAILED, parseOrExit, UsageError } from "./_cli.ts";

const USAGE = "usage: deno task notebooks [--check]\n" +
  "  writes notebooks/<lang>/<chapter>.ipynb for every language other than English\n" +
  "  --check  write nothing; fail when a committed copy differs from what would be written\n" +
  "  --help   this text\n" +
  "exit codes: 0 done, 1 stale or failed, 2 usage error";

const check = parseOrExit(Deno.args, USAGE, () => {
  const unknown = Deno.args.find((a) => a !== "--check");
  if (unknown !== undefined) throw new UsageError(`unexpected argument ${unknown}`);
  return Deno.args.includes("--check");
});

const root = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const chapters = await readChapters(root) ?? [];
const targets: { path: string; text: string }[] = [];
for (const lang of LANGS.filter((l) => l !== SOURCE_LANG)) {
  for (const { notebook } of chapters) {
    const file = catalogueFile(notebook, lang);
    const text = jupyterEdition(
      await Deno.readTextFile(`${root}/${notebook}`),
      parseCatalogue(await Deno.readTextFile(`${root}/${file}`), file),
      lang,
      { notebook, file },
    );
    targets.push({ path: notebook.replace(/^notebooks\//, `notebooks/${lang}/`), text });
  }
}
const formatted = await formatNotebookTexts(targets.map((t) => t.text), {
  config: `${root}/deno.json`,
  deno: "deno",
  tmp: `${root}/notebooks`, // .cache/ is excluded from deno fmt
});
const stale: string[] = [];
for (const [i, { path }] of targets.entries()) {
  const current = await Deno.readTextFile(`${root}/${path}`).catch(() => undefined);
  if (current === formatted[i]) continue;
  if (check) {
    stale.push(path);
    continue;
  }
  await Deno.mkdir(`${root}/${path.slice(0, path.lastIndexOf("/"))}`, { recursive: true });
  await Deno.writeTextFile(`${root}/${path}`, formatted[i]!);
  console.log(`wrote ${path}`);
}
if (stale.length > 0) {
  console.error(`stale Jupyter editions: ${stale.join(", ")}; run deno task notebooks`);
  Deno.exit(EXIT_FAILED);
}
