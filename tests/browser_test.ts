/**
 * Browser suite: opens every generated report (reports/*.html) plus a fixture
 * page in Debian's headless Chromium (playwright-core, never a downloaded
 * browser) and checks what a reader gets: no console errors, no request
 * leaving the page's origin, charts and tables that assistive technology can
 * read, working table-of-contents links, no serious/critical axe-core
 * violations in light or dark mode, no horizontal overflow on a 390 px phone, chart
 * text legible at 1280 and 390 px (issue 15: ≥ 11 / ≥ 10 px rendered, nothing cut to "…", no
 * "undefined"/"NaN"/"null"/raw field names, no overlapping labels, no chart outside the viewport),
 * a PDF, and a Content-Security-Policy the browser actually enforces. Every edition is checked:
 * reports/ and each other language's reports/<lang>/ (issue 17), and the analyze page in each.
 * `BROWSER_PAGES=<regex>` checks only the pages whose name matches (e.g. `^zh-` for the Chinese
 * edition).
 * Screenshots and PDFs land in artifacts/ (git-ignored) for a human to look at.
 *
 * Skips with one line when /usr/bin/chromium is missing, unless CI=true.
 */
import assert from "./_assert.ts";
import { CHROMIUM, haveChromium, runDriver } from "./_browser/launch.ts";
import { serveStatic } from "./_browser/server.ts";
import type { PageResult } from "./_browser/driver.ts";
import { buildReports, readChapters } from "../lib/notebook/mod.ts";
import { sitePages } from "./_chapters.ts";
import { EDITIONS } from "./_edition.ts";

const BROKEN = "selftest-broken";
const ROOT = new URL("../", import.meta.url).pathname;
const inCi = Deno.env.get("CI") === "true";
const present = haveChromium();
if (!present && !inCi) {
  console.warn(`browser suite skipped: ${CHROMIUM} not found (apt-get install chromium)`);
}

function htmlFiles(folder: string): string[] {
  try {
    return [...Deno.readDirSync(folder)]
      .filter((e) => e.isFile && e.name.endsWith(".html"))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
}

/** Every problem found on one page, each prefixed by its check's name. */
function problemsOf(r: PageResult, serverRequests: string[]): string[] {
  const out: string[] = [];
  const add = (check: string, items: unknown[]) =>
    items.forEach((item) =>
      out.push(`${check}: ${typeof item === "string" ? item : JSON.stringify(item)}`)
    );
  add("driver", r.errors);
  add("console", r.consoleErrors);
  add("foreign-request", r.foreignRequests);
  add("failed-request", r.failedRequests);
  const s = r.structure;
  if (!s) return [...out, "driver: no structure report"];
  add("chart", s.chartProblems);
  add("table", s.tableProblems);
  add("link", s.brokenLinks);
  for (const mode of ["light", "dark"]) {
    const violations = r.axe[mode];
    if (!violations) out.push(`axe: did not run in ${mode} mode`);
    else add(`axe-${mode}`, violations);
  }
  for (const [mode, o] of Object.entries(r.overflow)) {
    if (mode.endsWith("-390") && o.scrollWidth > o.innerWidth + 1) {
      out.push(
        `overflow: ${mode} scrollWidth ${o.scrollWidth} > ${o.innerWidth}; widest: ${
          o.culprits.join(", ")
        }`,
      );
    }
  }
  // Legibility (issue 15): every chart text ≥ 11 px at 1280 and ≥ 10 px at 390, nothing cut to
  // "…", no leaking values, no overlapping labels, every chart inside the viewport.
  for (const [mode, t] of Object.entries(r.text)) {
    add(`text-size ${mode}`, t.small.slice(0, 5));
    add(`truncated ${mode}`, t.truncated.slice(0, 5));
    add(`leak ${mode}`, t.leaking.slice(0, 5));
    add(`overlap ${mode}`, t.overlapping.slice(0, 5));
    add(`outside ${mode}`, t.outside);
  }
  if (Object.keys(r.text).length !== 4) {
    out.push(`text: measured ${Object.keys(r.text).length} of 4 modes`);
  }
  if (r.screenshots.length !== 4) out.push(`screenshot: ${r.screenshots.length} of 4 written`);
  if (!(r.pdf && r.pdf.header === "%PDF-" && r.pdf.bytes > 1000)) out.push("pdf: not written");
  // CSP: the page declares one, and the browser enforces it.
  if (s.cspPolicies.length === 0) out.push('csp: no <meta http-equiv="Content-Security-Policy">');
  const csp = r.csp;
  if (!csp) return [...out, "csp: probe did not run"];
  if (csp.scriptRan) out.push("csp: an injected <script> ran");
  if (csp.fetchSucceeded) out.push("csp: a cross-origin fetch succeeded");
  if (!csp.violations.some((v) => v.startsWith("script-src"))) {
    out.push(`csp: no securitypolicyviolation for the injected script (${csp.violations})`);
  }
  if (!csp.violations.some((v) => v.startsWith("connect-src"))) {
    out.push(`csp: no securitypolicyviolation for the cross-origin fetch (${csp.violations})`);
  }
  add("csp: probe request hit the network", csp.requestsDuringProbe);
  if (serverRequests.includes(`/csp-probe/${r.name}`)) {
    out.push("csp: the probe reached the server");
  }
  return out;
}

/** Checks the deliberately broken page trips, by check name. */
const EXPECTED_IN_BROKEN = [
  "console",
  "foreign-request",
  "chart",
  "table",
  "link",
  "axe-light",
  "overflow",
  "csp",
  "text-size light-1280",
  "truncated dark-390",
  "leak light-390",
  "overlap dark-1280",
];

Deno.test({
  name: "browser: every report page and the fixture page render cleanly in headless Chromium",
  ignore: !present && !inCi,
  sanitizeResources: false,
  sanitizeOps: false,
  async fn(t) {
    assert.ok(
      present,
      `${CHROMIUM} is missing but CI=true: install it with apt-get install chromium`,
    );
    // The renderer's own output for the Jupyter fixture notebook, so the
    // suite checks real generated HTML even before reports/ holds any.
    await Deno.mkdir(`${ROOT}.cache`, { recursive: true });
    const rendered = await Deno.makeTempDir({ dir: `${ROOT}.cache`, prefix: "browser-" });
    await buildReports({
      root: ROOT,
      notebooks: ["tests/fixtures/jupyter/fixture.ipynb"],
      out: rendered,
      cache: false,
      log: () => {},
    });
    // The page `deno task analyze` makes of a CSV with hostile task and model names
    // (tests/analyze_test.ts checks its HTML; here nothing may run and it must read well).
    await buildReports({
      root: ROOT,
      notebooks: ["notebooks/analyze/analyze.ipynb"],
      out: `${rendered}/analyze-hostile.html`,
      params: { input: "../../tests/fixtures/analyze/hostile.csv", name: "hostile.csv" },
      cache: false,
      log: () => {},
    });
    // The Chinchilla runs fixture through `deno task analyze` (fits, frontier, many curves).
    await buildReports({
      root: ROOT,
      notebooks: ["notebooks/analyze/analyze.ipynb"],
      out: `${rendered}/analyze-chinchilla-runs.html`,
      params: {
        csv: "../../tests/fixtures/analyze/chinchilla_runs.csv",
        name: "chinchilla_runs.csv",
      },
      cache: false,
      log: () => {},
    });
    // The analyze page in every other language too (its prose and chrome come from the edition).
    for (const lang of EDITIONS) {
      await buildReports({
        root: ROOT,
        notebooks: ["notebooks/analyze/analyze.ipynb"],
        out: `${rendered}/analyze-chinchilla-runs-${lang}.html`,
        params: {
          csv: "../../tests/fixtures/analyze/chinchilla_runs.csv",
          name: "chinchilla_runs.csv",
        },
        cache: false,
        lang,
        log: () => {},
      });
    }
    // The committed site is exactly the registry's pages: a chapter without its page fails here.
    const chapters = await readChapters(ROOT.replace(/\/$/, ""));
    assert.ok(chapters, "notebooks/chapters.json is missing");
    const site = sitePages(chapters);
    assert.deepEqual(htmlFiles(`${ROOT}reports`), [...site].sort(), "reports/ vs the registry");
    for (const lang of EDITIONS) {
      assert.deepEqual(htmlFiles(`${ROOT}reports/${lang}`), [...site].sort(), `reports/${lang}/`);
    }
    const only = new RegExp(Deno.env.get("BROWSER_PAGES") ?? "");
    const server = serveStatic({
      "/reports/": `${ROOT}reports`,
      "/fixtures/": `${ROOT}tests/fixtures/pages`,
      "/rendered/": rendered,
    });
    try {
      const port = new URL(server.origin).port;
      const pages = [
        ...htmlFiles(`${ROOT}tests/fixtures/pages`).map((f) => ({
          name: `fixture-${f.slice(0, -5)}`,
          url: `/fixtures/${f}`,
        })),
        ...htmlFiles(rendered).map((f) => ({
          name: `rendered-${f.slice(0, -5)}`,
          url: `/rendered/${f}`,
        })),
        ...site.map((f) => ({ name: f.slice(0, -5), url: `/reports/${f}` })),
        ...EDITIONS.flatMap((lang) =>
          site.map((f) => ({ name: `${lang}-${f.slice(0, -5)}`, url: `/reports/${lang}/${f}` }))
        ),
        { name: BROKEN, url: "/fixtures/bad/broken.html" },
      ].filter((p) => p.name === BROKEN || only.test(p.name))
        .map((p) => ({ name: p.name, url: `${server.origin}${p.url}` }));
      assert.ok(pages.length > 1, "no pages to check (the fixture page is missing)");
      const screenshotDir = `${ROOT}artifacts/screenshots`;
      const pdfDir = `${ROOT}artifacts/pdf`;
      await Deno.mkdir(screenshotDir, { recursive: true });
      await Deno.mkdir(pdfDir, { recursive: true });
      const results = await runDriver({
        origin: server.origin,
        pages,
        screenshotDir,
        pdfDir,
        foreignOrigin: `http://localhost:${port}`,
      });
      assert.equal(results.length, pages.length);
      await t.step("coverage: the checked pages hold charts, tables and TOC links", () => {
        const good = results.filter((r) => r.name !== BROKEN);
        const total = (key: "charts" | "tables" | "tocLinks") =>
          good.reduce((sum, r) => sum + (r.structure?.[key] ?? 0), 0);
        assert.ok(total("charts") >= 2, `only ${total("charts")} charts checked`);
        assert.ok(total("tables") >= 2, `only ${total("tables")} tables checked`);
        assert.ok(total("tocLinks") >= 1, "no table-of-contents link checked");
      });
      for (const r of results) {
        const problems = problemsOf(r, server.requests);
        if (r.name === BROKEN) {
          await t.step("self-test: the checks flag a deliberately broken page", () => {
            const found = new Set(problems.map((p) => p.split(":")[0]));
            for (const check of EXPECTED_IN_BROKEN) {
              assert.ok(
                found.has(check),
                `check "${check}" missed its problem; found:\n${problems.join("\n")}`,
              );
            }
          });
        } else {
          await t.step(r.name, () => assert.deepEqual(problems, [], `${r.name}: problems found`));
        }
      }
    } finally {
      await server.close();
      await Deno.remove(rendered, { recursive: true });
    }
  },
});
