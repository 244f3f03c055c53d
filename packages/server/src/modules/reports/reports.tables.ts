import type { PrintableBarChart, PrintableTable } from '../../lib/pdf/printable.ts';
import { textIn } from '../registry/registry.presenter.ts';
import type { ReportLabels } from './reports.labels.ts';

// The pieces of a report's content in one language (reports.content.ts puts them together): the
// printable document shows the tables and charts, and the CSV and XLSX exports carry the same
// tables (the charts as their figures), so every format agrees.

/** A table of a report, with the short name of its spreadsheet sheet (`level` 2: a sub-section). */
export type ReportTable = PrintableTable & { caption: string; sheet: string; level?: 2 };

/** What a report's exports are made of: its charts, its tables, and the charts' figures as tables. */
export interface ReportContent {
  title: string;
  charts: PrintableBarChart[];
  tables: ReportTable[];
  figures: ReportTable[];
}

/** How the text of a report is written out: labels, text in the language, country names. */
export interface Writing {
  labels: ReportLabels;
  lang: string;
  countries: ReadonlyMap<string, string>;
}

/** A progress figure as printed. */
export const percent = (n: number) => `${n}%`;

/** The events-per-month chart: twelve vertical bars labelled with the months' short names. */
export function monthsChart(w: Writing, months: readonly number[]): PrintableBarChart {
  const { labels } = w;
  return {
    kind: 'barChart',
    title: labels.charts.eventsPerMonth,
    description: labels.charts.eventsPerMonthDesc,
    orientation: 'vertical',
    bars: months.map((value, i) => ({ label: labels.months[i] ?? String(i + 1), value })),
    labelHeading: labels.columns.month,
    valueHeading: labels.columns.events,
  };
}

/** A chart's figures as a table (label, value), for the spreadsheets. */
export function chartTable(chart: PrintableBarChart, sheet: string): ReportTable {
  return {
    kind: 'table',
    sheet,
    caption: chart.title,
    columns: [{ label: chart.labelHeading ?? '' }, { label: chart.valueHeading ?? '', align: 'right' }],
    rows: chart.bars.map((b) => [b.label, String(b.value)]),
  };
}

/** A table of a report, printed as "none in this year" when it has no rows. */
export function table(
  w: Writing,
  sheet: string,
  caption: string,
  columns: ReportTable['columns'],
  rows: string[][],
): ReportTable {
  return { kind: 'table', sheet, caption, columns, rows, empty: w.labels.none };
}

/** API text `{ lang: text }` in the stored shape `textIn` reads (its fallback chain applies). */
function asStored(text: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(text).map(([k, value]) => [k, { value, status: 'original' as const }]),
  );
}

/** API text `{ lang: text }` in `lang`, with the registry's fallback chain. */
export const textOf = (text: Record<string, string>, lang: string) => textIn(asStored(text), lang);
