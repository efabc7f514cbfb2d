/**
 * Browser driver for tests/browser_test.ts. Runs in its own `deno run`
 * process (see launch.ts for why and with which permissions), opens each page
 * in Debian's headless Chromium through playwright-core, and writes one JSON
 * {@link PageResult} per page to the output file.
 *
 * Usage: deno run … tests/_browser/driver.ts <input.json> <output.json>
 * where input.json is a {@link DriverInput}.
 */
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.ts";
import { chromium, type ConsoleMessage, type Page } from "playwright-core";
import axe from "axe-core";
import {
  inspectStructure,
  inspectText,
  measureOverflow,
  probeCsp,
  type Structure,
  type TextReport,
} from "./page_checks.ts";
import { TEXT_MINIMUM } from "./measure.ts";
import type { CspProbe } from "./page_checks.ts";

/** What the test hands the driver. */
export interface DriverInput {
  origin: string;
  pages: { name: string; url: string }[];
  screenshotDir: string;
  pdfDir: string;
  /** Another origin; the CSP probe fetches `<foreignOrigin>/csp-probe/<page name>`. */
  foreignOrigin: string;
}

/** One serious or critical axe violation. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Everything the test asserts on, for one page. */
export interface PageResult {
  name: string;
  url: string;
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  structure?: Structure;
  axe: Record<string, AxeViolation[]>;
  overflow: Record<string, { scrollWidth: number; innerWidth: number; culprits: string[] }>;
  /** Chart legibility by mode ("light-1280", "dark-390", …), measured before `<details>` open. */
  text: Record<string, TextReport>;
  screenshots: string[];
  pdf?: { path: string; bytes: number; header: string };
  csp?: CspProbe & { requestsDuringProbe: string[] };
  /** Exceptions thrown while driving the page. */
  errors: string[];
}

const AXE_SOURCE: string = (axe as unknown as { source: string }).source;

function isOwnOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate("typeof window.axe === 'object'");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(ctx: Document, o: object): Promise<{
          violations: {
            id: string;
            impact?: string | null;
            help: string;
            nodes: { target: unknown[] }[];
          }[];
        }>;
      };
    };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

async function checkPage(
  page: Page,
  target: { name: string; url: string },
  input: DriverInput,
): Promise<PageResult> {
  const result: PageResult = {
    name: target.name,
    url: target.url,
    consoleErrors: [],
    foreignRequests: [],
    failedRequests: [],
    axe: {},
    overflow: {},
    text: {},
    screenshots: [],
    errors: [],
  };
  const requests: string[] = [];
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error") result.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => result.consoleErrors.push(`uncaught: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  page.on(
    "requestfailed",
    (r) => result.failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`),
  );
  page.on("response", (r) => {
    if (r.status() >= 400) result.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });
  // A full-page screenshot of a long chapter with every <details> open
  // (100,000 px at 390 px wide) takes 3-15 s here and more on a loaded CI
  // machine; Playwright's 30 s default timed out once there.
  page.setDefaultTimeout(PAGE_STEP_TIMEOUT_MS);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: "light", media: "screen" });
    await page.goto(target.url, { waitUntil: "load" });
    result.structure = await page.evaluate(inspectStructure);
    // Legibility (issue 15) at both widths in both schemes, as a reader first sees the page.
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme, media: "screen" });
      for (const [width, min] of Object.entries(TEXT_MINIMUM)) {
        await page.setViewportSize({ width: Number(width), height: 900 });
        result.text[`${scheme}-${width}`] = await page.evaluate(inspectText, min);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: "light", media: "screen" });
    // Expand every <details> (code, data tables) so overflow, axe and the
    // screenshots cover what a reader sees after opening them.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => d.open = true));
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme, media: "screen" });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        result.overflow[`${scheme}-${width}`] = await page.evaluate(measureOverflow);
        const path = `${input.screenshotDir}/${target.name}-${width}-${scheme}.png`;
        await page.screenshot({ path, fullPage: true, animations: "disabled", caret: "hide" });
        result.screenshots.push(path);
        if (width === 1280) result.axe[scheme] = await runAxe(page);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: "light", media: "print" });
    const pdfPath = `${input.pdfDir}/${target.name}.pdf`;
    const pdf = await page.pdf({ path: pdfPath, format: "A4", printBackground: true });
    result.pdf = {
      path: pdfPath,
      bytes: pdf.length,
      header: new TextDecoder().decode(pdf.subarray(0, 5)),
    };
    await page.emulateMedia({ colorScheme: "light", media: "screen" });
    // Everything so far is the page's own behaviour; the CSP probe below
    // provokes errors and requests on purpose, so record them separately.
    result.foreignRequests = requests.filter((url) => !isOwnOrigin(url, input.origin));
    const before = requests.length;
    const consoleBefore = result.consoleErrors.length;
    const probe = await page.evaluate(
      probeCsp,
      `${input.foreignOrigin}/csp-probe/${encodeURIComponent(target.name)}`,
    );
    result.csp = { ...probe, requestsDuringProbe: requests.slice(before) };
    result.consoleErrors.splice(consoleBefore);
  } catch (error) {
    result.errors.push(error instanceof Error ? error.stack ?? error.message : String(error));
  }
  return result;
}

/**
 * Pages checked at once (tabs of one browser): `BROWSER_WORKERS`, default the number of cores
 * (at most 4) — on 2 cores two tabs keep both busy while one waits on a screenshot or axe.
 */
const WORKERS = Math.max(
  1,
  Number(Deno.env.get("BROWSER_WORKERS")) || Math.min(4, navigator.hardwareConcurrency || 1),
);

/** Longest any one browser step (screenshot, PDF, axe) may take. */
const PAGE_STEP_TIMEOUT_MS = 240_000;

async function main(inputPath: string, outputPath: string): Promise<void> {
  const input: DriverInput = JSON.parse(await Deno.readTextFile(inputPath));
  await Deno.mkdir(input.screenshotDir, { recursive: true });
  await Deno.mkdir(input.pdfDir, { recursive: true });
  // chromium.launch gives every run a fresh, temporary user-data dir.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const results: PageResult[] = new Array(input.pages.length);
  try {
    const context = await browser.newContext({ serviceWorkers: "block" });
    // Pages are independent: WORKERS tabs take them from one queue (results keep the input order).
    let next = 0;
    const worker = async () => {
      while (next < input.pages.length) {
        const i = next++;
        const page = await context.newPage();
        results[i] = await checkPage(page, input.pages[i]!, input);
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    await context.close();
  } finally {
    await browser.close();
  }
  await Deno.writeTextFile(outputPath, JSON.stringify(results, null, 2));
}

if (import.meta.main) {
  const [inputPath, outputPath] = Deno.args;
  if (!inputPath || !outputPath) {
    throw new TypeError("Usage: driver.ts <input.json> <output.json>");
  }
  await main(inputPath, outputPath);
}
