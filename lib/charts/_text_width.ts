/**
 * Text widths for the server-side render. Without a canvas Vega guesses every character at
 * 0.8 em, so a 36-character axis title counts as 346 px and charts laid out for a phone came out
 * 600 px wide. These are Helvetica's advance widths (Adobe AFM, in em) widened by 17 % to the
 * widest common system sans-serif (DejaVu Sans, Linux's system-ui) — close enough to lay out and
 * to drop overlapping tick labels, and rarely narrower than what a browser draws.
 */
const EM: Record<string, number> = {};
const set = (chars: string, width: number) => {
  for (const c of chars) EM[c] = width;
};
set("0123456789$_#", 0.556);
set("abdeghnopqu", 0.556);
set("ckszvxy", 0.5);
set("fjt/", 0.278);
set("il'|", 0.222);
set("r-()[]{}", 0.333);
set("m", 0.833);
set("w", 0.722);
set(" .,:;!·", 0.278);
set("ABEKPSVXY", 0.667);
set("CDHNRUw", 0.722);
set("FTZ", 0.611);
set("GOQ", 0.778);
set("MW", 0.833);
set("I", 0.278);
set("J", 0.5);
set("L", 0.556);
set("%", 0.889);
set("—…", 1);
set("–", 0.556);
set("×+=<>≤≥±−~", 0.584);
set('"', 0.355);
set("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", 0.5);

/**
 * A CJK character (ideograph, kana, full-width form or punctuation) is 1 em wide in every CJK font
 * (Noto Sans CJK, Source Han Sans, PingFang, Microsoft YaHei); the 17 % widening for DejaVu Sans
 * is for Latin glyphs only, so it is taken back out here.
 */
const CJK_EM = 1 / 1.17;

/** Estimated width in px of `text` at `fontSize` px (bold 12 % wider, as DejaVu Sans Bold). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += EM[c] ?? (c.charCodeAt(0) >= 0x2e80 ? CJK_EM : 0.6);
  return em * fontSize * 1.17 * (bold ? 1.12 : 1);
}

/** What Vega hands `textMetrics.width`. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
  text?: unknown;
}

/** A drop-in for vega-scenegraph's `textMetrics.width(item, text)`. */
export function vegaTextWidth(item: TextItem, text?: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const line = text == null ? "" : String(text).trim();
  const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
  return textWidth(line, size, bold);
}
