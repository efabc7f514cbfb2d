/**
 * Vega-Lite spec → static, accessible, deterministic SVG string (server side, no network).
 *
 * Phases: (1) validate (inline data only), (2) merge the adaptive theme under the spec's own
 * config, (3) compile with vega-lite, (4) run a headless vega View with a loader that refuses
 * every request, (5) copy tooltips into the scenegraph as markers, serialise with vega's SVG
 * string renderer, (6) post-process: `<title>` children for tooltips, stable ids, accessible
 * name, optional responsive sizing.
 *
 * @module
 */
import { loadVega } from "./_vega.ts";
import { dropHiddenLabels, placeLabels, unplacedLabels } from "./_label_placement.ts";

/** Options for {@linkcode renderVegaLiteSvg}. */
export interface RenderSvgOptions {
  /** Natural size, shrunk (keeping the viewBox) only where the container is narrower. Default false. */
  responsive?: boolean;
  /** Prefix for every id in the SVG (clip paths, gradients, title). Default: a hash of the spec. */
  idPrefix?: string;
  /** Apply the light/dark adaptive theme (text and axes in `currentColor`). Default true. */
  adaptiveTheme?: boolean;
  /** Throw a `TypeError` on any vega-lite / vega warning instead of collecting it. Default false. */
  strict?: boolean;
  /** Called with every compile/runtime warning (when not strict). */
  onWarning?: (message: string) => void;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * The one type scale of every chart (CSS px, drawn 1:1 because charts are laid out for their
 * column, see layout.ts): 12 px for tick labels, legends, panel headers and mark labels, 13 px
 * for axis titles, 15 px for the chart title. No label limits: nothing is cut to "…".
 */
export const TYPE_SCALE = { label: 12, axisTitle: 13, title: 15, subtitle: 12 } as const;

/** Colours and fonts that read on light and dark pages; the page sets `color`. */
function adaptiveConfig(): Record<string, unknown> {
  const ink = "currentColor";
  const t = TYPE_SCALE;
  return {
    background: "transparent",
    font: FONT,
    view: { stroke: ink, strokeOpacity: 0.25 },
    axis: {
      domainColor: ink,
      tickColor: ink,
      labelColor: ink,
      titleColor: ink,
      gridColor: ink,
      gridOpacity: 0.12,
      domainOpacity: 0.6,
      tickOpacity: 0.6,
      labelFontSize: t.label,
      titleFontSize: t.axisTitle,
      titleFontWeight: "normal",
      labelLimit: 0,
      titleLimit: 0,
      labelOverlap: "greedy",
      labelSeparation: 6,
    },
    legend: {
      labelColor: ink,
      titleColor: ink,
      labelFontSize: t.label,
      titleFontSize: t.axisTitle,
      labelLimit: 0,
      titleLimit: 0,
    },
    header: {
      labelColor: ink,
      titleColor: ink,
      labelFontSize: t.label,
      titleFontSize: t.axisTitle,
      labelLimit: 0,
    },
    title: {
      color: ink,
      subtitleColor: ink,
      fontSize: t.title,
      subtitleFontSize: t.subtitle,
      anchor: "start",
      limit: 0,
    },
    text: { color: ink, fontSize: t.label, limit: 0 },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] = isPlainObject(prior) && isPlainObject(value) ? deepMerge(prior, value) : value;
  }
  return out;
}

/** Reject any `data.url` anywhere in the spec (layers, facets, lookups). */
function assertInlineData(node: unknown, path: string): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => assertInlineData(child, `${path}[${i}]`));
    return;
  }
  if (!isPlainObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "data" && isPlainObject(value) && "url" in value) {
      throw new TypeError(
        `renderVegaLiteSvg: ${path}.data.url = ${JSON.stringify(value.url)} is not allowed ` +
          `(rendering is offline); inline the rows as data.values instead`,
      );
    }
    assertInlineData(value, `${path}.${key}`);
  }
}

/** FNV-1a 32-bit hash, hex; used only for stable default id prefixes. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Escape text for XML content and double-quoted attributes. */
function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Remove code points that are not allowed in XML 1.0 (control chars, lone surrogates). */
function stripInvalidXml(text: string): string {
  return text.replace(
    // deno-lint-ignore no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

function tooltipText(value: unknown): string {
  if (isPlainObject(value)) {
    // A missing value (an annotation row has no shape) is left out, never shown as "undefined".
    return Object.entries(value)
      .filter(([, v]) =>
        v != null && !(typeof v === "number" && !Number.isFinite(v)) &&
        !/^(|null|undefined|NaN)$/.test(String(v).trim())
      )
      .map(([k, v]) => `${k}: ${String(v)}`).join("\n");
  }
  return Array.isArray(value) ? value.map(String).join("\n") : String(value);
}

const MARK_OPEN = "\uE000tt";
const MARK_CLOSE = "\uE001";

interface SceneItem {
  tooltip?: unknown;
  description?: unknown;
  aria?: boolean;
  items?: SceneItem[];
  mark?: { marktype?: string };
}

/** Tag every scenegraph item carrying a tooltip; return the tooltip texts by tag number. */
function tagTooltips(root: SceneItem): string[] {
  const texts: string[] = [];
  const visit = (node: SceneItem): void => {
    if (node.tooltip != null && node.tooltip !== "" && node.aria !== false) {
      const original = node.description == null ? "" : String(node.description);
      node.description = `${MARK_OPEN}${texts.length}${MARK_CLOSE}${original}`;
      texts.push(tooltipText(node.tooltip));
    }
    for (const child of node.items ?? []) visit(child);
  };
  visit(root);
  return texts;
}

/** Replace tooltip tags with `<title>` children (and restore or drop the aria-label). */
function injectTitles(svg: string, texts: string[]): string {
  const re = new RegExp(
    `<([a-z]+)([^<>]*?) aria-label="${MARK_OPEN}(\\d+)${MARK_CLOSE}([^"]*)"([^<>]*?)(/?)>`,
    "g",
  );
  return svg.replace(re, (_m, tag, before, n, label, after, selfClose) => {
    const title = `<title>${escapeXml(stripInvalidXml(texts[Number(n)] ?? ""))}</title>`;
    const aria = label === "" ? "" : ` aria-label="${label}"`;
    const open = `<${tag}${before}${aria}${after}>`;
    return selfClose ? `${open}${title}</${tag}>` : `${open}${title}`;
  });
}

/** Renumber every id (and its `url(#…)` / `href="#…"` references) in document order. */
function stabiliseIds(svg: string, prefix: string): string {
  const map = new Map<string, string>();
  const scan = /id="([^"]+)"|url\(#([^)]+)\)|href="#([^"]+)"/g;
  for (const m of svg.matchAll(scan)) {
    const id = m[1] ?? m[2] ?? m[3] ?? "";
    if (!map.has(id)) map.set(id, `${prefix}-${map.size + 1}`);
  }
  return svg.replace(scan, (whole, a, b, c) => {
    const id = (a ?? b ?? c) as string;
    const next = map.get(id) ?? id;
    if (a !== undefined) return `id="${next}"`;
    if (b !== undefined) return `url(#${next})`;
    return whole.replace(`#${c}`, `#${next}`);
  });
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(String).join(" ");
  if (isPlainObject(value)) return textOf(value.text);
  return "";
}

function collectWarnings(strict: boolean, warnLevel: number, onWarning?: (m: string) => void) {
  const warn = (...args: unknown[]) => {
    const message = args.map(String).join(" ");
    if (strict) {
      throw new TypeError(`renderVegaLiteSvg: warning in strict mode: ${message}`);
    }
    onWarning?.(message);
  };
  let level = warnLevel;
  const logger = {
    level(next?: number) {
      if (next === undefined) return level;
      level = next;
      return logger;
    },
    error(...args: unknown[]) {
      throw new TypeError(`renderVegaLiteSvg: ${args.map(String).join(" ")}`);
    },
    warn(...args: unknown[]) {
      warn(...args);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Render a Vega-Lite v5 spec to an SVG string, offline and deterministically.
 *
 * The result has `role="img"`, an `aria-label` and a `<title>`/`<desc>` from the spec's
 * `title` and `description`; every mark with a tooltip gets a `<title>` child; ids are
 * `<prefix>-1`, `<prefix>-2`, … in document order; data strings are XML-escaped.
 *
 * @throws {TypeError} if the spec loads data by URL, is not an object, or (strict) warns.
 *
 * @example
 * ```ts
 * import { renderVegaLiteSvg } from "./svg.ts";
 * const svg = await renderVegaLiteSvg({
 *   description: "Two points",
 *   data: { values: [{ x: 1, y: 2 }, { x: 10, y: 3 }] },
 *   mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } },
 * }, { responsive: true });
 * if (!svg.startsWith("<svg") || !svg.includes('role="img"')) throw new Error("bad svg");
 * ```
 */
export async function renderVegaLiteSvg(
  spec: object,
  options: RenderSvgOptions = {},
): Promise<string> {
  if (!isPlainObject(spec)) {
    throw new TypeError(`renderVegaLiteSvg: spec must be a Vega-Lite object, got ${typeof spec}`);
  }
  assertInlineData(spec, "spec");
  const { adaptiveTheme = true, strict = false, responsive = false } = options;
  const prefix = options.idPrefix ?? `vg${fnv1a(JSON.stringify(spec))}`;
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) {
    throw new TypeError(
      `renderVegaLiteSvg: idPrefix ${JSON.stringify(prefix)} must match [A-Za-z][\\w-]*`,
    );
  }
  const ownConfig = isPlainObject(spec.config) ? spec.config : {};
  const themed = adaptiveTheme ? { ...spec, config: deepMerge(adaptiveConfig(), ownConfig) } : spec;
  const { vega, vl } = await loadVega();
  const logger = collectWarnings(strict, vega.Warn, options.onWarning);
  // deno-lint-ignore no-explicit-any
  const compiled = vl.compile(themed as any, { logger: logger as any }).spec;
  // Point labels placed without collisions (Vega's label transform; Vega-Lite lacks it).
  placeLabels(compiled as unknown as Record<string, unknown>);
  const loader = vega.loader();
  loader.load = (uri: string) =>
    Promise.reject(new TypeError(`renderVegaLiteSvg: refusing to load ${uri} (offline)`));
  // deno-lint-ignore no-explicit-any
  const view = new vega.View(vega.parse(compiled), { renderer: "none", loader, logger } as any);
  try {
    await view.runAsync();
    // deno-lint-ignore no-explicit-any
    const texts = tagTooltips((view.scenegraph() as any).root as SceneItem);
    let svg = stripInvalidXml(await view.toSVG());
    svg = injectTitles(svg, texts);
    // Names with no room for a label travel on the root as data-unlabelled (listed by the page).
    const unplaced = unplacedLabels(svg);
    svg = dropHiddenLabels(svg);
    if (unplaced.length) {
      svg = svg.replace(/^<svg\b/, `<svg data-unlabelled="${unplaced.join("; ")}"`);
    }
    svg = roundGeometry(svg);
    svg = unnamedSymbolsAsGroups(svg);
    svg = stabiliseIds(svg, prefix);
    return accessible(svg, spec, prefix, responsive);
  } finally {
    view.finalize();
  }
}

/**
 * Geometry to 2 decimals (a hundredth of a CSS px): Vega writes coordinates such as
 * 7.999999999999724, and they were most of a page's weight. Only geometry attributes change.
 */
function roundGeometry(svg: string): string {
  return svg.replace(
    /\s(d|transform|x|y|x1|x2|y1|y2|width|height|points|viewBox)="([^"]*)"/g,
    (_m, name: string, value: string) =>
      ` ${name}="${
        value.replace(/-?\d+\.\d{3,}(e-?\d+)?/g, (n) => {
          const r = Math.round(Number(n) * 100) / 100;
          return String(Object.is(r, -0) ? 0 : r);
        })
      }"`,
  );
}

/**
 * Vega marks an empty mark container (a layer with no data in one facet panel, e.g. a threshold
 * band where there is none) `role="graphics-symbol"` with no name; screen readers and axe read that
 * as an unnamed image. Such elements become plain groups.
 */
function unnamedSymbolsAsGroups(svg: string): string {
  return svg.replace(
    /<(\w+)([^>]*?) role="graphics-symbol"([^>]*)>/g,
    (whole, tag, before, after) =>
      /aria-label="/.test(before + after) ? whole : `<${tag}${before} role="group"${after}>`,
  );
}

function accessible(
  svg: string,
  spec: Record<string, unknown>,
  prefix: string,
  responsive: boolean,
): string {
  const title = stripInvalidXml(textOf(spec.title).trim());
  const description = stripInvalidXml(typeof spec.description === "string" ? spec.description : "");
  const name = [title, description].filter((s) => s !== "").join(" — ") || "Chart";
  const open = /^<svg([^>]*)>/.exec(svg);
  if (!open) throw new TypeError("renderVegaLiteSvg: vega returned no <svg> root");
  let attrs = (open[1] ?? "").replace(/ class="marks"/, "");
  const width = /\swidth="([\d.]+)"/.exec(attrs)?.[1];
  if (responsive && width !== undefined) {
    // Drawn at its natural size (laid out for its column by layout.ts); shrinks only on a screen
    // narrower than the column it was laid out for.
    attrs += ` style="max-width:100%;height:auto" preserveAspectRatio="xMidYMid meet"`;
  }
  const head = `<svg${attrs} class="vega-chart" role="img" aria-label="${escapeXml(name)}">` +
    `<title id="${prefix}-title">${escapeXml(title || name)}</title>` +
    (description ? `<desc id="${prefix}-desc">${escapeXml(description)}</desc>` : "");
  return head + svg.slice(open[0].length);
}
