import {
  defaultPageLabel,
  type PageLabel,
  type PrintableBlock,
  type PrintableDocument,
  type PrintableSignature,
} from './printable.ts';
import { barChartHtml, tableHtml } from './html.chart.ts';
import { escapeHtml } from './html.escape.ts';

export { escapeHtml };

// A PrintableDocument as one self-contained HTML page for the browser's print dialog (and its
// "Save as PDF"): every text escaped, no script, no external resource, print CSS with A4 pages,
// page numbers in the page margin, headings kept with what follows, signatures kept together;
// tables and bar charts (inline SVG with their figures as text) come from `html.chart.ts`.

/** The Content-Security-Policy to serve a printable page with: its own styles and nothing else. */
export const PRINTABLE_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'";

/** Escaped text whose line breaks become `<br>`. */
const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

/** A CSS string literal of `text` (for `content:`), escaped so it cannot end the rule. */
const cssString = (text: string) =>
  `"${[...text].map((c) => (/[\w .,:;/()-]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16)} `)).join('')}"`;

// Page-margin boxes do not inherit the body's font, so both name the stack.
const FONT_STACK = '"DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif';

function pageNumberCss(label: PageLabel, footer: string | undefined): string {
  // Split a label such as "Page 3 of 7" around the numbers, so CSS counters can fill them in.
  const [before = '', between = '', after = ''] = label(9_999_991, 9_999_992).split(/9999991|9999992/);
  const content = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`;
  const box = `font-family: ${FONT_STACK}; font-size: 8pt; color: #555;`;
  const left = footer ? `@bottom-left { content: ${cssString(footer)}; ${box} }` : '';
  return `@page { size: A4; margin: 2cm 2cm 2.4cm; ${left} @bottom-right { content: ${content}; ${box} } }`;
}

const STYLE = `
:root { color: #000; background: #fff; }
body { font-family: ${FONT_STACK}; font-size: 10.5pt; line-height: 1.45; margin: 0 auto; max-width: 17cm; padding: 1.5cm 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 .3em; }
.subtitle { text-align: center; color: #555; font-size: 12pt; margin: 0 0 1em; }
.meta { margin: 0 0 1.2em; padding: 0; list-style: none; font-size: 10pt; }
.meta b { font-weight: bold; }
h2 { font-size: 13.5pt; margin: 1.2em 0 .4em; }
h3 { font-size: 12pt; margin: 1em 0 .3em; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { text-align: justify; margin: 0 0 .6em; orphans: 3; widows: 3; hyphens: auto; }
.decisions { margin: 0 0 .8em; padding: 0; list-style: none; }
.decisions li { display: grid; grid-template-columns: 2.3cm 1fr; gap: .3cm; margin: 0 0 .5em; break-inside: avoid; }
.decisions .number { font-weight: bold; }
.decisions .text { text-align: justify; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: .6cm 1cm; margin-top: 1.5em; break-inside: avoid; page-break-inside: avoid; }
.signature { padding-top: 1.2cm; break-inside: avoid; }
.signature .line { border-top: .6pt solid #555; padding-top: .2em; font-weight: bold; }
.signature div:not(.line) { color: #555; font-size: 10pt; }
.foot { margin-top: 2em; color: #555; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; font-size: 9.5pt; }
caption, figcaption { font-weight: bold; text-align: left; margin: 0 0 .3em; }
th, td { text-align: left; vertical-align: top; padding: .2em .3em; border-bottom: .3pt solid #999; }
thead th { border-bottom: .8pt solid #999; }
.num { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.empty { color: #555; }
.chart { margin: 0 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
.chart svg { display: block; max-height: 9cm; font-size: 11px; }
.chart svg text { fill: #000; }
.chart svg .tick, .chart svg .label { fill: #555; }
.figures { font-size: 8.5pt; margin-top: .4em; }
.figures.across td, .figures.across th { text-align: center; }
@media print {
  body { max-width: none; padding: 0; }
  .foot { display: none; }
}
`;

function blockHtml(block: PrintableBlock, index: number): string {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? `<h3>${escapeHtml(block.text)}</h3>` : `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${multiline(block.text)}</p>`;
    case 'decisions':
      return `<ol class="decisions">${block.items
        .map(
          (d) =>
            `<li><span class="number">${escapeHtml(d.number)}</span><span class="text">${multiline(d.text)}</span></li>`,
        )
        .join('')}</ol>`;
    case 'table':
      return tableHtml(block);
    case 'barChart':
      return barChartHtml(block, `chart-${index + 1}`);
  }
}

function signaturesHtml(title: string | undefined, signatures: readonly PrintableSignature[]): string {
  const heading = title ? `<h2>${escapeHtml(title)}</h2>` : '';
  const items = signatures
    .map(
      (s) =>
        `<div class="signature"><div class="line">${escapeHtml(s.name)}</div>${(s.lines ?? [])
          .map((line) => `<div>${escapeHtml(line)}</div>`)
          .join('')}</div>`,
    )
    .join('');
  return `<section class="signatures-block">${heading}<div class="signatures">${items}</div></section>`;
}

/**
 * Renders `source` as a complete, self-contained HTML document for printing: the same content
 * and order as `renderPdf`, all text escaped (the model holds plain text), no scripts and no
 * external resources, so it can be served with a `default-src 'none'; style-src 'unsafe-inline'`
 * policy. Page numbers come from CSS page-margin boxes (`pageLabel` shapes them).
 */
export function renderPrintableHtml(
  source: PrintableDocument,
  options: { pageLabel?: PageLabel } = {},
): string {
  const meta = source.meta?.length
    ? `<ul class="meta">${source.meta
        .map((m) => `<li><b>${escapeHtml(m.label)}:</b> ${escapeHtml(m.value)}</li>`)
        .join('')}</ul>`
    : '';
  const signatures = source.signatures?.length
    ? signaturesHtml(source.signaturesTitle, source.signatures)
    : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(source.lang)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(source.title)}</title>`,
    `<style>${STYLE}${pageNumberCss(options.pageLabel ?? defaultPageLabel, source.footer)}</style>`,
    '</head><body><article>',
    `<h1>${escapeHtml(source.title)}</h1>`,
    source.subtitle ? `<p class="subtitle">${escapeHtml(source.subtitle)}</p>` : '',
    meta,
    ...source.blocks.map((block, i) => blockHtml(block, i)),
    signatures,
    source.footer ? `<p class="foot">${escapeHtml(source.footer)}</p>` : '',
    '</article></body></html>',
  ].join('\n');
}
