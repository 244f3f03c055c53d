import type { CallSummary } from '../../api/programmes-types';
import { dateTimeIn, zoneOffset } from '../meetings/event-time';

/** What a call's status line says: a catalogue key and its values. */
export interface CallStatusText {
  key: 'none' | 'upcoming' | 'open' | 'openBoth' | 'closed';
  values: Record<string, string>;
}

/**
 * The status line of a call: "opens <date>" (upcoming), "open until <closing in the organiser's
 * zone>" (adding the reader's time when it reads differently there), or "closed on <date>".
 */
export function callStatusText(
  call: CallSummary | null,
  language: string,
  readerZone: string,
): CallStatusText {
  if (!call) return { key: 'none', values: {} };
  const at = (instant: string, zone: string) => {
    const offset = zoneOffset(zone, instant, language);
    return `${dateTimeIn(instant, zone, language)} (${offset ? `${zone}, ${offset}` : zone})`;
  };
  if (call.status === 'upcoming')
    return { key: 'upcoming', values: { date: at(call.opensAt, call.timeZone) } };
  if (call.status === 'closed') return { key: 'closed', values: { date: at(call.closesAt, call.timeZone) } };
  const organiser = at(call.closesAt, call.timeZone);
  const sameClock =
    dateTimeIn(call.closesAt, call.timeZone, language) === dateTimeIn(call.closesAt, readerZone, language);
  if (sameClock) return { key: 'open', values: { date: organiser } };
  return { key: 'openBoth', values: { date: organiser, reader: at(call.closesAt, readerZone) } };
}

/** The badge tone of a call status. */
export function callTone(status: CallSummary['status'] | undefined): string {
  if (status === 'open') return 'accepted';
  if (status === 'upcoming') return 'pending';
  return 'closed';
}
