// One document model for everything Köprü prints: minutes, decision lists, reports. The PDF
// renderer (`pdf.ts`) and the printable-HTML renderer (`html.ts`) both take it, so what is
// exported and what is printed from the browser come from the same data. All text is plain text
// (never markup): renderers escape it; a `\n` inside a paragraph is a line break.

/** A block of the document's body, in reading order. */
export type PrintableBlock =
  | { kind: 'heading'; text: string /** 1 (default) or 2 */; level?: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'decisions';
      /** Numbered decisions, e.g. `{ number: 'CG-5/3', text: '…' }`, printed with a hanging number. */
      items: readonly { number: string; text: string }[];
    }
  | PrintableTable
  | PrintableBarChart;

/** A column of a table: its heading, alignment (numbers right) and relative width (default 1). */
export interface PrintableColumn {
  label: string;
  align?: 'left' | 'right';
  width?: number;
}

/** A table: a header row repeated on every page it runs over, then its rows of plain text. */
export interface PrintableTable {
  kind: 'table';
  /** Printed above the table (and its HTML `<caption>`). */
  caption?: string;
  columns: readonly PrintableColumn[];
  /** One cell per column; a row never splits across pages. */
  rows: readonly (readonly string[])[];
  /** Printed instead of an empty table, e.g. "None in 2019." */
  empty?: string;
}

/**
 * A bar chart whose figures are always printed as text beside their bars (never colour alone),
 * with its title as the accessible name and a description for those who cannot see it.
 */
export interface PrintableBarChart {
  kind: 'barChart';
  title: string;
  /** One sentence saying what the chart shows; the SVG's `<desc>`. */
  description?: string;
  /** `vertical` (columns, short labels such as months) or `horizontal` (long labels). */
  orientation: 'vertical' | 'horizontal';
  bars: readonly { label: string; value: number }[];
  /** The top of the value axis (default: the largest value, at least 1); e.g. 100 for percentages. */
  max?: number;
  /** Printed after each value, e.g. `%`. */
  unit?: string;
  /** The headings of the figures' table in the HTML: what the labels are, what the values are. */
  labelHeading?: string;
  valueHeading?: string;
}

/** One signature line: a line to sign on, then the signatory's name and the lines below it. */
export interface PrintableSignature {
  name: string;
  /** E.g. the position held, the delegation, the date: one line each. */
  lines?: readonly string[];
}

/** A document to print. */
export interface PrintableDocument {
  /** BCP 47 language of the text (`az`, `kk`, `ru`, …): the PDF's /Lang and the HTML `lang`. */
  lang: string;
  title: string;
  subtitle?: string;
  /** Label–value lines under the title: date, place, status, version. */
  meta?: readonly { label: string; value: string }[];
  blocks: readonly PrintableBlock[];
  /** Heading printed above the signatures, e.g. "Signatures". */
  signaturesTitle?: string;
  signatures?: readonly PrintableSignature[];
  /** A short line printed at the foot of every page beside the page number. */
  footer?: string;
}

/** How a page number reads, e.g. `(3, 7) => 'Page 3 of 7'`; the default is `3 / 7`. */
export type PageLabel = (page: number, pages: number) => string;

export const defaultPageLabel: PageLabel = (page, pages) => `${page} / ${pages}`;
