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

/**
 * One member state's line of the network report: its readable state bodies, the distinct events
 * they owned, organised or hosted, and the items they are responsible for (how many, their updates
 * of the year, their average progress).
 */
export function presentMemberState(
  state: { countryCode: string; name: string },
  bodies: readonly { id: string; name: string }[],
  events: readonly { eventId: string }[],
  items: readonly { id: string; progress: number }[],
  updatesOf: ReadonlyMap<string, number>,
) {
  return {
    countryCode: state.countryCode,
    name: state.name,
    bodies: bodies.map((b) => ({ id: b.id, name: b.name })),
    events: new Set(events.map((e) => e.eventId)).size,
    items: items.length,
    updates: items.reduce((sum, i) => sum + (updatesOf.get(i.id) ?? 0), 0),
    progress: roundedAverage(items.map((i) => i.progress)),
  };
}
