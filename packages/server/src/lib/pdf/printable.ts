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
    };

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
