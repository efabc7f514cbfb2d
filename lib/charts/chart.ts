/**
 * The `Chart` value every chart function returns: a Vega-Lite v5 spec plus its rows and
 * metadata, displayable in Jupyter (Vega-Lite + SVG fallback + text) and renderable to SVG.
 *
 * Where the source goes: the caption ("Source: …", preceded by the illustration label when
 * the chart shows a model rather than measurements) is written into the spec twice —
 * as `title.subtitle` lines (so the SVG and the Jupyter view carry it) and as
 * `usermeta.caption` / `usermeta.source` / `usermeta.illustration` (so the page renderer can
 * put it in a `<figcaption>`).
 *
 * @module
 */
import { JUPYTER_DISPLAY, VEGA_LITE_MIME } from "../jupyter/mime.ts";
import type { RenderSvgOptions } from "./svg.ts";
import type { Row } from "./_validate.ts";
import type { ByLang, Lang } from "../locale/lang.ts";

/** The Vega-Lite v5 JSON schema URL written into every spec. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

export { JUPYTER_DISPLAY, VEGA_LITE_MIME };

/** The label charts from a model (not measurements) carry in their subtitle (English). */
export const ILLUSTRATION_LABEL = "Illustration (model, not measured data)";

/** The illustration label and the source's lead word, per language. */
const CAPTION_WORDS: ByLang<
  { illustration: string; source: string; stop: string; join: string }
> = {
  en: { illustration: ILLUSTRATION_LABEL, source: "Source: ", stop: ".", join: " " },
  zh: { illustration: "示意图（模型，不是测量数据）", source: "来源：", stop: "。", join: "" },
};

/** A Vega-Lite spec as plain JSON. */
export type VegaLiteSpec = Record<string, unknown>;

/** What every chart states about itself. */
export interface ChartMeta {
  /** The finding, as a sentence ("Loss falls as a power law in compute"). */
  title: string;
  /** One- or two-sentence text alternative describing what is plotted. */
  description: string;
  /** Citation of the data ("Hoffmann et al. 2022, via Besiroglu et al. 2024"). */
  source?: string;
  /** True when the chart shows a model/illustration rather than measurements. */
  illustration?: boolean;
  /** Plot width in px (per panel for small multiples). */
  width?: number;
  /** Plot height in px (per panel for small multiples). */
  height?: number;
  /** Language of tick labels, tooltips and shape labels (default "en"). */
  lang?: Lang;
}

/** The MIME bundle a `Chart` displays as in Jupyter. */
export interface ChartMimeBundle {
  /** The spec, rendered live by JupyterLab / VS Code. */
  [VEGA_LITE_MIME]: VegaLiteSpec;
  /** Static SVG fallback; left out when the display host renders Vega-Lite itself. */
  "image/svg+xml"?: string;
  /** "<title> — <description>". */
  "text/plain": string;
}

/**
 * What a display host tells a value's display hook. Jupyter's Deno kernel passes nothing; the
 * report runner passes `{ renders: [VEGA_LITE_MIME] }` because the page renderer draws every
 * Vega-Lite spec to SVG itself (with the page's ids and colours), so a chart leaves out the
 * SVG fallback that would be thrown away.
 */
export interface DisplayHost {
  /** MIME types the host renders itself. */
  renders?: readonly string[];
}

/**
 * Build the caption text: illustration label (if any), then "Source: …".
 *
 * @example
 * ```ts
 * import { chartCaption } from "./mod.ts";
 * const caption = chartCaption({ source: "Hoffmann et al. 2022", illustration: true });
 * if (caption !== "Illustration (model, not measured data). Source: Hoffmann et al. 2022") throw new Error(caption);
 * const zh = chartCaption({ source: "Hoffmann et al. 2022", illustration: true, lang: "zh" });
 * if (zh !== "示意图（模型，不是测量数据）。来源：Hoffmann et al. 2022") throw new Error(zh);
 * ```
 */
export function chartCaption(meta: Pick<ChartMeta, "source" | "illustration" | "lang">): string {
  const w = CAPTION_WORDS[meta.lang ?? "en"];
  const parts: string[] = [];
  if (meta.illustration) parts.push(`${w.illustration}${w.stop}`);
  if (meta.source) parts.push(`${w.source}${meta.source}`);
  return parts.join(w.join);
}

/** The illustration label in `lang`. */
export function illustrationLabel(lang: Lang = "en"): string {
  return CAPTION_WORDS[lang].illustration;
}

/** A CJK character or full-width punctuation mark: a line may break before or after it. */
const CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef";
/** Closing punctuation no line may start with (kinsoku). */
const NO_LINE_START = /^[，。、；：！？）」』”’》〉…—～]/;

/**
 * Greedy word wrap so long subtitles fit narrow screens: `width` in Latin characters, a CJK
 * character counting as two; Chinese text (no spaces) breaks between characters.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "", size = 0;
  const re = new RegExp(`(\\s*)([${CJK}]|[^\\s${CJK}]+)`, "g");
  for (const [, space = "", token = ""] of text.matchAll(re)) {
    const cjk = new RegExp(`^[${CJK}]`).test(token);
    const w = cjk ? 2 : token.length, sep = line !== "" && space !== "" ? 1 : 0;
    if (line !== "" && size + sep + w > width && !NO_LINE_START.test(token)) {
      lines.push(line);
      line = token;
      size = w;
    } else {
      line += sep ? ` ${token}` : token;
      size += sep + w;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Check the metadata and return the top-level spec properties shared by all charts. */
export function specHeader(meta: ChartMeta, where: string): VegaLiteSpec {
  for (const key of ["title", "description"] as const) {
    if (typeof meta[key] !== "string" || meta[key].trim() === "") {
      throw new TypeError(`${where}: options.${key} must be a non-empty string`);
    }
  }
  const caption = chartCaption(meta);
  const w = CAPTION_WORDS[meta.lang ?? "en"];
  const subtitle = [
    ...(meta.illustration ? [w.illustration] : []),
    ...(meta.source ? wrap(`${w.source}${meta.source}`, 70) : []),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: subtitle.length
      ? { text: wrap(meta.title, 60), subtitle }
      : { text: wrap(meta.title, 60) },
    description: meta.description,
    usermeta: {
      caption,
      source: meta.source ?? null,
      illustration: meta.illustration === true,
    },
  };
}

/** Fields used to construct a {@linkcode Chart}. */
export interface ChartInit
  extends Pick<ChartMeta, "title" | "description" | "source" | "illustration" | "lang"> {
  /** The Vega-Lite spec. */
  spec: VegaLiteSpec;
  /** The rows plotted. */
  rows: readonly Row[];
}

/**
 * A chart: spec + rows + metadata. Display it in a Deno Jupyter cell by making it the cell's
 * last expression; render it with {@linkcode Chart.toSvg}.
 *
 * @example
 * ```ts
 * import { Chart, VEGA_LITE_SCHEMA } from "./mod.ts";
 * const chart = new Chart({
 *   title: "One point", description: "A single point.", rows: [],
 *   spec: { $schema: VEGA_LITE_SCHEMA, data: { values: [{ x: 1 }] }, mark: "point",
 *     encoding: { x: { field: "x", type: "quantitative" } } },
 * });
 * if (chart.text !== "One point — A single point.") throw new Error(chart.text);
 * ```
 */
export class Chart {
  /** The Vega-Lite v5 spec (data inline). */
  readonly spec: VegaLiteSpec;
  /** The data rows plotted (a copy). */
  readonly rows: readonly Row[];
  /** The finding the chart shows. */
  readonly title: string;
  /** Text alternative. */
  readonly description: string;
  /** Data citation, if any. */
  readonly source: string | undefined;
  /** True for charts of a model rather than measurements. */
  readonly illustration: boolean;
  /** Caption text: illustration label and "Source: …". */
  readonly caption: string;

  /** Wrap a spec and its metadata (chart functions do this for you). */
  constructor(init: ChartInit) {
    this.spec = init.spec;
    this.rows = init.rows.map((row) => ({ ...row }));
    this.title = init.title;
    this.description = init.description;
    this.source = init.source;
    this.illustration = init.illustration === true;
    this.caption = chartCaption(init);
  }

  /** `"<title> — <description>"`, the plain-text form. */
  get text(): string {
    return `${this.title} — ${this.description}`;
  }

  /** Render to SVG (responsive by default). */
  async toSvg(options: RenderSvgOptions = {}): Promise<string> {
    // Loaded on first use: vega is only needed where an SVG is actually drawn.
    const { renderVegaLiteSvg } = await import("./svg.ts");
    return renderVegaLiteSvg(this.spec, { responsive: true, ...options });
  }

  /** The Jupyter MIME bundle: Vega-Lite spec, SVG fallback, plain text. */
  async mimeBundle(options: RenderSvgOptions = {}): Promise<Required<ChartMimeBundle>> {
    return {
      [VEGA_LITE_MIME]: this.spec,
      "image/svg+xml": await this.toSvg(options),
      "text/plain": this.text,
    };
  }

  /**
   * Deno Jupyter display hook: the full bundle, or without the SVG fallback when the host
   * renders Vega-Lite itself (see {@linkcode DisplayHost}).
   */
  async [JUPYTER_DISPLAY](host?: DisplayHost): Promise<ChartMimeBundle> {
    if (host?.renders?.includes(VEGA_LITE_MIME)) {
      return { [VEGA_LITE_MIME]: this.spec, "text/plain": this.text };
    }
    return await this.mimeBundle();
  }
}
