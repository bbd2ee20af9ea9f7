import type { Paper } from '@shared/export/exportModel';

/**
 * The printed export's stylesheet. System fonts only (the print window has no network and
 * loads no font files): a serif for reading, a sans for headings, then fonts that carry
 * Chinese, Japanese, Korean, Arabic, Hebrew and emoji on Windows, macOS and Linux, so the
 * browser's fallback finds a real glyph before it would draw a box.
 *
 * Page breaks: sections start on a new page; a heading never ends a page (`break-after:
 * avoid`); small blocks (an entry's header, a prompt's question, a chart) stay whole
 * (`break-inside: avoid`); long text flows across pages and is never clipped (long words
 * and addresses wrap, code wraps, tables fit the width).
 */

const SCRIPT_FALLBACKS = [
  "'Noto Sans CJK SC'",
  "'Noto Sans CJK JP'",
  "'Noto Sans CJK KR'",
  "'Microsoft YaHei'",
  "'PingFang SC'",
  "'Hiragino Sans'",
  "'Noto Naskh Arabic'",
  "'Noto Sans Arabic'",
  "'Geeza Pro'",
  "'Noto Sans Hebrew'",
  "'Arial Hebrew'",
  "'Segoe UI'",
  "'Apple Color Emoji'",
  "'Segoe UI Emoji'",
  "'Noto Color Emoji'",
].join(', ');

export const SERIF_STACK = `'Noto Serif', Georgia, Cambria, 'DejaVu Serif', 'Times New Roman', ${SCRIPT_FALLBACKS}, serif`;
export const SANS_STACK = `'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'DejaVu Sans', ${SCRIPT_FALLBACKS}, sans-serif`;

/** Page margins; the footer with the page number sits in the bottom one. */
export const PAGE_MARGINS = { top: '20mm', right: '20mm', bottom: '22mm', left: '20mm' } as const;

export function exportCss(paper: Paper): string {
  const size = paper === 'A4' ? 'A4' : 'letter';
  const m = PAGE_MARGINS;
  return `
@page { size: ${size}; margin: ${m.top} ${m.right} ${m.bottom} ${m.left}; }
:root { color: #222; background: #fff; }
html { font-family: ${SERIF_STACK}; font-size: 10.5pt; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; overflow-wrap: anywhere; hyphens: manual; }
h1, h2, h3, h4, .entry-date, .cover, .toc, .meta, figcaption, .legend { font-family: ${SANS_STACK}; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; break-inside: avoid; margin: 0; }
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 14pt; color: #1f3d31; }
h2 { font-size: 14pt; font-weight: 600; margin: 18pt 0 8pt; color: #1f3d31; }
h3 { font-size: 12pt; font-weight: 600; margin: 0 0 4pt; }
h4 { font-size: 10.5pt; font-weight: 600; margin: 10pt 0 3pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
.muted, .meta { color: #5f5a52; }
.meta { font-size: 9pt; }
/* Parts follow on without a forced page break, so a short part never leaves a page mostly blank. */
section.part + section.part { margin-top: 26pt; }

.cover { break-after: page; padding-top: 40mm; }
.cover .brand { font-size: 11pt; letter-spacing: 0.18em; text-transform: uppercase; color: #2f5d4a; margin-bottom: 10pt; }
.cover h1 { font-size: 28pt; margin-bottom: 10pt; }
.cover .range { font-size: 13pt; margin-bottom: 24pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 3pt 12pt; margin: 0 0 28pt; font-size: 10pt; }
.cover dt { color: #5f5a52; }
.cover dd { margin: 0; }
.notice { border: 1.5pt solid #8a4b2e; border-radius: 6pt; padding: 10pt 12pt; color: #5c2f1b; font-size: 10.5pt; max-width: 130mm; }
.notice strong { display: block; font-size: 12pt; margin-bottom: 3pt; }

.toc { break-after: page; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 3pt 0; }
.toc ol ol { padding-left: 14pt; font-size: 9.5pt; }
.toc a { color: inherit; text-decoration: none; }
.toc .toc-line { display: flex; align-items: baseline; gap: 4pt; }
.toc .leader { flex: 1; border-bottom: 0.75pt dotted #b9b2a6; min-width: 12pt; }
.toc .page-number { flex: none; width: 2.6em; text-align: end; font-variant-numeric: tabular-nums; }
.toc .count { color: #5f5a52; }

.track + .track { margin-top: 22pt; }
.step { margin: 0 0 16pt; }
.step-head { break-inside: avoid; break-after: avoid; border-bottom: 0.75pt solid #d8d2c8; padding-bottom: 4pt; margin-bottom: 6pt; }
.step-head .summary { font-style: italic; margin: 2pt 0 0; }
.prompt { margin: 0 0 10pt; }
.prompt-text { font-family: ${SANS_STACK}; font-weight: 600; font-size: 10pt; color: #2f5d4a; break-after: avoid; break-inside: avoid; margin: 0 0 3pt; }
.note, .item-text { border-left: 2pt solid #d8d2c8; padding-left: 9pt; }
.plain { white-space: pre-wrap; }
.note .edited { font-size: 8.5pt; }
.exercise ul { list-style: none; margin: 0; padding: 0; }
.exercise li { margin: 0 0 8pt; }
.item-head { font-family: ${SANS_STACK}; font-size: 9.5pt; font-weight: 600; break-after: avoid; break-inside: avoid; margin: 0 0 2pt; }

.month { break-after: avoid; border-bottom: 0.75pt solid #d8d2c8; padding-bottom: 3pt; }
.entry { margin: 0 0 14pt; }
.entry + .entry { border-top: 0.5pt solid #e6e1d9; padding-top: 10pt; }
.entry-head { break-inside: avoid; break-after: avoid; margin-bottom: 4pt; }
.entry-date { font-size: 9pt; font-weight: 600; color: #2f5d4a; letter-spacing: 0.02em; }
.tags { font-family: ${SANS_STACK}; font-size: 8.5pt; color: #5f5a52; }
.tag { display: inline-block; border: 0.5pt solid #cfc8bc; border-radius: 8pt; padding: 0 5pt; margin: 0 3pt 0 0; }
.entry-body ul, .entry-body ol { margin: 0 0 6pt; padding-inline-start: 18pt; }
.entry-body blockquote { margin: 0 0 6pt; padding-inline-start: 10pt; border-inline-start: 2pt solid #d8d2c8; color: #444; }
.entry-body pre { white-space: pre-wrap; font-size: 9pt; background: #f5f2ed; padding: 6pt; border-radius: 3pt; }
.entry-body code { font-family: 'DejaVu Sans Mono', Consolas, Menlo, monospace; font-size: 0.92em; }
.entry-body table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 6pt; }
.entry-body th, .entry-body td { border: 0.5pt solid #cfc8bc; padding: 2pt 4pt; text-align: start; vertical-align: top; }
.md-heading { font-family: ${SANS_STACK}; font-weight: 600; break-after: avoid; }
.md-heading-1, .md-heading-2 { font-size: 11.5pt; }
.md-url, .md-image { color: #5f5a52; font-size: 0.9em; }
.empty { color: #5f5a52; font-style: italic; }

.step-alone > .meta { margin-bottom: 6pt; }
.step-alone > .summary { font-style: italic; margin-bottom: 12pt; }
.notice-line { margin-top: 18pt; font-family: ${SANS_STACK}; font-size: 8.5pt; color: #5c2f1b; break-inside: avoid; }
.item-alone h1 { margin-bottom: 18pt; }
.letter { font-size: 12pt; line-height: 1.6; }
.letter p { margin: 0 0 10pt; }

figure.chart { margin: 0 0 14pt; break-inside: avoid; }
figure.chart svg.trend-chart { width: 100%; height: auto; display: block; }
figcaption { font-weight: 600; font-size: 10pt; margin-bottom: 4pt; }
.chart-summary { font-size: 9pt; color: #444; margin-top: 4pt; }
.legend { font-size: 8.5pt; color: #5f5a52; display: flex; gap: 14pt; margin-top: 2pt; }
.legend svg { vertical-align: middle; margin-right: 4pt; }
.summary-lines { margin: 6pt 0 0; padding-inline-start: 16pt; }
table.daily { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9pt; }
table.daily thead { display: table-header-group; }
table.daily th, table.daily td { text-align: start; vertical-align: top; padding: 2pt 4pt; }
table.daily thead th { font-family: ${SANS_STACK}; font-weight: 600; border-bottom: 0.75pt solid #cfc8bc; }
table.daily tbody.day { break-inside: avoid; border-bottom: 0.5pt solid #e6e1d9; }
table.daily tbody th { font-family: ${SANS_STACK}; font-weight: 600; white-space: nowrap; }
table.daily tr.written td { padding-top: 0; }
table.daily tr.written p { margin: 0 0 2pt; }
table.daily .label { font-family: ${SANS_STACK}; font-size: 8.5pt; color: #5f5a52; }
`;
}
