/** Locale-aware formatting, always for an explicit interface language, through the `intl.ts` layer. */

import { dateTimeFormat, displayNames, relativeTimeFormat } from './intl';

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
  return dateTimeFormat(language, options ?? { dateStyle: 'medium' }).format(date);
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
  const rtf = relativeTimeFormat(language, { numeric: 'always' });
  const s = Math.max(1, Math.ceil(seconds));
  return s < 60 ? rtf.format(s, 'second') : rtf.format(Math.ceil(s / 60), 'minute');
}

/**
 * The name of a language, script or region code in `language` (e.g. `kk` → "Kazakh", `Cyrl` →
 * "Cyrillic", `KZ` → "Kazakhstan"); the code itself when `Intl` does not know it.
 */
export function formatCodeName(
  type: 'language' | 'script' | 'region',
  code: string | null | undefined,
  language: string,
): string {
  if (!code) return '';
  try {
    return displayNames([language, 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // not a well-formed code
  }
}

/**
 * A calendar day stored as text (`YYYY-MM-DD`, or only `YYYY-MM` / `YYYY`), shown as that day whatever
 * the viewer's time zone; anything else goes through `formatDate`.
 */
export function formatDay(value: string | null | undefined, language: string): string {
  if (!value) return '';
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month)
    return formatDate(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1), language, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDate(`${value}T00:00:00Z`, language, { dateStyle: 'medium', timeZone: 'UTC' });
  return formatDate(value, language);
}
