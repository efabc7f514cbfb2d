/**
 * Screenshots of the report pages for the README (reports/screenshots/*.png): the index and every
 * chapter of notebooks/chapters.json, each at 1280 × 900 (`<page>.png`, the README's) and on a
 * 390 × 844 phone (`<page>-390.png`), light mode, scrolled to the lead chart, taken with Debian's
 * Chromium through playwright-core. `--pages DIR` reads the pages from DIR and writes the PNGs to
 * DIR/screenshots (to look at a build in /tmp without touching reports/). For every other language
 * of LANGS whose edition is built (reports/<lang>/), its index and first chapter too, as
 * `<lang>-<page>.png` and `<lang>-<page>-390.png` (issue 17: the README shows a Chinese page).
 *
 * Run: __IS_WSL_TEST__=1 deno run --allow-read --allow-write=reports/screenshots,/tmp \
 *        --allow-run=/usr/bin/chromium --allow-env --allow-sys=homedir,osRelease scripts/screenshots.ts
 * (__IS_WSL_TEST__ defers playwright's WSL probe, which Deno would only allow under -A.)
 * `--help` prints the usage; exit codes 0 done, 1 failed, 2 usage error (scripts/_cli.ts).
 */
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/_browser/chromium.ts";
import { readChapters } from "../lib/notebook/chapters.ts";
import { LANGS } from "../lib/locale/lang.ts";
import { flagName, flagValue, parseOrExit, UsageError, userPath } from "./_cli.ts";

const USAGE =
  "usage: deno run … scripts/screenshots.ts [--pages DIR] (see the module comment for the permissions)\n" +
  "  writes reports/screenshots/<page>.png (1280 px) and <page>-390.png (a phone): the lead chart\n" +
  "  --pages DIR  read the pages from DIR, write DIR/screenshots (default reports/)\n" +
  "  --help       this text\n" +
  "exit codes: 0 written, 1 failed, 2 usage error";

const root = parseOrExit(Deno.args, USAGE, () => {
  let dir = new URL("../reports/", import.meta.url).pathname;
  for (let i = 0; i < Deno.args.length; i++) {
    if (flagName(Deno.args[i]!) !== "--pages") {
      throw new UsageError(`unexpected argument ${Deno.args[i]}`);
    }
    const { value, next } = flagValue(Deno.args, i);
    dir = `${userPath(value)}/`;
    i = next;
  }
  return dir;
});
const chapters = await readChapters(new URL("..", import.meta.url).pathname.replace(/\/$/, ""));
const english = ["index", ...(chapters ?? []).map((c) => c.page.replace(/\.html$/, ""))];
/** Page path under the pages folder (without .html) → screenshot name. */
const pages: [string, string][] = english.map((name) => [name, name]);
for (const lang of LANGS.filter((l) => l !== "en")) {
  const built = await Deno.stat(`${root}${lang}/index.html`).then(() => true, () => false);
  if (!built) continue;
  for (const name of english.slice(0, 2)) pages.push([`${lang}/${name}`, `${lang}-${name}`]);
}
await Deno.mkdir(`${root}screenshots`, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
try {
  for (const [width, height, suffix] of [[1280, 900, ""], [390, 844, "-390"]] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    for (const [path, name] of pages) {
      await page.goto(`file://${root}${path}.html`);
      // Chapters: scroll to the lead chart shown at this width (a phone gets the narrow one).
      await page.evaluate(() =>
        [...document.querySelectorAll("figure.chart")].at(0)?.scrollIntoView()
      );
      await page.screenshot({ path: `${root}screenshots/${name}${suffix}.png` });
      console.log(`wrote ${root}screenshots/${name}${suffix}.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
