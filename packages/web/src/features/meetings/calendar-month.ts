/** Pure helpers of the calendar's month view: months as `YYYY-MM`, weeks from Monday. */

/** The `YYYY-MM` of a `YYYY-MM-DD` day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** `month` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

/** First and last day of `month`, as `YYYY-MM-DD`. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const last = new Date(`${addMonths(month, 1)}-01T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  return { from, to: last.toISOString().slice(0, 10) };
}

/**
 * The weeks shown for `month`, Monday first: each week seven `YYYY-MM-DD` days, or `null` for the
 * days before the first and after the last of the month.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const { from, to } = monthRange(month);
  const first = new Date(`${from}T00:00:00Z`);
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  const cursor = new Date(first);
  for (;;) {
    const day = cursor.toISOString().slice(0, 10);
    if (day > to) break;
    cells.push(day);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Whether `value` is a month `YYYY-MM`. */
export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
