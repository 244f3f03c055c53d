import { bodyWidth, bottomOf, GREY, keepTogether, type Pdf, RULE, SIZE } from './layout.ts';
import type { PrintableTable } from './printable.ts';

// A table in the PDF: a bold header row under the caption, repeated at the top of every page the
// table runs over; rows wrap their cells and never split across a page; thin rules between rows.

const PAD = 3;

/** The width of the longest word of `texts` in the current font: a column narrower would split it. */
function longestWord(doc: Pdf, texts: readonly string[]): number {
  let widest = 0;
  for (const text of texts) {
    for (const word of text.split(/\s+/)) widest = Math.max(widest, doc.widthOfString(word));
  }
  return widest + 2 * PAD + 1;
}

/**
 * Column widths: proportional to `width`, but never narrower than the column's longest word (in
 * bold for the header), the room taken from the columns that have some to spare.
 */
function columnWidths(doc: Pdf, table: PrintableTable): number[] {
  const body = bodyWidth(doc);
  const total = table.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const minimum = table.columns.map((c, i) => {
    doc.font('bold').fontSize(SIZE.table);
    const head = longestWord(doc, [c.label]);
    doc.font('regular');
    return Math.max(
      head,
      longestWord(
        doc,
        table.rows.map((r) => r[i] ?? ''),
      ),
    );
  });
  const widths = table.columns.map((c, i) => Math.max(minimum[i] ?? 0, (body * (c.width ?? 1)) / total));
  const overflow = widths.reduce((a, b) => a + b, 0) - body;
  const spare = widths.reduce((sum, w, i) => sum + (w - (minimum[i] ?? 0)), 0);
  if (overflow <= 0 || spare < overflow) return table.columns.map((c) => (body * (c.width ?? 1)) / total);
  return widths.map((w, i) => w - (overflow * (w - (minimum[i] ?? 0))) / spare);
}

function columnGeometry(doc: Pdf, table: PrintableTable) {
  let x = doc.page.margins.left;
  return columnWidths(doc, table).map((width, i) => {
    const column = { x, width, align: table.columns[i]?.align ?? 'left' };
    x += width;
    return column;
  });
}

type Columns = ReturnType<typeof columnGeometry>;

function rowHeight(doc: Pdf, columns: Columns, cells: readonly string[]): number {
  return (
    Math.max(...columns.map((c, i) => doc.heightOfString(cells[i] ?? '', { width: c.width - 2 * PAD }))) +
    2 * PAD
  );
}

function drawRow(doc: Pdf, columns: Columns, cells: readonly string[], rule: number): void {
  const top = doc.y;
  const height = rowHeight(doc, columns, cells);
  columns.forEach((c, i) => {
    doc.text(cells[i] ?? '', c.x + PAD, top + PAD, { width: c.width - 2 * PAD, align: c.align });
  });
  const left = doc.page.margins.left;
  doc
    .moveTo(left, top + height)
    .lineTo(left + bodyWidth(doc), top + height)
    .lineWidth(rule)
    .strokeColor(RULE)
    .stroke();
  doc.x = left;
  doc.y = top + height;
}

function drawHeader(doc: Pdf, table: PrintableTable, columns: Columns): void {
  doc.font('bold').fontSize(SIZE.table).fillColor('black');
  drawRow(
    doc,
    columns,
    table.columns.map((c) => c.label),
    0.8,
  );
  doc.font('regular');
}

/** Draws `table` at the current position, starting new pages as needed. */
export function drawTable(doc: Pdf, table: PrintableTable): void {
  const columns = columnGeometry(doc, table);
  doc.font('bold').fontSize(SIZE.table);
  const header = rowHeight(
    doc,
    columns,
    table.columns.map((c) => c.label),
  );
  const first = table.rows[0];
  doc.font('regular');
  keepTogether(doc, header + (first ? rowHeight(doc, columns, first) : 0) + (table.caption ? 20 : 0));
  if (table.caption) doc.font('bold').fontSize(SIZE.body).text(table.caption).moveDown(0.2);
  if (!table.rows.length && table.empty) {
    doc.font('regular').fontSize(SIZE.body).fillColor(GREY).text(table.empty).fillColor('black');
    doc.moveDown(0.6);
    return;
  }
  drawHeader(doc, table, columns);
  for (const row of table.rows) {
    doc.font('regular').fontSize(SIZE.table);
    if (doc.y + rowHeight(doc, columns, row) > bottomOf(doc)) {
      doc.addPage();
      drawHeader(doc, table, columns);
      doc.fontSize(SIZE.table);
    }
    drawRow(doc, columns, row, 0.3);
  }
  doc.moveDown(0.8);
}
