/** Locale-aware formatting with `Intl`, always for an explicit interface language. */

type DateInput = string | number | Date | null | undefined;

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date such as "5 March 2026" in `language`; empty string for a missing or invalid value. */
export function formatDate(value: DateInput, language: string, options?: Intl.DateTimeFormatOptions): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(language, options ?? { dateStyle: 'medium' }).format(date);
}

/** A date with the time of day; empty string for a missing or invalid value. */
export function formatDateTime(value: DateInput, language: string): string {
  return formatDate(value, language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The time of day only, e.g. "14:32". */
export function formatTime(value: DateInput, language: string): string {
  return formatDate(value, language, { timeStyle: 'short' });
}

/** A number with the grouping and digits of `language`. */
export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(language, options).format(value);
}

/** "in 42 seconds" / "in 3 minutes" in `language`: seconds under a minute, otherwise whole minutes rounded up. */
export function formatRelativeSeconds(seconds: number, language: string): string {
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? rtf.format(s, 'second') : rtf.format(Math.ceil(s / 60), 'minute');
}
