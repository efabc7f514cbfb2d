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
  // A chart's other rendering (wide or phone) that the page's CSS hides at this width is not
  // checked here; inspectText checks that every figure shows one.
  const otherWidth = (svg: Element) => {
    const alt = svg.closest(".chart-wide, .chart-narrow");
    return alt !== null && alt.getClientRects().length === 0;
  };
  const svgs = [...document.querySelectorAll("svg")].filter((svg) =>
    !svg.parentElement?.closest("svg") && svg.getAttribute("aria-hidden") !== "true" &&
    !otherWidth(svg)
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

/** What {@link inspectText} finds at one viewport (issue 15's legibility numbers). */
export interface TextReport {
  /** SVG `<text>` elements a reader can see. */
  texts: number;
  /** Texts whose rendered size (font-size × the SVG's screen scale) is below the minimum. */
  small: string[];
  /** Texts ending in "…" (Vega's label limit cut them). */
  truncated: string[];
  /** "undefined", "NaN", "null" or a raw `__field` name in text, `<title>`, aria-label, `<th>`. */
  leaking: string[];
  /** Pairs of labels of one text mark whose boxes overlap (by > 1 px across, > 3 px down). */
  overlapping: string[];
  /**
   * Charts not (fully) in the viewport, clipped by their figure, or with no chart shown; texts
   * cut off at their chart's edge.
   */
  outside: string[];
  /** Smallest rendered text size in px (Infinity when there is no text). */
  minPx: number;
}

/**
 * Legibility of every chart at the current viewport: `minPx` is the smallest rendered text size
 * allowed (11 at 1280 px, 10 at 390 px). A text counts when it is displayed (not inside a
 * `display:none` alternative rendering).
 */
export function inspectText(minPx: number): TextReport {
  const shown = (el: Element) => el.getClientRects().length > 0;
  const clip = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 70);
  const small: string[] = [];
  const truncated: string[] = [];
  const leaking: string[] = [];
  const overlapping: string[] = [];
  const outside: string[] = [];
  let texts = 0;
  let smallest = Infinity;
  const leak = /(^|[^\w])(undefined|NaN|null)([^\w]|$)|(^|[^\w])__[A-Za-z]/;
  for (const text of document.querySelectorAll<SVGTextElement>("svg text")) {
    if (!shown(text) || (text.textContent ?? "").trim() === "") continue;
    texts++;
    const ctm = text.getScreenCTM();
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const px = parseFloat(getComputedStyle(text).fontSize) * scale;
    smallest = Math.min(smallest, px);
    const words = clip(text.textContent ?? "");
    if (px < minPx - 0.05) small.push(`${px.toFixed(1)}px "${words}"`);
    if (/…\s*$/.test(text.textContent ?? "")) truncated.push(words);
    if (leak.test(text.textContent ?? "")) leaking.push(`text "${words}"`);
    // Past its SVG's edge a text is cut off (an inline SVG clips its overflow).
    const box = text.getBoundingClientRect();
    const frame = text.ownerSVGElement?.getBoundingClientRect();
    if (frame && (box.right > frame.right + 2 || box.left < frame.left - 2)) {
      outside.push(`text "${words}" cut off at its chart's edge`);
    }
  }
  for (const svg of document.querySelectorAll("svg")) {
    if (!shown(svg)) continue;
    for (const el of [svg, ...svg.querySelectorAll("[aria-label]")]) {
      const label = el.getAttribute("aria-label") ?? "";
      if (leak.test(label)) leaking.push(`aria-label "${clip(label)}"`);
    }
    for (const title of svg.querySelectorAll("title")) {
      if (leak.test(title.textContent ?? "")) leaking.push(`title "${clip(title.textContent!)}"`);
    }
    // Labels drawn by one text mark (scatter names, direct labels) must not overlap.
    for (const mark of svg.querySelectorAll("g.mark-text")) {
      const boxes = [...mark.querySelectorAll("text")].filter(shown)
        .map((t) => ({ t: clip(t.textContent ?? ""), r: t.getBoundingClientRect() }))
        .filter((b) => b.t !== "");
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r, b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // A line box is ~1.2 em tall; its leading may touch the next label's (3 px allowed).
          if (w > 1 && h > 3) overlapping.push(`"${boxes[i]!.t}" × "${boxes[j]!.t}"`);
        }
      }
    }
  }
  for (const th of document.querySelectorAll("th")) {
    if (leak.test(th.textContent ?? "")) leaking.push(`th "${clip(th.textContent!)}"`);
  }
  document.querySelectorAll("figure.chart").forEach((figure, i) => {
    const charts = [...figure.querySelectorAll(":scope svg")].filter((s) =>
      !s.parentElement?.closest("svg") && shown(s)
    );
    if (charts.length === 0) outside.push(`figure #${i}: no chart shown`);
    for (const svg of charts) {
      const r = svg.getBoundingClientRect();
      const f = figure.getBoundingClientRect();
      if (r.left < -1 || r.right > innerWidth + 1) {
        outside.push(`figure #${i}: chart spans ${r.left.toFixed(0)}–${r.right.toFixed(0)} px`);
      } else if (r.right > f.right + 1 || r.left < f.left - 1) {
        outside.push(`figure #${i}: chart clipped by its figure (${r.width.toFixed(0)} px)`);
      }
    }
  });
  return { texts, small, truncated, leaking, overlapping, outside, minPx: smallest };
}
