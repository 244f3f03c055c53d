import type { EventItem } from '../meetings/meetings.presenter.ts';
import type { Event } from '../meetings/meetings.table.ts';
import { countryCodeOf, flattenText } from '../registry/registry.presenter.ts';
import type { EventRole } from './reports.repository.ts';

// One presenter per entity of a report: rows → API objects (docs/api/plans.md, Reports).

/** An event of an organisation's report, with the part the organisation played in it. */
export function presentReportEvent(e: Event & { role: EventRole }, reference: string | null) {
  return {
    id: e.id,
    title: flattenText(e.title) ?? {},
    reference,
    start: e.start_date,
    countryCode: countryCodeOf(e.country_code),
    role: e.role,
  };
}
export type ReportEvent = ReturnType<typeof presentReportEvent>;

/** The meeting a decision of a report was taken at. */
export function presentDecisionEvent(e: EventItem) {
  return { id: e.id, title: e.title, reference: e.reference };
}

/** The average of `values`, rounded; 0 for none. */
export function roundedAverage(values: readonly number[]): number {
  return values.length ? Math.round(values.reduce((sum, v) => sum + v, 0) / values.length) : 0;
}

/** How many of `dates` ('YYYY-MM-DD') fall in each month: 12 numbers, January first. */
export function perMonth(dates: readonly string[]): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const d of dates) {
    const m = Number(d.slice(5, 7)) - 1;
    if (m >= 0 && m < 12) months[m] = (months[m] ?? 0) + 1;
  }
  return months;
}
