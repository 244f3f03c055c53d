import { escapeText, foldLine, formatDate, formatUtc, nextDay } from './content-line.ts';

// A small iCalendar (RFC 5545) writer for published calendars: one VCALENDAR (METHOD:PUBLISH) of
// VEVENTs. Timed events are written as UTC instants (…Z), all-day events as DATE values with an
// exclusive DTEND; no VTIMEZONE is needed (ADR 0013).

/** The media type of a calendar feed. */
export const ICAL_MEDIA_TYPE = 'text/calendar; charset=utf-8';

/** When an event happens: whole days (the last one included), or two instants. */
export type CalendarEventTime =
  | { kind: 'dates' /** `YYYY-MM-DD` */; firstDay: string /** `YYYY-MM-DD`, included */; lastDay: string }
  | { kind: 'instants'; start: Date; end: Date };

/** One event of a feed. */
export interface CalendarEvent {
  /** The event's stable id (its UUID); the UID is `<id>@<host>`, the same in every feed. */
  id: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  /** An absolute http(s) link back to the event's page. */
  url?: string | undefined;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
  time: CalendarEventTime;
  lastModified?: Date | undefined;
  /** Revision number: raise it when the time, place or status changes, so clients update. */
  sequence?: number | undefined;
}

/** A published calendar. */
export interface Calendar {
  /** X-WR-CALNAME: the name clients show for the subscription. */
  name: string;
  description?: string | undefined;
  /** The public host (`kopru.example.org`) that makes UIDs globally unique. */
  host: string;
  events: readonly CalendarEvent[];
  /** DTSTAMP of every event: when this feed was made (default now). */
  generatedAt?: Date | undefined;
  /** How often clients should fetch the feed again, as an ISO 8601 duration (e.g. `PT6H`). */
  refreshInterval?: string | undefined;
}

const PRODID = '-//Köprü//Köprü calendar 1.0//EN';

/** `NAME:value` as a folded content line. */
const line = (name: string, value: string) => foldLine(`${name}:${value}`);
const text = (name: string, value: string | undefined) =>
  value === undefined || value === '' ? [] : [line(name, escapeText(value))];

function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`not an http(s) URL: ${url}`);
  return parsed.href;
}

function timeLines(time: CalendarEventTime): string[] {
  if (time.kind === 'dates') {
    if (time.lastDay < time.firstDay) throw new Error(`${time.lastDay} is before ${time.firstDay}`);
    return [
      line('DTSTART;VALUE=DATE', formatDate(time.firstDay)),
      line('DTEND;VALUE=DATE', formatDate(nextDay(time.lastDay))),
    ];
  }
  if (time.end.getTime() < time.start.getTime()) throw new Error('the event ends before it starts');
  return [line('DTSTART', formatUtc(time.start)), line('DTEND', formatUtc(time.end))];
}

function eventLines(event: CalendarEvent, host: string, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    line('UID', escapeText(`${event.id}@${host}`)),
    line('DTSTAMP', stamp),
    ...timeLines(event.time),
    ...text('SUMMARY', event.summary),
    ...text('DESCRIPTION', event.description),
    ...text('LOCATION', event.location),
    ...(event.url ? [line('URL', checkedUrl(event.url))] : []),
    ...(event.status ? [line('STATUS', event.status)] : []),
    ...(event.lastModified ? [line('LAST-MODIFIED', formatUtc(event.lastModified))] : []),
    line('SEQUENCE', String(Math.max(0, Math.trunc(event.sequence ?? 0)))),
    'END:VEVENT',
  ];
}

function checkedDuration(duration: string): string {
  if (!/^P(?:\d+W|\d+D|(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/.test(duration) || duration.endsWith('T')) {
    throw new Error(`not an iCalendar duration: ${duration}`);
  }
  return duration;
}

/**
 * Writes `calendar` as an iCalendar object: CRLF line endings, lines folded at 75 octets, TEXT
 * escaped, UTF-8. Events keep the order given.
 * @throws Error for an event that ends before it starts, a malformed date, a non-http(s) URL or a
 *   malformed refresh interval
 *   (programming errors: callers pass stored, validated records)
 * @example writeCalendar({ name: 'Köprü', host: 'kopru.example.org', events: [] })
 */
export function writeCalendar(calendar: Calendar): string {
  const stamp = formatUtc(calendar.generatedAt ?? new Date());
  const refresh = calendar.refreshInterval
    ? [
        line('REFRESH-INTERVAL;VALUE=DURATION', checkedDuration(calendar.refreshInterval)),
        line('X-PUBLISHED-TTL', checkedDuration(calendar.refreshInterval)),
      ]
    : [];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    line('PRODID', escapeText(PRODID)),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...text('X-WR-CALNAME', calendar.name),
    ...text('X-WR-CALDESC', calendar.description),
    ...refresh,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.host, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
