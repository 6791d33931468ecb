/**
 * The page's inline CSS. Kinds are told apart by color and by underline style (so that they stay
 * apart in print and for readers who do not see the colors); a tooltip shows on hover and on
 * keyboard focus; in print the tooltips and the contents are left out and backgrounds kept.
 */
export const HTML_STYLE = `
:root{--person:#dbeafe;--person-b:#1d4ed8;--role:#ede9fe;--role-b:#6d28d9;--date:#dcfce7;--date-b:#15803d;
--number:#ffedd5;--number-b:#c2410c;--quote:#fef9c3;--quote-b:#a16207;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#111;background:#fafafa;
display:grid;grid-template-columns:minmax(0,1fr);grid-template-areas:"head" "contents" "main"}
header.page{grid-area:head;padding:.6rem 1.2rem;border-bottom:1px solid #ddd;background:#fff}
header.page h1{font-size:1.1rem;margin:0 0 .2rem}
.legend{margin:0;font-size:.85rem}.hint{color:#555;margin-left:.5rem}
main{grid-area:main;padding:0 1.2rem 2rem}
nav#contents{grid-area:contents;padding:.4rem 1.2rem;border-bottom:1px solid #ddd;background:#fff;max-height:14rem;overflow:auto}
nav#contents h2{font-size:1rem;margin:.3rem 0}nav#contents ol{margin:0;padding-left:1.6rem;font-size:.85rem}
.count{color:#555;font-weight:normal;font-size:.85em}
article.doc{margin:1.2rem 0;padding:1rem 1.2rem;background:#fff;border:1px solid #ddd;border-radius:6px}
article.doc h2{font-size:1.05rem;margin:0;overflow-wrap:anywhere}.meta{margin:.1rem 0 .8rem;color:#444;font-size:.85rem}
.failed{color:#a00}
.body{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,2fr);gap:1.2rem;align-items:start}
@media (max-width:800px){.body{grid-template-columns:minmax(0,1fr)}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1rem;line-height:1.9}
.panels{font-size:.85rem}.panel h3{font-size:.9rem;margin:.2rem 0 .3rem;border-bottom:2px solid #ddd}
.panel ol{margin:0 0 .8rem;padding-left:1.5rem}.panel li{margin:.15rem 0}
.panel.person h3{border-color:var(--person-b)}.panel.date h3{border-color:var(--date-b)}
.panel.number h3{border-color:var(--number-b)}.panel.quote h3{border-color:var(--quote-b)}
.name{font-weight:600}.pid,.value,.speaker,.none{color:#555}.roles,.mentions{margin-left:.3rem}
a{color:#1e40af}a:focus-visible,mark.f:focus-visible{outline:3px solid #f59e0b;outline-offset:1px}
mark.f{position:relative;color:inherit;border-radius:2px;padding:0 1px;cursor:help;border-bottom:2px solid transparent}
mark.person{background:var(--person);border-bottom-color:var(--person-b)}
mark.role{background:var(--role);border-bottom:2px dashed var(--role-b)}
mark.date{background:var(--date);border-bottom:2px dotted var(--date-b)}
mark.number{background:var(--number);border-bottom:2px double var(--number-b)}
mark.quote{background:var(--quote);border-bottom:1px solid var(--quote-b)}
mark.clipped{border-right:2px dotted #555}
mark.f:target{outline:3px solid #f59e0b}
mark.legend{cursor:default}
.tip{display:none;position:absolute;left:0;top:100%;z-index:10;min-width:14rem;max-width:26rem;margin-top:3px;padding:.35rem .5rem;
background:#111;color:#fff;border-radius:4px;font-size:.8rem;line-height:1.4;white-space:normal;text-align:left;user-select:none;box-shadow:0 2px 6px #0004}
.tip-kind{text-transform:uppercase;font-size:.7rem;letter-spacing:.04em;color:#cbd5e1}
.tip-value{font-weight:600}.tip-detail,.tip-rule{display:block}.tip-rule{color:#cbd5e1;font-family:ui-monospace,monospace;font-size:.75rem}
mark.f:focus>.tip,mark.f:hover:not(:has(mark.f:hover))>.tip{display:block}
@media print{
body{display:block;background:#fff;font-size:11pt}nav#contents,.hint{display:none}
.tip{display:none!important}article.doc{border:none;padding:0;break-before:page}article.doc:first-of-type{break-before:auto}
.body{display:block}.panels{margin-top:1rem;columns:2}.panel{break-inside:avoid-column}
mark.f{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}
}
`.replace(/\n/g, '');
