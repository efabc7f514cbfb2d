/**
 * Screenshots of the report pages for the README (reports/screenshots/*.png): the index and every
 * chapter of notebooks/chapters.json, the first screen of each at 1280 × 900 in light mode, taken
 * with Debian's Chromium through playwright-core.
 *
 * Run: __IS_WSL_TEST__=1 deno run --allow-read --allow-write=reports/screenshots,/tmp \
 *        --allow-run=/usr/bin/chromium --allow-env --allow-sys=homedir,osRelease scripts/screenshots.ts
 * (__IS_WSL_TEST__ defers playwright's WSL probe, which Deno would only allow under -A.)
 * `--help` prints the usage; exit codes 0 done, 1 failed, 2 usage error (scripts/_cli.ts).
 */
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/_browser/chromium.ts";
import { readChapters } from "../lib/notebook/chapters.ts";
import { noArguments } from "./_cli.ts";

noArguments(
  Deno.args,
  "usage: deno run … scripts/screenshots.ts (see the module comment for the permissions)\n" +
    "  writes reports/screenshots/*.png: the first screen of each report page, for the README\n" +
    "  --help  this text\n" +
    "exit codes: 0 written, 1 failed, 2 usage error",
);

const root = new URL("../reports/", import.meta.url).pathname;
const chapters = await readChapters(new URL("..", import.meta.url).pathname.replace(/\/$/, ""));
const pages = ["index", ...(chapters ?? []).map((c) => c.page.replace(/\.html$/, ""))];
await Deno.mkdir(`${root}screenshots`, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const name of pages) {
    await page.goto(`file://${root}${name}.html`);
    // Chapters: scroll to their lead chart so the picture shows a finding, not only prose.
    await page.evaluate(() => document.querySelector("figure.chart")?.scrollIntoView());
    await page.screenshot({ path: `${root}screenshots/${name}.png` });
    console.log(`wrote reports/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
}
