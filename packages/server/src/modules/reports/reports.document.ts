import type { PrintableBlock, PrintableDocument } from '../../lib/pdf/printable.ts';
import type { ReportContent, ReportTable } from './reports.tables.ts';
import type { ReportLabels } from './reports.labels.ts';

// A report as lib/pdf's printable document: title, meta lines, its charts, then each table under
// its heading; the PDF and the print page are both rendered from it.

/** The document of a report's content; `meta` are the lines under the title. */
export function reportDocument(
  content: ReportContent,
  lang: string,
  meta: { label: string; value: string }[],
): PrintableDocument {
  const blocks: PrintableBlock[] = [...content.charts];
  for (const table of content.tables) {
    const { caption, sheet: _sheet, level, ...rest } = table;
    blocks.push({ kind: 'heading', text: caption, ...(level ? { level } : {}) }, { ...rest, kind: 'table' });
  }
  return { lang, title: content.title, meta, blocks, footer: content.title };
}

/** The meta lines of a report: the organisation (when there is one), the year, the day it was made. */
export function reportMeta(labels: ReportLabels, year: number, organisation?: string) {
  return [
    ...(organisation ? [{ label: labels.meta.organisation, value: organisation }] : []),
    { label: labels.meta.year, value: String(year) },
    { label: labels.meta.prepared, value: new Date().toISOString().slice(0, 10) },
  ];
}

/** All the tables of a report for a spreadsheet: its tables, then the charts' figures. */
export const spreadsheetTables = (content: ReportContent): ReportTable[] => [
  ...content.tables,
  ...content.figures,
];
