/// <reference lib="dom" />
/**
 * Structural checks evaluated inside the page (each function is serialised by
 * Playwright, so it must be self-contained: no imports, no closures).
 */

/** What {@link inspectStructure} finds on a page. */
export interface Structure {
  charts: number;
  chartProblems: string[];
  tables: number;
  tableProblems: string[];
  tocLinks: number;
  brokenLinks: string[];
  cspPolicies: string[];
}

/**
 * Charts: every outermost `<svg>` not hidden from assistive technology must
 * have a non-empty bounding box and an accessible name (aria-label,
 * aria-labelledby resolving to text, or a `<title>` child). Tables: a header
 * row (`<thead>` with `<th>`, or a first row made of `<th>`). Links: every
 * in-page fragment link resolves to an element; `nav a[href^="#"]` counted.
 */
export function inspectStructure(): Structure {
  const describe = (el: Element, i: number) =>
    `${el.tagName.toLowerCase()}#${i}${el.id ? ` (id=${el.id})` : ""}`;
  const chartProblems: string[] = [];
  const svgs = [...document.querySelectorAll("svg")].filter((svg) =>
    !svg.parentElement?.closest("svg") && svg.getAttribute("aria-hidden") !== "true"
  );
  svgs.forEach((svg, i) => {
    const box = svg.getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0)) {
      chartProblems.push(`${describe(svg, i)}: empty bounding box ${box.width}×${box.height}`);
    }
    const label = svg.getAttribute("aria-label")?.trim() ?? "";
    const labelledBy = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "").join(" ").trim();
    const title = [...svg.children].find((c) => c.tagName.toLowerCase() === "title")
      ?.textContent?.trim() ?? "";
    if (!label && !labelledBy && !title) {
      chartProblems.push(
        `${describe(svg, i)}: no accessible name (aria-label, aria-labelledby or <title>)`,
      );
    }
  });
  const tableProblems: string[] = [];
  const tables = [...document.querySelectorAll("table")];
  tables.forEach((table, i) => {
    const headRow = table.tHead?.rows[0] ?? table.rows[0];
    const hasHeader = headRow !== undefined && headRow.cells.length > 0 &&
      [...headRow.cells].every((cell) => cell.tagName === "TH");
    if (!hasHeader) tableProblems.push(`${describe(table, i)}: no header row of <th> cells`);
  });
  const brokenLinks: string[] = [];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const fragment = a.getAttribute("href")!.slice(1);
    if (fragment === "" || fragment === "top") continue;
    if (!document.getElementById(decodeURIComponent(fragment))) {
      brokenLinks.push(`#${fragment} (link text: ${a.textContent?.trim().slice(0, 60)})`);
    }
  }
  const cspPolicies = [
    ...document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]'),
  ].map((m) => m.getAttribute("content") ?? "");
  return {
    charts: svgs.length,
    chartProblems,
    tables: tables.length,
    tableProblems,
    tocLinks: document.querySelectorAll('nav a[href^="#"]').length,
    brokenLinks,
    cspPolicies,
  };
}

/** Horizontal overflow of the document at the current viewport. */
export function measureOverflow(): { scrollWidth: number; innerWidth: number; culprits: string[] } {
  const root = document.scrollingElement ?? document.documentElement;
  const culprits = [...document.body.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
    .filter((el) =>
      !el.parentElement || el.parentElement.getBoundingClientRect().right <= innerWidth + 1
    )
    .slice(0, 5)
    .map((el) =>
      `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${
        el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""
      }`
    );
  return { scrollWidth: root.scrollWidth, innerWidth, culprits };
}

/** Result of {@link probeCsp}. */
export interface CspProbe {
  scriptRan: boolean;
  fetchSucceeded: boolean;
  fetchError: string;
  violations: string[];
}

/**
 * Tries to break the page's Content-Security-Policy: injects an inline
 * `<script>` element and fetches another origin, then reports whether either
 * worked and which `securitypolicyviolation` events fired.
 */
export async function probeCsp(foreignUrl: string): Promise<CspProbe> {
  const violations: string[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) =>
    violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`);
  document.addEventListener("securitypolicyviolation", onViolation);
  const w = window as unknown as { __cspProbe?: boolean };
  const script = document.createElement("script");
  script.textContent = "window.__cspProbe = true;";
  document.body.append(script);
  let fetchSucceeded = false;
  let fetchError = "";
  try {
    await fetch(foreignUrl, { mode: "no-cors" });
    fetchSucceeded = true;
  } catch (error) {
    fetchError = String(error);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  document.removeEventListener("securitypolicyviolation", onViolation);
  script.remove();
  return { scriptRan: w.__cspProbe === true, fetchSucceeded, fetchError, violations };
}
