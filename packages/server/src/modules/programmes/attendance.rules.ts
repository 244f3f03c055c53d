import type { AttendanceStatus } from './attendance.table.ts';

// Which days a programme has, and who attended it (ADR 0023, "After the programme"): attended means
// present on at least the programme's required share of its days (80 % unless the organisers set
// another); an excused day is not a present one.

/** The default share of days (in per cent) on which a participant must be present. */
export const DEFAULT_ATTENDANCE_SHARE = 80;

const DAY_MS = 86_400_000;

/**
 * Every day from `start` to `end` (both 'YYYY-MM-DD', inclusive), in order.
 * @example programmeDays('2019-06-10', '2019-06-12') // ['2019-06-10', '2019-06-11', '2019-06-12']
 */
export function programmeDays(start: string, end: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** One participant's attendance over the programme's days. */
export interface AttendanceSummary {
  days: { date: string; status: AttendanceStatus | null }[];
  present: number;
  absent: number;
  excused: number;
  /** Present days as a percentage of the programme's days, to one decimal. */
  presentShare: number;
  attended: boolean;
}

/** Sums up one participant's recorded days against the programme's days and required share. */
export function summariseAttendance(
  days: readonly string[],
  recorded: ReadonlyMap<string, AttendanceStatus>,
  requiredShare: number,
): AttendanceSummary {
  const rows = days.map((date) => ({ date, status: recorded.get(date) ?? null }));
  const count = (s: AttendanceStatus) => rows.filter((r) => r.status === s).length;
  const present = count('present');
  return {
    days: rows,
    present,
    absent: count('absent'),
    excused: count('excused'),
    presentShare: days.length ? Math.round((present * 1000) / days.length) / 10 : 0,
    // Integer arithmetic: 4 of 5 days is exactly 80 %.
    attended: days.length > 0 && present * 100 >= requiredShare * days.length,
  };
}
