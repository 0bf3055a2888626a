/**
 * The inline stylesheet of the print page: A4 with margins, fonts that cover every strategy
 * language, logical properties so one sheet serves left-to-right and right-to-left, and no
 * page break inside cards, tables, quotes and code.
 */
export const PRINT_STYLESHEET = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto;
  max-width: 180mm;
  padding: 12mm 0;
  color: #1a1a1a;
  background: #fff;
  font: 11pt/1.55 "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans Hebrew",
    "Noto Naskh Arabic", Vazirmatn, Tahoma, "Noto Sans Thai", "Leelawadee UI", sans-serif;
}
:lang(fa) body, body:lang(fa) { font-family: Vazirmatn, "Noto Naskh Arabic", Tahoma, sans-serif; }
:lang(he) body, body:lang(he) { font-family: "Noto Sans Hebrew", Arial, "Segoe UI", sans-serif; }
:lang(th) body, body:lang(th) {
  font-family: "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif;
  line-height: 1.75;
}
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin-top: 0; }
h2 { font-size: 15pt; border-bottom: 1px solid #d0d0d0; padding-bottom: 0.15em; }
h3 { font-size: 13pt; }
h4, h5, h6 { font-size: 11pt; }
p { margin: 0.5em 0; orphans: 3; widows: 3; }
a { color: #0b57d0; text-decoration: underline; }
ul, ol { margin: 0.5em 0; padding-inline-start: 1.6em; }
li > p { margin: 0.15em 0; }
ul.tasks { list-style: none; padding-inline-start: 0.2em; }
ul.tasks .box { display: inline-block; width: 1.3em; }
blockquote { margin: 0.8em 0; padding: 0.1em 1em; border-inline-start: 3px solid #c8c8c8; color: #444; }
pre {
  margin: 0.8em 0;
  padding: 0.7em 0.9em;
  background: #f5f5f5;
  border-radius: 4px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-size: 9.5pt;
}
code { font-family: "Noto Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 0.92em; }
hr { border: 0; border-top: 1px solid #c8c8c8; margin: 1.2em 0; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 10pt; }
th, td { border: 1px solid #c8c8c8; padding: 0.35em 0.5em; text-align: start; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
tr { break-inside: avoid; page-break-inside: avoid; }
.card, table, pre, blockquote, .labelled {
  break-inside: avoid;
  page-break-inside: avoid;
}
.card { border: 1px solid #c8c8c8; border-radius: 6px; padding: 0.6em 0.9em; margin: 0.8em 0; }
.card-title { font-weight: 600; margin: 0 0 0.4em; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.9em; margin: 0; }
.card dt { color: #555; }
.card dd { margin: 0; white-space: pre-line; }
.smart { margin: 0.5em 0 0; font-size: 10pt; }
.smart .ok { color: #1e7a34; }
.smart .issue { color: #b3261e; }
.issues { margin: 0.2em 0 0; font-size: 10pt; color: #b3261e; }
.labelled { margin: 0.8em 0; padding: 0.5em 0.9em; border-inline-start: 4px solid #0b57d0; background: #f4f7fd; }
.labelled .label { font-weight: 600; margin: 0 0 0.2em; }
.typed td { white-space: pre-line; }
@media print {
  body { padding: 0; max-width: none; }
  a { color: inherit; }
}
`.trim();
