import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../errors/app-error.ts';
import { type CalendarEvent, writeCalendar } from '../../lib/ical/ical.ts';
import { ANONYMOUS } from '../accounts/actor.ts';
import type { Locale } from '../mail/mail.templates.ts';
import { findSeries, listEvents, seriesByIds } from '../meetings/events.repository.ts';
import { eventWhen } from '../meetings/meetings.mail.ts';
import { readableOrganisationNames } from '../meetings/meetings.names.ts';
import { canReadSeries, meetingsReadScope } from '../meetings/meetings.policy.ts';
import { meetingReference } from '../meetings/meetings.presenter.ts';
import type { Event, EventSeries } from '../meetings/meetings.table.ts';
import { placeLabels } from '../registry/places.repository.ts';
import { textIn } from '../registry/registry.presenter.ts';

// Feeds are read by calendar clients without the person's session, so every feed is public: it
// holds public events only, whoever asks (ADR 0015).

/** How many events a feed holds at most: the network holds tens a year. */
const MAX_EVENTS = 2000;

export interface FeedQuery {
  series?: string | undefined;
  organisation?: string | undefined;
  lang?: Locale | undefined;
}

const STATUS: Record<Event['status'], CalendarEvent['status']> = {
  planned: 'CONFIRMED',
  held: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The feed's name: the series' title, the organisation's name, or the whole public calendar. */
async function feedName(deps: AppDeps, query: FeedQuery, lang: Locale): Promise<string> {
  if (query.series) {
    const series = await findSeries(deps.db, query.series);
    if (!series || !canReadSeries(ANONYMOUS, series)) throw notFound('The series');
    return `Köprü: ${textIn(series.title, lang)}`;
  }
  if (query.organisation) {
    const names = await readableOrganisationNames(deps.db, ANONYMOUS, [query.organisation]);
    const name = names.get(query.organisation);
    if (!name) throw notFound('The organisation');
    return `Köprü: ${name}`;
  }
  return 'Köprü';
}

function calendarEvent(
  e: Event,
  lang: Locale,
  series: Map<string, EventSeries>,
  places: Map<string, string>,
  publicUrl: URL,
): CalendarEvent {
  const reference = meetingReference(e.series_id ? series.get(e.series_id) : undefined, e.number);
  const title = textIn(e.title, lang);
  const summary = e.summary ? textIn(e.summary, lang) : '';
  const place = e.place_id ? places.get(e.place_id) : undefined;
  return {
    id: e.id,
    summary: reference ? `${reference}: ${title}` : title,
    // The local time with its zone: the instants below are UTC, which clients show in their own zone.
    description: [eventWhen(e, lang), summary].filter(Boolean).join('\n\n'),
    location: [e.venue, place].filter(Boolean).join(', ') || undefined,
    url: new URL(`/events/${e.id}`, publicUrl).href,
    status: STATUS[e.status],
    time:
      e.start_time === null
        ? { kind: 'dates', firstDay: e.start_date, lastDay: e.end_date }
        : { kind: 'instants', start: e.starts_at, end: e.ends_at },
    lastModified: e.updated_at,
    // Seconds between creation and the last change: grows with every change, as SEQUENCE must.
    sequence: Math.max(0, Math.floor((e.updated_at.getTime() - e.created_at.getTime()) / 1000)),
  };
}

/**
 * An iCalendar (RFC 5545) feed of public events, of a series, of an organisation (owner, organiser
 * or host), or of the whole network: every event, past ones too (a series' feed is its record).
 * @throws AppError NOT_FOUND for a series or organisation that is unknown or not public
 */
export async function calendarFeed(deps: AppDeps, query: FeedQuery, now = new Date()): Promise<string> {
  const lang = query.lang ?? 'en';
  const name = await feedName(deps, query, lang);
  const { items: events } = await listEvents(
    deps.db,
    meetingsReadScope(ANONYMOUS),
    { series: query.series, organisation: query.organisation },
    { limit: MAX_EVENTS, offset: 0 },
  );
  const [series, places] = await Promise.all([
    seriesByIds(
      deps.db,
      events.flatMap((e) => (e.series_id ? [e.series_id] : [])),
    ),
    placeLabels(
      deps.db,
      events.flatMap((e) => (e.place_id ? [e.place_id] : [])),
      lang,
    ),
  ]);
  return writeCalendar({
    name,
    host: deps.config.publicUrl.hostname,
    generatedAt: now,
    refreshInterval: 'PT6H',
    events: events.map((e) => calendarEvent(e, lang, series, places, deps.config.publicUrl)),
  });
}
