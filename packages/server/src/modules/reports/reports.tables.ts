import type { PrintableBarChart, PrintableTable } from '../../lib/pdf/printable.ts';
import { textIn } from '../registry/registry.presenter.ts';
import type { ReportLabels } from './reports.labels.ts';
import type { NetworkReport, OrganisationReport } from './reports.schema.ts';

// A report as tables and charts in one language: the printable document shows them, and the CSV
// and XLSX exports carry the same tables (the charts as their figures), so every format agrees.

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

const percent = (n: number) => `${n}%`;

function monthsChart(w: Writing, months: readonly number[]): PrintableBarChart {
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

function chartTable(chart: PrintableBarChart, sheet: string): ReportTable {
  return {
    kind: 'table',
    sheet,
    caption: chart.title,
    columns: [{ label: chart.labelHeading ?? '' }, { label: chart.valueHeading ?? '', align: 'right' }],
    rows: chart.bars.map((b) => [b.label, String(b.value)]),
  };
}

function table(
  w: Writing,
  sheet: string,
  caption: string,
  columns: ReportTable['columns'],
  rows: string[][],
): ReportTable {
  return { kind: 'table', sheet, caption, columns, rows, empty: w.labels.none };
}

/** The tables and charts of an organisation's report. */
export function organisationContent(report: OrganisationReport, w: Writing): ReportContent {
  const { labels: l, lang } = w;
  const c = l.columns;
  const events = table(
    w,
    'Events',
    l.sections.events,
    [
      { label: c.date },
      { label: c.event, width: 3 },
      { label: c.reference, width: 0.8 },
      { label: c.country },
      { label: c.role, width: 1.5 },
    ],
    report.events.map((e) => [
      e.start,
      textIn(asStored(e.title), lang),
      e.reference ?? '',
      w.countries.get(e.countryCode ?? '') ?? e.countryCode ?? '',
      l.roles[e.role],
    ]),
  );
  const items = table(
    w,
    'Items',
    l.sections.items,
    [
      { label: c.code, width: 0.6 },
      { label: c.item, width: 3 },
      { label: c.plan, width: 1.5 },
      { label: c.status },
      { label: c.progress, align: 'right', width: 0.8 },
    ],
    report.items.map((i) => [
      i.item.code,
      textIn(asStored(i.item.title), lang),
      textIn(asStored(i.item.plan.title), lang),
      l.itemStatus[i.status],
      percent(i.progress),
    ]),
  );
  const updates = table(
    w,
    'Updates',
    l.sections.updates,
    [
      { label: c.date },
      { label: c.item, width: 2 },
      { label: c.text, width: 3 },
      { label: c.progress, align: 'right', width: 0.8 },
    ],
    report.items.flatMap((i) =>
      i.updates.map((u) => [
        u.date,
        `${i.item.code} ${textIn(asStored(i.item.title), lang)}`,
        textIn(asStored(u.text), lang),
        u.progress === null ? '' : percent(u.progress),
      ]),
    ),
  );
  const decisions = table(
    w,
    'Decisions',
    l.sections.decisions,
    [
      { label: c.reference },
      { label: c.decision, width: 4 },
      { label: c.meeting, width: 2 },
      { label: c.status },
    ],
    report.decisions.map((d) => [
      d.reference,
      textIn(asStored(d.text), lang),
      d.event.reference ?? textIn(asStored(d.event.title), lang),
      l.decisionStatus[d.status],
    ]),
  );
  const chart = monthsChart(w, report.charts.eventsPerMonth);
  return {
    title: l.organisationTitle(report.organisation.name, report.year),
    charts: [chart],
    tables: [events, items, { ...updates, level: 2 }, decisions],
    figures: [chartTable(chart, 'Events per month')],
  };
}

/** The tables and charts of the network's report. */
export function networkContent(report: NetworkReport, w: Writing): ReportContent {
  const { labels: l, lang } = w;
  const c = l.columns;
  const progress: PrintableBarChart = {
    kind: 'barChart',
    title: l.charts.progress,
    description: l.charts.progressDesc,
    orientation: 'horizontal',
    max: 100,
    unit: '%',
    bars: report.charts.progressByMemberState.map((s) => ({ label: s.name, value: s.progress })),
    labelHeading: c.state,
    valueHeading: c.progress,
  };
  const months = monthsChart(w, report.charts.eventsPerMonth);
  const states = table(
    w,
    'Member states',
    l.sections.memberStates,
    [
      { label: c.state, width: 1.5 },
      { label: c.bodies, width: 3 },
      { label: c.events, align: 'right' },
      { label: c.items, align: 'right' },
      { label: c.updates, align: 'right' },
      { label: c.progress, align: 'right' },
    ],
    report.memberStates.map((s) => [
      s.name,
      s.bodies.map((b) => b.name).join('; '),
      String(s.events),
      String(s.items),
      String(s.updates),
      percent(s.progress),
    ]),
  );
  const items = table(
    w,
    'Items',
    l.sections.items,
    [
      { label: c.code, width: 0.6 },
      { label: c.item, width: 3 },
      { label: c.plan, width: 1.5 },
      { label: c.responsible, width: 1.5 },
      { label: c.status },
      { label: c.progress, align: 'right', width: 0.8 },
    ],
    report.items.map((i) => [
      i.code,
      textIn(asStored(i.title), lang),
      textIn(asStored(i.plan.title), lang),
      i.responsible.map((r) => r.name).join('; '),
      l.itemStatus[i.status],
      percent(i.progress),
    ]),
  );
  return {
    title: l.networkTitle(report.year),
    charts: [progress, months],
    tables: [states, items],
    figures: [chartTable(progress, 'Progress'), chartTable(months, 'Events per month')],
  };
}

/** API text `{ lang: text }` in the stored shape `textIn` reads (its fallback chain applies). */
function asStored(text: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(text).map(([k, value]) => [k, { value, status: 'original' as const }]),
  );
}
