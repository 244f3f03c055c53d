import type { PrintableBarChart } from '../../lib/pdf/printable.ts';
import type { NetworkReport, OrganisationReport } from './reports.schema.ts';
import {
  chartTable,
  monthsChart,
  percent,
  type ReportContent,
  type ReportTable,
  table,
  textOf,
  type Writing,
} from './reports.tables.ts';

// Each report as its charts and tables, written out in one language (labels, record text, country
// names); the exports render this content as PDF, print page, CSV or XLSX.

type Org = OrganisationReport;

function eventsTable(report: Org, w: Writing): ReportTable {
  const { labels: l, lang } = w;
  const c = l.columns;
  const columns = [
    { label: c.date },
    { label: c.event, width: 3 },
    { label: c.reference, width: 0.8 },
    { label: c.country },
    { label: c.role, width: 1.5 },
  ];
  const rows = report.events.map((e) => [
    e.start,
    textOf(e.title, lang),
    e.reference ?? '',
    w.countries.get(e.countryCode ?? '') ?? e.countryCode ?? '',
    l.roles[e.role],
  ]);
  return table(w, 'Events', l.sections.events, columns, rows);
}

function itemsTable(report: Org, w: Writing): ReportTable {
  const { labels: l, lang } = w;
  const c = l.columns;
  const columns = [
    { label: c.code, width: 0.6 },
    { label: c.item, width: 3 },
    { label: c.plan, width: 1.5 },
    { label: c.status },
    { label: c.progress, align: 'right' as const, width: 0.8 },
  ];
  const rows = report.items.map((i) => [
    i.item.code,
    textOf(i.item.title, lang),
    textOf(i.item.plan.title, lang),
    l.itemStatus[i.status],
    percent(i.progress),
  ]);
  return table(w, 'Items', l.sections.items, columns, rows);
}

function updatesTable(report: Org, w: Writing): ReportTable {
  const { labels: l, lang } = w;
  const c = l.columns;
  const columns = [
    { label: c.date },
    { label: c.item, width: 2 },
    { label: c.text, width: 3 },
    { label: c.progress, align: 'right' as const, width: 0.8 },
  ];
  const rows = report.items.flatMap((i) =>
    i.updates.map((u) => [
      u.date,
      `${i.item.code} ${textOf(i.item.title, lang)}`,
      textOf(u.text, lang),
      u.progress === null ? '' : percent(u.progress),
    ]),
  );
  return { ...table(w, 'Updates', l.sections.updates, columns, rows), level: 2 };
}

function decisionsTable(report: Org, w: Writing): ReportTable {
  const { labels: l, lang } = w;
  const c = l.columns;
  const columns = [
    { label: c.reference },
    { label: c.decision, width: 4 },
    { label: c.meeting, width: 2 },
    { label: c.status },
  ];
  const rows = report.decisions.map((d) => [
    d.reference,
    textOf(d.text, lang),
    d.event.reference ?? textOf(d.event.title, lang),
    l.decisionStatus[d.status],
  ]);
  return table(w, 'Decisions', l.sections.decisions, columns, rows);
}

/** The charts and tables of an organisation's report. */
export function organisationContent(report: Org, w: Writing): ReportContent {
  const chart = monthsChart(w, report.charts.eventsPerMonth);
  return {
    title: w.labels.organisationTitle(report.organisation.name, report.year),
    charts: [chart],
    tables: [
      eventsTable(report, w),
      itemsTable(report, w),
      updatesTable(report, w),
      decisionsTable(report, w),
    ],
    figures: [chartTable(chart, 'Events per month')],
  };
}

function statesTable(report: NetworkReport, w: Writing): ReportTable {
  const { labels: l } = w;
  const c = l.columns;
  const columns = [
    { label: c.state, width: 1.5 },
    { label: c.bodies, width: 3 },
    { label: c.events, align: 'right' as const },
    { label: c.items, align: 'right' as const },
    { label: c.updates, align: 'right' as const },
    { label: c.progress, align: 'right' as const },
  ];
  const rows = report.memberStates.map((s) => [
    s.name,
    s.bodies.map((b) => b.name).join('; '),
    String(s.events),
    String(s.items),
    String(s.updates),
    percent(s.progress),
  ]);
  return table(w, 'Member states', l.sections.memberStates, columns, rows);
}

function networkItemsTable(report: NetworkReport, w: Writing): ReportTable {
  const { labels: l, lang } = w;
  const c = l.columns;
  const columns = [
    { label: c.code, width: 0.6 },
    { label: c.item, width: 3 },
    { label: c.plan, width: 1.5 },
    { label: c.responsible, width: 1.5 },
    { label: c.status },
    { label: c.progress, align: 'right' as const, width: 0.8 },
  ];
  const rows = report.items.map((i) => [
    i.code,
    textOf(i.title, lang),
    textOf(i.plan.title, lang),
    i.responsible.map((r) => r.name).join('; '),
    l.itemStatus[i.status],
    percent(i.progress),
  ]);
  return table(w, 'Items', l.sections.items, columns, rows);
}

/** The charts and tables of the network's report. */
export function networkContent(report: NetworkReport, w: Writing): ReportContent {
  const { labels: l } = w;
  const progress: PrintableBarChart = {
    kind: 'barChart',
    title: l.charts.progress,
    description: l.charts.progressDesc,
    orientation: 'horizontal',
    max: 100,
    unit: '%',
    bars: report.charts.progressByMemberState.map((s) => ({ label: s.name, value: s.progress })),
    labelHeading: l.columns.state,
    valueHeading: l.columns.progress,
  };
  const months = monthsChart(w, report.charts.eventsPerMonth);
  return {
    title: l.networkTitle(report.year),
    charts: [progress, months],
    tables: [statesTable(report, w), networkItemsTable(report, w)],
    figures: [chartTable(progress, 'Progress'), chartTable(months, 'Events per month')],
  };
}
