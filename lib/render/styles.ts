/**
 * The page stylesheet (inlined in every page): readable measure, light and dark schemes via
 * `prefers-color-scheme`, charts that scale down to a 360 px screen, a print stylesheet. On a page
 * in another language than English the charts' text names Latin fonts before the CJK ones: the
 * generic families (`system-ui`, `sans-serif`) resolve by the page's language, and a CJK font's
 * Latin glyphs are taller than those the server-side layout measured (lib/charts/_text_width.ts),
 * so model labels placed 14 px apart would overlap; CJK characters fall back to the CJK fonts.
 *
 * @module
 */

/**
 * The CSS of every page.
 *
 * @example
 * ```ts
 * import { PAGE_CSS } from "./styles.ts";
 * if (!PAGE_CSS.includes("prefers-color-scheme: dark") || !PAGE_CSS.includes("@media print")) {
 *   throw new Error();
 * }
 * ```
 */
export const PAGE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--code-bg:#f6f8fa;
--link:#0550ae;--err-bg:#fff1f0;--err-fg:#a40e26;--kw:#cf222e;--str:#0a3069;--num:#0550ae;--com:#57606a;--fn:#8250df}
@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9ba6b1;--line:#30363d;
--code-bg:#161b22;--link:#79c0ff;--err-bg:#2d1214;--err-fg:#ffa198;--kw:#ff7b72;--str:#a5d6ff;--num:#79c0ff;
--com:#8b949e;--fn:#d2a8ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
a{color:var(--link)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:1}
header.site,footer.site{padding:.75rem 1rem;border-bottom:1px solid var(--line);font-size:.95rem}
footer.site{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);margin-top:3rem}
header.site ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:.25rem 0 0;padding:0}
header.site [aria-current="page"]{font-weight:600;text-decoration:none;color:var(--fg)}
.layout{display:grid;grid-template-columns:minmax(0,15rem) minmax(0,48rem);gap:2rem;justify-content:center;padding:0 1rem}
nav.toc{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding-top:1.5rem;font-size:.9rem}
nav.toc h2{font-size:1rem;margin:0 0 .5rem}nav.toc ul{list-style:none;margin:0;padding-left:.75rem}nav.toc>ul{padding:0}
main{min-width:0;padding-bottom:2rem;overflow-wrap:break-word}
h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .6em}h1{font-size:2rem;margin-top:1.2em}
.anchor{text-decoration:none;color:var(--muted);font-weight:400;opacity:.5}.anchor:hover,.anchor:focus{opacity:1}
.lang-switch{margin:0 0 .25rem;text-align:right}.lang-switch a{margin-left:.75rem}
.anchor-lang{font-size:.6em;font-weight:400;margin-left:.4em;text-decoration:none;color:var(--link)}
pre,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.875rem}
pre{background:var(--code-bg);padding:.75rem;overflow-x:auto;border-radius:6px;white-space:pre}
.cell{margin:1rem 0}
details.source>summary{cursor:pointer;color:var(--muted);font-size:.9rem}
details.source pre{margin-top:.25rem}
.output{margin:.5rem 0}.output.stream,.output.text{background:transparent;border-left:3px solid var(--line);border-radius:0}
.output.stderr{border-left-color:#d29922}
.output.error{background:var(--err-bg);color:var(--err-fg);padding:.5rem .75rem;border-radius:6px}
.output.error pre{background:transparent;color:inherit;padding:0;margin:.25rem 0 0}
.output.image img{max-width:100%;height:auto;background:#fff;border-radius:4px}
.output.html{overflow-x:auto;max-width:100%}
figure.chart{margin:1.25rem 0;max-width:100%;overflow-x:auto}
figure.chart svg{display:block;max-width:100%;height:auto;color:var(--fg)}
html:not([lang="en"]) svg text{font-family:"DejaVu Sans","Segoe UI","Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
figure.chart .chart-narrow{display:none}
figure.chart .chart-note{color:var(--muted);font-size:.9rem;margin:.25rem 0}
@media (max-width:49.99rem){figure.chart .chart-wide{display:none}figure.chart .chart-narrow{display:block}}
figure.chart figcaption{color:var(--muted);font-size:.9rem;margin-top:.25rem}
.chart-links{margin:.25rem 0;font-size:.9rem}
details.data summary{cursor:pointer;font-size:.9rem}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;color:var(--muted);font-size:.85rem}
.output.html caption,.table-wrap caption{position:sticky;left:0;max-width:min(48rem,calc(100vw - 2rem))}
:lang(zh) th,:lang(zh) td{min-width:4.5em}
.math-display{overflow-x:auto;max-width:100%;margin:1rem 0}.math-display math{max-width:100%;overflow-x:auto}math{font-size:1.05em}
.tml-med-pad{padding:0 .222em}.tml-thick-pad{padding:0 .278em}.tml-small-pad{padding:0 .167em}
.math-error{color:var(--err-fg)}
ul.index{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
ul.index li{margin:0;padding:.75rem;border:1px solid var(--line);border-radius:8px}
ul.index a{display:block;font-size:1.1rem;font-weight:600;text-decoration:none}
ul.index .thumb{display:block;margin-bottom:.5rem;color:var(--fg)}ul.index .thumb svg{width:100%;height:auto}
ul.index p{margin:.4rem 0 0;color:var(--muted);font-size:.95rem}
.findings{border-left:4px solid var(--accent, #3b82f6);padding:.25rem 1rem;margin:1.5rem 0}
.hljs-keyword,.hljs-built_in,.hljs-literal{color:var(--kw)}.hljs-string,.hljs-regexp{color:var(--str)}
.hljs-number{color:var(--num)}.hljs-comment{color:var(--com);font-style:italic}
.hljs-title,.hljs-title.function_{color:var(--fn)}.hljs-attr,.hljs-property{color:var(--num)}
@media (max-width:52rem){.layout{display:block}nav.toc{position:static;max-height:none;padding-top:1rem}}
@media print{
:root{--bg:#fff;--fg:#000;--muted:#333;--code-bg:#f4f4f4;--link:#000}
header.site,nav.toc,.skip,.anchor,.anchor-lang,.chart-links,details.source{display:none}
.layout{display:block;padding:0}body{font-size:11pt}
figure.chart,pre,table,.output{break-inside:avoid;page-break-inside:avoid}
figure.chart svg{max-width:100%;height:auto}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}
}
`.trim();
