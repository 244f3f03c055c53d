import { dateTimeFormat } from '../../i18n/intl';
import type { EventItem, TimePoint } from '../../api';

/** The zone the reader's browser is in (an IANA name), `UTC` when the browser does not say. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "GMT+4" for `zone` at `instant`, in `language`; `''` when the zone is unknown to `Intl`. */
export function zoneOffset(zone: string, instant: string, language: string): string {
  try {
    const parts = dateTimeFormat(language, { timeZone: zone, timeZoneName: 'shortOffset' });
    return parts.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** "Asia/Baku, GMT+4": the zone's IANA name and its offset at `instant`. */
export function zoneLabel(zone: string, instant: string, language: string): string {
  const offset = zoneOffset(zone, instant, language);
  return offset ? `${zone}, ${offset}` : zone;
}

/** A date and time of `instant` as seen in `zone`, e.g. "27 Feb 2019, 10:00". */
export function dateTimeIn(instant: string, zone: string, language: string): string {
  return dateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(new Date(instant));
}

/** A calendar day `YYYY-MM-DD` as written in `language`, the same day in every zone. */
export function calendarDay(date: string, language: string): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Text of an event's start and end at its place; the zone is named separately by `zoneLabel`. */
export interface EventWhen {
  /** "27 Feb 2019, 10:00 – 13:00" (timed) or "27 Feb 2019 – 28 Feb 2019" (all day). */
  local: string;
  /** The place's zone, named ("Asia/Baku, GMT+4"); `null` for an all-day event. */
  zone: string | null;
  /** The same times in the reader's zone, when they read differently there; else `null`. */
  reader: { text: string; zone: string } | null;
}

function range(start: TimePoint, end: TimePoint, zone: string, language: string): string {
  const from = dateTimeIn(start.utc, zone, language);
  const to = dateTimeIn(end.utc, zone, language);
  const sameDay =
    new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(start.utc)) ===
    new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(end.utc));
  if (!sameDay) return `${from} – ${to}`;
  const endTime = dateTimeFormat(language, { timeStyle: 'short', timeZone: zone }).format(new Date(end.utc));
  return from === to ? from : `${from} – ${endTime}`;
}

/**
 * When an event takes place, at the place (in the place's zone, named) and, when it reads
 * differently there, in the reader's zone. All-day events are calendar days, the same everywhere.
 */
export function eventWhen(
  event: Pick<EventItem, 'start' | 'end' | 'allDay'>,
  language: string,
  reader: string,
): EventWhen {
  const { start, end } = event;
  if (event.allDay || start.time === null) {
    const from = calendarDay(start.date, language);
    const to = calendarDay(end.date, language);
    return { local: from === to ? from : `${from} – ${to}`, zone: null, reader: null };
  }
  const local = range(start, end, start.timeZone, language);
  const inReader = range(start, end, reader, language);
  return {
    local,
    zone: zoneLabel(start.timeZone, start.utc, language),
    reader: inReader === local ? null : { text: inReader, zone: zoneLabel(reader, start.utc, language) },
  };
}

/** The `YYYY-MM-DD` day an event starts on at its place (all-day events: their first date). */
export function startDay(event: Pick<EventItem, 'start'>): string {
  return event.start.date;
}

/** Every `YYYY-MM-DD` an event covers at its place, first to last (at most `limit` days). */
export function eventDays(event: Pick<EventItem, 'start' | 'end' | 'allDay'>, limit = 62): string[] {
  const days: string[] = [];
  const last = [event.start.date, event.end.date].sort()[1] ?? event.start.date;
  const cursor = new Date(`${event.start.date}T00:00:00Z`);
  while (days.length < limit) {
    const day = cursor.toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}
