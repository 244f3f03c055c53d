// Local wall-clock times at a place and the UTC instants they name (ADR 0015). Node 20 has no
// Temporal, so the zone's offset is read from Intl and the conversion checked once more, which is
// exact outside the hour a clock is moved back or skipped.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA time zone this runtime knows ('Asia/Baku', 'UTC'). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function partsIn(instant: Date, zone: string): Record<string, string> {
  return Object.fromEntries(
    formatterFor(zone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
}

/** The local date and time of `instant` in `zone`: `{ date: 'YYYY-MM-DD', time: 'HH:MM' }`. */
export function localIn(instant: Date, zone: string): { date: string; time: string } {
  const p = partsIn(instant, zone);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** How far `zone` is ahead of UTC at `instant` (whole seconds), in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const p = partsIn(new Date(instant), zone);
  const asUtc = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant of a local date and time (`HH:MM` or `HH:MM:SS`, midnight when omitted) in `zone`.
 * @example zonedToUtc('2019-02-08', '10:00', 'Asia/Baku') // 2019-02-08T06:00:00.000Z
 */
export function zonedToUtc(date: string, time: string | null, zone: string): Date {
  const hhmmss = (time ?? '00:00').length === 5 ? `${time ?? '00:00'}:00` : (time as string);
  const naive = Date.parse(`${date}T${hhmmss}Z`);
  const first = naive - offsetAt(naive, zone);
  return new Date(naive - offsetAt(first, zone));
}

/** The day after a 'YYYY-MM-DD' date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 'HH:MM:SS' from the database as the API shows it: 'HH:MM'. */
export const shortTime = (time: string | null): string | null => (time ? time.slice(0, 5) : null);

/**
 * The UTC span of an event from its local values: timed events at their times, all-day events from
 * the local midnight of the first day to the local midnight after the last (exclusive).
 */
export function eventInstants(t: {
  startDate: string;
  startTime: string | null;
  endDate: string;
  endTime: string | null;
  timeZone: string;
}): { startsAt: Date; endsAt: Date } {
  const allDay = t.startTime === null;
  return {
    startsAt: zonedToUtc(t.startDate, t.startTime, t.timeZone),
    endsAt: allDay
      ? zonedToUtc(nextDay(t.endDate), null, t.timeZone)
      : zonedToUtc(t.endDate, t.endTime, t.timeZone),
  };
}
