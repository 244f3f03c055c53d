import PDFDocument from 'pdfkit';
import { fontData } from './fonts.ts';
import { bodyWidth, FOOT, GREY, keepTogether, MARGIN, type Pdf, SIZE } from './layout.ts';
import { drawBarChart } from './pdf.chart.ts';
import { drawTable } from './pdf.table.ts';
import {
  defaultPageLabel,
  type PageLabel,
  type PrintableBlock,
  type PrintableDocument,
  type PrintableSignature,
} from './printable.ts';

// A PrintableDocument as an A4 PDF, drawn with pdfkit in DejaVu Sans (embedded as a subset), with
// page numbers in the foot of every page. Pure JavaScript: no browser, no system fonts. Tables and
// bar charts are drawn by `pdf.table.ts` and `pdf.chart.ts`.

const DECISION_INDENT = 64;
const SIGNATURE_HEIGHT = 90;

/** The Content-Security-Policy to serve a downloaded file with: nothing in it may run or frame it. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

export interface PdfOptions {
  /** How page numbers read (default `3 / 7`). */
  pageLabel?: PageLabel;
  /** The creation date written into the PDF (default now); fix it for byte-stable output. */
  createdAt?: Date;
  /** The PDF's /Author, e.g. the owner body's name. */
  author?: string;
}

function drawHead(doc: Pdf, source: PrintableDocument): void {
  doc.font('bold').fontSize(SIZE.title).text(source.title, { align: 'center' });
  if (source.subtitle) {
    doc.moveDown(0.3).font('regular').fontSize(SIZE.subtitle).fillColor(GREY);
    doc.text(source.subtitle, { align: 'center' }).fillColor('black');
  }
  if (source.meta?.length) {
    doc.moveDown(0.8).fontSize(SIZE.meta);
    for (const { label, value } of source.meta) {
      doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
    }
  }
  doc.moveDown(0.8);
}

function drawDecisions(doc: Pdf, items: readonly { number: string; text: string }[]): void {
  const x = doc.page.margins.left;
  const width = bodyWidth(doc) - DECISION_INDENT;
  for (const item of items) {
    doc.font('regular').fontSize(SIZE.body);
    // Keep a decision's first lines with its number.
    keepTogether(doc, Math.min(doc.heightOfString(item.text, { width }), doc.currentLineHeight(true) * 3));
    const top = doc.y;
    doc.font('bold').text(item.number, x, top, { width: DECISION_INDENT - 8 });
    const afterNumber = doc.y;
    doc.font('regular').text(item.text, x + DECISION_INDENT, top, { width, align: 'justify' });
    doc.x = x;
    doc.y = Math.max(doc.y, afterNumber);
    doc.moveDown(0.5);
  }
}

function drawBlock(doc: Pdf, block: PrintableBlock): void {
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 2 ? SIZE.h2 : SIZE.h1;
      doc.font('bold').fontSize(size);
      // A heading never ends a page: keep it with two lines of what follows.
      keepTogether(doc, doc.heightOfString(block.text) + SIZE.body * 3.5);
      doc.moveDown(0.4).text(block.text).moveDown(0.3);
      return;
    }
    case 'paragraph':
      doc.font('regular').fontSize(SIZE.body).text(block.text, { align: 'justify', paragraphGap: 6 });
      return;
    case 'decisions':
      drawDecisions(doc, block.items);
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'barChart':
      drawBarChart(doc, block);
      return;
  }
}

function drawSignatures(
  doc: Pdf,
  title: string | undefined,
  signatures: readonly PrintableSignature[],
): void {
  const columns = 2;
  const gap = 28;
  const width = (bodyWidth(doc) - gap) / columns;
  const left = doc.page.margins.left;
  doc.moveDown(1);
  keepTogether(doc, (title ? SIZE.h1 * 2 : 0) + SIGNATURE_HEIGHT);
  if (title) doc.font('bold').fontSize(SIZE.h1).text(title, left).moveDown(0.6);
  for (let i = 0; i < signatures.length; i += columns) {
    keepTogether(doc, SIGNATURE_HEIGHT);
    const top = doc.y + 28; // room to sign above the line
    let rowBottom = top;
    signatures.slice(i, i + columns).forEach((signature, column) => {
      const x = left + column * (width + gap);
      doc
        .moveTo(x, top)
        .lineTo(x + width, top)
        .lineWidth(0.6)
        .strokeColor(GREY)
        .stroke();
      doc
        .font('bold')
        .fontSize(SIZE.body)
        .fillColor('black')
        .text(signature.name, x, top + 4, { width });
      doc.font('regular').fontSize(SIZE.meta).fillColor(GREY);
      for (const line of signature.lines ?? []) doc.text(line, x, doc.y, { width });
      doc.fillColor('black');
      rowBottom = Math.max(rowBottom, doc.y);
    });
    doc.x = left;
    doc.y = rowBottom + 12;
  }
}

/** Writes the page number (and the footer line) in the foot of every buffered page. */
function drawPageNumbers(doc: Pdf, footer: string | undefined, label: PageLabel): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would add a page: lift the margin while writing the foot.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 8;
    const width = bodyWidth(doc);
    doc.font('regular').fontSize(SIZE.foot).fillColor(GREY);
    if (footer) doc.text(footer, doc.page.margins.left, y, { width, align: 'left', lineBreak: false });
    doc.text(label(i - start + 1, count), doc.page.margins.left, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}

/**
 * Renders `source` as an A4 PDF: title, subtitle and meta lines, headings, justified paragraphs,
 * decisions with hanging numbers, a two-column signatures block kept together, and a page number
 * (and `footer`) at the foot of every page. Text in any Cyrillic or Turkic Latin letters is drawn
 * in the embedded DejaVu Sans and extracts back exactly.
 * @example const bytes = await renderPdf({ lang: 'az', title: 'Protokol', blocks: [] });
 */
export async function renderPdf(source: PrintableDocument, options: PdfOptions = {}): Promise<Buffer> {
  const fonts = fontData();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOT },
    bufferPages: true,
    autoFirstPage: true,
    font: fonts.regular as unknown as string, // pdfkit takes a path or the font's bytes
    lang: source.lang,
    displayTitle: true,
    info: {
      Title: source.title,
      ...(source.subtitle ? { Subject: source.subtitle } : {}),
      ...(options.author ? { Author: options.author } : {}),
      Creator: 'Köprü',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  drawHead(doc, source);
  for (const block of source.blocks) drawBlock(doc, block);
  if (source.signatures?.length) drawSignatures(doc, source.signaturesTitle, source.signatures);
  drawPageNumbers(doc, source.footer, options.pageLabel ?? defaultPageLabel);
  doc.end();
  return done;
}
