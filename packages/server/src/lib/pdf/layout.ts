// What the PDF renderer's drawing functions share: page geometry, sizes and colours.

export type Pdf = PDFKit.PDFDocument;

export const MARGIN = 56; // 2 cm
export const FOOT = 40; // room under the body for the page number
export const SIZE = {
  title: 18,
  subtitle: 12,
  h1: 13.5,
  h2: 12,
  body: 10.5,
  meta: 10,
  table: 9.5,
  chart: 8.5,
  foot: 8.5,
} as const;
export const GREY = '#555555';
export const RULE = '#999999';
/** Bars: a dark blue with a contrast above 7:1 on white, so they print well in black and white too. */
export const BAR = '#24527a';

/** The width between the left and right margins. */
export const bodyWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
/** The lowest y the body may use on this page. */
export const bottomOf = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function keepTogether(doc: Pdf, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}
