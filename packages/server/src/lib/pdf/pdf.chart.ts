import { chartScale, figure } from './chart.ts';
import { BAR, bodyWidth, GREY, keepTogether, type Pdf, RULE, SIZE } from './layout.ts';
import type { PrintableBarChart } from './printable.ts';

// A bar chart in the PDF: the title, a value axis with round ticks and light grid lines, one bar
// per figure in a single dark colour, each bar's value printed as text at its end and its label
// under it (vertical) or before it (horizontal). Nothing is told by colour alone.

const PLOT_HEIGHT = 130;
const AXIS_GUTTER = 28;
const ROW = 16;

function title(doc: Pdf, chart: PrintableBarChart, height: number): void {
  doc.font('bold').fontSize(SIZE.body);
  keepTogether(doc, doc.heightOfString(chart.title) + height + 12);
  doc.text(chart.title).moveDown(0.4);
  doc.font('regular').fontSize(SIZE.chart);
}

function line(doc: Pdf, x1: number, y1: number, x2: number, y2: number, colour: string, width = 0.5) {
  doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(colour).stroke();
}

function drawVertical(doc: Pdf, chart: PrintableBarChart): void {
  const labelHeight = doc.currentLineHeight(true) * 2;
  title(doc, chart, PLOT_HEIGHT + labelHeight + 12);
  const { top, ticks } = chartScale(chart);
  const left = doc.page.margins.left + AXIS_GUTTER;
  const width = bodyWidth(doc) - AXIS_GUTTER;
  const plotTop = doc.y + 12; // room for the value over the tallest bar
  const base = plotTop + PLOT_HEIGHT;
  const y = (v: number) => base - (v / top) * PLOT_HEIGHT;
  for (const t of ticks) {
    line(doc, left, y(t), left + width, y(t), t === 0 ? GREY : '#dddddd', t === 0 ? 0.8 : 0.4);
    doc.fillColor(GREY).text(figure(t), doc.page.margins.left, y(t) - 4, {
      width: AXIS_GUTTER - 4,
      align: 'right',
      lineBreak: false,
    });
  }
  const slot = width / Math.max(1, chart.bars.length);
  chart.bars.forEach((bar, i) => {
    const x = left + i * slot;
    const h = base - y(bar.value);
    if (h > 0) doc.rect(x + slot * 0.2, base - h, slot * 0.6, h).fill(BAR);
    doc.fillColor('black').text(figure(bar.value, chart.unit), x, base - h - 11, {
      width: slot,
      align: 'center',
      lineBreak: false,
    });
    doc.fillColor(GREY).text(bar.label, x, base + 4, { width: slot, align: 'center', height: labelHeight });
  });
  doc.fillColor('black');
  doc.x = doc.page.margins.left;
  doc.y = base + labelHeight + 8;
}

function drawHorizontal(doc: Pdf, chart: PrintableBarChart): void {
  const height = chart.bars.length * ROW + 24;
  title(doc, chart, height);
  const { top, ticks } = chartScale(chart);
  const widest = Math.max(0, ...chart.bars.map((b) => doc.widthOfString(b.label)));
  const labelWidth = Math.min(bodyWidth(doc) * 0.4, widest + 8);
  const left = doc.page.margins.left + labelWidth;
  const width = bodyWidth(doc) - labelWidth - 40; // room for the value after the longest bar
  const x = (v: number) => left + (v / top) * width;
  const first = doc.y;
  const bottom = first + chart.bars.length * ROW;
  for (const t of ticks) {
    line(doc, x(t), first, x(t), bottom, t === 0 ? GREY : '#dddddd', t === 0 ? 0.8 : 0.4);
    doc
      .fillColor(GREY)
      .text(figure(t), x(t) - 20, bottom + 3, { width: 40, align: 'center', lineBreak: false });
  }
  chart.bars.forEach((bar, i) => {
    const rowTop = first + i * ROW;
    doc.fillColor('black').text(bar.label, doc.page.margins.left, rowTop + 4, {
      width: labelWidth - 6,
      height: doc.currentLineHeight(true),
      ellipsis: true,
    });
    const end = x(bar.value);
    if (end > left) doc.rect(left, rowTop + 3, end - left, ROW - 6).fill(BAR);
    doc.fillColor('black').text(figure(bar.value, chart.unit), end + 4, rowTop + 4, { lineBreak: false });
  });
  line(doc, left, bottom, left + width, bottom, RULE);
  doc.x = doc.page.margins.left;
  doc.y = bottom + 20;
}

/** Draws `chart` at the current position, on a new page if it does not fit on this one. */
export function drawBarChart(doc: Pdf, chart: PrintableBarChart): void {
  if (chart.orientation === 'vertical') drawVertical(doc, chart);
  else drawHorizontal(doc, chart);
  doc.moveDown(0.6);
}
