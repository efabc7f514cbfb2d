/**
 * Legibility numbers of report pages (issue 15), without the rest of the browser suite: opens
 * each HTML file in headless Chromium at 1280 and 390 px, light and dark, and prints per page and
 * width the texts below size, truncated, leaking, overlapping and charts outside the viewport.
 *
 * Run: __IS_WSL_TEST__=1 deno run --allow-read --allow-write=/tmp --allow-run=/usr/bin/chromium \
 *        --allow-env --allow-sys=homedir,osRelease tests/_browser/measure.ts [--json OUT] PAGE.html…
 */
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.ts";
import { inspectText, type TextReport } from "./page_checks.ts";

/** Viewport widths and the minimum rendered text size (px) at each. */
export const TEXT_MINIMUM: Record<number, number> = { 1280: 11, 390: 10 };

/** One page's reports by mode ("light-1280", "dark-390", …). */
export type TextReports = Record<string, TextReport>;

/** Measures every page in `urls` (name → URL) in one browser. */
export async function measurePages(urls: Record<string, string>): Promise<
  Record<string, TextReports>
> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const out: Record<string, TextReports> = {};
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    for (const [name, url] of Object.entries(urls)) {
      out[name] = {};
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: "load" });
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme, media: "screen" });
        for (const [width, min] of Object.entries(TEXT_MINIMUM)) {
          await page.setViewportSize({ width: Number(width), height: 900 });
          out[name][`${scheme}-${width}`] = await page.evaluate(inspectText, min);
        }
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

if (import.meta.main) {
  const args = [...Deno.args];
  const j = args.indexOf("--json");
  const json = j >= 0 ? args.splice(j, 2)[1] : undefined;
  const urls = Object.fromEntries(
    args.map((f) => [f.split("/").pop()!, new URL(f, `file://${Deno.cwd()}/`).href]),
  );
  const result = await measurePages(urls);
  if (json) await Deno.writeTextFile(json, JSON.stringify(result, null, 1));
  console.log(
    "page | width | texts | below size | truncated | leaking | overlaps | outside | min px",
  );
  for (const [name, modes] of Object.entries(result)) {
    for (const width of Object.keys(TEXT_MINIMUM).reverse()) {
      const r = modes[`light-${width}`]!;
      const d = modes[`dark-${width}`]!;
      const same = r.small.length === d.small.length ? "" : ` (dark ${d.small.length})`;
      console.log(
        `${name} | ${width} | ${r.texts} | ${r.small.length}${same} | ${r.truncated.length} | ` +
          `${r.leaking.length} | ${r.overlapping.length} | ${r.outside.length} | ${
            r.minPx.toFixed(1)
          }`,
      );
    }
  }
}
